import Foundation

/// A calendar date with no time or zone, e.g. a date of birth or a consent date.
///
/// Encoded as the string `"YYYY-MM-DD"`. Years 1 through 9999 are accepted when parsing.
public struct LocalDate: Codable, Comparable, Hashable, LosslessStringConvertible, Sendable {
    /// The year, e.g. 2026.
    public let year: Int
    /// The month, 1-12.
    public let month: Int
    /// The day of the month, 1-31.
    public let day: Int

    /// Creates a date, rejecting days that do not exist (e.g. 2026-02-29).
    public init(year: Int, month: Int, day: Int) throws {
        guard (1...9999).contains(year), (1...12).contains(month),
              day >= 1, day <= CivilDays.daysInMonth(year: year, month: month)
        else {
            throw DomainError("'\(LocalDate.format(year, month, day))' is not a valid date (YYYY-MM-DD)")
        }
        self.init(unchecked: year, month, day)
    }

    /// Creates a date already known to be valid.
    init(unchecked year: Int, _ month: Int, _ day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Creates a date from a count of days since 1970-01-01.
    init(daysSinceEpoch days: Int) {
        let civil = CivilDays.civil(fromDays: days)
        self.init(unchecked: civil.year, civil.month, civil.day)
    }

    /// The local calendar date of `date` in `timeZone`.
    public init(_ date: Date, in timeZone: TimeZone) {
        // The zone's offset at that instant makes the local date exact, without a calendar.
        let local = Int(date.timeIntervalSince1970.rounded(.down)) + timeZone.secondsFromGMT(for: date)
        let days = local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
        let civil = CivilDays.civil(fromDays: days)
        self.init(unchecked: civil.year, civil.month, civil.day)
    }

    /// Parses a date written strictly as `YYYY-MM-DD` (four-digit year, two-digit month and day).
    public static func parse(_ text: String) throws -> LocalDate {
        var invalid: DomainError { DomainError("'\(text)' is not a valid date (YYYY-MM-DD)") }
        if let date = fastParse(text) { return date }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3,
              let year = CivilDays.digits(parts[0], count: 4),
              let month = CivilDays.digits(parts[1], count: 2),
              let day = CivilDays.digits(parts[2], count: 2)
        else { throw invalid }
        do {
            return try LocalDate(year: year, month: month, day: day)
        } catch {
            throw invalid
        }
    }

    /// The common case, read straight from the 10 UTF-8 bytes of `YYYY-MM-DD`.
    private static func fastParse(_ text: String) -> LocalDate? {
        let b = Array(text.utf8)
        guard b.count == 10, b[4] == 45, b[7] == 45 else { return nil }
        var value = [0, 0, 0]
        for (index, range) in [(0, 0..<4), (1, 5..<7), (2, 8..<10)] {
            for i in range {
                guard b[i] >= 48, b[i] <= 57 else { return nil }
                value[index] = value[index] * 10 + Int(b[i] - 48)
            }
        }
        return try? LocalDate(year: value[0], month: value[1], day: value[2])
    }

    /// Parses like `parse(_:)`, returning nil for invalid text.
    public init?(_ description: String) {
        guard let date = try? LocalDate.parse(description) else { return nil }
        self = date
    }

    /// Days since 1970-01-01.
    public var daysSinceEpoch: Int { CivilDays.days(year: year, month: month, day: day) }

    /// The date `days` days later (earlier when negative).
    public func adding(days: Int) -> LocalDate {
        LocalDate(daysSinceEpoch: daysSinceEpoch + days)
    }

    /// The same day `months` months later (earlier when negative), clamped to the target month's end.
    public func adding(months: Int) -> LocalDate {
        let target = yearMonth.adding(months: months)
        return LocalDate(unchecked: target.year, target.month, min(day, target.dayCount))
    }

    /// The number of days from `self` to `other` (positive when `other` is later).
    public func days(until other: LocalDate) -> Int {
        other.daysSinceEpoch - daysSinceEpoch
    }

    /// The month this date belongs to.
    public var yearMonth: YearMonth { YearMonth(unchecked: year, month) }

    /// The day of the week.
    public var weekday: Weekday {
        let index = ((daysSinceEpoch + 3) % 7 + 7) % 7
        return Weekday.allCases[index]
    }

    /// The instant of local midnight starting this date in `timeZone`
    /// (the first existing instant of the day where a zone skips midnight).
    public func startInstant(in timeZone: TimeZone) -> Date {
        // Fast path: midnight UTC of this date shifted by the zone's offset, accepted only when
        // it is local midnight of this very date and the second before it is the day before.
        let midnightUTC = daysSinceEpoch * 86_400
        let guess = midnightUTC - timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(midnightUTC)))
        let candidate = midnightUTC - timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(guess)))
        let instant = Date(timeIntervalSince1970: TimeInterval(candidate))
        if LocalDate(instant, in: timeZone) == self,
           LocalDate(instant.addingTimeInterval(-1), in: timeZone) == adding(days: -1),
           candidate + timeZone.secondsFromGMT(for: instant) == midnightUTC {
            return instant
        }
        let calendar = CivilDays.calendar(in: timeZone)
        let noon = DateComponents(year: year, month: month, day: day, hour: 12)
        guard let middle = calendar.date(from: noon) else {
            return Date(timeIntervalSince1970: TimeInterval(daysSinceEpoch) * 86_400)
        }
        return calendar.startOfDay(for: middle)
    }

    /// The date as `YYYY-MM-DD`.
    public var description: String { LocalDate.format(year, month, day) }

    /// Orders chronologically.
    public static func < (lhs: LocalDate, rhs: LocalDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// Decodes from a `"YYYY-MM-DD"` string.
    public init(from decoder: Decoder) throws {
        self = try decoder.singleValueContainer().decodeText(LocalDate.parse)
    }

    /// Encodes as a `"YYYY-MM-DD"` string.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    private static func format(_ year: Int, _ month: Int, _ day: Int) -> String {
        "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }
}

/// Zero-pads a non-negative number to `width` digits.
func pad(_ value: Int, _ width: Int) -> String {
    let text = String(abs(value))
    let padded = String(repeating: "0", count: max(0, width - text.count)) + text
    return value < 0 ? "-" + padded : padded
}
