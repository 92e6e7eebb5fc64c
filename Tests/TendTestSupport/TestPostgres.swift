import Crypto
import Foundation
import Logging
import NIOCore
import NIOPosix
import PostgresNIO
import TendPostgres
import TendStore

/// The PostgreSQL server the tests may use: the one `TEND_TEST_POSTGRES` names (a superuser URL;
/// `scripts/test` starts a private cluster and sets it, with `PGPASSFILE` for its password).
/// Every store a test makes there lives in its own schema of one test database, so that
/// thousands of stores cost neither a database each nor its disk.
public enum TestPostgres {
    /// Whether a server was announced. Tests that need one are skipped without it, and the
    /// skip is visible in the test output.
    public static let available: Bool = url != nil

    /// Whether the shared fixtures should make their stores on the server
    /// (`TEND_TEST_STORE=postgresql`; the second run of `scripts/test`).
    public static let fixturesOnPostgres: Bool = {
        ProcessInfo.processInfo.environment["TEND_TEST_STORE"] == "postgresql" && available
    }()

    /// The announced superuser URL.
    public static let url: String? = {
        let value = ProcessInfo.processInfo.environment["TEND_TEST_POSTGRES"] ?? ""
        return value.isEmpty ? nil : value
    }()

    /// The test database every store schema lives in.
    public static let database = "tend_tests"

    /// The password of every role on the test server (from the pgpass file), if any.
    public static let password: String? = {
        guard let path = ProcessInfo.processInfo.environment["PGPASSFILE"],
              let text = try? String(contentsOfFile: path, encoding: .utf8) else { return ProcessInfo.processInfo.environment["PGPASSWORD"] }
        return text.split(separator: "\n").first { !$0.hasPrefix("#") && !$0.isEmpty }
            .map { String($0.split(separator: ":", maxSplits: 4, omittingEmptySubsequences: false).last ?? "") }
    }()

    /// Host, port and superuser of the announced server.
    public static let server: (host: String, port: Int, user: String) = {
        guard let url, let parts = URLComponents(string: url) else { return ("127.0.0.1", 5432, "postgres") }
        return (parts.host ?? "127.0.0.1", parts.port ?? 5432, parts.user ?? "postgres")
    }()

    /// A connection configuration for `user` on `database`, the store's schema first on the
    /// search path.
    public static func configuration(user: String? = nil, database: String? = nil, schema: String? = nil) -> PostgresConnection.Configuration {
        var configuration = PostgresConnection.Configuration(
            host: server.host, port: server.port, username: user ?? server.user, password: password,
            database: database ?? Self.database, tls: .disable)
        // The schema also names the connections (application_name), so that a test can cut off
        // its own store's connections without touching anyone else's.
        if let schema { configuration.options.additionalStartupParameters = [("search_path", schema), ("application_name", schema)] }
        return configuration
    }

    /// How a test names a store's place on the server.
    public static func display(schema: String) -> String {
        "postgresql://\(server.user)@\(server.host):\(server.port)/\(database)?schema=\(schema)"
    }

    /// The schema of the store that stands for `place` (the same name for the same directory,
    /// so that a second "process" opens the same store).
    public static func schema(for place: TempDirectory) -> String {
        "s_" + SHA256.hash(data: Data(place.url.path.utf8)).prefix(10).map { String(format: "%02x", $0) }.joined()
    }

    private static let prepared = NSLock()
    nonisolated(unsafe) private static var databaseReady = false

    /// Runs SQL as the superuser (on `database`, the test database by default).
    public static func superuser(_ sql: String, database: String? = nil) throws {
        let connection = try PostgresConnection.connect(
            on: MultiThreadedEventLoopGroup.singleton.next(), configuration: configuration(database: database ?? Self.database),
            id: 1, logger: logger).wait()
        defer { try? connection.close().wait() }
        _ = try connection.query(PostgresQuery(unsafeSQL: sql), logger: logger).wait()
    }

    /// Creates the test database once per process (another process may have made it first).
    public static func prepareDatabase() throws {
        try prepared.withLock {
            guard !databaseReady else { return }
            do {
                try superuser("CREATE DATABASE \(database)", database: "postgres")
            } catch {
                // Made meanwhile by another test process: fine when it is there now.
                try superuser("SELECT 1")
            }
            databaseReady = true
        }
    }

    /// A new, empty schema for one store, standing for `place`; returns its name.
    @discardableResult
    public static func makeSchema(for place: TempDirectory) throws -> String {
        try prepareDatabase()
        let schema = schema(for: place)
        try superuser("DROP SCHEMA IF EXISTS \(schema) CASCADE; ")
        try superuser("CREATE SCHEMA \(schema)")
        return schema
    }

    /// Creates a store in its own schema for `place`.
    public static func createStore(
        for place: TempDirectory, settings: StoreSettings, account: Account, at now: Date,
        _ initial: (any ChangeSet) throws -> Void
    ) throws -> PostgresStore {
        let schema = try makeSchema(for: place)
        return try PostgresStore.create(configuration: configuration(schema: schema), display: display(schema: schema),
                                        settings: settings, account: account, at: now, initial)
    }

    /// Opens the store standing for `place`, as a second process would.
    public static func openStore(for place: TempDirectory) throws -> PostgresStore {
        let schema = schema(for: place)
        return try PostgresStore.open(configuration: configuration(schema: schema), display: display(schema: schema))
    }

    private static let logger: Logger = {
        var logger = Logger(label: "tend.tests.postgres")
        logger.logLevel = .critical
        return logger
    }()
}

/// Where the shared fixtures make their stores: a directory, or (second run of `scripts/test`,
/// `TEND_TEST_STORE=postgresql`) a schema of its own on the test server.
public enum TestStorePlace {
    /// The place standing for `temporary`: the same place for the same directory, so that a
    /// second session opens the same store.
    public static func place(for temporary: TempDirectory) throws -> any StorePlace {
        guard TestPostgres.fixturesOnPostgres else { return DirectoryPlace(temporary.url) }
        let schema = TestPostgres.schema(for: temporary)
        return PostgresPlace(configuration: TestPostgres.configuration(schema: schema), display: TestPostgres.display(schema: schema))
    }

    /// A fresh place for a new store standing for `temporary` (the schema is made empty).
    public static func fresh(for temporary: TempDirectory) throws -> any StorePlace {
        if TestPostgres.fixturesOnPostgres { try TestPostgres.makeSchema(for: temporary) }
        return try place(for: temporary)
    }
}
