import Foundation

/// Where a store is or will be, whatever keeps it: the use cases that create a store (`tend
/// init`, the demo) and the program that opens one name a place; the backend behind it stays
/// out of sight.
public protocol StorePlace {
    /// The place for people: a directory path, a database URL (never a password).
    var display: String { get }
    /// The store format version a new store here gets.
    var schemaVersion: Int { get }
    /// Creates a new store here and commits its first records (staged by `initial`) as audit record 1.
    func create(settings: StoreSettings, account: Account, at now: Date,
                _ initial: (any ChangeSet) throws -> Void) throws -> any RecordStore
    /// Opens the store here.
    func open() throws -> any RecordStore
    /// The account that will act here for the host's `account` (see
    /// ``RecordStore/actingAccount(for:)``); a database place asks the server.
    func actingAccount(for account: Account) throws -> Account
}

extension StorePlace {
    /// The host's account acts as itself.
    public func actingAccount(for account: Account) throws -> Account { account }
}

/// A JSON-file store's directory.
public struct DirectoryPlace: StorePlace {
    /// The store directory.
    public let url: URL

    /// The directory at `url`.
    public init(_ url: URL) { self.url = url }

    public var display: String { url.path }
    public var schemaVersion: Int { JSONFileStore.schemaVersion }

    public func create(settings: StoreSettings, account: Account, at now: Date,
                       _ initial: (any ChangeSet) throws -> Void) throws -> any RecordStore {
        try JSONFileStore.create(at: url, settings: settings, account: account, at: now, initial)
    }

    public func open() throws -> any RecordStore { try JSONFileStore.open(at: url) }
}

/// A place a whole store can be copied into, history and all (`tend store copy`).
package protocol CopyDestination: StorePlace {
    /// Creates a store here whose audit trail starts with `history` (another store's lines,
    /// unchanged) and continues with one `store.copy` commit of the records staged by `records`.
    func createCopy(settings: StoreSettings, history: [String], account: Account, at now: Date,
                    _ records: (any ChangeSet) throws -> Void) throws -> any RecordStore
}

extension DirectoryPlace: CopyDestination {
    package func createCopy(settings: StoreSettings, history: [String], account: Account, at now: Date,
                            _ records: (any ChangeSet) throws -> Void) throws -> any RecordStore {
        try JSONFileStore.createCopy(at: url, settings: settings, history: history, account: account, at: now, records)
    }
}
