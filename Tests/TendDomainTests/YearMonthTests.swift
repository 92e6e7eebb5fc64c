import Foundation
import Testing
import TendTestSupport
@testable import TendDomain

@Suite("YearMonth")
struct YearMonthTests {
    @Test("parse accepts YYYY-MM", arguments: ["2026-01", "2026-12", "0001-01"])
    func parses(text: String) throws {
        #expect(try YearMonth.parse(text).description == text)
    }

    @Test("parse rejects others", arguments: ["2026-13", "2026-00", "2026-1", "26-01", "2026-01-01", "", "2026_01"])
    func rejects(text: String) {
        #expect(throws: DomainError("'\(text)' is not a valid month (YYYY-MM)")) { try YearMonth.parse(text) }
    }

    @Test func nextAndPreviousCrossYears() {
        #expect(Fixtures.month("2026-12").next == Fixtures.month("2027-01"))
        #expect(Fixtures.month("2026-01").previous == Fixtures.month("2025-12"))
        #expect(Fixtures.month("2026-05").adding(months: -17) == Fixtures.month("2024-12"))
        #expect(Fixtures.month("2026-05").adding(months: 20) == Fixtures.month("2028-01"))
    }

    @Test("day counts", arguments: [("2026-02", 28), ("2028-02", 29), ("2100-02", 28), ("2000-02", 29), ("2026-04", 30), ("2026-12", 31)])
    func dayCount(month: String, days: Int) {
        let value = Fixtures.month(month)
        #expect(value.dayCount == days)
        #expect(value.lastDay.day == days)
        #expect(value.firstDay.day == 1)
    }

    @Test("intervals follow DST", arguments: [
        ("2026-03", "2026-03-01T05:00:00Z", "2026-04-01T04:00:00Z", 31 * 86_400 - 3_600),
        ("2026-11", "2026-11-01T04:00:00Z", "2026-12-01T05:00:00Z", 30 * 86_400 + 3_600),
        ("2026-06", "2026-06-01T04:00:00Z", "2026-07-01T04:00:00Z", 30 * 86_400),
    ])
    func interval(month: String, start: String, end: String, seconds: Int) {
        let interval = Fixtures.month(month).interval(in: Fixtures.newYork)
        #expect(interval.start == Fixtures.instant(start))
        #expect(interval.end == Fixtures.instant(end))
        #expect(Int(interval.duration) == seconds)
    }

    @Test func monthOfInstantAndContains() {
        #expect(YearMonth(Fixtures.instant("2026-04-01T03:59:59Z"), in: Fixtures.newYork) == Fixtures.month("2026-03"))
        #expect(YearMonth(Fixtures.instant("2026-04-01T04:00:00Z"), in: Fixtures.newYork) == Fixtures.month("2026-04"))
        #expect(Fixtures.month("2026-03").contains(Fixtures.date("2026-03-31")))
        #expect(!Fixtures.month("2026-03").contains(Fixtures.date("2026-04-01")))
    }

    @Test func codableAndOrdering() throws {
        let data = try JSONEncoder().encode(Fixtures.month("2026-03"))
        #expect(String(decoding: data, as: UTF8.self) == #""2026-03""#)
        #expect(try JSONDecoder().decode(YearMonth.self, from: data) == Fixtures.month("2026-03"))
        #expect(Fixtures.month("2025-12") < Fixtures.month("2026-01"))
    }
}
