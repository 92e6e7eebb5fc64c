import Foundation
import TendStore

extension PostgresLocation {
    /// The query parameters tend understands; any other is refused by name.
    static let acceptedParameters = ["host", "port", "user", "dbname", "sslmode", "sslrootcert", "application_name"]

    /// Parses; throws StoreError.invalid with a message that says what is wrong and how to write it.
    ///
    /// A part the URL leaves out comes from the environment as libpq takes it (`PGHOST`, `PGPORT`,
    /// `PGUSER`, `PGDATABASE`, `PGSSLMODE`, `PGSSLROOTCERT`), else libpq's default: the socket in
    /// ``defaultSocketDirectory``, port 5432, the OS login `osLogin`, a database named like the user.
    /// A host that starts with `/` (also percent-encoded, or in `?host=`) is a socket directory.
    public static func parse(_ url: String, environment: [String: String], osLogin: String) throws -> PostgresLocation {
        let text = try PostgresURLText.split(url)
        var values = ParsedValues(user: text.user, host: text.host, port: text.port, database: text.database)
        for (name, value) in text.parameters {
            switch name {
            case "host": values.host = value
            case "port": values.port = value
            case "user": values.user = value
            case "dbname": values.database = value
            case "sslmode": values.sslMode = value; values.sslModeSource = "sslmode=\(value)"
            case "sslrootcert": values.sslRootCert = value
            case "application_name": values.applicationName = value
            case "password":
                throw StoreError.invalid(
                    "store URL \(PostgresURLText.redacted(url)) contains a password parameter: a password on the command line is visible to every user of this host in the process list. Put it in PGPASSWORD or a pgpass file instead")
            default:
                throw PostgresURLText.refusal(
                    url, "unknown parameter '\(name)' (tend understands \(acceptedParameters.joined(separator: ", ")))")
            }
        }
        return try values.location(url: url, environment: environment, osLogin: osLogin)
    }
}

/// The URL's values after the query parameters, before the environment and defaults fill the gaps.
private struct ParsedValues {
    var user: String?
    var host: String?
    var port: String?
    var database: String?
    var sslMode: String?
    var sslModeSource = ""
    var sslRootCert: String?
    var applicationName: String?

    func location(url: String, environment: [String: String], osLogin: String) throws -> PostgresLocation {
        func fromEnvironment(_ name: String) -> String? {
            guard let value = environment[name], !value.isEmpty else { return nil }
            return value
        }
        let port = try parsePort(url: url, environment: environment)
        let endpoint = try endpoint(url: url, port: port, environment: environment)
        guard let user = nonEmpty(user) ?? fromEnvironment("PGUSER") ?? nonEmpty(osLogin) else {
            throw PostgresURLText.refusal(url, "it names no user, and neither PGUSER nor the OS login gives one")
        }
        if let database, database.isEmpty {
            throw PostgresURLText.refusal(
                url, "the database name is empty (the URL ends in '/' or has 'dbname='); name the database, or leave out the '/' to use PGDATABASE or the user name")
        }
        let database = database ?? fromEnvironment("PGDATABASE") ?? user
        let mode = try sslMode(url: url, endpoint: endpoint, environment: environment)
        let rootCert = nonEmpty(sslRootCert) ?? fromEnvironment("PGSSLROOTCERT")
        return PostgresLocation(
            endpoint: endpoint, user: user, database: database, sslMode: mode,
            sslRootCert: rootCert, applicationName: nonEmpty(applicationName))
    }

    private func parsePort(url: String, environment: [String: String]) throws -> Int {
        let (text, source): (String?, String) =
            if let port, !port.isEmpty { (port, "port") }
            else if let value = environment["PGPORT"], !value.isEmpty { (value, "PGPORT") }
            else { (nil, "") }
        guard let text else { return PostgresLocation.defaultPort }
        guard text.allSatisfy(\.isASCII), let port = Int(text), (1...65535).contains(port) else {
            throw PostgresURLText.refusal(url, "bad \(source) '\(text)': a port is a number from 1 to 65535 (5432 when left out)")
        }
        return port
    }

    private func endpoint(url: String, port: Int, environment: [String: String]) throws -> PostgresLocation.Endpoint {
        let source = nonEmpty(host) != nil ? "host" : "PGHOST"
        let host = nonEmpty(host) ?? nonEmpty(environment["PGHOST"]) ?? PostgresLocation.defaultSocketDirectory
        if host.contains(",") {
            throw PostgresURLText.refusal(url, "\(source) names several hosts ('\(host)'); tend connects to one server, name one host")
        }
        if host.hasPrefix("/") {
            return .socket(path: PostgresSocketPath.file(directory: host, port: port))
        }
        if host.hasPrefix("@") {
            throw PostgresURLText.refusal(url, "the abstract socket '\(host)' is not supported; name a socket directory (starting with /) or a host")
        }
        return .tcp(host: host, port: port)
    }

    private func sslMode(
        url: String, endpoint: PostgresLocation.Endpoint, environment: [String: String]
    ) throws -> PostgresLocation.SSLMode {
        let (text, source): (String?, String) =
            if let sslMode, !sslMode.isEmpty { (sslMode, sslModeSource) }
            else if let value = environment["PGSSLMODE"], !value.isEmpty { (value, "PGSSLMODE=\(value)") }
            else { (nil, "") }
        let isSocket = if case .socket = endpoint { true } else { false }
        guard let text else { return isSocket ? .disable : .prefer }
        let accepted = PostgresLocation.SSLMode.allCases.map(\.rawValue).joined(separator: ", ")
        guard let mode = PostgresLocation.SSLMode(rawValue: text) else {
            let hint = text == "verify-ca" || text == "allow"
                ? " (libpq's '\(text)' is not supported: use verify-full to check the certificate, or require)" : ""
            throw PostgresURLText.refusal(url, "unknown sslmode '\(text)'\(hint); tend accepts \(accepted)")
        }
        if isSocket, mode != .disable {
            throw PostgresURLText.refusal(
                url, "\(source) does not apply to a unix socket: a socket connection never uses TLS; leave sslmode out (or set sslmode=disable) for a socket, or name a TCP host for TLS")
        }
        return mode
    }

    private func nonEmpty(_ text: String?) -> String? {
        guard let text, !text.isEmpty else { return nil }
        return text
    }
}
