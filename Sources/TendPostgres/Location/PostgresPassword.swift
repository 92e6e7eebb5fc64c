import Foundation

/// Finds the password for a connection the way libpq does: `PGPASSWORD` when set and not empty,
/// else the first matching line of the password file (`PGPASSFILE`, else `~/.pgpass`).
///
/// A password file that group or others may read is ignored with a warning, as libpq does; a
/// missing file is not an error (the server may not ask for a password at all).
enum PostgresPassword {
    /// The password (nil when there is none: the server may use peer, trust or certificates) and
    /// the warnings to show.
    static func find(
        for location: PostgresLocation, environment: [String: String], home: String
    ) -> (password: String?, warnings: [String]) {
        if let password = environment["PGPASSWORD"], !password.isEmpty {
            return (password, [])
        }
        let path = passwordFilePath(environment: environment, home: home)
        switch read(path) {
        case .missing:
            return (nil, [])
        case .ignored(let warning):
            return (nil, [warning])
        case .text(let text):
            let host: String
            switch location.endpoint {
            case .tcp(let name, _): host = name
            case .socket: host = "localhost"
            }
            let password = PgpassFile(text: text).password(
                host: host, port: location.port, database: location.database, user: location.user)
            return (password, [])
        }
    }

    /// The password file libpq would read: `PGPASSFILE`, else `HOME/.pgpass`.
    static func passwordFilePath(environment: [String: String], home: String) -> String {
        if let path = environment["PGPASSFILE"], !path.isEmpty { return path }
        return (home as NSString).appendingPathComponent(".pgpass")
    }

    private enum FileContents {
        case missing
        case ignored(warning: String)
        case text(String)
    }

    private static func read(_ path: String) -> FileContents {
        var status = stat()
        guard stat(path, &status) == 0 else {
            if errno == ENOENT || errno == ENOTDIR { return .missing }
            return .ignored(warning: "WARNING: password file \"\(path)\" cannot be read (\(String(cString: strerror(errno)))); no password taken from it")
        }
        guard status.st_mode & S_IFMT == S_IFREG else {
            return .ignored(warning: "WARNING: password file \"\(path)\" is not a plain file; no password taken from it")
        }
        guard status.st_mode & (S_IRWXG | S_IRWXO) == 0 else {
            return .ignored(warning: "WARNING: password file \"\(path)\" has group or world access and is ignored; permissions should be u=rw (0600) or less (chmod 600 \(path))")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            return .ignored(warning: "WARNING: password file \"\(path)\" cannot be read; no password taken from it")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            return .ignored(warning: "WARNING: password file \"\(path)\" is not UTF-8 text; no password taken from it")
        }
        return .text(text)
    }
}
