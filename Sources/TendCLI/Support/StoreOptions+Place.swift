import Foundation
import TendPostgres
import TendStore

extension StoreOptions {
    /// The store's place: a PostgreSQL database when `--store` (else `$TEND_STORE`) is a
    /// `postgresql://` URL, a directory otherwise. The password never comes from the URL (it is
    /// refused there): PGPASSWORD, else the pgpass file.
    func place(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> any StorePlace {
        let named = [store, environment["TEND_STORE"]].compactMap { $0 }.first { !$0.isEmpty }
        guard let named, PostgresLocation.isURL(named) else { return DirectoryPlace(resolved(environment: environment)) }
        let location = try PostgresLocation.parse(named, environment: environment, osLogin: Account.current().login)
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        let (configuration, warnings) = try location.connectionConfiguration(environment: environment, home: home)
        for warning in warnings { Console.warn(warning) }
        return PostgresPlace(configuration: configuration, display: location.display)
    }

    /// Opens the store, reporting a change it completed or discarded on the way.
    func open() throws -> any RecordStore {
        let store = try place().open()
        if let message = store.recoveryMessage { Console.warn(message) }
        return store
    }
}

extension StoreOptions {
    /// Options naming `store` (for a command that names two stores).
    init(store: String) {
        self.init()
        self.store = store
    }
}
