import ArgumentParser
import Foundation
import TendPostgres
import TendServices
import TendStore

/// `tend store …`: the store itself (its schema, moving it between a directory and a database).
struct StoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "store", abstract: "Migrate a PostgreSQL store's schema; copy a store between a directory and a database.",
        subcommands: [Migrate.self, StoreCopyCommand.self, Grants.self])

    /// `tend store grants`.
    struct Grants: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the SQL that gives each staff member her own database role with the group of her tend roles (for the DBA to review and run).")
        @OptionGroup var options: StoreOptions

        func run() throws {
            try Run.withSession(options) { session in
                Console.out(DatabaseGrants.sql(for: try session.staff()))
            }
        }
    }

    /// `tend store migrate`.
    struct Migrate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Bring a PostgreSQL store's schema to this tend's version: numbered migrations, each in one transaction (run it as the database's owner).")
        @OptionGroup var options: StoreOptions

        func run() throws {
            try Run.guarded {
                guard let place = try options.place() as? PostgresPlace else {
                    Console.out("a directory store has no schema to migrate: nothing to do")
                    return
                }
                let applied = try PostgresStore.migrate(configuration: place.configuration, display: place.display)
                if applied.isEmpty {
                    Console.out("the store at \(place.display) is at schema version \(PostgresStore.schemaVersion): nothing to do")
                }
                for step in applied { Console.out("applied migration \(step.version): \(step.description)") }
            }
        }
    }
}
