import Foundation

/// A calendar month, the unit of CCM billing. Encoded as the string `"YYYY-MM"`.
public struct YearMonth: Codable, Comparable, Hashable, LosslessStringConvertible, Sendable {
    /// The year, e.g. 2026.
    public let year: Int
    /// The month, 1-12.
    public let month: Int

    /// Creates a month, rejecting months outside 1-12 and years outside 1-9999.
    public init(year: Int, month: Int) throws {
        guard (1...9999).contains(year), (1...12).contains(month) else {
            throw DomainError("'\(pad(year, 4))-\(pad(month, 2))' is not a valid month (YYYY-MM)")
        }
        self.init(unchecked: year, month)
    }

    /// Creates a month already known to be valid.
    init(unchecked year: Int, _ month: Int) {
        self.year = year
        self.month = month
    }

    /// The local month containing `date` in `timeZone`.
    public init(_ date: Date, in timeZone: TimeZone) {
        self = LocalDate(date, in: timeZone).yearMonth
    }

    /// Parses a month written strictly as `YYYY-MM`.
    public static func parse(_ text: String) throws -> YearMonth {
        let invalid = DomainError("'\(text)' is not a valid month (YYYY-MM)")
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2,
              let year = CivilDays.digits(parts[0], count: 4),
              let month = CivilDays.digits(parts[1], count: 2),
              (1...9999).contains(year), (1...12).contains(month)
        else { throw invalid }
        return YearMonth(unchecked: year, month)
    }

    /// Parses like `parse(_:)`, returning nil for invalid text.
    public init?(_ description: String) {
        guard let value = try? YearMonth.parse(description) else { return nil }
        self = value
    }

    /// The month `months` months later (earlier when negative).
    public func adding(months: Int) -> YearMonth {
        let index = year * 12 + (month - 1) + months
        let newYear = index >= 0 ? index / 12 : (index - 11) / 12
        return YearMonth(unchecked: newYear, index - newYear * 12 + 1)
    }

    /// The following month.
    public var next: YearMonth { adding(months: 1) }

    /// The preceding month.
    public var previous: YearMonth { adding(months: -1) }

    /// The number of days in the month (28-31).
    public var dayCount: Int { CivilDays.daysInMonth(year: year, month: month) }

    /// The first day of the month.
    public var firstDay: LocalDate { LocalDate(unchecked: year, month, 1) }

    /// The last day of the month.
    public var lastDay: LocalDate { LocalDate(unchecked: year, month, dayCount) }

    /// Whether `date` falls in this month.
    public func contains(_ date: LocalDate) -> Bool { date.yearMonth == self }

    /// From local midnight on the first day to local midnight on the first day of the next month.
    public func interval(in timeZone: TimeZone) -> DateInterval {
        DateInterval(start: firstDay.startInstant(in: timeZone),
                     end: next.firstDay.startInstant(in: timeZone))
    }

    /// The month as `YYYY-MM`.
    public var description: String { "\(pad(year, 4))-\(pad(month, 2))" }

    /// Orders chronologically.
    public static func < (lhs: YearMonth, rhs: YearMonth) -> Bool {
        (lhs.year, lhs.month) < (rhs.year, rhs.month)
    }

    /// Decodes from a `"YYYY-MM"` string.
    public init(from decoder: Decoder) throws {
        self = try decoder.singleValueContainer().decodeText(YearMonth.parse)
    }

    /// Encodes as a `"YYYY-MM"` string.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
