import Foundation
import Testing
import TendDomain

@Suite("The one local date-time text")
struct LocalDateTimeTextTests {
    /// What the command line, the services and the audit packet wrote before they shared this type.
    func formatted(_ date: Date, _ zone: TimeZone, _ pattern: String) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = zone
        formatter.dateFormat = pattern
        return formatter.string(from: date)
    }

    @Test("Writes what the DateFormatter patterns it replaces wrote", arguments: [
        "America/New_York", "UTC", "Asia/Kolkata", "Pacific/Chatham", "Europe/Berlin",
    ])
    func matchesThePatterns(zoneName: String) {
        let zone = TimeZone(identifier: zoneName)!
        // Around both 2026 daylight-saving changes in New York, a leap day, and a year start.
        let instants = [1_772_953_199, 1_772_953_200, 1_793_512_799, 1_793_512_800, 1_709_164_800 + 86_399,
                        1_767_225_599, 1_767_225_600 + 3_723].map { Date(timeIntervalSince1970: TimeInterval($0)) }
        for date in instants {
            #expect(LocalDateTimeText.clock(date, in: zone) == formatted(date, zone, "HH:mm"))
            #expect(LocalDateTimeText.clockWithSeconds(date, in: zone) == formatted(date, zone, "HH:mm:ss"))
            #expect(LocalDateTimeText.clockWithZone(date, in: zone) == formatted(date, zone, "HH:mm:ss zzz"))
            #expect(LocalDateTimeText.short(date, in: zone) == formatted(date, zone, "MM-dd HH:mm"))
            #expect(LocalDateTimeText.minutes(date, in: zone) == formatted(date, zone, "yyyy-MM-dd HH:mm"))
            #expect(LocalDateTimeText.full(date, in: zone) == formatted(date, zone, "yyyy-MM-dd HH:mm:ss"))
            #expect(LocalDateTimeText.fullWithZone(date, in: zone) == formatted(date, zone, "yyyy-MM-dd HH:mm:ss zzz"))
        }
    }

    @Test("Reads a clock: hours 0-23, minutes and seconds 0-59, seconds only when asked")
    func readsClocks() {
        #expect(LocalDateTimeText.readClock("08:05").map { [$0.hour, $0.minute, $0.second] } == [8, 5, 0])
        #expect(LocalDateTimeText.readClock("23:59:58", allowingSeconds: true).map { [$0.hour, $0.minute, $0.second] } == [23, 59, 58])
        for bad in ["24:00", "12:60", "12", "12:05:07", "ab:cd", "", "12:05:60"] {
            #expect(LocalDateTimeText.readClock(Substring(bad), allowingSeconds: bad == "12:05:60") == nil, "\(bad)")
        }
        #expect(LocalDateTimeText.clock(hour: 7, minute: 3) == "07:03")
    }
}
