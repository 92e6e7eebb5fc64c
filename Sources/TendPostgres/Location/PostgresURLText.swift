import Foundation
import TendStore

/// The pieces of a `postgresql://` URL as written, percent-decoded, before any default applies.
///
/// `postgresql://[user@][host][:port][/database][?name=value&...]` (libpq's URI form).
struct PostgresURLText: Equatable {
    var user: String?
    var host: String?
    var port: String?
    /// nil when the URL has no `/`; "" when it ends in `/` with no name.
    var database: String?
    /// Query parameters in order, decoded; a later one overrides an earlier one.
    var parameters: [(name: String, value: String)] = []

    static func == (a: PostgresURLText, b: PostgresURLText) -> Bool {
        a.user == b.user && a.host == b.host && a.port == b.port && a.database == b.database
            && a.parameters.map(\.name) == b.parameters.map(\.name)
            && a.parameters.map(\.value) == b.parameters.map(\.value)
    }

    /// The accepted schemes, lowercase.
    static let schemes = ["postgresql://", "postgres://"]

    /// The scheme `text` starts with (case-insensitive), if it is one of ``schemes``.
    static func scheme(of text: String) -> String? {
        let lower = text.lowercased()
        return schemes.first { lower.hasPrefix($0) }
    }

    /// How to write a store URL, for the end of error messages.
    static let howToWrite = "write it as postgresql://USER@HOST:PORT/DATABASE?sslmode=require"

    /// A message about the URL `url`: what is wrong, then how to write it.
    static func refusal(_ url: String, _ problem: String) -> StoreError {
        .invalid("store URL \(redacted(url)): \(problem); \(howToWrite)")
    }

    /// The URL as it may be shown: a password in it (`user:secret@`, `password=secret`) is
    /// replaced by `****`.
    ///
    /// Errs on the side of hiding: the last `@` before any `?` ends the user part, so a password
    /// holding a raw `/` or `#` is hidden too.
    static func redacted(_ url: String) -> String {
        guard let scheme = scheme(of: url) else { return url }
        let rest = url.dropFirst(scheme.count)
        let queryStart = rest.firstIndex(of: "?") ?? rest.endIndex
        var front = String(rest[..<queryStart])
        if let at = front.lastIndex(of: "@"), let colon = front[..<at].firstIndex(of: ":") {
            front = front[..<colon] + ":****" + front[at...]
        }
        let query = rest[queryStart...].split(separator: "&", omittingEmptySubsequences: false).map { item in
            let bare = item.hasPrefix("?") ? item.dropFirst() : item
            guard bare.lowercased().hasPrefix("password=") else { return String(item) }
            return (item.hasPrefix("?") ? "?" : "") + "password=****"
        }
        return url.prefix(scheme.count) + front + query.joined(separator: "&")
    }

    /// The refusal of a URL with a password, which it does not repeat.
    static func passwordRefusal(_ url: String) -> StoreError {
        .invalid(
            "store URL \(redacted(url)) contains a password: a password on the command line is visible to every user of this host in the process list. Remove it from the URL and put it in PGPASSWORD or a pgpass file (~/.pgpass, or the file PGPASSFILE names, mode 0600, lines HOST:PORT:DATABASE:USER:PASSWORD). (A '@' in a database name is written %40.)")
    }

    /// Splits `url` into its parts; throws on a malformed URL, a password, or several hosts.
    static func split(_ url: String) throws -> PostgresURLText {
        guard let scheme = scheme(of: url) else {
            throw StoreError.invalid(
                "\(redacted(url)) is not a PostgreSQL store URL (it must start with postgresql:// or postgres://); \(howToWrite)")
        }
        if redacted(url) != url { throw passwordRefusal(url) }
        var rest = Substring(url.dropFirst(scheme.count))
        var parts = PostgresURLText()
        if let question = rest.firstIndex(of: "?") {
            parts.parameters = try parseQuery(rest[rest.index(after: question)...], url: url)
            rest = rest[..<question]
        }
        let authority: Substring
        if let slash = rest.firstIndex(of: "/") {
            authority = rest[..<slash]
            parts.database = try decode(rest[rest.index(after: slash)...], what: "the database name", url: url)
        } else {
            authority = rest
        }
        var hostPort = authority
        if let at = authority.lastIndex(of: "@") {
            let userInfo = authority[..<at]
            if userInfo.contains(":") { throw passwordRefusal(url) }
            parts.user = try decode(userInfo, what: "the user name", url: url)
            hostPort = authority[authority.index(after: at)...]
        }
        try splitHostPort(hostPort, url: url, into: &parts)
        return parts
    }

    private static func splitHostPort(_ text: Substring, url: String, into parts: inout PostgresURLText) throws {
        if text.contains(",") {
            throw refusal(url, "it names several hosts ('\(text)'); tend connects to one server, name one host")
        }
        var portText: Substring?
        var hostText = text
        if text.hasPrefix("[") {
            guard let close = text.firstIndex(of: "]") else {
                throw refusal(url, "the IPv6 address '\(text)' has no closing ']'")
            }
            hostText = text[text.index(after: text.startIndex)..<close]
            let after = text[text.index(after: close)...]
            if after.hasPrefix(":") {
                portText = after.dropFirst()
            } else if !after.isEmpty {
                throw refusal(url, "'\(after)' after the IPv6 address is neither ':PORT' nor nothing")
            }
        } else if let colon = text.firstIndex(of: ":") {
            hostText = text[..<colon]
            portText = text[text.index(after: colon)...]
        }
        if !hostText.isEmpty { parts.host = try decode(hostText, what: "the host", url: url) }
        if let portText { parts.port = try decode(portText, what: "the port", url: url) }
    }

    private static func parseQuery(_ query: Substring, url: String) throws -> [(name: String, value: String)] {
        var result: [(name: String, value: String)] = []
        for item in query.split(separator: "&", omittingEmptySubsequences: true) {
            guard let equals = item.firstIndex(of: "=") else {
                throw refusal(url, "the parameter '\(item)' has no value (write NAME=VALUE)")
            }
            let name = try decode(item[..<equals], what: "a parameter name", url: url)
            let value = try decode(item[item.index(after: equals)...], what: "the value of \(name)", url: url)
            result.append((name, value))
        }
        return result
    }

    private static func decode(_ text: Substring, what: String, url: String) throws -> String {
        if text.contains("#") {
            throw refusal(url, "\(what) contains '#', which a URL reads as the start of a fragment (write a '#' in a name as %23)")
        }
        guard let decoded = String(text).removingPercentEncoding else {
            throw refusal(url, "\(what) '\(text)' has a bad percent-encoding (a % must be followed by two hex digits)")
        }
        return decoded
    }
}
