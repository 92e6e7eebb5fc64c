import Foundation
import TendDomain

/// "Now" in the practice's time zone, as a frame is drawn: instants are shown in this zone,
/// with the date left out when it is today.
struct PracticeTime: Sendable {
    /// The instant the frame shows.
    var now: Date
    /// The practice's zone.
    var timeZone: TimeZone

    /// Today in the practice's zone.
    var today: LocalDate { LocalDate(now, in: timeZone) }
    /// The current month.
    var month: YearMonth { today.yearMonth }

    /// `2026-03-04 14:05`, or `14:05` when it is today.
    func instant(_ date: Date) -> String {
        LocalTimeOfDay(date, in: timeZone).text(relativeTo: today)
    }
}
