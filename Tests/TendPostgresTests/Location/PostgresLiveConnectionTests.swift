import Foundation
import Logging
import PostgresNIO
import Testing
import TendStore
import TendTestSupport
@testable import TendPostgres

/// A location reaches a real server: the one `TEND_TEST_POSTGRES` announces (scripts/test starts a
/// private cluster and sets it). Without a server these tests are reported as skipped, with the
/// reason below; they never pass without connecting.
@Suite(
    .serialized,
    .enabled(if: PostgresServerAvailability.available, "no PostgreSQL server: set TEND_TEST_POSTGRES to run the live connection tests")
)
struct PostgresLiveConnectionTests {
    let logger = Logger(label: "tend.test.location")
    let environment = ProcessInfo.processInfo.environment
    let home = try! TempDirectory("pg-live-home").created()

    var superuser: PostgresLocation {
        get throws {
            try PostgresLocation.parse(PostgresServerAvailability.url ?? "", environment: environment, osLogin: "postgres")
        }
    }

    /// Connects to `location` with the given environment and HOME, runs `body`, closes.
    func withConnection<T: Sendable>(
        _ location: PostgresLocation, environment: [String: String], home: String,
        _ body: (PostgresConnection) async throws -> T
    ) async throws -> T {
        let (configuration, _) = try location.connectionConfiguration(environment: environment, home: home)
        let connection = try await PostgresConnection.connect(configuration: configuration, id: 1, logger: logger)
        do {
            let result = try await body(connection)
            try await connection.close()
            return result
        } catch {
            try? await connection.close()
            throw error
        }
    }

    func single<T: PostgresDecodable>(_ connection: PostgresConnection, _ sql: PostgresQuery, as: T.Type) async throws -> T? {
        for try await value in try await connection.query(sql, logger: logger).decode(T.self) { return value }
        return nil
    }

    @Test func theTestServersURLConnectsAndSelectsOne() async throws {
        let one = try await withConnection(superuser, environment: environment, home: NSHomeDirectory()) {
            try await single($0, "SELECT 1", as: Int.self)
        }
        #expect(one == 1)
        let name = try await withConnection(superuser, environment: environment, home: NSHomeDirectory()) {
            try await single($0, "SELECT current_setting('application_name')", as: String.self)
        }
        #expect(name == "tend")
    }

