import Foundation

/// The local date, hour and minute of an instant in a time zone.
public struct LocalTimeOfDay: Equatable, Sendable {
    /// The local calendar date.
    public let date: LocalDate
    /// The local hour, 0-23.
    public let hour: Int
    /// The local minute, 0-59.
    public let minute: Int

    /// The local time of `instant` in `timeZone`.
    public init(_ instant: Date, in timeZone: TimeZone) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.hour, .minute], from: instant)
        date = LocalDate(instant, in: timeZone)
        hour = parts.hour ?? 0
        minute = parts.minute ?? 0
    }

    /// `14:05`.
    public var clock: String {
        LocalDateTimeText.clock(hour: hour, minute: minute)
    }

    /// `14:05` when on `today`, else `2026-03-04 14:05`.
    public func text(relativeTo today: LocalDate) -> String {
        date == today ? clock : "\(date) \(clock)"
    }
}
