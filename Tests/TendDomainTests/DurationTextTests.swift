import Testing
@testable import TendDomain

@Suite("Duration text: never clock-like")
struct DurationTextTests {
    @Test(arguments: [
        (0, "0 s"), (28, "28 s"), (59, "59 s"), (60, "1 min"), (65, "1 min 05 s"), (600, "10 min"),
        (2700, "45 min"), (3599, "59 min 59 s"), (3600, "1 h"), (3605, "1 h 00 min 05 s"),
        (3900, "1 h 05 min"), (3910, "1 h 05 min 10 s"), (7200, "2 h"), (-5, "0 s"),
    ])
    func formats(seconds: Int, text: String) {
        #expect(DurationText.format(seconds) == text)
    }

    @Test func neverLooksLikeAClock() {
        for seconds in stride(from: 0, through: 4 * 3600, by: 7) {
            #expect(!DurationText.format(seconds).contains(":"))
        }
    }

    @Test func wholeMinutes() {
        #expect(DurationText.minutes(45) == "45 min")
    }
}
