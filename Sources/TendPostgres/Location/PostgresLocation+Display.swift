import Foundation

extension PostgresLocation {
    /// The URL for people and logs: never a password. Parsing it gives this location back.
    ///
    /// A socket shows as `postgresql://alice@/tend?host=/var/run/postgresql&port=5432`; `sslmode`
    /// shows when it is not the default for the endpoint.
    public var display: String {
        var query: [String] = []
        let authority: String
        switch endpoint {
        case .tcp(let host, let port):
            let hostText = host.contains(":") ? "[\(host)]" : Self.encode(host)
            authority = "\(hostText):\(port)"
            if sslMode != .prefer { query.append("sslmode=\(sslMode.rawValue)") }
        case .socket(let path):
            let (directory, port) = PostgresSocketPath.split(path)
            authority = ""
            query.append("host=\(Self.encode(directory, keeping: "/"))")
            query.append("port=\(port)")
            if sslMode != .disable { query.append("sslmode=\(sslMode.rawValue)") }
        }
        if let sslRootCert { query.append("sslrootcert=\(Self.encode(sslRootCert, keeping: "/"))") }
        if let applicationName { query.append("application_name=\(Self.encode(applicationName))") }
        let tail = query.isEmpty ? "" : "?" + query.joined(separator: "&")
        return "postgresql://\(Self.encode(user))@\(authority)/\(Self.encode(database))\(tail)"
    }

    /// Percent-encodes everything but letters, digits and `-._~` (and `keeping`).
    private static func encode(_ text: String, keeping: String = "") -> String {
        var allowed = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~")
        allowed.insert(charactersIn: keeping)
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }
}
