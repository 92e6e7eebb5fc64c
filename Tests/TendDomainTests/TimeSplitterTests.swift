import Foundation
import Testing
import TendTestSupport
@testable import TendDomain

@Suite("Splitting spans at local month ends")
struct TimeSplitterTests {
    @Test func splitsAtLocalMidnightNotUTC() {
        let parts = splitByMonth(start: Fixtures.instant("2026-03-31T23:30:00-04:00"),
                                 end: Fixtures.instant("2026-04-01T00:30:00-04:00"), in: Fixtures.newYork)
        #expect(parts.count == 2)
        #expect(parts[0].month == Fixtures.month("2026-03"))
        #expect(parts[0].end == Fixtures.instant("2026-04-01T04:00:00Z"))
        #expect(parts[1].month == Fixtures.month("2026-04"))
        #expect(parts[1].start == Fixtures.instant("2026-04-01T04:00:00Z"))
        #expect(parts[1].end == Fixtures.instant("2026-04-01T04:30:00Z"))
    }

    @Test func doesNotSplitAtUTCMonthEnd() {
        // 2026-03-31 20:30 to 21:30 New York time crosses UTC midnight (April) but not the local month end.
        let parts = TimeSplitter.split(start: Fixtures.instant("2026-04-01T00:30:00Z"),
                                       end: Fixtures.instant("2026-04-01T01:30:00Z"), in: Fixtures.newYork)
        #expect(parts.count == 1)
        #expect(parts[0].month == Fixtures.month("2026-03"))
    }

    @Test func splitsInDSTChangeMonth() {
        // October 31 -> November 1, 2026: DST ends at 02:00 on Nov 1, so the month end is still EDT (UTC-4).
        let slices = TimeSplitter.slices(start: Fixtures.instant("2026-10-31T23:50:00-04:00"),
                                         end: Fixtures.instant("2026-11-01T01:20:00-05:00"), in: Fixtures.newYork)
        #expect(slices.map(\.month) == [Fixtures.month("2026-10"), Fixtures.month("2026-11")])
        #expect(slices[0].end == Fixtures.instant("2026-11-01T04:00:00Z"))
        #expect(Int(slices[0].end.timeIntervalSince(slices[0].start)) == 600)
        #expect(Int(slices[1].end.timeIntervalSince(slices[1].start)) == 2 * 3600 + 1200)
    }

    @Test func spanOverSeveralMonthsIsContiguous() {
        let start = Fixtures.instant("2026-01-31T22:00:00-05:00")
        let end = Fixtures.instant("2026-04-01T01:00:00-04:00")
        let slices = TimeSplitter.slices(start: start, end: end, in: Fixtures.newYork)
        #expect(slices.map(\.month.description) == ["2026-01", "2026-02", "2026-03", "2026-04"])
        #expect(slices.first?.start == start)
        #expect(slices.last?.end == end)
        for (a, b) in zip(slices, slices.dropFirst()) { #expect(a.end == b.start) }
    }

    @Test func spanEndingExactlyAtMidnightIsOnePiece() {
        let slices = TimeSplitter.slices(start: Fixtures.instant("2026-03-31T23:00:00-04:00"),
                                         end: Fixtures.instant("2026-04-01T00:00:00-04:00"), in: Fixtures.newYork)
        #expect(slices.count == 1)
        #expect(slices[0].month == Fixtures.month("2026-03"))
    }

    @Test func emptyOrBackwardSpanHasNoPieces() {
        let instant = Fixtures.instant("2026-03-10T10:00:00Z")
        #expect(TimeSplitter.slices(start: instant, end: instant, in: Fixtures.utc).isEmpty)
        #expect(TimeSplitter.slices(start: instant, end: instant.addingTimeInterval(-60), in: Fixtures.utc).isEmpty)
    }
}
