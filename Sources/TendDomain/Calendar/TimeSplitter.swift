import Foundation

/// One piece of a time span that lies within a single local calendar month.
public struct MonthSlice: Equatable, Hashable, Sendable {
    /// The local month of this piece.
    public let month: YearMonth
    /// Start instant of the piece (inclusive).
    public let start: Date
    /// End instant of the piece (exclusive).
    public let end: Date
}

/// Splits time spans at local month boundaries (midnight starting the first of a month).
public enum TimeSplitter {
    /// The pieces of `[start, end)` per local month in `timeZone`, in order.
    ///
    /// Returns an empty array when `end` is not after `start`.
    public static func slices(start: Date, end: Date, in timeZone: TimeZone) -> [MonthSlice] {
        guard end > start else { return [] }
        var result: [MonthSlice] = []
        var cursor = start
        var month = YearMonth(start, in: timeZone)
        while cursor < end {
            let boundary = month.next.firstDay.startInstant(in: timeZone)
            let pieceEnd = min(boundary, end)
            if pieceEnd > cursor {
                result.append(MonthSlice(month: month, start: cursor, end: pieceEnd))
            }
            cursor = max(pieceEnd, cursor)
            month = month.next
        }
        return result
    }

    /// The pieces of `[start, end)` per local month, as tuples.
    public static func split(start: Date, end: Date, in timeZone: TimeZone)
        -> [(month: YearMonth, start: Date, end: Date)] {
        slices(start: start, end: end, in: timeZone).map { ($0.month, $0.start, $0.end) }
    }
}

/// Splits `[start, end)` into pieces that each lie within one local calendar month of `timeZone`.
public func splitByMonth(start: Date, end: Date, in timeZone: TimeZone)
    -> [(month: YearMonth, start: Date, end: Date)] {
    TimeSplitter.split(start: start, end: end, in: timeZone)
}
