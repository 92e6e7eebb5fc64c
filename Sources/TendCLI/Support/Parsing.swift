import ArgumentParser
import Foundation
import TendDomain

/// Parsing of command-line values into domain values, with messages that name the option.
enum Parse {
    static func date(_ text: String, option: String) throws -> LocalDate {
        do { return try LocalDate.parse(text) } catch { throw ValidationError("\(option): \(error)") }
    }

    static func month(_ text: String) throws -> YearMonth {
        do { return try YearMonth.parse(text) } catch { throw ValidationError("month: \(error)") }
    }

    /// An ISO-8601 instant with an offset or Z, e.g. 2026-11-03T14:05:00Z or 2026-11-03T09:05:00-05:00.
    static func instant(_ text: String, option: String) throws -> Date {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        if let date = formatter.date(from: text) { return date }
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let date = formatter.date(from: text) { return date }
        throw ValidationError("\(option): '\(text)' is not an ISO-8601 instant with a time zone, e.g. 2026-11-03T14:05:00Z or 2026-11-03T09:05:00-05:00")
    }

    static func activity(_ text: String) throws -> Activity {
        guard let activity = Activity(rawValue: text) else {
            throw ValidationError("unknown activity '\(text)'; use one of: \(Activity.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return activity
    }
}

/// Formats instants for machines (ISO-8601 UTC); for people, `LocalDateTimeText`.
enum Instants {
    static func iso(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }
}
