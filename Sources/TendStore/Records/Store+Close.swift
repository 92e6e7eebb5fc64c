import Foundation
import TendDomain

/// Typed reads of month-close records.
extension Store {
    /// A month's close record (an open month with no history when none was written).
    public func monthClose(_ month: YearMonth) throws -> MonthClose {
        try optionalDocument(MonthClose.self, at: StoreLayout.monthClose(month)) ?? MonthClose(month: month)
    }

    /// The facts frozen when the month was last closed, if it ever was.
    public func closedSnapshot(_ month: YearMonth) throws -> ClosedMonthSnapshot? {
        try optionalDocument(ClosedMonthSnapshot.self, at: StoreLayout.closedSnapshot(month))
    }
}
