import Foundation
import Logging
import NIOCore
import NIOPosix
import PostgresNIO
import TendStore

/// One connection to the server, used synchronously: every call waits for its answer on the
/// calling thread (never an event-loop thread, so the Swift concurrency pool is not involved).
/// After the connection is lost, the next call outside a transaction connects again.
final class PostgresLink: @unchecked Sendable {
    /// How to reach the server.
    let configuration: PostgresConnection.Configuration
    /// The server and database, for messages (never a password).
    let display: String
    private var connection: PostgresConnection?
    private let logger: Logger
    private static let nextID = Counter()

    init(configuration: PostgresConnection.Configuration, display: String) {
        self.configuration = configuration
        self.display = display
        var logger = Logger(label: "tend.postgres")
        logger.logLevel = .critical
        self.logger = logger
    }

    deinit { try? connection?.close().wait() }

    /// Whether a connection is open and usable.
    var isConnected: Bool { connection.map { !$0.isClosed } ?? false }

    /// The open connection, connecting first when there is none or it was lost.
    func connected() throws -> PostgresConnection {
        if let connection, !connection.isClosed { return connection }
        connection = nil
        do {
            let fresh = try PostgresConnection.connect(
                on: MultiThreadedEventLoopGroup.singleton.next(), configuration: configuration,
                id: Self.nextID.next(), logger: logger
            ).wait()
            connection = fresh
            return fresh
        } catch {
            throw PostgresErrors.translateConnect(error, location: display)
        }
    }

    /// Runs one statement and collects its rows.
    @discardableResult
    func query(_ query: PostgresQuery) throws -> PostgresQueryResult {
        let connection = try connected()
        do {
            return try connection.query(query, logger: logger).wait()
        } catch {
            // A connection the server or the network ended is not used again: the next call
            // connects afresh.
            if PostgresErrors.isConnectionLoss(error) { discard() }
            throw PostgresErrors.translate(error, location: display)
        }
    }

    /// Runs several statements in one message (the simple query protocol, no parameters): a
    /// migration's script.
    func script(_ sql: String) throws {
        let connection = try connected()
        do {
            _ = try connection.simpleQuery(sql).wait()
        } catch {
            throw PostgresErrors.translate(error, location: display)
        }
    }

    /// Registers `handler` for notifications on `channel` and starts listening.
    func listen(_ channel: String, _ handler: @escaping @Sendable (String) -> Void) throws {
        let connection = try connected()
        connection.addListener(channel: channel) { _, notification in handler(notification.payload) }
        try query(PostgresQuery(unsafeSQL: "LISTEN \(channel)"))
    }

    /// Closes the connection (a later call connects again).
    func close() {
        try? connection?.close().wait()
        connection = nil
    }

    /// Forgets a connection that failed mid-transaction, so that nothing of it is reused.
    func discard() {
        if let connection { let _: EventLoopFuture<Void> = connection.close() }
        connection = nil
    }
}

/// A thread-safe counter for connection ids (used only in postgres-nio's log metadata).
final class Counter: @unchecked Sendable {
    private var value = 0
    private let lock = NSLock()
    func next() -> Int { lock.withLock { value += 1; return value } }
}
