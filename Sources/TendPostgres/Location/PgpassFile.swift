import Foundation

/// A libpq password file (https://www.postgresql.org/docs/current/libpq-pgpass.html).
///
/// Lines `hostname:port:database:username:password`; a field that is exactly `*` matches
/// anything; `\:` and `\\` stand for `:` and `\`; lines starting with `#` are comments; the first
/// matching line wins.
struct PgpassFile: Equatable {
    /// One line: four patterns (nil = `*`) and the password.
    struct Entry: Equatable {
        var patterns: [String?]
        var password: String
    }

    var entries: [Entry]

    /// Reads the lines of `text`; a line with fewer than five fields is skipped, as libpq does.
    init(text: String) {
        entries = text.split(omittingEmptySubsequences: true) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
            .filter { !$0.hasPrefix("#") }
            .compactMap(Self.entry)
    }

    /// The password of the first line matching the connection, if any.
    ///
    /// `host` is the host as written in the URL; for a unix socket pass "localhost" (libpq's rule).
    func password(host: String, port: Int, database: String, user: String) -> String? {
        let values = [host, String(port), database, user]
        return entries.first { entry in
            zip(entry.patterns, values).allSatisfy { pattern, value in pattern == nil || pattern == value }
        }?.password
    }

    /// Splits a line into five fields, unescaping; the password (fifth field) ends at the next
    /// unescaped ':' or the end of the line, as in libpq, which ignores anything after it.
    private static func entry(_ line: Substring) -> Entry? {
        var fields: [(text: String, isWildcard: Bool)] = []
        var current = ""
        var hadEscape = false
        var escaped = false
        for character in line {
            if escaped {
                current.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
                hadEscape = true
            } else if character == ":" {
                fields.append((current, current == "*" && !hadEscape))
                current = ""
                hadEscape = false
                if fields.count == 5 { break }
            } else {
                current.append(character)
            }
        }
        if fields.count == 4 { fields.append((current, false)) }
        guard fields.count == 5 else { return nil }
        return Entry(
            patterns: fields.prefix(4).map { $0.isWildcard ? nil : $0.text },
            password: fields[4].text)
    }
}
