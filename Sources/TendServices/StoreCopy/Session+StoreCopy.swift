import Foundation
import TendDomain
import TendStore

/// What `tend store copy` did and checked.
public struct StoreCopyResult: Sendable {
    /// Where the copy is.
    public var destination: String
    /// The records copied, by kind (equal in both stores).
    public var counts: StoreCounts
    /// The months whose reports were compared, patient by patient.
    public var monthsCompared: Int
    /// The copy's audit records: the source's, then the copy's own.
    public var auditRecords: Int
}

extension Session {
    /// Copies the whole store to `destination` (a directory or an empty database): every record,
    /// and the audit trail carried over unchanged and continued by one `store.copy` record.
    /// Then checks the copy: the same records of every kind, the same report for every month with
    /// records, an intact chain one record longer than the source's, and a source that nothing
    /// changed. The source is only read.
    public func copyStore(to destination: any StorePlace) throws -> StoreCopyResult {
        try require(.storeCopy, doing: "copying the store")
        guard let target = destination as? any CopyDestination else {
            throw DomainError("a store cannot be copied to \(destination.display)")
        }
        let (contents, history) = try store.read { (try StoreContents.read(from: store), try store.auditLines()) }
        var settings = store.settings
        settings.schemaVersion = destination.schemaVersion
        let counts = contents.counts
        let copy = try target.createCopy(settings: settings, history: history, account: account, at: now) { change in
            change.bulk = true
            change.summary = "copied the store from \(store.location): \(counts); the source's audit trail ended at record \(history.count)"
            change.describe(StoreCopyRecord(source: store.location, counts: counts.description, sourceRecords: history.count))
            try contents.write(to: change)
        }
        // Check the copy against the source.
        let copied = try copy.read { try StoreContents.read(from: copy) }
        let differences = contents.differences(from: copied)
        guard differences.isEmpty else {
            throw DomainError("the copy at \(copy.location) differs from the source in: \(differences.joined(separator: ", ")); do not use it")
        }
        let verification = try copy.verifyAudit()
        guard verification.isIntact, verification.verifiedRecords == history.count + 1 else {
            throw DomainError("the copy's audit trail does not verify (\(verification.problems.joined(separator: "; "))); do not use it")
        }
        let copySession = try Session(store: copy, account: account, clock: clock)
        for month in contents.months {
            let mine = try monthReport(month)
            let theirs = try copySession.monthReport(month)
            guard MonthReportComparison(mine) == MonthReportComparison(theirs) else {
                throw DomainError("the copy's report for \(month) differs from the source's; do not use the copy")
            }
        }
        let after = try store.auditLines()
        guard after.count == history.count, after.last == history.last else {
            throw DomainError("the source changed while it was copied (audit record \(after.count) was added): copy it again")
        }
        return StoreCopyResult(destination: copy.location, counts: counts, monthsCompared: contents.months.count,
                               auditRecords: verification.verifiedRecords)
    }
}

/// What the copy's audit record says about it.
struct StoreCopyRecord: Encodable {
    var source: String
    var counts: String
    var sourceRecords: Int
}

/// The parts of a month report that must agree between a store and its copy.
struct MonthReportComparison: Equatable {
    var lines: [String]
    var results: [BillingResult]
    var patients: [Patient]
    var totals: MonthReport
    var close: MonthClose

    init(_ view: MonthReportView) {
        lines = view.lines.map { "\($0.notCounted) \($0.unpriced) \($0.transitions.count)" }
        results = view.lines.map(\.result)
        patients = view.lines.map(\.patient)
        totals = view.totals
        close = view.close
    }
}
