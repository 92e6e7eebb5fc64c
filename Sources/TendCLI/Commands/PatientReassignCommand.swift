import ArgumentParser
import Foundation
import TendDomain
import TendServices

extension PatientCommand {
    struct Reassign: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Move patients from one care manager to another in one audited change (supervisor or admin).",
            discussion: "Without IDs, every patient of --from moves; named patients must currently be --from's. Prints the ids moved.")
        @OptionGroup var options: StoreOptions
        @Option(help: "Login of the current care manager.") var from: String
        @Option(help: "Login of the new care manager.") var to: String
        @Argument(help: "Patient ids or MRNs (default: all of --from's patients).") var patients: [String] = []

        func run() throws {
            try Run.withSession(options) { session in
                let ids = try patients.map { try session.resolvePatient($0) }
                let moved = try session.reassignPatients(from: from, to: to, patients: ids)
                for id in moved { Console.out(id.rawValue) }
                let directory = try PatientLabel.directory(moved, in: session)
                Console.warn((["reassigned \(moved.count) patient(s) from \(from) to \(to):"]
                              + moved.map { "  " + PatientLabel.full($0, from: directory) }).joined(separator: "\n"))
            }
        }
    }
}
