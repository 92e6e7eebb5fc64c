import ArgumentParser
import Foundation
import TendDomain
import TendServices
import TendStore

/// `tend audit …`.
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit", abstract: "Check and read the audit trail.", subcommands: [Verify.self, Log.self, Packet.self, Reindex.self])

    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check the hash chain and its anchor: names any edited, deleted, inserted, reordered or truncated record.")
        @OptionGroup var options: StoreOptions

        func run() throws {
            try Run.guarded {
                let store = try options.open()
                let result = try store.verifyAudit()
                if result.isIntact {
                    // A database keeps no anchor file: its rows' own columns are checked instead.
                    let what = store is JSONFileStore ? "chain and anchor verified" : "chain and row columns verified"
                    Console.out("audit trail intact: \(result.verifiedRecords) records, \(what)")
                } else {
                    Console.out("audit trail DAMAGED after \(result.verifiedRecords) good records:")
                    for problem in result.problems { Console.out("  \(problem)") }
                    throw ExitCode(2)
                }
                let indexProblems = try store.verifyIndexes()
                if indexProblems.isEmpty {
                    Console.out("indexes agree with the records")
                } else {
                    Console.out("indexes disagree with the records (`tend audit reindex` rebuilds them; no record is affected):")
                    for problem in indexProblems.prefix(50) { Console.out("  \(problem)") }
                    if indexProblems.count > 50 { Console.out("  … and \(indexProblems.count - 50) more") }
                    throw ExitCode(1)
                }
            }
        }
    }

    struct Log: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print audit records (supervisor or admin).")
        @OptionGroup var options: StoreOptions
        @Option(help: "Only records about this patient (id or MRN).") var patient: String?
        @Option(parsing: .unconditional, help: "Only the last N records (N at least 1).") var last: Int?
        @Option var format: OutputFormat = .table

        func validate() throws {
            try NumericOption.check(last, "--last", in: NumericOption.auditLast)
        }

        func run() throws {
            try Run.withSession(options) { session in
                let records = try session.auditLog(patient: patient, last: last)
                switch format {
                case .json: Console.out(try JSONOutput.string(records))
                case .table, .csv:
                    // The patient named by name and date of birth too (a record of a patient
                    // that does not exist, such as a denied reference, keeps its id alone).
                    let ids = Set(records.compactMap { $0.patient.flatMap { try? PatientID.validate($0) } })
                    let patients = (try? PatientLabel.directory(ids, in: session)) ?? [:]
                    func who(_ text: String?) -> String {
                        guard let text, let id = try? PatientID.validate(text), let p = patients[id] else { return "" }
                        return PatientLabel.nameAndBirthDate(p)
                    }
                    let table = TextTable(header: ["seq", "at", "login", "action", "outcome", "patient", "name (DOB)", "summary"],
                                          rows: records.map { [String($0.seq), LocalDateTimeText.full($0.at, in: session.timeZone),
                                                               $0.login, $0.action, $0.outcome.rawValue, $0.patient ?? "", who($0.patient), $0.summary] })
                    Console.out(format == .csv ? table.csv : table.rendered(maxColumnWidth: 100))
                }
            }
        }
    }

    struct Reindex: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Rebuild the indexes (care manager, patient-month) from the records (supervisor or admin).")
        @OptionGroup var options: StoreOptions

        func run() throws {
            try Run.withSession(options) { session in
                let count = try session.rebuildIndexes()
                Console.warn("rebuilt the indexes: \(count) index records")
            }
        }
    }
}
