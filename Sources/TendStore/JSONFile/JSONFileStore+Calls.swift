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

extension JSONFileStore {
    /// Every staff member's call log of a month.
    public func callLogs(month: YearMonth) throws -> [CallLog] {
        let directory = StoreLayout.callsMonth(month)
        let names = try list(directory).filter { $0.hasSuffix(".json") }
        return try documents(CallLog.self, at: names.map { "\(directory)/\($0)" })
    }

    /// Every staff member's time log of a month.
    public func staffMonthLogs(month: YearMonth) throws -> [StaffMonthLog] {
        let directory = StoreLayout.timeMonth(month.description)
        let names = try list(directory).filter { $0.hasSuffix(".json") }
        return try documents(StaffMonthLog.self, at: names.map { "\(directory)/\($0)" })
    }

    /// The months with a time, calls, flags or close directory, oldest first.
    public func monthsWithRecords() throws -> [YearMonth] {
        var months: Set<YearMonth> = []
        for directory in ["time", "calls", "months", "close"] {
            months.formUnion(try list(directory).compactMap { YearMonth($0) })
        }
        return months.sorted()
    }

    /// The trail's lines, oldest first.
    public func auditLines() throws -> [String] {
        try read {
            let trail = try disk.read(root.appendingPathComponent(StoreLayout.auditTrail))
            return trail.split(separator: UInt8(ascii: "\n")).map { String(decoding: $0, as: UTF8.self) }
        }
    }
}