    /// prefer connects whether or not the server offers TLS; require fails on a server without TLS
    /// and uses TLS on one with it.
    @Test func preferAndRequireBehaveAsLibpqs() async throws {
        let base = try superuser
        guard case .tcp = base.endpoint else {
            print("PostgresLiveConnectionTests: TEND_TEST_POSTGRES names a unix socket, where TLS does not apply: prefer and require not tried")
            return
        }
        let environment = self.environment
        let sslOn = try await withConnection(base, environment: environment, home: NSHomeDirectory()) {
            try await single($0, "SHOW ssl", as: String.self)
        } == "on"
        var prefer = base
        prefer.sslMode = .prefer
        let preferUsedTLS = try await withConnection(prefer, environment: environment, home: NSHomeDirectory()) {
            try await single($0, "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()", as: Bool.self)
        }
        #expect(preferUsedTLS == sslOn)
        var require = base
        require.sslMode = .require
        if sslOn {
            let requireUsedTLS = try await withConnection(require, environment: environment, home: NSHomeDirectory()) {
                try await single($0, "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()", as: Bool.self)
            }
            #expect(requireUsedTLS == true)
        } else {
            await #expect(throws: (any Error).self) {
                try await withConnection(require, environment: environment, home: NSHomeDirectory()) { _ in 0 }
            }
        }
    }

    /// verify-full checks the server's certificate: it connects with the certificate authority
    /// that signed it and fails with the system's roots, which do not hold a test CA. Needs a
    /// server with TLS and its CA's file in `TEND_TEST_POSTGRES_SSLROOTCERT` (skipped without).
    @Test(.enabled(
        if: !(ProcessInfo.processInfo.environment["TEND_TEST_POSTGRES_SSLROOTCERT"] ?? "").isEmpty,
        "no TEND_TEST_POSTGRES_SSLROOTCERT: the test server's certificate cannot be verified"))
    func verifyFullChecksTheCertificateChain() async throws {
        let environment = self.environment
        var verified = try superuser
        verified.sslMode = .verifyFull
        verified.sslRootCert = environment["TEND_TEST_POSTGRES_SSLROOTCERT"]
        let usedTLS = try await withConnection(verified, environment: environment, home: NSHomeDirectory()) {
            try await single($0, "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()", as: Bool.self)
        }
        #expect(usedTLS == true)
        var systemRoots = verified
        systemRoots.sslRootCert = "system"
        await #expect(throws: (any Error).self) {
            try await withConnection(systemRoots, environment: environment, home: NSHomeDirectory()) { _ in 0 }
        }
    }

    /// A role with a password (stored as SCRAM) connects with the password from a pgpass file in
    /// HOME and from PGPASSWORD. When the server trusts the connection anyway (the dev cluster does
    /// on 127.0.0.1) a wrong password connects too, and the test says so instead of claiming the
    /// password exchange was exercised.
    @Test func aPasswordRoleConnectsWithPgpassAndWithPGPASSWORD() async throws {
        let role = "tend_location_test_\(UInt32.random(in: 0...UInt32.max))"
        let password = UUID().uuidString
        let admin = try superuser
        let environment = self.environment
        try await withConnection(admin, environment: environment, home: NSHomeDirectory()) { connection in
            _ = try await connection.query(
                PostgresQuery(unsafeSQL: "SET password_encryption = 'scram-sha-256'; "), logger: logger)
            _ = try await connection.query(
                PostgresQuery(unsafeSQL: "CREATE ROLE \(role) LOGIN PASSWORD '\(password)'"), logger: logger)
        }
        do {
            let stored = try await withConnection(admin, environment: environment, home: NSHomeDirectory()) {
                try await single($0, "SELECT rolpassword FROM pg_authid WHERE rolname = \(role)", as: String.self)
            }
            #expect(stored?.hasPrefix("SCRAM-SHA-256$") == true)

            let asRole = admin.with(user: role).with(database: "postgres")
            let host: String
            if case .tcp(let name, _) = asRole.endpoint { host = name } else { host = "localhost" }
            let pgpass = home.appending(".pgpass").path
            try "\(host):\(asRole.port):*:\(role):\(password)\n".write(toFile: pgpass, atomically: false, encoding: .utf8)
            #expect(chmod(pgpass, 0o600) == 0)
            var bare = environment
            bare["PGPASSWORD"] = nil
            bare["PGPASSFILE"] = nil

            let (fromFile, warnings) = try asRole.connectionConfiguration(environment: bare, home: home.path)
            #expect(fromFile.password == password)
            #expect(warnings.isEmpty)
            let userFromFile = try await withConnection(asRole, environment: bare, home: home.path) {
                try await single($0, "SELECT session_user::text", as: String.self)
            }
            #expect(userFromFile == role)

            var withVariable = bare
            withVariable["PGPASSWORD"] = password
            let userFromVariable = try await withConnection(asRole, environment: withVariable, home: NSHomeDirectory()) {
                try await single($0, "SELECT session_user::text", as: String.self)
            }
            #expect(userFromVariable == role)

            var wrong = bare
            wrong["PGPASSWORD"] = "not-\(password)"
            do {
                _ = try await withConnection(asRole, environment: wrong, home: home.path) { _ in 0 }
                print("PostgresLiveConnectionTests: the server trusts \(asRole.display) (a wrong password connected): the SCRAM exchange was not exercised on this server")
            } catch {
                print("PostgresLiveConnectionTests: the server asked \(asRole.display) for a password and refused a wrong one: the SCRAM exchange was exercised")
            }
        } catch {
            try await dropRole(role, as: admin)
            throw error
        }
        try await dropRole(role, as: admin)
    }

    func dropRole(_ role: String, as admin: PostgresLocation) async throws {
        try await withConnection(admin, environment: environment, home: NSHomeDirectory()) { connection in
            _ = try await connection.query(PostgresQuery(unsafeSQL: "DROP ROLE IF EXISTS \(role)"), logger: logger)
        }
    }
}
