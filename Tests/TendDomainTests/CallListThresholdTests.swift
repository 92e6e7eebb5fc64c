import Foundation
import Testing
import TendTestSupport
@testable import TendDomain

@Suite("Call list: minutes, thresholds and days left")
struct CallListThresholdTests {
    typealias F = CallFixtures

    @Test("next threshold and minutes still needed", arguments: [
        (0, 20 as Int?, 20), (1, 20, 19), (19, 20, 1), (20, 40, 20), (39, 40, 1), (40, 60, 20),
        (59, 60, 1), (60, nil, 0), (61, nil, 0), (95, nil, 0),
    ])
    func thresholds(minutes: Int, next: Int?, needed: Int) throws {
        let entries = minutes > 0 ? [F.minutes(minutes, for: 1)] : []
        let line = try #require(F.rank([F.patient(1, "Rivera, Ana")], entries: entries).first)
        #expect(line.totalMinutes == minutes)
        #expect(line.nextThreshold == next)
        #expect(line.minutesToNext == needed)
        #expect(CallThresholds.next(after: minutes) == next)
        #expect(CallThresholds.minutesToNext(after: minutes) == needed)
    }

    @Test func minutesAreCountedAsTheBillingEngineCountsThem() throws {
        // 19 min 59 s of RN time plus 0 min 59 s of MD time: 19 + 0, below 20.
        let entries = [F.minutes(19, seconds: 59, for: 1), F.minutes(0, seconds: 59, for: 1, credential: .MD, day: "2026-03-03")]
        let line = try #require(F.rank([F.patient(1, "Rivera, Ana")], entries: entries).first)
        #expect(line.clinicalMinutes == 19 && line.practitionerMinutes == 0 && line.totalMinutes == 19)
        #expect(line.nextThreshold == 20 && line.minutesToNext == 1)
        let engine = Fixtures.engine.evaluate(PatientMonthFacts(
            month: F.month, timeZone: F.zone, patient: F.patient(1, "Rivera, Ana"),
            eligibility: Eligibility.evaluate(F.patient(1, "Rivera, Ana").conditions, table: Fixtures.table),
            entries: entries, flags: nil))
        #expect(engine.totalMinutes == line.totalMinutes)
    }

    @Test func staffOfEveryKindCountAndBucketsAddUp() throws {
        let entries = [F.minutes(12, for: 1), F.minutes(15, for: 1, credential: .NP, day: "2026-03-04")]
        let line = try #require(F.rank([F.patient(1, "Rivera, Ana")], entries: entries).first)
        #expect(line.clinicalMinutes == 12 && line.practitionerMinutes == 15 && line.totalMinutes == 27)
        #expect(line.nextThreshold == 40 && line.minutesToNext == 13)
    }

    @Test func voidedOtherPatientsAndPreConsentTimeDoNotCount() throws {
        var late = F.patient(1, "Rivera, Ana")
        late.consents = [Fixtures.consent("2026-03-05")]
        let entries = [
            F.minutes(30, for: 1, day: "2026-03-02"), // before the 5 March consent
            F.minutes(7, for: 1, day: "2026-03-06"),
            Fixtures.entry("2026-03-07T14:00:00Z", minutes: 50, patient: F.id(1), status: .voided(reason: "wrong patient", by: "nurse1", at: F.now)),
            F.minutes(45, for: 2, day: "2026-03-06"),
            F.minutes(25, for: 1, day: "2026-02-20"), // another month
        ]
        let line = try #require(F.rank([late], entries: entries).first)
        #expect(line.totalMinutes == 7)
    }

    @Test func minutesOnlyEngineIsBuilt() {
        #expect(MinuteTally.minutesEngine != nil)
    }

    @Test("days left, today included", arguments: [
        ("2026-03-01T00:00:00-05:00", 31), ("2026-03-10T15:00:00-04:00", 22),
        ("2026-03-29T12:00:00-04:00", 3), ("2026-03-31T00:00:00-04:00", 1), ("2026-03-31T23:59:59-04:00", 1),
        ("2026-04-01T00:00:00-04:00", 0), ("2026-02-28T23:00:00-05:00", 31),
    ])
    func daysLeft(now: String, expected: Int) {
        #expect(CallListRanking.daysLeft(in: F.month, now: Fixtures.instant(now), timeZone: F.zone) == expected)
    }

    @Test func onTheLastDayUrgencyIsTheWholeShortfall() throws {
        let lastEvening = Fixtures.instant("2026-03-31T22:00:00-04:00") // 02:00 UTC on 1 April
        let line = try #require(F.rank([F.patient(1, "Rivera, Ana")], entries: [F.minutes(8, for: 1)], now: lastEvening).first)
        #expect(line.daysLeft == 1)
        #expect(line.minutesToNext == 12)
        #expect(line.urgency == 12)
        #expect(line.reasons.contains("needs 12 min, 1 day left"))
    }

    @Test func afterTheMonthUrgencyDividesByOne() throws {
        let line = try #require(F.rank([F.patient(1, "Rivera, Ana")], entries: [F.minutes(8, for: 1)],
                                       now: Fixtures.instant("2026-04-02T10:00:00-04:00")).first)
        #expect(line.daysLeft == 0)
        #expect(line.urgency == 12)
    }

    @Test func urgencyIsMinutesNeededPerDayLeft() throws {
        // 29 March: 3 days left; 8 minutes logged, 12 needed.
        let line = try #require(F.rank([F.patient(1, "Rivera, Ana")], entries: [F.minutes(8, for: 1)],
                                       now: Fixtures.instant("2026-03-29T09:00:00-04:00")).first)
        #expect(line.daysLeft == 3)
        #expect(line.urgency == 4)
        #expect(line.reasons.first == "needs 12 min, 3 days left")
    }
}
