import ArgumentParser
import Foundation
import TendDomain
import TendServices

/// `tend fees …`: the fee schedules by calendar year.
struct FeesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fees", abstract: "Fee schedules by calendar year (a month is priced with its own year's).",
        discussion: """
            Each code's amount is confirmed (entered by the practice, or a published figure), unconfirmed \
            (a shipped default the practice must confirm) or not entered. A month whose year has no \
            schedule, or that bills a code without a confirmed amount, is shown as unpriced; it is never \
            priced from another year, and billing is never blocked by it. See docs/rules.md.
            """,
        subcommands: [Show.self, SetFee.self, Import.self])

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "A year's fee schedule: amount, status and max units of every code (supervisor or admin).")
        @OptionGroup var options: StoreOptions
        @Option(help: "Calendar year (default this year).") var year: Int?
        @Option var format: OutputFormat = .table

        func validate() throws { try NumericOption.check(year, "--year", in: NumericOption.feeYear) }

        func run() throws {
            try Run.withSession(options) { session in
                let view = try session.feeSchedule(year: year ?? session.currentMonth.year)
                switch format {
                case .json: Console.out(try JSONOutput.string(FeeScheduleOutput(view)))
                case .csv, .table: Console.out(FeesCommand.text(view, csv: format == .csv))
                }
            }
        }
    }

    struct SetFee: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set",
            abstract: "Enter the practice's amount for one code in a year's schedule; it is confirmed (admin).",
            discussion: "AMOUNT in dollars and whole cents (66.13 or $66.13). Closed months keep the schedule frozen at their close.")
        @OptionGroup var options: StoreOptions
        @Argument(help: "The code, e.g. 99490 or G0557.") var code: String
        @Argument(help: "The amount per unit, e.g. 66.13.") var amount: String
        @Option(help: "Calendar year.") var year: Int

        func validate() throws { try NumericOption.check(year, "--year", in: NumericOption.feeYear) }

        func run() throws {
            try Run.withSession(options) { session in
                let schedule = try session.setFee(code, amount: amount, year: year)
                let changed = CPTCode(rawValue: code.trimmingCharacters(in: .whitespaces).uppercased())
                Console.warn("CY\(year): " + (changed.map { "\($0.rawValue) is \(Money.format(schedule.fee(for: $0).amount)), confirmed" } ?? "saved"))
            }
        }
    }

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import amounts into a year's schedule from CSV with the columns code, amount (admin).",
            discussion: """
                All or nothing: every bad row is named by its line and nothing is written if any row is \
                bad. Imported amounts are confirmed; codes the file does not name keep their amounts. \
                --shipped instead replaces the year's schedule with the one tend ships for it (2025, 2026), \
                statuses included.
                """)
        @OptionGroup var options: StoreOptions
        @Argument(help: "The CSV file (columns code, amount, optionally max_units).") var file: String?
        @Option(help: "Calendar year.") var year: Int
        @Flag(help: "Take the schedule tend ships for the year instead of a file.") var shipped = false

        func validate() throws {
            try NumericOption.check(year, "--year", in: NumericOption.feeYear)
            guard (file == nil) == shipped else { throw ValidationError("give either FILE.csv or --shipped") }
        }

        func run() throws {
            try Run.withSession(options) { session in
                if shipped {
                    let schedule = try session.importShippedFees(year: year)
                    Console.warn("CY\(year): the shipped \(schedule.name) schedule is in place (tend fees show --year \(year))")
                    return
                }
                guard let file else { return }
                guard let data = FileManager.default.contents(atPath: file) else { throw CLIError("cannot read \(file)") }
                guard let text = String(data: data, encoding: .utf8) else { throw CLIError("\(file) is not UTF-8 text") }
                let rows = try session.importFees(csv: text, year: year)
                Console.warn("imported \(rows.count) amount(s) into the CY\(year) fee schedule, each confirmed")
            }
        }
    }

    /// The schedule as a table (or CSV), with the years the store has.
    static func text(_ view: FeeScheduleView, csv: Bool) -> String {
        let years = view.years.isEmpty ? "none" : view.years.map(String.init).joined(separator: ", ")
        guard let schedule = view.schedule else {
            return "No fee schedule for \(view.year): its months are unpriced (tend fees set CODE AMOUNT --year \(view.year), "
                + "or tend fees import FILE.csv --year \(view.year)). Years with a schedule: \(years)."
        }
        let rows = CPTCode.allCases.map { code -> [String] in
            let fee = schedule.fee(for: code)
            return [code.rawValue, code.family.rawValue, code.label,
                    fee.enteredAmount.map { csv ? Money.roundedToCents($0).description : Money.format($0) } ?? "",
                    fee.status.rawValue, String(fee.maxUnits)]
        }
        let table = TextTable(header: ["code", "program", "what", "amount", "status", "max units"], rows: rows)
        if csv { return table.csv }
        let unconfirmed = CPTCode.allCases.filter { !schedule.fee(for: $0).isPriced }
        return """
            \(TextSafety.printable(schedule.name)) (CY\(view.year)\(schedule.effective.map { ", effective \(TextSafety.printable($0))" } ?? ""))
            \(table.rendered())
            \(unconfirmed.isEmpty ? "Every code has a confirmed amount." : "\(unconfirmed.count) code(s) without a confirmed amount: a month billing them is shown as unpriced.")
            Years with a schedule: \(years).\(schedule.source.map { "\nSource: " + TextSafety.printable($0, maxLength: 2000) } ?? "")
            """
    }
}

/// `tend fees show --format json`.
struct FeeScheduleOutput: Encodable {
    struct Line: Encodable {
        var code: String
        var program: String
        var label: String
        var amount: Decimal?
        var status: String
        var maxUnits: Int

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(code, forKey: .code)
            try c.encode(program, forKey: .program)
            try c.encode(label, forKey: .label)
            try c.encode(amount, forKey: .amount)
            try c.encode(status, forKey: .status)
            try c.encode(maxUnits, forKey: .maxUnits)
        }
        enum CodingKeys: String, CodingKey { case code, program, label, amount, status, maxUnits }
    }
    var year: Int
    /// False when the store has no schedule for the year (then `fees` is empty).
    var exists: Bool
    var name: String?
    var effective: String?
    var source: String?
    var fees: [Line]
    var years: [Int]

    init(_ view: FeeScheduleView) {
        year = view.year
        exists = view.schedule != nil
        name = view.schedule?.name
        effective = view.schedule?.effective
        source = view.schedule?.source
        years = view.years
        fees = view.schedule.map { schedule in
            CPTCode.allCases.map { code in
                let fee = schedule.fee(for: code)
                return Line(code: code.rawValue, program: code.family.rawValue, label: code.label,
                            amount: fee.enteredAmount.map(Money.roundedToCents), status: fee.status.rawValue, maxUnits: fee.maxUnits)
            }
        } ?? []
    }
}
