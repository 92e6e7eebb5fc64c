import ArgumentParser
import Foundation
import TendDomain
import TendServices

extension ReportCommand {
    /// `tend report programs`.
    struct Programs: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Per patient, what the last months earned under their program and what the other programs they could be offered would have earned on the same documented work; practice totals and the patients who would gain from a switch.")
        @OptionGroup var options: StoreOptions
        @Option(help: "How many months, ending with --through (1 to 24).") var months: Int = 3
        @Option(help: "The last month compared, YYYY-MM (default this month, included while open).") var through: String?
        @Option var format: OutputFormat = .table

        func run() throws {
            try Run.withSession(options) { session in
                let last = try through.map(Parse.month)
                let view = try session.programComparison(months: months, through: last)
                switch format {
                case .json: Console.out(try JSONOutput.string(ProgramComparisonOutput(view)))
                case .csv: Console.out(ProgramComparisonText.table(view).csv)
                case .table: Console.out(ProgramComparisonText.report(view))
                }
            }
        }
    }
}

/// The comparison as text: one row per patient, the totals, the gainers and the assumptions.
enum ProgramComparisonText {
    static func table(_ view: ProgramComparisonView) -> TextTable {
        TextTable(header: ["id", "mrn", "name", "dob", "program", "earned", "best alternative", "would earn", "gain", "note"],
                  rows: view.rows.map { row in
            let c = row.comparison
            let best = c.best
            return [row.patient.id.rawValue, row.patient.mrn ?? "", row.patient.name.displayName,
                    row.patient.dateOfBirth.description, c.currentProgram.name, amount(c.earned),
                    best?.program.name ?? "", best.map(amount) ?? "", c.gain.map(Money.format) ?? "", note(c)]
        })
    }

    /// Why a patient has no gain figure, or what the other programs lack; empty when nothing to say.
    static func note(_ c: PatientProgramComparison) -> String {
        var notes: [String] = []
        if !c.earned.isPriced { notes.append("\(c.currentProgram.name) unpriced in \(months(c.earned.unpricedMonths))") }
        for other in c.alternatives where !other.isPriced {
            notes.append("\(other.program.name) unpriced in \(months(other.unpricedMonths))")
        }
        if c.alternatives.isEmpty { notes.append("no other program offered") }
        return notes.joined(separator: "; ")
    }

    static func amount(_ earnings: ProgramEarnings) -> String {
        earnings.isPriced ? Money.format(earnings.earned) : "unpriced"
    }

    static func months(_ list: [YearMonth]) -> String { list.map(\.description).joined(separator: ", ") }

    static func report(_ view: ProgramComparisonView) -> String {
        let t = view.totals
        let span = view.months.map { "\($0.month) (\($0.closed ? "closed" : "open"))" }.joined(separator: ", ")
        var lines = ["\(TextSafety.printable(view.practice)): programs compared over \(span)",
                     table(view).rendered(), "", "Practice totals (each patient-month under the program it was in):"]
        for total in t.programs {
            lines.append("  \(total.program.name): \(plural(total.patients, "patient")), earned \(Money.format(total.earned))"
                         + (total.unpricedPatientMonths > 0 ? ", \(plural(total.unpricedPatientMonths, "patient-month")) unpriced (not counted)" : ""))
        }
        lines.append("  All programs: earned \(Money.format(t.earned)); with every gaining patient switched: \(Money.format(t.earnedWithSwitches))")
        if t.gainers.isEmpty {
            lines.append("No patient would gain from a switch.")
        } else {
            lines.append("Would gain from a switch (most first):")
            for row in view.gainers {
                let c = row.comparison
                lines.append("  \(TextSafety.printable(row.patient.name.displayName)) (\(row.patient.dateOfBirth), \(row.patient.id)): "
                             + "\(c.currentProgram.name) \(Money.format(c.earned.earned)) \u{2192} \(c.best!.program.name) \(Money.format(c.best!.earned)), +\(Money.format(c.gain!))")
            }
        }
        if !t.unpriced.isEmpty {
            lines.append("warning: \(plural(t.unpriced.count, "patient")) not ranked: a program's month bills a code the month's fee schedule does not price")
        }
        lines.append("Assumptions:")
        lines += ProgramComparisonView.assumptions.map { "  - " + $0 }
        return lines.joined(separator: "\n")
    }

}

/// `tend report programs --format json`.
struct ProgramComparisonOutput: Encodable {
    struct Code: Encodable { var code: String; var units: Int }
    struct Outcome: Encodable {
        var program: String
        var current: Bool
        var assumedConsent: Bool
        var codes: [Code]
        /// Null when unpriced.
        var payment: Decimal?
        var unpricedCodes: [String]
        var blockers: [String]

