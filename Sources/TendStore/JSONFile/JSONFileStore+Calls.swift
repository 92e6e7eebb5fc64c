import Foundation
import TendDomain

/// Typed reads of call logs.
extension JSONFileStore {
    /// One staff member's call log for a month (empty when no call was recorded).
    public func callLog(_ login: String, month: YearMonth) throws -> CallLog {
        try optionalDocument(CallLog.self, at: StoreLayout.calls(month: month, staff: login))
            ?? CallLog(staff: login, month: month)
    }

    /// Every call attempt of a month by every staff member, read from that month's files only,
    /// decoded in parallel.
    public func callAttempts(month: YearMonth) throws -> [CallAttempt] {
        let directory = StoreLayout.callsMonth(month)
        let names = try list(directory).filter { $0.hasSuffix(".json") }
        return try documents(CallLog.self, at: names.map { "\(directory)/\($0)" }).flatMap(\.attempts)
    }
}
