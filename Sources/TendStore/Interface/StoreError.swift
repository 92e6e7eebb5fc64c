import Foundation

/// Everything that can go wrong with a store, each with a message that names the file or record
/// involved and says what to do. The store never carries on as if data were missing.
public enum StoreError: Error, Equatable, CustomStringConvertible {
    /// No store exists at the given directory.
    case notAStore(path: String)
    /// `tend init` was run on a directory that already holds a store.
    case alreadyExists(path: String)
    /// The store was written by a newer program; this one refuses to touch it.
    case tooNew(path: String, found: Int, supported: Int)
    /// A store file cannot be read back intact: truncated, edited or corrupted.
    case damaged(file: String, reason: String)
    /// A system call failed on a store file.
    case io(file: String, operation: String, errno: Int32)
    /// A write named a version that is no longer current: someone else saved meanwhile.
    case conflict(what: String, expected: Int, found: Int)
    /// A record that was asked for does not exist.
    case notFound(what: String)
    /// The acting account may not do this.
    case denied(reason: String)
    /// The request itself is invalid (bad input to a store operation).
    case invalid(String)
    /// The store's server cannot be reached or the connection was lost: nothing half-written is
    /// kept (the change was rolled back, or is confirmed when it was committed).
    case unavailable(location: String, reason: String)
    /// The store's schema is older than this program's: it must be migrated first.
    case needsMigration(location: String, found: Int, current: Int)

    public var description: String {
        switch self {
        case .notAStore(let path):
            return "no tend store at \(path) (create one with `tend init`, or pass --store DIR)"
        case .alreadyExists(let path):
            return "a tend store already exists at \(path)"
        case .tooNew(let path, let found, let supported):
            return "the store at \(path) has schema version \(found), but this tend supports up to \(supported): upgrade tend; the store was not touched"
        case .damaged(let file, let reason):
            return "store file \(file) is damaged: \(reason). Nothing was changed; restore the file from backup or run `tend audit verify`"
        case .io(let file, let operation, let errno):
            return "\(operation) failed on \(file): \(String(cString: strerror(errno)))"
        case .conflict(let what, let expected, let found):
            return "\(what) was changed by someone else meanwhile (you read version \(expected), it is now version \(found)); reload and try again, nothing was overwritten"
        case .notFound(let what):
            return "\(what) not found"
        case .denied(let reason):
            return "denied: \(reason)"
        case .invalid(let message):
            return message
        case .unavailable(let location, let reason):
            return "the store at \(location) cannot be reached: \(reason). Nothing was half-written; tend reconnects on your next try"
        case .needsMigration(let location, let found, let current):
            return "the store at \(location) has schema version \(found), this tend needs \(current): run `tend store migrate` (as the database owner) first; the store was not touched"
        }
    }
}
