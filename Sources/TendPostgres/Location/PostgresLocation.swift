import Foundation

/// Where a PostgreSQL store is and how to reach it, parsed from a `postgresql://` URL.
///
/// The rules are libpq's (https://www.postgresql.org/docs/current/libpq-connect.html), so a URL
/// that works with `psql` works with tend, with two refusals: a password in the URL (it would show
/// in every process list) and several hosts in one URL.
public struct PostgresLocation: Sendable, Equatable {
    /// How the connection uses TLS, with libpq's meanings.
    public enum SSLMode: String, Sendable, CaseIterable {
        /// Never TLS.
        case disable
        /// TLS when the server offers it, without checking its certificate; plain otherwise.
        case prefer
        /// TLS or no connection; the certificate is not checked, unless `sslrootcert` names the
        /// certificate authority, which then checks the chain (not the host name), as libpq does.
        case require
        /// TLS, the certificate chain checked against `sslrootcert` (else `~/.postgresql/root.crt`,
        /// else the system's roots) and the certificate's name checked against the host.
        case verifyFull = "verify-full"
    }

    /// How to reach the server.
    public enum Endpoint: Sendable, Equatable {
        /// A host name or IP address and a TCP port.
        case tcp(host: String, port: Int)
        /// A unix socket FILE (`<directory>/.s.PGSQL.<port>`), as postgres-nio wants it.
        case socket(path: String)
    }

    /// The port PostgreSQL listens on when the URL names none.
    public static let defaultPort = 5432
    /// The socket directory used when the URL names no host (Debian's, where tend is packaged).
    public static let defaultSocketDirectory = "/var/run/postgresql"

    /// How to reach the server.
    public var endpoint: Endpoint
    /// The database role to log in as: the URL's user, else `PGUSER`, else the OS login.
    public var user: String
    /// The database: the URL's path, else `PGDATABASE`, else the user name (libpq's rule).
    public var database: String
    /// How the connection uses TLS.
    public var sslMode: SSLMode
    /// The certificate authority file (`sslrootcert=FILE`), or `system` for the system's roots.
    public var sslRootCert: String?
    /// The `application_name` the server shows in `pg_stat_activity`; nil means "tend".
    public var applicationName: String?

    /// Builds a location from its parts (the parser and tests use this).
    public init(
        endpoint: Endpoint, user: String, database: String, sslMode: SSLMode,
        sslRootCert: String? = nil, applicationName: String? = nil
    ) {
        self.endpoint = endpoint
        self.user = user
        self.database = database
        self.sslMode = sslMode
        self.sslRootCert = sslRootCert
        self.applicationName = applicationName
    }

    /// Whether text names a PostgreSQL store (postgresql:// or postgres://) rather than a directory.
    public static func isURL(_ text: String) -> Bool {
        PostgresURLText.scheme(of: text) != nil
    }

    /// The same server, another database (tests create a database per store).
    public func with(database: String) -> PostgresLocation {
        var copy = self
        copy.database = database
        return copy
    }

    /// The same server and database as another role.
    public func with(user: String) -> PostgresLocation {
        var copy = self
        copy.user = user
        return copy
    }

    /// The port of the endpoint: the TCP port, or the one in the socket file's name.
    public var port: Int {
        switch endpoint {
        case .tcp(_, let port): return port
        case .socket(let path): return PostgresSocketPath.split(path).port
        }
    }
}
