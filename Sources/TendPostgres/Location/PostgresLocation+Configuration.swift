import Foundation
import NIOSSL
import PostgresNIO
import TendStore

extension PostgresLocation {
    /// postgres-nio's configuration: password from PGPASSWORD, else the pgpass file
    /// (PGPASSFILE, else ~/.pgpass), TLS per sslMode. Throws StoreError.invalid on a bad
    /// certificate file etc. Returns the warnings to show (e.g. a pgpass file readable by others,
    /// which libpq ignores with a warning: do the same).
    public func connectionConfiguration(environment: [String: String], home: String) throws
        -> (configuration: PostgresConnection.Configuration, warnings: [String])
    {
        let (password, warnings) = PostgresPassword.find(for: self, environment: environment, home: home)
        var configuration: PostgresConnection.Configuration
        switch endpoint {
        case .tcp(let host, let port):
            configuration = PostgresConnection.Configuration(
                host: host, port: port, username: user, password: password, database: database,
                tls: try PostgresTLS.mode(for: self, home: home))
        case .socket(let path):
            guard sslMode == .disable else {
                throw StoreError.invalid(
                    "sslmode=\(sslMode.rawValue) does not apply to the unix socket of \(display): a socket connection never uses TLS; use sslmode=disable, or a TCP host for TLS")
            }
            configuration = PostgresConnection.Configuration(
                unixSocketPath: path, username: user, password: password, database: database)
        }
        configuration.options.additionalStartupParameters = [("application_name", applicationName ?? "tend")]
        return (configuration, warnings)
    }
}

/// The TLS settings for each ``PostgresLocation/SSLMode``, with libpq's meanings.
enum PostgresTLS {
    /// The postgres-nio TLS mode for a TCP location.
    static func mode(for location: PostgresLocation, home: String) throws -> PostgresConnection.Configuration.TLS {
        var tls = TLSConfiguration.makeClientConfiguration()
        switch location.sslMode {
        case .disable:
            return .disable
        case .prefer:
            tls.certificateVerification = .none
            return .prefer(try context(tls, location: location))
        case .require:
            // libpq: require does not check the certificate, unless a root certificate is given,
            // which then checks the chain as verify-ca does (not the host name).
            if let rootCert = location.sslRootCert {
                tls.trustRoots = try trustRoots(rootCert, location: location)
                tls.certificateVerification = .noHostnameVerification
            } else {
                tls.certificateVerification = .none
            }
            return .require(try context(tls, location: location))
        case .verifyFull:
            tls.certificateVerification = .fullVerification
            tls.trustRoots = try defaultTrustRoots(for: location, home: home)
            return .require(try context(tls, location: location))
        }
    }

    /// verify-full's roots: `sslrootcert`, else `~/.postgresql/root.crt` when it exists (libpq's
    /// default file), else the system's roots.
    private static func defaultTrustRoots(for location: PostgresLocation, home: String) throws -> NIOSSLTrustRoots {
        if let rootCert = location.sslRootCert { return try trustRoots(rootCert, location: location) }
        let libpqDefault = (home as NSString).appendingPathComponent(".postgresql/root.crt")
        if FileManager.default.fileExists(atPath: libpqDefault) {
            return try trustRoots(libpqDefault, location: location)
        }
        return .default
    }

    /// The certificates of a PEM file, loaded now so a bad file is named before any connection.
    private static func trustRoots(_ path: String, location: PostgresLocation) throws -> NIOSSLTrustRoots {
        if path == "system" { return .default }
        guard FileManager.default.isReadableFile(atPath: path) else {
            let reason = FileManager.default.fileExists(atPath: path) ? "cannot be read (check its permissions)" : "does not exist"
            throw StoreError.invalid(
                "the root certificate file \(path) (sslrootcert, for \(location.display)) \(reason); name a readable PEM file of the certificate authority that signed the server's certificate, or sslrootcert=system for the system's roots")
        }
        let certificates: [NIOSSLCertificate]
        do {
            certificates = try NIOSSLCertificate.fromPEMFile(path)
        } catch {
            throw StoreError.invalid(
                "the root certificate file \(path) (sslrootcert, for \(location.display)) is not a PEM certificate file (\(error)); name the certificate authority's PEM file")
        }
        guard !certificates.isEmpty else {
            throw StoreError.invalid(
                "the root certificate file \(path) (sslrootcert, for \(location.display)) holds no certificate; name the certificate authority's PEM file")
        }
        return .certificates(certificates)
    }

    private static func context(_ tls: TLSConfiguration, location: PostgresLocation) throws -> NIOSSLContext {
        do {
            return try NIOSSLContext(configuration: tls)
        } catch {
            throw StoreError.invalid("cannot set up TLS for \(location.display): \(error)")
        }
    }
}
