import Foundation

/// The unix socket file PostgreSQL listens on: `<directory>/.s.PGSQL.<port>`.
///
/// libpq names the socket by its directory and the port; postgres-nio wants the file itself.
enum PostgresSocketPath {
    /// The socket file in a directory for a port.
    static func file(directory: String, port: Int) -> String {
        var directory = directory
        while directory.count > 1, directory.hasSuffix("/") { directory.removeLast() }
        let separator = directory.hasSuffix("/") ? "" : "/"
        return "\(directory)\(separator).s.PGSQL.\(port)"
    }

    /// The directory and port of a socket file made by ``file(directory:port:)``.
    static func split(_ path: String) -> (directory: String, port: Int) {
        guard let marker = path.range(of: "/.s.PGSQL.", options: .backwards),
              let port = Int(path[marker.upperBound...])
        else { return (path, PostgresLocation.defaultPort) }
        let directory = String(path[..<marker.lowerBound])
        return (directory.isEmpty ? "/" : directory, port)
    }
}
