import Foundation
import PostgresNIO
import TendDomain
import TendStore

/// The PostgreSQL store: a ``RecordStore`` kept in a PostgreSQL database, for practices that
/// outgrow one host (docs/deployment.md).
///
/// Every commit is one transaction: writers take a transaction-scoped advisory lock, so that
/// the body of a change reads the latest committed records and no other writer commits
/// meanwhile (the same rule as the file store's exclusive lock), then the records and the audit
/// record are written and committed together. Reads inside ``read(_:)`` run in one
/// repeatable-read, read-only transaction, so that they see whole commits. What the database
/// can enforce, it does: the overlap of a staff member's entries (an exclusion constraint), the
/// append-only, chained audit trail (grants and triggers) and the roles (grants).
public final class PostgresStore: RecordStore, WriteLockHook, @unchecked Sendable {
    /// The advisory lock that serializes migrations of the store's schema.
    static let schemaLock = "pg_advisory_xact_lock(1952804401, hashtext(current_schema()))"
    /// The advisory lock that serializes the store's commits (the audit chain has one head).
    static let writeLock = "pg_advisory_xact_lock(1952804402, hashtext(current_schema()))"

    /// The store's settings.
    public let settings: StoreSettings
    /// The server and database, for people (never a password).
    public let location: String
    /// Nothing is ever left half-done in a database: the server rolls back what was not committed.
    public var recoveryMessage: String? { nil }
    /// The database role this store is connected as: the staff login of everything it writes.
    public let databaseRole: String

    let link: PostgresLink
    /// Tests only: runs in a write just before it waits for the lock.
    package var beforeWriteLock: (() -> Void)?
    private let mutex = NSRecursiveLock()
    private var transactionDepth = 0
    private var feed: PostgresChangeFeed?

    private init(link: PostgresLink, settings: StoreSettings, databaseRole: String) {
        self.link = link
        self.location = link.display
        self.settings = settings
        self.databaseRole = databaseRole
    }

    // MARK: Creating and opening

    /// Creates the schema in an empty database (every migration) and commits the store's first
    /// records, staged by `initial`, as audit record 1.
    public static func create(
        configuration: PostgresConnection.Configuration, display: String, settings: StoreSettings,
        account: Account, at now: Date, action: AuditAction = .storeInit, _ initial: (any ChangeSet) throws -> Void
    ) throws -> PostgresStore {
        let link = PostgresLink(configuration: configuration, display: display)
        let migrator = SchemaMigrator(link: link, migrations: Migrations.all)
        if let version = try migrator.installedVersion() {
            guard version <= Migrations.current else {
                throw StoreError.tooNew(path: display, found: version, supported: Migrations.current)
            }
            if try link.query("SELECT count(*) FROM tend_settings").first!.decode(Int.self) > 0 {
                throw StoreError.alreadyExists(path: display)
            }
        }
        try migrator.migrate()
        var settings = settings
        settings.schemaVersion = Migrations.current
        let store = PostgresStore(link: link, settings: settings, databaseRole: try sessionUser(link))
        try store.commitChange(account, action: action, outcome: .ok, patient: nil, at: now) { change in
            change.settings = settings
            try initial(change)
            if change.summary.isEmpty { change.summary = "created the store for \(settings.practice)" }
            if change.described == nil { change.describe(settings) }
        }
        return store
    }

    /// Opens the store in a database: refuses a database with no tend schema, a schema newer
    /// than this program's, or an older one (`tend store migrate` first).
    public static func open(configuration: PostgresConnection.Configuration, display: String) throws -> PostgresStore {
        let link = PostgresLink(configuration: configuration, display: display)
        guard let version = try SchemaMigrator(link: link, migrations: Migrations.all).installedVersion(), version > 0 else {
            throw StoreError.notAStore(path: display)
        }
        guard version <= Migrations.current else {
            throw StoreError.tooNew(path: display, found: version, supported: Migrations.current)
        }
        guard version == Migrations.current else {
            throw StoreError.needsMigration(location: display, found: version, current: Migrations.current)
        }
        guard let text = try link.query("SELECT doc::text FROM tend_settings WHERE id = 1").first?.decode(String.self) else {
            throw StoreError.notAStore(path: display)
        }
        var settings = try StoreRecordDecoding.decode(StoreSettings.self, from: Data(text.utf8), name: "tend_settings")
        settings.schemaVersion = version
        return PostgresStore(link: link, settings: settings, databaseRole: try sessionUser(link))
    }

    /// Applies the migrations a database lacks; returns the versions applied (empty when it was
    /// current). Refuses a database whose schema is newer than this program's.
    public static func migrate(configuration: PostgresConnection.Configuration, display: String) throws -> [(version: Int, description: String)] {
        let link = PostgresLink(configuration: configuration, display: display)
        defer { link.close() }
        let migrator = SchemaMigrator(link: link, migrations: Migrations.all)
        guard let version = try migrator.installedVersion() else { throw StoreError.notAStore(path: display) }
        guard version <= Migrations.current else {
            throw StoreError.tooNew(path: display, found: version, supported: Migrations.current)
        }
        return try migrator.migrate().map { ($0.version, $0.description) }
    }

