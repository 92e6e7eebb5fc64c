import Foundation
import TendDomain

/// What a tend store does, whatever keeps the records: the use cases (TendServices) talk to a
/// store only through this protocol and ``ChangeSet``.
///
/// A store keeps typed records (``RecordReading``), commits every change together with its
/// audit record or not at all, lets several processes read and write at once without a reader
/// seeing half a commit or a writer losing another's change, tells cheaply whether anything was
/// committed since a screen last looked, and checks its own audit trail and indexes.
/// ``JSONFileStore`` (a directory of sealed JSON files) is the first implementation; how it lays
/// out its files stays behind it.
public protocol RecordStore: RecordReading, AnyObject, Sendable {
    /// The store's settings (practice, time zone).
    var settings: StoreSettings { get }

    /// Where the store is, for people: a directory path, a database name.
    var location: String { get }

    /// A message about an interrupted change that the store completed or discarded when it was
    /// opened or on a later commit, for the user to see; nil when nothing was repaired.
    var recoveryMessage: String? { get }

    /// Runs `body` so that every record it reads belongs to whole commits.
    func read<T>(_ body: () throws -> T) throws -> T

    /// Makes one change: `body` reads the current records (no other writer commits meanwhile),
    /// checks the rules and stages what to write in the ``ChangeSet``; then the change and its
    /// audit record are committed together and made durable, or, when `body` throws, nothing is.
    /// Returns the audit record's sequence number.
    @discardableResult
    func write(_ account: Account, action: AuditAction, patient: String?, at now: Date,
               _ body: (any ChangeSet) throws -> Void) throws -> Int

    /// Records in the audit trail that an action was refused, then returns the denial error for
    /// the caller to throw (its reason says so when the denial could not be audited).
    func deny(_ account: Account, action: AuditAction, patient: String?, at now: Date, reason: String) -> StoreError

    /// A cheap fingerprint that differs after every commit by any process (denials included)
    /// and only then: screens poll it and reload when it changed. Nil when it cannot be read.
    func changeStamp() -> StoreChangeStamp?

    /// Checks the whole audit trail for records edited, removed, inserted or cut off.
    func verifyAudit() throws -> AuditVerification

    /// Every audit record, oldest first.
    func auditRecords() throws -> [AuditRecord]

    /// The audit trail's lines exactly as chained (without newlines), oldest first: a copy of the
    /// store carries them over unchanged, so that its chain continues the original's.
    func auditLines() throws -> [String]

    /// Whether the store's indexes exist in the current format.
    func hasIndexes() throws -> Bool

    /// Rebuilds every index from the records in one audited commit; returns how many index
    /// entries were written.
    @discardableResult
    func rebuildIndexes(_ account: Account, at now: Date) throws -> Int

    /// Compares the indexes with the records; one line per difference, empty when they agree.
    func verifyIndexes() throws -> [String]

    /// The account that acts on this store for the operating-system account `account`: the
    /// same account for a store whose users are the host's users; for a database store, the
    /// database role it authenticated as (so that no environment variable can change who acts).
    func actingAccount(for account: Account) -> Account
}

extension RecordStore {
    /// The host's account acts as itself.
    public func actingAccount(for account: Account) -> Account { account }

    /// ``write(_:action:patient:at:_:)`` for a change that names no patient up front.
    @discardableResult
    public func write(_ account: Account, action: AuditAction, at now: Date,
                      _ body: (any ChangeSet) throws -> Void) throws -> Int {
        try write(account, action: action, patient: nil, at: now, body)
    }

    /// ``write(_:action:patient:at:_:)`` for a change that yields a value (the record it made or
    /// changed): returns what `body` returned, once the change is committed.
    public func commit<T>(_ account: Account, action: AuditAction, patient: String? = nil, at now: Date,
                          _ body: (any ChangeSet) throws -> T) throws -> T {
        var result: T?
        try write(account, action: action, patient: patient, at: now) { change in result = try body(change) }
        guard let result else { preconditionFailure("a committed change always ran its body") }
        return result
    }

    /// ``deny(_:action:patient:at:reason:)`` for an action that names no patient.
    public func deny(_ account: Account, action: AuditAction, at now: Date, reason: String) -> StoreError {
        deny(account, action: action, patient: nil, at: now, reason: reason)
    }
}
