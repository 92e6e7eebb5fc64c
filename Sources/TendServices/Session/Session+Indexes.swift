import Foundation
import TendDomain
import TendStore

extension Session {
    /// Builds the store's indexes once if they are missing (a store made before they existed).
    /// The rebuild is one audited commit.
    func ensureIndexes() throws {
        guard try !store.hasIndexes() else { return }
        try store.rebuildIndexes(account, at: now)
    }

    /// Rebuilds every index from the records (supervisor or admin): `tend audit reindex`.
    @discardableResult
    public func rebuildIndexes() throws -> Int {
        try require(.indexRebuild, doing: "rebuilding the indexes")
        return try store.rebuildIndexes(account, at: now)
    }
}
