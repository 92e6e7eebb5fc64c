import Foundation
import Testing
import TendTestSupport
@testable import TendDomain

@Suite("Placing today's minutes without overlap")
struct FreeSpanPlacementTests {
    func at(_ hhmm: String) -> Date { Fixtures.instant("2026-03-10T\(hhmm):00Z") }
    func span(_ a: String, _ b: String) -> FreeSpanPlacement.Span { .init(start: at(a), end: at(b)) }
    var dayStart: Date { at("00:00") }

    @Test func endsNowWhenNowIsFree() {
        #expect(FreeSpanPlacement.latestFree(seconds: 900, endingBy: at("11:00"), notBefore: dayStart,
                                             busy: [span("09:00", "09:30")]) == span("10:45", "11:00"))
    }

    @Test func endsAtTheStartOfTheEntryJustStopped() {
        // The README's first session: a stopwatch entry ends now; 15 minutes go before it.
        #expect(FreeSpanPlacement.latestFree(seconds: 900, endingBy: at("11:00"), notBefore: dayStart,
                                             busy: [span("10:52", "11:00")]) == span("10:37", "10:52"))
    }

    @Test func walksBackPastSeveralEntriesAndTheRunningStopwatch() {
        let busy = [span("10:40", "11:00"), span("10:20", "10:35"), span("10:00", "10:10")]
        #expect(FreeSpanPlacement.latestFree(seconds: 600, endingBy: at("11:00"), notBefore: dayStart, busy: busy)
                    == span("10:10", "10:20"))
        #expect(FreeSpanPlacement.latestFree(seconds: 300, endingBy: at("11:00"), notBefore: dayStart, busy: busy)
                    == span("10:35", "10:40"))
    }

    @Test func noRoomBeforeTheStartOfTheDay() {
        #expect(FreeSpanPlacement.latestFree(seconds: 3600, endingBy: at("00:30"), notBefore: dayStart, busy: []) == nil)
        #expect(FreeSpanPlacement.latestFree(seconds: 900, endingBy: at("02:00"), notBefore: dayStart,
                                             busy: [span("00:10", "02:00")]) == nil)
    }

    @Test func touchingIsFree() {
        #expect(FreeSpanPlacement.latestFree(seconds: 600, endingBy: at("11:00"), notBefore: dayStart,
                                             busy: [span("11:00", "11:30"), span("10:30", "10:50")]) == span("10:50", "11:00"))
    }
}
