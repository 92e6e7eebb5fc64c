import ArgumentParser
import Foundation
import TendPostgres
import TendServices
import TendStore

/// `tend store copy --from DIR|URL --to DIR|URL`.
struct StoreCopyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "copy",
        abstract: "Copy a whole store to a new directory or an empty PostgreSQL database, then check the copy.",
        discussion: """
            Copies every record and the audit trail (unchanged, continued by one store.copy record), then \
            checks the copy: the same records of every kind, the same report for every month, an intact \
            audit chain. The source is only read. Admin only. Run it while nobody works on the source: a \
            change made meanwhile makes the check fail (copy again).
            """)

    @Option(help: ArgumentHelp("The store to copy (a directory or a postgresql:// URL).", valueName: "DIR|URL"))
    var from: String
    @Option(help: ArgumentHelp("Where to copy it: a new directory, or an empty database (a postgresql:// URL).", valueName: "DIR|URL"))
    var to: String

    func run() throws {
        try Run.guarded {
            let source = try StoreOptions(store: from).open()
            let destination = try StoreOptions(store: to).place()
            let session = try Session(store: source, account: source.actingAccount(for: Account.current()))
            let started = Date()
            let result = try session.copyStore(to: destination)
            Console.out("copied \(source.location) to \(result.destination): \(result.counts)")
            Console.out("checked: every record equal, \(result.monthsCompared) month reports equal, audit chain intact (\(result.auditRecords) records: the source's and the copy's own)")
            Console.warn(String(format: "took %.1f s; the source was not changed", Date().timeIntervalSince(started)))
        }
    }
}
