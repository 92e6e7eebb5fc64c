import Foundation

/// When a patient prefers to be called: days of the week and a local hour range `[startHour, endHour)`.
public struct CallWindow: Codable, Equatable, Hashable, Sendable {
    /// Preferred days, sorted Monday first, without duplicates.
    public let days: [Weekday]
    /// First hour (0-23).
    public let startHour: Int
    /// Hour the window closes (1-24), after `startHour`.
    public let endHour: Int

    /// Creates a window, validating hours and requiring at least one day.
    public init(days: [Weekday], startHour: Int, endHour: Int) throws {
        guard !days.isEmpty else { throw DomainError("a call window needs at least one day") }
        guard (0...23).contains(startHour), (1...24).contains(endHour), startHour < endHour else {
            throw DomainError("call hours \(startHour)-\(endHour) are not valid (0-24, start before end)")
        }
        self.days = Array(Set(days)).sorted()
        self.startHour = startHour
        self.endHour = endHour
    }

    /// Parses `mon,wed,fri 9-17` or `mon-fri 9-17` (days, a space, hours).
    public static func parse(_ text: String) throws -> CallWindow {
        let parts = text.split(separator: " ", omittingEmptySubsequences: true)
        let bad = DomainError("'\(text)' is not a call window (e.g. 'mon-fri 9-17' or 'tue,thu 13-16')")
        guard parts.count == 2 else { throw bad }
        var days: [Weekday] = []
        for item in parts[0].split(separator: ",") {
            let ends = item.split(separator: "-")
            if ends.count == 2 {
                let from = try Weekday.parse(String(ends[0])), to = try Weekday.parse(String(ends[1]))
                guard from <= to else { throw bad }
                days += Weekday.allCases.filter { $0 >= from && $0 <= to }
            } else {
                days.append(try Weekday.parse(String(item)))
            }
        }
        let hours = parts[1].split(separator: "-")
        guard hours.count == 2, let start = Int(hours[0]), let end = Int(hours[1]) else { throw bad }
        return try CallWindow(days: days, startHour: start, endHour: end)
    }

    /// Whether the local `weekday` and `hour` fall in the window.
    public func contains(weekday: Weekday, hour: Int) -> Bool {
        days.contains(weekday) && hour >= startHour && hour < endHour
    }

    /// `mon,tue 9-17`.
    public var description: String {
        "\(days.map(\.rawValue).joined(separator: ",")) \(startHour)-\(endHour)"
    }
}
