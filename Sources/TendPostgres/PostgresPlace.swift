import Foundation
import PostgresNIO
import TendStore

/// A PostgreSQL store's database (and schema, the first of the connection's search path).
public struct PostgresPlace: StorePlace {
    /// How to connect.
    public let configuration: PostgresConnection.Configuration
    /// The database for people (never a password).
    public let display: String

    /// The database reached with `configuration`, named `display` in messages.
    public init(configuration: PostgresConnection.Configuration, display: String) {
        self.configuration = configuration
        self.display = display
    }

    public var schemaVersion: Int { PostgresStore.schemaVersion }

    public func create(settings: StoreSettings, account: Account, at now: Date,
                       _ initial: (any ChangeSet) throws -> Void) throws -> any RecordStore {
        try PostgresStore.create(configuration: configuration, display: display, settings: settings,
                                 account: account, at: now, initial)
    }

    /// The database role the server authenticates this place's connections as.
    public func actingAccount(for account: Account) throws -> Account {
        let link = PostgresLink(configuration: configuration, display: display)
        defer { link.close() }
        let role = try link.query("SELECT session_user::text").first!.decode(String.self)
        return Account(uid: account.uid, login: role)
    }

    public func open() throws -> any RecordStore {
        try PostgresStore.open(configuration: configuration, display: display)
    }
}

extension PostgresPlace: CopyDestination {
    package func createCopy(settings: StoreSettings, history: [String], account: Account, at now: Date,
                            _ records: (any ChangeSet) throws -> Void) throws -> any RecordStore {
        try PostgresStore.createCopy(configuration: configuration, display: display, settings: settings, history: history,
                                     account: account, at: now, records)
    }
}
