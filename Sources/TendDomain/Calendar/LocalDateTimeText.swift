import Foundation

/// The one way tend writes and reads local date-times (in the practice's time zone) for people:
/// `14:05`, `11-03 14:05`, `2026-11-03 14:05`, `2026-11-03 14:05:09`, `2026-11-03 14:05:09 EST`.
public enum LocalDateTimeText {
    /// `14:05`.
    public static func clock(_ date: Date, in zone: TimeZone) -> String {
        let c = parts(date, zone)
        return clock(hour: c.hour!, minute: c.minute!)
    }

    /// `14:05` from an hour and a minute.
    public static func clock(hour: Int, minute: Int) -> String {
        "\(pad(hour, 2)):\(pad(minute, 2))"
    }

    /// `14:05:09`.
    public static func clockWithSeconds(_ date: Date, in zone: TimeZone) -> String {
        let c = parts(date, zone)
        return "\(clock(hour: c.hour!, minute: c.minute!)):\(pad(c.second!, 2))"
    }

    /// `14:05:09 EST`.
    public static func clockWithZone(_ date: Date, in zone: TimeZone) -> String {
        clockWithSeconds(date, in: zone) + " " + zoneName(date, zone)
    }

    /// `11-03 14:05`.
    public static func short(_ date: Date, in zone: TimeZone) -> String {
        let c = parts(date, zone)
        return "\(pad(c.month!, 2))-\(pad(c.day!, 2)) \(clock(hour: c.hour!, minute: c.minute!))"
    }

    /// `2026-11-03 14:05`.
    public static func minutes(_ date: Date, in zone: TimeZone) -> String {
        "\(LocalDate(date, in: zone)) \(clock(date, in: zone))"
    }

    /// `2026-11-03 14:05:09`.
    public static func full(_ date: Date, in zone: TimeZone) -> String {
        "\(LocalDate(date, in: zone)) \(clockWithSeconds(date, in: zone))"
    }

    /// `2026-11-03 14:05:09 EST`.
    public static func fullWithZone(_ date: Date, in zone: TimeZone) -> String {
        full(date, in: zone) + " " + zoneName(date, zone)
    }

    /// Reads `YYYY-MM-DD HH:MM[:SS]` in `zone`; throws a message naming the field.
    public static func parse(_ text: String, field: String, in zone: TimeZone) throws -> Date {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: " ", omittingEmptySubsequences: true)
        let problem = DomainError("\(field) '\(text)' is not a local date and time like 2026-11-03 14:05")
        guard parts.count == 2, let day = try? LocalDate.parse(String(parts[0])),
              let time = readClock(parts[1], allowingSeconds: true) else { throw problem }
        let calendar = CivilDays.calendar(in: zone)
        let components = DateComponents(year: day.year, month: day.month, day: day.day,
                                        hour: time.hour, minute: time.minute, second: time.second)
        guard let date = calendar.date(from: components),
              calendar.dateComponents([.hour, .minute], from: date) == DateComponents(hour: time.hour, minute: time.minute) else {
            throw DomainError("\(field) '\(text)' does not exist in \(zone.identifier) (a daylight-saving change)")
        }
        return date
    }

    /// Reads `HH:MM` (and `HH:MM:SS` when `allowingSeconds`): hour 0-23, minute and second 0-59.
    public static func readClock(_ text: Substring, allowingSeconds: Bool = false) -> (hour: Int, minute: Int, second: Int)? {
        let numbers = text.split(separator: ":").map { Int($0) }
        guard numbers.count == 2 || (allowingSeconds && numbers.count == 3),
              let hour = numbers[0], let minute = numbers[1] else { return nil }
        let second = numbers.count == 3 ? numbers[2] : 0
        guard let second, (0..<24).contains(hour), (0..<60).contains(minute), (0..<60).contains(second) else { return nil }
        return (hour, minute, second)
    }

    private static func parts(_ date: Date, _ zone: TimeZone) -> DateComponents {
        CivilDays.calendar(in: zone).dateComponents([.month, .day, .hour, .minute, .second], from: date)
    }

    /// The zone's short name at `date` as people read it (`EST`, `EDT`, `GMT+1`).
    private static func zoneName(_ date: Date, _ zone: TimeZone) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = zone
        formatter.dateFormat = "zzz"
        return formatter.string(from: date)
    }
}
