import Foundation
import TendDomain
import TendStore

extension Session {
    /// A month's close record: open or closed, its history, not-billed marks and amendments
    /// (a month never closed reads as open and empty). For those who read month-close data.
    public func monthClose(_ month: YearMonth) throws -> MonthClose {
        try require(.monthState, doing: "reading a month's close state")
        return try store.read { try store.monthClose(month) }
    }
}
