import Foundation
import Testing
import TendStore
@testable import TendPostgres

/// `postgresql://` URLs read as libpq reads them; pure: the environment and OS login are passed in.
@Suite struct PostgresLocationParseTests {
    func parse(_ url: String, _ environment: [String: String] = [:], login: String = "osuser") throws -> PostgresLocation {
        try PostgresLocation.parse(url, environment: environment, osLogin: login)
    }

    /// The message of the StoreError.invalid that parsing `url` throws.
    func refusal(_ url: String, _ environment: [String: String] = [:], login: String = "osuser") -> String {
        do {
            let location = try parse(url, environment, login: login)
            Issue.record("\(url) was accepted as \(location)")
            return ""
        } catch let StoreError.invalid(message) {
            return message
        } catch {
            Issue.record("\(url) threw \(error), not StoreError.invalid")
            return ""
        }
    }

    @Test func bothSchemesNameAStoreAndADirectoryDoesNot() {
        #expect(PostgresLocation.isURL("postgresql://alice@db/tend"))
        #expect(PostgresLocation.isURL("postgres://alice@db/tend"))
        #expect(PostgresLocation.isURL("PostgreSQL://alice@db/tend"))
        #expect(!PostgresLocation.isURL("/srv/tend"))
        #expect(!PostgresLocation.isURL("postgresql-store"))
        #expect(!PostgresLocation.isURL("mysql://alice@db/tend"))
    }

    @Test func aFullURLGivesEveryPart() throws {
        let location = try parse("postgresql://alice@db.example.org:6543/tend?sslmode=verify-full&sslrootcert=/etc/tend/ca.pem")
        #expect(location.endpoint == .tcp(host: "db.example.org", port: 6543))
        #expect(location.user == "alice")
        #expect(location.database == "tend")
        #expect(location.sslMode == .verifyFull)
        #expect(location.sslRootCert == "/etc/tend/ca.pem")
        #expect(try parse("postgres://alice@db/tend") == parse("postgresql://alice@db:5432/tend"))
    }

    @Test func theDefaultsAreLibpqs() throws {
        let location = try parse("postgresql://db")
        #expect(location.endpoint == .tcp(host: "db", port: 5432))
        #expect(location.user == "osuser")
        #expect(location.database == "osuser")
        #expect(location.sslMode == .prefer)
        #expect(try parse("postgresql://bob@db").database == "bob")
    }

    @Test func theEnvironmentFillsWhatTheURLLeavesOut() throws {
        let environment = ["PGUSER": "envuser", "PGDATABASE": "envdb", "PGPORT": "7000", "PGHOST": "envhost", "PGSSLMODE": "require"]
        let location = try parse("postgresql://", environment)
        #expect(location.endpoint == .tcp(host: "envhost", port: 7000))
        #expect(location.user == "envuser")
        #expect(location.database == "envdb")
        #expect(location.sslMode == .require)
        let written = try parse("postgresql://alice@db:5433/tend?sslmode=disable", environment)
        #expect(written == PostgresLocation(endpoint: .tcp(host: "db", port: 5433), user: "alice", database: "tend", sslMode: .disable))
    }

    @Test func noHostMeansTheDefaultSocketWithoutTLS() throws {
        let location = try parse("postgresql:///tend")
        #expect(location.endpoint == .socket(path: "/var/run/postgresql/.s.PGSQL.5432"))
        #expect(location.sslMode == .disable)
        #expect(location.port == 5432)
    }

    @Test func aSocketDirectoryInTheHostOrTheQueryNamesTheSocketFile() throws {
        let encoded = try parse("postgresql://alice@%2Fvar%2Frun%2Fpostgresql/tend")
        #expect(encoded.endpoint == .socket(path: "/var/run/postgresql/.s.PGSQL.5432"))
        let query = try parse("postgresql://alice@/tend?host=/tmp/pg/&port=6000")
        #expect(query.endpoint == .socket(path: "/tmp/pg/.s.PGSQL.6000"))
        #expect(query.port == 6000)
        let withPort = try parse("postgresql://alice@%2Ftmp:5999/tend")
        #expect(withPort.endpoint == .socket(path: "/tmp/.s.PGSQL.5999"))
    }

    @Test func queryParametersOverrideTheURLsParts() throws {
        let location = try parse("postgresql://alice@db:5432/tend?host=other&port=6000&user=bob&dbname=care&application_name=tend%20nurse")
        #expect(location.endpoint == .tcp(host: "other", port: 6000))
        #expect(location.user == "bob")
        #expect(location.database == "care")
        #expect(location.applicationName == "tend nurse")
    }

    @Test func eachPartIsPercentDecoded() throws {
        let location = try parse("postgresql://o%27brien@db/care%20team")
        #expect(location.user == "o'brien")
        #expect(location.database == "care team")
        #expect(refusal("postgresql://alice@db/te%zznd").contains("percent-encoding"))
    }

