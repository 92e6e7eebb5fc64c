import Foundation
import TendDomain

extension JSONFileStore {
    /// Creates a store that continues another store's history: its trail starts with `history`
    /// (that store's audit lines, checked link by link and written unchanged), then one commit,
    /// audited as `store.copy`, writes the records staged by `records`.
    package static func createCopy(
        at root: URL, settings: StoreSettings, history: [String], account: Account, at now: Date,
        _ records: (any ChangeSet) throws -> Void
    ) throws -> JSONFileStore {
        let disk = DiskIO(root: root)
        if disk.exists(root.appendingPathComponent(StoreLayout.settings)) { throw StoreError.alreadyExists(path: root.path) }
        let head = try CopiedHistory.check(history)
        try disk.makeDirectory(root)
        let store = JSONFileStore(copyingTo: root, settings: settings)
        try store.lock.withLock(exclusive: true) {
            let trail = root.appendingPathComponent(StoreLayout.auditTrail)
            if disk.exists(trail), try disk.size(of: trail) > 0 {
                throw StoreError.invalid("\(root.path) already holds an audit trail: refusing to copy a store over it")
            }
            try store.log.createEmpty()
            var bytes = Data()
            for line in history {
                bytes.append(contentsOf: line.utf8)
                bytes.append(UInt8(ascii: "\n"))
            }
            try disk.append(trail, bytes, expectedSize: 0)
            try store.log.writeAnchor(AuditAnchor(seq: head.seq, hash: head.hash, size: Int64(bytes.count)))
            let change = StagedChange(store: store, creating: true)
            change.bulk = true
            try change.put(settings, at: StoreLayout.settings)
            try change.put(IndexVersion(), at: StoreLayout.indexVersion)
            try records(change)
            _ = try store.log.commit(change, account: account, action: .storeCopy, outcome: .ok, at: now)
        }
        return store
    }
}

/// The audit lines a copy carries over: each must be intact and follow the one before.
package enum CopiedHistory {
    /// Checks `lines` as a chain from record 1; returns its last sequence number and hash.
    package static func check(_ lines: [String]) throws -> (seq: Int, hash: String) {
        var prev = AuditChain.genesis
        var seq = 0
        for line in lines {
            let record: AuditRecord
            do {
                record = try AuditChain.parse(Data(line.utf8))
            } catch {
                throw StoreError.damaged(file: "the source's audit trail", reason: "record \(seq + 1) is unreadable or edited; run `tend audit verify` on the source")
            }
            guard record.seq == seq + 1, record.prev == prev else {
                throw StoreError.damaged(file: "the source's audit trail", reason: "record \(record.seq) does not follow record \(seq); run `tend audit verify` on the source")
            }
            seq = record.seq
            prev = record.hash
        }
        return (seq, prev)
    }
}
