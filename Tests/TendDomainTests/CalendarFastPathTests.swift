import Foundation
import Testing
@testable import TendDomain

/// The calendar-free conversions agree with Foundation's Calendar on every day of 30 years in
/// zones with DST, with midnight DST changes (Havana, São Paulo before 2019), and far offsets.
@Suite struct CalendarFastPathTests {
    static let zones = ["America/New_York", "America/Havana", "America/Sao_Paulo", "Asia/Tehran", "Pacific/Apia",
                        "Australia/Lord_Howe", "Pacific/Chatham", "Etc/GMT+12", "Etc/GMT-14", "UTC", "Europe/London"]

    @Test(arguments: zones)
    func startOfEveryDayMatchesTheCalendar(_ name: String) throws {
        let zone = try #require(TimeZone(identifier: name))
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        var date = try LocalDate(year: 2000, month: 1, day: 1)
        let end = try LocalDate(year: 2030, month: 12, day: 31)
        while date <= end {
            let noon = calendar.date(from: DateComponents(year: date.year, month: date.month, day: date.day, hour: 12))!
            #expect(date.startInstant(in: zone) == calendar.startOfDay(for: noon), "\(name) \(date)")
            date = date.adding(days: 1)
        }
    }

    @Test(arguments: zones)
    func localDateOfInstantsMatchesTheCalendar(_ name: String) throws {
        let zone = try #require(TimeZone(identifier: name))
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        // Every 37 minutes over three years, crossing every DST change.
        var t = 1_577_836_800.0
        while t < 1_672_531_200 {
            let instant = Date(timeIntervalSince1970: t)
            let parts = calendar.dateComponents([.year, .month, .day], from: instant)
            let expected = try LocalDate(year: parts.year!, month: parts.month!, day: parts.day!)
            #expect(LocalDate(instant, in: zone) == expected, "\(name) \(instant)")
            t += 37 * 60
        }
    }
}
