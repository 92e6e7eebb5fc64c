import Foundation

/// One file operation of a commit, as the audit record lists it.
public struct FileOperation: Codable, Equatable, Sendable {
    /// What is done to the file.
    public enum Kind: String, Codable, Sendable {
        /// The file is created or replaced.
        case put
        /// The file is removed.
        case remove
    }
    /// What is done.
    public var op: Kind
    /// Path of the file relative to the store root.
    public var path: String
    /// SHA-256 of the new content (`put` only).
    public var sha256: String?

    /// Creates an operation (for a store implementation).
    public init(op: Kind, path: String, sha256: String?) {
        self.op = op
        self.path = path
        self.sha256 = sha256
    }
}

/// The outcome an audit record reports.
public enum AuditOutcome: String, Codable, Sendable {
    /// The change was made.
    case ok
    /// The action was refused for lack of a role; nothing else changed.
    case denied
}

/// One record of the audit trail as read back: who, when, what, which patient, the change.
public struct AuditRecord: Codable, Equatable, Sendable {
    /// Position in the chain, from 1.
    public var seq: Int
    /// Hash of the previous record (64 zeros for the first).
    public var prev: String
    /// When the change was committed.
    public var at: Date
    /// The OS user id of the account that acted.
    public var uid: UInt32
    /// The login of that account.
    public var login: String
    /// Machine-readable action, e.g. `time.log`, `plan.set`, `consent.record`.
    public var action: String
    /// The patient concerned, if any.
    public var patient: String?
    /// Whether the action happened or was denied.
    public var outcome: AuditOutcome
    /// A one-line human summary.
    public var summary: String
    /// The change itself (new or changed records), as JSON.
    public var change: JSONValue?
    /// The files the commit put or removed.
    public var ops: [FileOperation]
    /// This record's hash.
    public var hash: String
}

/// The record as written: the same fields, with a typed change, without the hash (which is
/// computed over these bytes and appended).
package struct AuditRecordDraft<Change: Encodable>: Encodable {
    package var seq: Int
    package var prev: String
    package var at: Date
    package var uid: UInt32
    package var login: String
    package var action: String
    package var patient: String?
    package var outcome: AuditOutcome
    package var summary: String
    package var change: Change?
    package var ops: [FileOperation]

    /// Creates a draft (for a store implementation).
    package init(seq: Int, prev: String, at: Date, uid: UInt32, login: String, action: String, patient: String?,
                 outcome: AuditOutcome, summary: String, change: Change?, ops: [FileOperation]) {
        self.seq = seq
        self.prev = prev
        self.at = at
        self.uid = uid
        self.login = login
        self.action = action
        self.patient = patient
        self.outcome = outcome
        self.summary = summary
        self.change = change
        self.ops = ops
    }
}
