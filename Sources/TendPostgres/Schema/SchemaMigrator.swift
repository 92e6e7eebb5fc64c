import Foundation
import PostgresNIO
import TendStore

/// Brings a database's schema to a version, one numbered migration per transaction, and tells
/// which version a database is at.
struct SchemaMigrator {
    let link: PostgresLink
    let migrations: [Migration]

    /// The database's schema version: nil when it holds no tend schema at all.
    func installedVersion() throws -> Int? {
        let exists = try link.query("SELECT to_regclass('tend_schema') IS NOT NULL")
        guard let row = exists.first, try row.decode(Bool.self) else { return nil }
        let result = try link.query("SELECT coalesce(max(version), 0) FROM tend_schema")
        return try result.first.map { try $0.decode(Int.self) } ?? 0
    }

    /// Applies every migration after the installed version; returns the versions applied.
    /// Each step runs in its own transaction under an advisory lock, so two programs migrating
    /// at once apply each step once.
    @discardableResult
    func migrate() throws -> [Migration] {
        var applied: [Migration] = []
        for migration in migrations {
            let done = try transaction {
                try link.query(PostgresQuery(unsafeSQL: "SELECT \(PostgresStore.schemaLock)"))
                try link.query("""
                    CREATE TABLE IF NOT EXISTS tend_schema (
                      version integer PRIMARY KEY, description text NOT NULL,
                      applied_at timestamptz NOT NULL DEFAULT now(), applied_by text NOT NULL DEFAULT session_user)
                    """)
                let installed = try link.query("SELECT coalesce(max(version), 0) FROM tend_schema").first!.decode(Int.self)
                guard installed < migration.version else { return false }
                guard installed == migration.version - 1 else {
                    throw StoreError.invalid("the database is at schema version \(installed); migration \(migration.version) needs \(migration.version - 1) first")
                }
                for statement in migration.statements { try link.query(PostgresQuery(unsafeSQL: statement)) }
                try link.query("INSERT INTO tend_schema (version, description) VALUES (\(migration.version), \(migration.description))")
                try link.query("GRANT SELECT ON tend_schema TO tend_staff")
                return true
            }
            if done { applied.append(migration) }
        }
        return applied
    }

    private func transaction<T>(_ body: () throws -> T) throws -> T {
        try link.query("BEGIN")
        do {
            let result = try body()
            try link.query("COMMIT")
            return result
        } catch {
            if link.isConnected { _ = try? link.query("ROLLBACK") }
            throw error
        }
    }
}
