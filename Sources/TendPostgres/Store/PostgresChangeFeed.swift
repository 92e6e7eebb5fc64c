import Foundation
import PostgresNIO
import TendStore

/// A second connection that LISTENs on `tend_changes`, where the audit trigger announces every
/// new audit record (commits and denials) when its transaction commits. ``latest`` is then
/// known without asking the server; when the connection drops, ``latest`` is nil (callers ask
/// the server) until a later call reconnects it.
final class PostgresChangeFeed: @unchecked Sendable {
    private let link: PostgresLink
    private let lock = NSLock()
    private var seen: Int64 = 0
    private var listening = false
    private var lastAttempt = Date.distantPast

    private let schema: String

    init(configuration: PostgresConnection.Configuration, display: String, schema: String) {
        link = PostgresLink(configuration: configuration, display: display)
        self.schema = schema
    }

    /// Connects and listens; `initial` is the last audit record when it started.
    func start(initial: Int64) throws {
        lock.withLock { seen = max(seen, initial) }
        try connect()
    }

    /// Listens, then reads the head: an announcement missed while disconnected is covered.
    private func connect() throws {
        let prefix = schema + " "
        try link.listen("tend_changes") { [weak self] payload in
            // The payload is "<schema> <seq>": a database may hold several stores' schemas.
            guard let self, payload.hasPrefix(prefix), let seq = Int64(payload.dropFirst(prefix.count)) else { return }
            self.lock.withLock { self.seen = max(self.seen, seq) }
        }
        let head = try link.query("SELECT coalesce(max(seq), 0)::int8 FROM audit").first?.decode(Int64.self) ?? 0
        lock.withLock {
            seen = max(seen, head)
            listening = true
        }
    }

    /// The last audit record announced, or nil when the listener is not connected (it tries to
    /// reconnect at most every 2 seconds; the caller asks the server meanwhile).
    var latest: Int64? {
        if link.isConnected { return lock.withLock { listening ? seen : nil } }
        lock.withLock { listening = false }
        if Date().timeIntervalSince(lastAttempt) > 2 {
            lastAttempt = Date()
            try? connect()
        }
        return nil
    }

    /// Stops listening and closes the connection.
    func stop() { link.close() }
}