    @Test func anIPv6AddressIsWrittenInBrackets() throws {
        #expect(try parse("postgresql://alice@[::1]:6000/tend").endpoint == .tcp(host: "::1", port: 6000))
        #expect(try parse("postgresql://alice@[2001:db8::5]/tend").endpoint == .tcp(host: "2001:db8::5", port: 5432))
        #expect(refusal("postgresql://alice@[::1/tend").contains("closing ']'"))
    }

    @Test func aPasswordInTheURLIsRefusedWithoutShowingIt() {
        let message = refusal("postgresql://alice:s3cret@db/tend")
        #expect(message.contains("process list"))
        #expect(message.contains("PGPASSWORD"))
        #expect(message.contains("pgpass"))
        #expect(!message.contains("s3cret"))
        #expect(refusal("postgresql://alice:@db/tend").contains("process list"))
        let parameter = refusal("postgresql://alice@db/tend?password=s3cret")
        #expect(parameter.contains("process list"))
        #expect(!parameter.contains("s3cret"))
        let oddPassword = refusal("postgresql://alice:s3#c/ret@db/tend")
        #expect(oddPassword.contains("process list"))
        #expect(!oddPassword.contains("s3"))
        #expect(!oddPassword.contains("ret"))
        let slashed = refusal("postgresql://alice:p9/w@db/tend")
        #expect(slashed.contains("process list"))
        #expect(!slashed.contains("p9"))
    }

    @Test func anUnknownSchemeIsRefused() {
        let message = refusal("mysql://alice@db/tend")
        #expect(message.contains("postgresql://"))
        #expect(message.contains("not a PostgreSQL store URL"))
    }

    @Test func aBadPortIsRefusedWithTheRange() {
        for port in ["abc", "0", "65536", "-1", "54 32", "５４３２"] {
            let message = refusal("postgresql://alice@db:\(port)/tend")
            #expect(message.contains("bad port"), "\(port)")
            #expect(message.contains("1 to 65535"), "\(port)")
        }
        #expect(refusal("postgresql://alice@db/tend", ["PGPORT": "x"]).contains("bad PGPORT 'x'"))
    }

    @Test func anEmptyDatabaseIsRefused() {
        #expect(refusal("postgresql://alice@db/").contains("database name is empty"))
        #expect(refusal("postgresql://alice@db/tend?dbname=").contains("database name is empty"))
    }

    @Test func anUnknownSSLModeIsRefusedListingTheAcceptedOnes() {
        let message = refusal("postgresql://alice@db/tend?sslmode=sometimes")
        #expect(message.contains("unknown sslmode 'sometimes'"))
        #expect(message.contains("disable, prefer, require, verify-full"))
        #expect(refusal("postgresql://alice@db/tend?sslmode=verify-ca").contains("not supported"))
        #expect(refusal("postgresql://alice@db/tend", ["PGSSLMODE": "Require"]).contains("unknown sslmode 'Require'"))
    }

    @Test func anSSLModeOtherThanDisableOnASocketIsRefused() throws {
        for mode in ["prefer", "require", "verify-full"] {
            let message = refusal("postgresql://alice@/tend?host=/tmp&sslmode=\(mode)")
            #expect(message.contains("sslmode=\(mode) does not apply to a unix socket"), "\(mode)")
        }
        #expect(refusal("postgresql:///tend", ["PGSSLMODE": "require"]).contains("PGSSLMODE=require"))
        #expect(try parse("postgresql://alice@/tend?host=/tmp&sslmode=disable").sslMode == .disable)
    }

    @Test func anUnknownParameterIsRefusedByName() {
        let message = refusal("postgresql://alice@db/tend?sslmode=require&connect_timeout=5")
        #expect(message.contains("unknown parameter 'connect_timeout'"))
        #expect(message.contains("sslrootcert"))
        #expect(refusal("postgresql://alice@db/tend?sslmode").contains("has no value"))
    }

    @Test func severalHostsAreRefused() {
        #expect(refusal("postgresql://alice@db1,db2/tend").contains("several hosts"))
        #expect(refusal("postgresql:///tend", ["PGHOST": "a,b"]).contains("PGHOST names several hosts"))
    }

    @Test func noUserAnywhereIsRefused() {
        #expect(refusal("postgresql://db/tend", login: "").contains("no user"))
    }

    @Test func aRawHashIsRefusedNotReadAsAFragment() throws {
        #expect(refusal("postgresql://alice@db/te#nd").contains("%23"))
        #expect(try parse("postgresql://alice@db/te%23nd").database == "te#nd")
    }

    @Test func withChangesOnlyTheDatabaseOrTheUser() throws {
        let location = try parse("postgresql://alice@db:6000/tend?sslmode=require")
        let other = location.with(database: "tend_test_1")
        #expect(other.database == "tend_test_1")
        #expect(other.with(database: "tend") == location)
        let bob = location.with(user: "bob")
        #expect(bob.user == "bob")
        #expect(bob.with(user: "alice") == location)
    }
}
