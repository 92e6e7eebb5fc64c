import Foundation
import Testing
import TendStore
import TendTestSupport
@testable import TendPostgres

/// Where the password and TLS come from: PGPASSWORD, else the pgpass file (PGPASSFILE, else
/// HOME/.pgpass, ignored with a warning when others may read it), TLS per sslmode. Pure: each test
/// passes its own environment and a temporary HOME.
@Suite struct PostgresConnectionConfigurationTests {
    let home: TempDirectory

    init() throws {
        home = try TempDirectory("pg-home").created()
    }

    func location(_ url: String) throws -> PostgresLocation {
        try PostgresLocation.parse(url, environment: [:], osLogin: "osuser")
    }

    @discardableResult
    func writePgpass(_ text: String, at path: String? = nil, mode: mode_t = 0o600) throws -> String {
        let path = path ?? home.appending(".pgpass").path
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        #expect(chmod(path, mode) == 0)
        return path
    }

    func configure(_ url: String, _ environment: [String: String] = [:]) throws
        -> (password: String?, warnings: [String], tlsAllowed: Bool, tlsEnforced: Bool)
    {
        let (configuration, warnings) = try location(url).connectionConfiguration(environment: environment, home: home.path)
        return (configuration.password, warnings, configuration.tls.isAllowed, configuration.tls.isEnforced)
    }

    @Test func theHomePgpassGivesThePassword() throws {
        try writePgpass("db:5432:tend:alice:from-home\n")
        let result = try configure("postgresql://alice@db/tend")
        #expect(result.password == "from-home")
        #expect(result.warnings.isEmpty)
    }

    @Test func pgpassfileNamesAnotherFile() throws {
        try writePgpass("*:*:*:*:from-home\n")
        let other = try writePgpass("*:*:*:*:from-pgpassfile\n", at: home.appending("team.pgpass").path)
        #expect(try configure("postgresql://alice@db/tend", ["PGPASSFILE": other]).password == "from-pgpassfile")
    }

    @Test func pgpasswordWinsOverTheFileUnlessEmpty() throws {
        try writePgpass("*:*:*:*:from-file\n")
        #expect(try configure("postgresql://alice@db/tend", ["PGPASSWORD": "from-env"]).password == "from-env")
        #expect(try configure("postgresql://alice@db/tend", ["PGPASSWORD": ""]).password == "from-file")
    }

    @Test func aFileOthersMayReadIsIgnoredWithAWarning() throws {
        let path = try writePgpass("*:*:*:*:exposed\n", mode: 0o644)
        let result = try configure("postgresql://alice@db/tend")
        #expect(result.password == nil)
        #expect(result.warnings.count == 1)
        #expect(result.warnings.first?.contains("\"\(path)\" has group or world access") == true)
        #expect(result.warnings.first?.contains("0600") == true)
        try writePgpass("*:*:*:*:exposed\n", mode: 0o640)
        #expect(try configure("postgresql://alice@db/tend").password == nil)
    }

    @Test func noFileMeansNoPasswordAndNoWarning() throws {
        let result = try configure("postgresql://alice@db/tend")
        #expect(result.password == nil)
        #expect(result.warnings.isEmpty)
    }

    @Test func aDirectoryInPlaceOfTheFileIsIgnoredWithAWarning() throws {
        let directory = home.appending("pgpass.d").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let result = try configure("postgresql://alice@db/tend", ["PGPASSFILE": directory])
        #expect(result.password == nil)
        #expect(result.warnings.first?.contains("not a plain file") == true)
    }

    @Test func aSocketConnectionMatchesLocalhostInTheFile() throws {
        try writePgpass("db:5433:tend:alice:tcp\nlocalhost:5433:tend:alice:socket\n")
        #expect(try configure("postgresql://alice@/tend?host=/tmp&port=5433").password == "socket")
        #expect(try configure("postgresql://alice@db:5433/tend").password == "tcp")
    }

    @Test func theConfigurationCarriesTheEndpointUserAndDatabase() throws {
        let (tcp, _) = try location("postgresql://alice@db:6000/tend").connectionConfiguration(environment: [:], home: home.path)
        #expect(tcp.host == "db")
        #expect(tcp.port == 6000)
        #expect(tcp.username == "alice")
        #expect(tcp.database == "tend")
        #expect(tcp.options.additionalStartupParameters.map(\.1) == ["tend"])
        let (socket, _) = try location("postgresql://bob@/care?host=/tmp/pg").connectionConfiguration(environment: [:], home: home.path)
        #expect(socket.unixSocketPath == "/tmp/pg/.s.PGSQL.5432")
        #expect(socket.username == "bob")
        #expect(socket.database == "care")
        #expect(!socket.tls.isAllowed)
    }

    /// A location changed in code (not parsed) cannot ask for TLS over a socket either.
    @Test func aSocketLocationWithTLSIsRefused() throws {
        var socket = try location("postgresql://bob@/care?host=/tmp/pg")
        socket.sslMode = .require
        let error = #expect(throws: StoreError.self) {
            try socket.connectionConfiguration(environment: [:], home: home.path)
        }
        #expect(error?.description.contains("never uses TLS") == true)
    }

    @Test func eachSSLModeGivesItsTLSMode() throws {
        let disable = try configure("postgresql://alice@db/tend?sslmode=disable")
        #expect(!disable.tlsAllowed)
        let prefer = try configure("postgresql://alice@db/tend")
        #expect(prefer.tlsAllowed && !prefer.tlsEnforced)
        let require = try configure("postgresql://alice@db/tend?sslmode=require")
        #expect(require.tlsEnforced)
        let verify = try configure("postgresql://alice@db/tend?sslmode=verify-full&sslrootcert=system")
        #expect(verify.tlsEnforced)
    }

    @Test func aMissingRootCertificateIsNamed() throws {
        let missing = home.appending("nowhere.pem").path
        let error = #expect(throws: StoreError.self) {
            try configure("postgresql://alice@db/tend?sslmode=verify-full&sslrootcert=\(missing)")
        }
        #expect(error?.description.contains("\(missing)") == true)
        #expect(error?.description.contains("does not exist") == true)
    }

    @Test func anUnreadableOrBadRootCertificateIsNamed() throws {
        let garbage = home.appending("garbage.pem").path
        try "not a certificate\n".write(toFile: garbage, atomically: false, encoding: .utf8)
        let bad = #expect(throws: StoreError.self) {
            try configure("postgresql://alice@db/tend?sslmode=require&sslrootcert=\(garbage)")
        }
        #expect(bad?.description.contains(garbage) == true)
        if getuid() != 0 {  // root reads any file
            #expect(chmod(garbage, 0o000) == 0)
            let unreadable = #expect(throws: StoreError.self) {
                try configure("postgresql://alice@db/tend?sslmode=verify-full&sslrootcert=\(garbage)")
            }
            #expect(unreadable?.description.contains("cannot be read") == true)
        }
    }

    @Test func aValidRootCertificateIsAccepted() throws {
        let certificate = home.appending("ca.pem").path
        try TestCertificate.pem.write(toFile: certificate, atomically: false, encoding: .utf8)
        #expect(try configure("postgresql://alice@db/tend?sslmode=verify-full&sslrootcert=\(certificate)").tlsEnforced)
        #expect(try configure("postgresql://alice@db/tend?sslmode=require&sslrootcert=\(certificate)").tlsEnforced)
    }
}
