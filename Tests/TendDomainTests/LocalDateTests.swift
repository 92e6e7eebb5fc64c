import Foundation
import Testing
import TendTestSupport
@testable import TendDomain

@Suite("LocalDate")
struct LocalDateTests {
    @Test("valid dates parse", arguments: ["2026-01-05", "2028-02-29", "2000-02-29", "2026-12-31", "0001-01-01", "9999-12-31"])
    func validDates(text: String) throws {
        let date = try LocalDate.parse(text)
        #expect(date.description == text)
    }

    @Test("invalid dates are rejected with the input in the message",
          arguments: ["2026-02-29", "1900-02-29", "2026-02-30", "2026-04-31", "2026-13-01", "2026-00-10", "2026-01-00",
                      "2026-1-5", "26-01-05", "2026/01/05", "2026-01-05T00:00", " 2026-01-05", "", "abcd-ef-gh", "0000-01-01",
                      "２０２６-01-05"])
    func invalidDates(text: String) {
        #expect(throws: DomainError("'\(text)' is not a valid date (YYYY-MM-DD)")) { try LocalDate.parse(text) }
        #expect(LocalDate(text) == nil)
    }

    @Test func initValidatesComponents() throws {
        #expect(throws: DomainError.self) { try LocalDate(year: 2026, month: 2, day: 29) }
        #expect(try LocalDate(year: 2024, month: 2, day: 29).description == "2024-02-29")
        #expect(throws: DomainError("'2026-02-30' is not a valid date (YYYY-MM-DD)")) { try LocalDate(year: 2026, month: 2, day: 30) }
    }

    @Test("adding days", arguments: [
        ("2026-02-28", 1, "2026-03-01"), ("2028-02-28", 1, "2028-02-29"), ("2026-12-31", 1, "2027-01-01"),
        ("2026-03-01", -1, "2026-02-28"), ("2026-01-01", 365, "2027-01-01"), ("2028-01-01", 366, "2029-01-01"),
        ("1970-01-01", -1, "1969-12-31"),
    ])
    func addingDays(start: String, days: Int, expected: String) {
        #expect(Fixtures.date(start).adding(days: days).description == expected)
    }

    @Test("adding months clamps to month end", arguments: [
        ("2026-01-31", 1, "2026-02-28"), ("2028-01-31", 1, "2028-02-29"), ("2026-03-31", -1, "2026-02-28"),
        ("2026-05-15", -12, "2025-05-15"), ("2024-02-29", -12, "2023-02-28"), ("2026-11-30", 3, "2027-02-28"),
        ("2026-01-15", -13, "2024-12-15"),
    ])
    func addingMonths(start: String, months: Int, expected: String) {
        #expect(Fixtures.date(start).adding(months: months).description == expected)
    }

    @Test func ordering() {
        #expect(Fixtures.date("2026-01-31") < Fixtures.date("2026-02-01"))
        #expect(Fixtures.date("2025-12-31") < Fixtures.date("2026-01-01"))
        #expect(!(Fixtures.date("2026-01-01") < Fixtures.date("2026-01-01")))
    }

    @Test("weekday", arguments: [("2026-01-05", Weekday.mon), ("1970-01-01", .thu), ("2026-03-01", .sun), ("1969-12-31", .wed)])
    func weekday(text: String, expected: Weekday) {
        #expect(Fixtures.date(text).weekday == expected)
    }

    @Test func codableAsString() throws {
        let data = try JSONEncoder().encode([Fixtures.date("2026-03-07")])
        #expect(String(decoding: data, as: UTF8.self) == #"["2026-03-07"]"#)
        #expect(try JSONDecoder().decode([LocalDate].self, from: data) == [Fixtures.date("2026-03-07")])
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([LocalDate].self, from: Data(#"["2026-02-30"]"#.utf8)) }
    }

    @Test func localDateOfInstantDependsOnZone() {
        let instant = Fixtures.instant("2026-04-01T02:30:00Z")
        #expect(LocalDate(instant, in: Fixtures.newYork).description == "2026-03-31")
        #expect(LocalDate(instant, in: Fixtures.utc).description == "2026-04-01")
    }

    @Test("start instant is local midnight", arguments: [
        ("2026-01-15", "2026-01-15T05:00:00Z"), ("2026-07-15", "2026-07-15T04:00:00Z"),
        ("2026-03-08", "2026-03-08T05:00:00Z"), ("2026-03-09", "2026-03-09T04:00:00Z"), ("2026-11-01", "2026-11-01T04:00:00Z"),
    ])
    func startInstant(date: String, expected: String) {
        #expect(Fixtures.date(date).startInstant(in: Fixtures.newYork) == Fixtures.instant(expected))
    }

    @Test func startInstantWhereMidnightIsSkipped() {
        // Sao Paulo skipped midnight on 2018-11-04 (clocks went 00:00 -> 01:00).
        let zone = TimeZone(identifier: "America/Sao_Paulo")!
        let start = Fixtures.date("2018-11-04").startInstant(in: zone)
        #expect(start == Fixtures.instant("2018-11-04T03:00:00Z"))
        #expect(LocalDate(start, in: zone).description == "2018-11-04")
    }

    @Test func daysUntil() {
        #expect(Fixtures.date("2026-01-01").days(until: Fixtures.date("2026-03-01")) == 59)
        #expect(Fixtures.date("2026-03-01").days(until: Fixtures.date("2026-01-01")) == -59)
    }
}
