import Foundation
import TendDomain
import TendTerminal

/// Local date-times in the practice's zone, written and read as the supervisor forms show them.
enum LocalDateTimeText {
    /// `11-03 14:05`.
    static func short(_ date: Date, in zone: TimeZone) -> String {
        let c = calendar(zone).dateComponents([.month, .day, .hour, .minute], from: date)
        return "\(two(c.month!))-\(two(c.day!)) \(two(c.hour!)):\(two(c.minute!))"
    }

    /// `2026-11-03 14:05:09`.
    static func full(_ date: Date, in zone: TimeZone) -> String {
        let c = calendar(zone).dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return "\(c.year!)-\(two(c.month!))-\(two(c.day!)) \(two(c.hour!)):\(two(c.minute!)):\(two(c.second!))"
    }

    /// Reads `YYYY-MM-DD HH:MM[:SS]` in `zone`; throws a message naming the field.
    static func parse(_ text: String, field: String, in zone: TimeZone) throws -> Date {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: " ", omittingEmptySubsequences: true)
        let problem = DomainError("\(field) '\(text)' is not a local date and time like 2026-11-03 14:05")
        guard parts.count == 2, let day = try? LocalDate.parse(String(parts[0])) else { throw problem }
        let clock = parts[1].split(separator: ":").map { Int($0) }
        guard (2...3).contains(clock.count), clock.allSatisfy({ $0 != nil }) else { throw problem }
        let (hour, minute, second) = (clock[0]!, clock[1]!, clock.count == 3 ? clock[2]! : 0)
        guard (0..<24).contains(hour), (0..<60).contains(minute), (0..<60).contains(second) else { throw problem }
        let components = DateComponents(year: day.year, month: day.month, day: day.day, hour: hour, minute: minute, second: second)
        guard let date = calendar(zone).date(from: components),
              calendar(zone).dateComponents([.hour, .minute], from: date) == DateComponents(hour: hour, minute: minute) else {
            throw DomainError("\(field) '\(text)' does not exist in \(zone.identifier) (a daylight-saving change)")
        }
        return date
    }

    private static func calendar(_ zone: TimeZone) -> Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        return calendar
    }

    private static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