        /// `payment` is written as null when unpriced, never left out.
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(program, forKey: .program)
            try c.encode(current, forKey: .current)
            try c.encode(assumedConsent, forKey: .assumedConsent)
            try c.encode(codes, forKey: .codes)
            try c.encode(payment, forKey: .payment)
            try c.encode(unpricedCodes, forKey: .unpricedCodes)
            try c.encode(blockers, forKey: .blockers)
        }
        enum CodingKeys: String, CodingKey { case program, current, assumedConsent, codes, payment, unpricedCodes, blockers }
    }
    struct Month: Encodable {
        var month: String
        var state: String
        var program: String
        var minutes: Int
        var outcomes: [Outcome]
    }
    struct Earnings: Encodable {
        var program: String
        var earned: Decimal
        var unpricedMonths: [String]
    }
    struct Patient: Encodable {
        var id: String
        var mrn: String?
        var name: String
        var dateOfBirth: String
        var program: String
        var earned: Earnings
        var alternatives: [Earnings]
        var best: Earnings?
        var gain: Decimal?
        var months: [Month]

        /// `best` and `gain` are written as null when there is none, never left out.
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id)
            try c.encodeIfPresent(mrn, forKey: .mrn)
            try c.encode(name, forKey: .name)
            try c.encode(dateOfBirth, forKey: .dateOfBirth)
            try c.encode(program, forKey: .program)
            try c.encode(earned, forKey: .earned)
            try c.encode(alternatives, forKey: .alternatives)
            try c.encode(best, forKey: .best)
            try c.encode(gain, forKey: .gain)
            try c.encode(months, forKey: .months)
        }
        enum CodingKeys: String, CodingKey { case id, mrn, name, dateOfBirth, program, earned, alternatives, best, gain, months }
    }
    struct ProgramTotal: Encodable {
        var program: String
        var patients: Int
        var earned: Decimal
        var unpricedPatientMonths: Int
    }
    struct Totals: Encodable {
        var programs: [ProgramTotal]
        var earned: Decimal
        var earnedWithSwitches: Decimal
        var unpricedPatients: [String]
    }
    struct Gainer: Encodable {
        var id: String
        var name: String
        var dateOfBirth: String
        var from: String
        var to: String
        var gain: Decimal
    }
    struct ComparedMonth: Encodable { var month: String; var state: String; var feeSchedule: String }

    var practice: String
    var months: [ComparedMonth]
    var assumptions: [String]
    var patients: [Patient]
    var totals: Totals
    var gainers: [Gainer]

    init(_ view: ProgramComparisonView) {
        func earnings(_ e: ProgramEarnings) -> Earnings {
            Earnings(program: e.program.rawValue, earned: e.earned, unpricedMonths: e.unpricedMonths.map(\.description))
        }
        func outcome(_ o: ProgramOutcome) -> Outcome {
            Outcome(program: o.program.rawValue, current: o.isCurrent, assumedConsent: o.assumedConsent,
                    codes: o.codes.map { Code(code: $0.code.rawValue, units: $0.units) }, payment: o.payment,
                    unpricedCodes: o.unpricedCodes.map(\.rawValue), blockers: o.blockers.map(\.rawValue))
        }
        practice = view.practice
        months = view.months.map { ComparedMonth(month: $0.month.description, state: $0.closed ? "closed" : "open", feeSchedule: $0.feeSchedule) }
        assumptions = ProgramComparisonView.assumptions
        patients = view.rows.map { row in
            let c = row.comparison
            return Patient(id: row.patient.id.rawValue, mrn: row.patient.mrn, name: row.patient.name.displayName,
                           dateOfBirth: row.patient.dateOfBirth.description, program: c.currentProgram.rawValue,
                           earned: earnings(c.earned), alternatives: c.alternatives.map(earnings),
                           best: c.best.map(earnings), gain: c.gain,
                           months: c.months.map { m in
                Month(month: m.month.description, state: m.closed ? "closed" : "open", program: m.current.program.rawValue,
                      minutes: m.minutes, outcomes: [outcome(m.current)] + m.alternatives.map(outcome))
            })
        }
        let t = view.totals
        totals = Totals(programs: t.programs.map { ProgramTotal(program: $0.program.rawValue, patients: $0.patients,
                                                                earned: $0.earned, unpricedPatientMonths: $0.unpricedPatientMonths) },
                        earned: t.earned, earnedWithSwitches: t.earnedWithSwitches, unpricedPatients: t.unpriced.map(\.rawValue))
        gainers = view.gainers.map { row in
            Gainer(id: row.patient.id.rawValue, name: row.patient.name.displayName, dateOfBirth: row.patient.dateOfBirth.description,
                   from: row.comparison.currentProgram.rawValue, to: row.comparison.best!.program.rawValue, gain: row.comparison.gain!)
        }
    }
}
