import Foundation

/// A day of the week, Monday first.
public enum Weekday: String, Codable, CaseIterable, Comparable, Sendable {
    /// Monday.
    case mon
    /// Tuesday.
    case tue
    /// Wednesday.
    case wed
    /// Thursday.
    case thu
    /// Friday.
    case fri
    /// Saturday.
    case sat
    /// Sunday.
    case sun

    /// Position in the week, Monday = 0.
    public var index: Int { Weekday.allCases.firstIndex(of: self) ?? 0 }

    /// Orders Monday first.
    public static func < (lhs: Weekday, rhs: Weekday) -> Bool { lhs.index < rhs.index }

    /// Parses a three-letter (or longer, e.g. "Monday") English day name, case-insensitive.
    public static func parse(_ text: String) throws -> Weekday {
        let key = text.trimmingCharacters(in: .whitespaces).lowercased()
        if key.count >= 3, let day = Weekday(rawValue: String(key.prefix(3))) {
            let fullNames = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
            if key.count == 3 || fullNames[day.index].hasPrefix(key) { return day }
        }
        throw DomainError("'\(text)' is not a day of the week (mon, tue, wed, thu, fri, sat, sun)")
    }
}
