import Foundation

extension FeeSchedule {
    /// The amount the program comparison and the projection price one unit of `code` at; nil
    /// when the schedule does not price it (the month is then reported as unpriced, never priced
    /// from another schedule). The one place both ask, so that a schedule with amounts that are
    /// not entered or not confirmed (fee schedules by year) changes one line.
    public func comparisonAmount(of code: CPTCode) -> Decimal? {
        fees[code]?.amount
    }

    /// Whether the schedule prices `code` (``comparisonAmount(of:)`` is not nil).
    public func comparisonPrices(_ code: CPTCode) -> Bool { comparisonAmount(of: code) != nil }
}
