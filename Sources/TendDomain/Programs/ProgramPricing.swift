import Foundation

extension FeeSchedule {
    /// The amount the program comparison and the projection price one unit of `code` at; nil
    /// when no amount is entered (the month is then reported as unpriced, never priced from
    /// another schedule). An unconfirmed amount is used, as the month report uses it to rank
    /// code sets (docs/rules.md "Fee schedules by year"), and the views that show it say so.
    public func comparisonAmount(of code: CPTCode) -> Decimal? {
        fee(for: code).enteredAmount
    }

    /// Whether the schedule prices `code` (``comparisonAmount(of:)`` is not nil).
    public func comparisonPrices(_ code: CPTCode) -> Bool { comparisonAmount(of: code) != nil }
}