    /// The newest schema version this program knows.
    public static var schemaVersion: Int { Migrations.current }

    private static func sessionUser(_ link: PostgresLink) throws -> String {
        try link.query("SELECT session_user::text").first!.decode(String.self)
    }

    /// Closes the connections (a later call connects again).
    public func close() {
        mutex.withLock {
            feed?.stop()
            feed = nil
            link.close()
        }
    }

    // MARK: Identity

    /// The staff login is the database role the store connected as: an environment variable
    /// cannot change it; the OS user id is kept for the audit record.
    public func actingAccount(for account: Account) -> Account {
        Account(uid: account.uid, login: databaseRole)
    }

    // MARK: Transactions

    /// Runs one statement on the store's connection. Inside a transaction, a lost connection is
    /// an error (the server rolled the transaction back); outside, the link reconnects.
    @discardableResult
    func run(_ query: PostgresQuery) throws -> PostgresQueryResult {
        try mutex.withLock {
            if transactionDepth > 0 && !link.isConnected {
                throw StoreError.unavailable(location: location, reason: "the connection was lost during the change, which the server rolled back")
            }
            do {
                return try link.query(query)
            } catch where transactionDepth == 0 && PostgresErrors.isConnectionLoss(error) {
                // A single statement outside a transaction is tried once more on a new connection.
                return try link.query(query)
            }
        }
    }

    /// Runs `body` in one repeatable-read, read-only transaction, so that every record it reads
    /// belongs to whole commits.
    public func read<T>(_ body: () throws -> T) throws -> T {
        try mutex.withLock {
            if transactionDepth > 0 {
                return try body()
            }
            try link.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
            transactionDepth = 1
            defer { transactionDepth = 0 }
            do {
                let result = try body()
                try link.query("COMMIT")
                return result
            } catch {
                rollback()
                throw error
            }
        }
    }

    /// Makes one change in one transaction (see the type's documentation).
    @discardableResult
    public func write(_ account: Account, action: AuditAction, patient: String?, at now: Date,
                      _ body: (any ChangeSet) throws -> Void) throws -> Int {
        try commitChange(account, action: action, outcome: .ok, patient: patient, at: now) { try body($0) }
    }

    /// Records a refused action in the audit trail; returns the denial for the caller to throw.
    public func deny(_ account: Account, action: AuditAction, patient: String?, at now: Date, reason: String) -> StoreError {
        do {
            try commitChange(account, action: action, outcome: .denied, patient: patient, at: now) { change in
                change.summary = "denied: \(reason)"
            }
        } catch {
            return .denied(reason: "\(reason) (and the denial could not be audited: \(error))")
        }
        return .denied(reason: reason)
    }

    @discardableResult
    func commitChange(_ account: Account, action: AuditAction, outcome: AuditOutcome, patient: String?, at now: Date,
                      _ body: (PostgresChangeSet) throws -> Void) throws -> Int {
        try mutex.withLock {
            guard transactionDepth == 0 else {
                throw StoreError.invalid("internal: a change was started inside another change or a read")
            }
            if let hook = beforeWriteLock {
                beforeWriteLock = nil
                hook()
            }
            try link.query("BEGIN")
            transactionDepth = 1
            defer { transactionDepth = 0 }
            var committing: (seq: Int, hash: String)?
            do {
                try link.query(PostgresQuery(unsafeSQL: "SELECT \(Self.writeLock)"))
                let change = PostgresChangeSet(store: self)
                change.patient = patient
                try body(change)
                let operations = try change.apply()
                let head = try auditHead()
                let draft = AuditRecordDraft(
                    seq: head.seq + 1, prev: head.hash, at: now, uid: account.uid, login: account.login,
                    action: action.rawValue, patient: change.patient, outcome: outcome, summary: change.summary,
                    change: change.described.map(AnyEncodable.init), ops: operations)
                let (line, hash) = try AuditChain.line(for: draft)
                let text = String(decoding: line.dropLast(), as: UTF8.self)
                try link.query("""
                    INSERT INTO audit (seq, prev, hash, at, login, db_role, action, patient, outcome, line)
                    VALUES (\(draft.seq), \(draft.prev), \(hash), \(now), \(account.login), session_user, \(draft.action),
                            \(draft.patient), \(outcome.rawValue), \(text))
                    """)
                committing = (draft.seq, hash)
                try link.query("COMMIT")
                return draft.seq
            } catch {
                if let committing, PostgresErrors.isConnectionLoss(error) {
                    // The answer to COMMIT was lost: the change may or may not have been made.
                    return try confirmCommit(seq: committing.seq, hash: committing.hash, after: error)
                }
                rollback()
                throw error
            }
        }
    }

