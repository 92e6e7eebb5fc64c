import Foundation
import Logging
import NIOCore
import NIOPosix
import PostgresNIO
import TendTestSupport

/// A PostgreSQL server the acceptance tests reach over TCP as its superuser and as roles they
/// create: the shared test server (`TEND_TEST_POSTGRES`) or a private cluster.
struct AcceptanceServer: Sendable {
    var host: String
    var port: Int
    var superuser: String
    /// The password of the superuser and of every role the tests create (nil: the server trusts).
    var password: String?
    /// The environment a tend process needs to find that password (`PGPASSFILE`).
    var environment: [String: String?]

    /// The server `TEND_TEST_POSTGRES` announces.
    static var shared: AcceptanceServer {
        AcceptanceServer(host: TestPostgres.server.host, port: TestPostgres.server.port, superuser: TestPostgres.server.user,
                         password: TestPostgres.password, environment: [:])
    }

    /// The store URL of `database` as `role` (no password: tend takes it from the pgpass file).
    func url(database: String, role: String? = nil, applicationName: String? = nil) -> String {
        var url = "postgresql://\(role ?? superuser)@\(host):\(port)/\(database)?sslmode=disable"
        if let applicationName { url += "&application_name=\(applicationName)" }
        return url
    }

    private static let logger: Logger = {
        var logger = Logger(label: "tend.tests.acceptance")
        logger.logLevel = .critical
        return logger
    }()

    /// Connects to `database` as `role` (the superuser when nil), runs `body`, closes.
    func withConnection<T>(database: String, role: String? = nil, _ body: (PostgresConnection) throws -> T) throws -> T {
        let configuration = PostgresConnection.Configuration(
            host: host, port: port, username: role ?? superuser, password: password, database: database, tls: .disable)
        let connection = try PostgresConnection.connect(
            on: MultiThreadedEventLoopGroup.singleton.next(), configuration: configuration, id: 1, logger: Self.logger).wait()
        defer { try? connection.close().wait() }
        return try body(connection)
    }

    /// Runs `sql` and returns its first column of every row as text (NULL as nil).
    @discardableResult
    func texts(_ sql: String, database: String, role: String? = nil) throws -> [String?] {
        try withConnection(database: database, role: role) { connection in
            try connection.query(PostgresQuery(unsafeSQL: sql), logger: Self.logger).wait().map { try $0.decode(String?.self) }
        }
    }

    /// Runs the statements in `sql` one after the other (no result wanted).
    func run(_ sql: String..., database: String = "postgres", role: String? = nil) throws {
        try withConnection(database: database, role: role) { connection in
            for statement in sql { _ = try connection.query(PostgresQuery(unsafeSQL: statement), logger: Self.logger).wait() }
        }
    }

    /// The server's refusal of `sql` run as `role`: its SQLSTATE and message, or nil when the
    /// statement succeeded.
    func refusal(of sql: String, database: String, role: String? = nil) throws -> (state: String, message: String)? {
        try withConnection(database: database, role: role) { connection in
            do {
                _ = try connection.query(PostgresQuery(unsafeSQL: sql), logger: Self.logger).wait()
                return nil
            } catch let error as PSQLError where error.code == .server {
                return (error.serverInfo?[.sqlState] ?? "?", error.serverInfo?[.message] ?? "")
            }
        }
    }
}

/// A database of its own for one acceptance test on `server`, and the login roles it makes;
/// ``drop()`` removes both.
final class AcceptanceDatabase: @unchecked Sendable {
    let server: AcceptanceServer
    let name: String
    private let suffix: String
    private var roles: [String] = []

    /// Creates an empty database named after `label`.
    init(on server: AcceptanceServer, label: String) throws {
        self.server = server
        suffix = String(UUID().uuidString.lowercased().filter(\.isHexDigit).prefix(8))
        name = "tend_acc_\(label)_\(suffix)"
        try server.run("CREATE DATABASE \(name)")
    }

    /// The store URL of this database as `role` (the superuser when nil).
    func url(role: String? = nil, applicationName: String? = nil) -> String {
        server.url(database: name, role: role, applicationName: applicationName)
    }

    /// Runs tend on this database as `role`, with `environment` changes.
    @discardableResult
    func tend(_ arguments: [String], as role: String? = nil, environment: [String: String?] = [:]) throws -> ProgramRun.Result {
        try ProgramRun.tend(["--store", url(role: role)] + arguments,
                            environment: server.environment.merging(environment) { $1 })
    }

    /// Runs tend as `role` and throws unless it succeeded; returns its standard output.
    @discardableResult
    func tendOK(_ arguments: [String], as role: String? = nil) throws -> String {
        try succeeded(tend(arguments, as: role), "tend \(arguments.joined(separator: " "))").stdout
    }

    /// `tend init` as the superuser, a practitioner, and a new LOGIN role per name in `nurses`,
    /// member of `group` (tend_staff: a nurse) and a nurse in the roster; returns the role names.
    func initStore(nurses: [String], group: String = "tend_staff") throws -> [String] {
        try tendOK(["init", "--practice", "Two Sites Clinic", "--time-zone", "America/New_York"])
        try tendOK(["staff", "add", "drlawson", "--name", "Eleanor Lawson", "--credential", "MD"])
        return try nurses.map { nurse in
            let role = "\(nurse)_\(suffix)"
            let password = server.password.map { " PASSWORD '\($0.replacingOccurrences(of: "'", with: "''"))'" } ?? ""
            try server.run("CREATE ROLE \(role) LOGIN\(password)", "GRANT \(group) TO \(role)")
            roles.append(role)
            try tendOK(["staff", "add", role, "--name", "Nurse \(nurse)", "--credential", "RN"])
            return role
        }
    }

    /// Adds an eligible patient cared for by `careManager`; returns its id.
    func addPatient(mrn: String, careManager: String) throws -> String {
        try tendOK(["patient", "add", "--name", "Patient, \(mrn)", "--dob", "1948-05-06", "--mrn", mrn,
                    "--condition", "E11.9", "--condition", "I10", "--care-manager", careManager,
                    "--billing-practitioner", "drlawson"])
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// `sql`'s first column, run as the superuser on this database.
    func texts(_ sql: String, as role: String? = nil) throws -> [String?] {
        try server.texts(sql, database: name, role: role)
    }

    /// Removes the database (closing its connections) and the roles made for it.
    func drop() {
        try? server.run("DROP DATABASE IF EXISTS \(name) WITH (FORCE)")
        for role in roles { try? server.run("DROP ROLE IF EXISTS \(role)") }
    }
}
