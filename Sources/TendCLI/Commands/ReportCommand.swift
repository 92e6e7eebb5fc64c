import ArgumentParser
import Foundation
import TendDomain
import TendServices

/// `tend report …`.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report", abstract: "Reports for supervisors and billing.", subcommands: [Month.self, Programs.self])

    struct Month: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Minutes, codes, payment and blocking gates of every enrolled patient (and every patient with time) for a month.")
        @OptionGroup var options: StoreOptions
        @Argument(help: "YYYY-MM (default this month).") var month: String?
        @Option var format: OutputFormat = .table

        func run() throws {
            try Run.withSession(options) { session in
                let m = try month.map(Parse.month) ?? session.currentMonth
                let report = try session.monthReport(m)
                switch format {
                case .json: Console.out(try JSONOutput.string(ReportOutput(report)))
                case .csv, .table: Console.out(ReportCommand.table(report, csv: format == .csv))
                }
            }
        }
    }

    /// `; CCM 40 (35 billable), APCM 3 (2 billable)` when the month has more than CCM.
    static func programs(_ report: MonthReportView) -> String {
        let byProgram = Dictionary(grouping: report.lines, by: \.result.program)
        guard byProgram.keys.contains(where: { $0 != .ccm }) else { return "" }
        return "; " + CareProgram.allCases.compactMap { program in
            byProgram[program].map { "\(program.name) \($0.count) (\($0.filter(\.result.isBillable).count) billable)" }
        }.joined(separator: ", ")
    }

    static func table(_ report: MonthReportView, csv: Bool) -> String {
        let rows: [[String]] = report.lines.map { line in
            let r = line.result
            return [line.patient.id.rawValue, line.patient.mrn ?? "", line.patient.name.displayName, line.patient.dateOfBirth.description,
                    line.patient.careManager ?? "", r.program.name,
                    String(r.clinicalMinutes), String(r.practitionerMinutes), r.complex ? "yes" : "",
                    r.codes.map(\.description).joined(separator: " + "), Money.format(r.payment),
                    r.blockers.map(\.rawValue).joined(separator: " "), PricingText.cell(line.unpriced)]
        }
        let table = TextTable(header: ["id", "mrn", "name", "dob", "care manager", "program", "clinical min", "practitioner min", "complex", "codes", "payment", "blockers", "warnings"], rows: rows)
        if csv { return table.csv }
        let t = report.totals
        let codes = t.codes.map { "\($0.code.rawValue)×\($0.units)" }.joined(separator: " ")
        return """
            \(TextSafety.printable(report.practice)) — care-management month \(report.month) (\(TextSafety.printable(report.feeSchedule.name)))
            \(table.rendered())

            \(t.patients) patients, \(t.billable) billable, expected payment \(Money.format(t.payment))\(codes.isEmpty ? "" : " (\(codes))")\(programs(report))
            """ + (report.pricingWarning.map { "\nwarning: " + $0 } ?? "") + TransitionSection.lines(report).map { "\n" + $0 }.joined() + NotCountedSection.lines(report).map { "\n" + $0 }.joined()
                + MonthStateText.footer(report.close, patients: Dictionary(report.lines.map { ($0.patient.id, $0.patient) }, uniquingKeysWith: { a, _ in a }))
    }
}
