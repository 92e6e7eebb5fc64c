import Foundation
import PostgresNIO
import TendStore

extension PostgresStore {
    /// Creates a store in an empty database that continues another store's history: its audit
    /// table starts with `history` (that store's lines, checked link by link and stored
    /// unchanged), then one commit, audited as `store.copy`, writes the records staged by
    /// `records`. The connecting role must be allowed to record changes in other logins' names
    /// (tend_service, or the owner).
    public static func createCopy(
        configuration: PostgresConnection.Configuration, display: String, settings: StoreSettings,
        history: [String], account: Account, at now: Date, _ records: (any ChangeSet) throws -> Void
    ) throws -> PostgresStore {
        _ = try CopiedHistory.check(history)
        var seeded = false
        return try create(configuration: configuration, display: display, settings: settings, account: account, at: now,
                          action: .storeCopy) { change in
            guard let store = (change as? PostgresChangeSet)?.store, !seeded else { return }
            seeded = true
            try store.insertHistory(history)
            try records(change)
        }
    }

    /// Inserts audit lines unchanged, as rows (inside the copy's transaction, before its own record).
    func insertHistory(_ lines: [String]) throws {
        for batch in lines.chunked(into: 1000) {
            var seqs: [Int] = [], prevs: [String] = [], hashes: [String] = [], ats: [Double] = []
            var logins: [String] = [], actions: [String] = [], patients: [String] = [], outcomes: [String] = []
            for line in batch {
                let record = try AuditChain.parse(Data(line.utf8))
                seqs.append(record.seq)
                prevs.append(record.prev)
                hashes.append(record.hash)
                ats.append(record.at.timeIntervalSince1970)
                logins.append(record.login)
                actions.append(record.action)
                patients.append(record.patient ?? "")
                outcomes.append(record.outcome.rawValue)
            }
            // One row at a time in order: the chain trigger checks each row against the one before.
            try run("""
                INSERT INTO audit (seq, prev, hash, at, login, db_role, action, patient, outcome, line)
                SELECT s, p, h, to_timestamp(a), l, session_user, ac, NULLIF(pa, ''), o, li
                FROM unnest(\(seqs)::int8[], \(prevs)::text[], \(hashes)::text[], \(ats)::float8[], \(logins)::text[],
                            \(actions)::text[], \(patients)::text[], \(outcomes)::text[], \(batch)::text[])
                  AS t(s, p, h, a, l, ac, pa, o, li)
                ORDER BY s
                """)
        }
    }
}