    /// After a COMMIT whose answer was lost: reconnects and looks for the audit record the change
    /// would have written. Its presence means the change was committed.
    private func confirmCommit(seq: Int, hash: String, after error: Error) throws -> Int {
        link.discard()
        let found = try? link.query("SELECT count(*) FROM audit WHERE seq = \(seq) AND hash = \(hash)").first?.decode(Int.self)
        switch found {
        case 1?:
            return seq
        case 0?:
            throw StoreError.unavailable(location: location, reason: "the connection was lost before the change was committed; it was not saved, enter it again")
        default:
            throw StoreError.unavailable(location: location, reason: "the connection was lost while committing (audit record \(seq)); whether it was saved is unknown until the server answers again: check with `tend audit log` before entering it again")
        }
    }

    private func rollback() {
        if link.isConnected {
            if (try? link.query("ROLLBACK")) == nil { link.discard() }
        }
    }

    /// The last audit record's sequence number and hash (0 and the genesis hash when empty).
    func auditHead() throws -> (seq: Int, hash: String) {
        guard let row = try run("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1").first else {
            return (0, AuditChain.genesis)
        }
        let (seq, hash) = try row.decode((Int, String).self)
        return (seq, hash)
    }

    // MARK: Change stamp

    /// The number of the last audit record: every commit and denial adds one. A workstation's
    /// poll reads it from the notifications the database sends (LISTEN/NOTIFY) without a query;
    /// when that listener is down, it asks the server.
    public func changeStamp() -> StoreChangeStamp? {
        if let latest = mutex.withLock({ feed?.latest }) { return StoreChangeStamp(token: latest) }
        guard let seq = try? auditHead().seq else { return nil }
        return StoreChangeStamp(token: Int64(seq))
    }

    /// Starts listening for other sessions' commits (the workstation does; a one-shot command
    /// need not).
    public func startChangeFeed() throws {
        try mutex.withLock {
            guard feed == nil else { return }
            let schema = try run("SELECT current_schema()::text").first!.decode(String.self)
            let started = PostgresChangeFeed(configuration: link.configuration, display: location, schema: schema)
            try started.start(initial: Int64(try auditHead().seq))
            feed = started
        }
    }

    // MARK: Audit

    /// Checks every audit row: its line's own hash, the chain from record 1, and that the
    /// row's columns say what its line says.
    public func verifyAudit() throws -> AuditVerification {
        try read {
            let rows = try run("SELECT seq, hash, prev, line FROM audit ORDER BY seq")
            var trail = Data()
            var problems: [String] = []
            for row in rows {
                let (seq, hash, prev, line) = try row.decode((Int, String, String, String).self)
                if let record = try? AuditChain.parse(Data(line.utf8)),
                   record.seq != seq || record.hash != hash || record.prev != prev {
                    problems.append("audit row \(seq): its columns do not match its record (seq \(record.seq)); the row was edited in the database")
                }
                trail.append(contentsOf: line.utf8)
                trail.append(UInt8(ascii: "\n"))
            }
            var result = AuditVerifier.verify(trail: trail, anchor: nil)
            if result.problems.isEmpty { result.problems = problems }
            return result
        }
    }

    /// Every audit record, oldest first.
    public func auditRecords() throws -> [AuditRecord] {
        try read {
            try run("SELECT seq, line FROM audit ORDER BY seq").map { row in
                let (seq, line) = try row.decode((Int, String).self)
                do {
                    return try AuditChain.parse(Data(line.utf8))
                } catch {
                    throw StoreError.damaged(file: "audit row \(seq)", reason: "it is unreadable; run `tend audit verify`")
                }
            }
        }
    }

    /// The raw lines of the audit trail, oldest first (a store copy carries them over verbatim).
    public func auditLines() throws -> [String] {
        try read { try run("SELECT line FROM audit ORDER BY seq").map { try $0.decode(String.self) } }
    }

    // MARK: Indexes

    /// The database keeps its own indexes; the columns tend derives from each record are
    /// written with it in the same statement.
    public func hasIndexes() throws -> Bool { true }

    /// Writes every patient and time entry again, so that the columns derived from them (MRN,
    /// care manager, date of birth, entry time ranges) are recomputed; returns how many rows.
    @discardableResult
    public func rebuildIndexes(_ account: Account, at now: Date) throws -> Int {
        var count = 0
        try commitChange(account, action: .indexRebuild, outcome: .ok, patient: nil, at: now) { change in
            for patient in try allPatients() { try change.put(patient, replacing: nil) }
            count = try allPatients().count
            for month in try monthsWithTime() {
                for log in try staffMonthLogs(month: month) {
                    change.rewriteEntries = true
                    try change.put(log)
                    count += log.entries.count
                }
            }
            change.summary = "recomputed the database columns of \(count) records"
        }
        return count
    }

    /// Compares each patient's and time entry's derived columns with its record.
    public func verifyIndexes() throws -> [String] {
        try read { try IndexCheck(store: self).differences() }
    }
}
