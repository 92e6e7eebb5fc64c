import Foundation
import Testing
import TendTestSupport
@testable import TendDomain

@Suite("PCM billing (rules §9): 99424-99427, its condition, its consent")
struct PCMBillingTests {
    let engine = Fixtures.programEngine

    func facts(clinical: Int = 0, practitioner: Int = 0, patient: Patient = Fixtures.patient(in: .pcm),
               month: String = "2026-03", flags: PatientMonthFlags? = nil, extra: [TimeEntry] = []) -> PatientMonthFacts {
        Fixtures.facts(clinical: clinical, practitioner: practitioner, patient: patient, month: month, flags: flags, extra: extra)
    }

    func lines(_ result: BillingResult) -> [String] { result.codes.map(\.description) }

    @Test("clinical-staff minutes: 99426, +99427 per further full 30 min, no rounding", arguments: [
        (29, [String]()), (30, ["99426"]), (59, ["99426"]), (60, ["99426", "99427"]), (89, ["99426", "99427"]),
        (90, ["99426", "99427 x2"]), (120, ["99426", "99427 x3"]), (200, ["99426", "99427 x3"]),
    ])
    func staffMinutes(minutes: Int, expected: [String]) {
        let result = engine.evaluate(facts(clinical: minutes))
        #expect(result.program == .pcm)
        #expect(lines(result) == expected)
        #expect(result.isBillable == !expected.isEmpty)
        #expect(result.blockers == (expected.isEmpty ? [.belowThreshold] : []))
    }

    @Test("practitioner minutes: 99424, +99425 per further full 30 min", arguments: [
        (29, [String]()), (30, ["99424"]), (59, ["99424"]), (60, ["99424", "99425"]), (90, ["99424", "99425 x2"]),
    ])
    func practitionerMinutes(minutes: Int, expected: [String]) {
        let result = engine.evaluate(facts(practitioner: minutes))
        #expect(lines(result) == expected)
        #expect(result.blockers == (expected.isEmpty ? [.belowThreshold] : []))
        if !expected.isEmpty {
            // The staff set on the same minutes is the alternative, never billed with it.
            #expect(result.recommended?.kind == .pcmPractitioner)
            #expect(result.alternatives.map(\.kind) == [.pcmStaff])
            #expect(!result.codes.contains { $0.code == .c99426 || $0.code == .c99427 })
        }
    }

    @Test func practitionerTimeCountsTowardTheStaffSetAndTheBetterSetIsRecommended() {
        // 20 staff + 20 practitioner minutes: staff set on 40 (99426); practitioner set needs 30.
        let mixed = engine.evaluate(facts(clinical: 20, practitioner: 20))
        #expect(lines(mixed) == ["99426"])
        #expect(mixed.candidates.map(\.kind) == [.pcmStaff])
        // 40 staff + 30 practitioner: staff 70 -> 99426 + 99427 ($107.42) beats 99424 ($80).
        let both = engine.evaluate(facts(clinical: 40, practitioner: 30))
        #expect(lines(both) == ["99426", "99427"])
        #expect(both.payment == Decimal("107.42"))
        #expect(both.alternatives.map(\.description) == ["99424"])
    }

    @Test func equalPaymentsPreferTheStaffSet() throws {
        var fees = Fixtures.programFees.fees
        fees[.c99424] = Fee(amount: Decimal("62.00"), maxUnits: 1)
        let engine = BillingEngine(feeSchedule: try FeeSchedule(name: "tie", fees: fees))
        #expect(engine.evaluate(facts(practitioner: 30)).recommended?.kind == .pcmStaff)
    }

    @Test func aScheduleWithoutPCMCodesStillNamesTheCodesUnpriced() {
        // The bundled CY2025 schedule has no PCM amounts: the codes are earned at $0, never hidden.
        let result = Fixtures.engine.evaluate(facts(clinical: 60))
        #expect(lines(result) == ["99426", "99427"])
        #expect(result.payment == 0)
    }

    @Test func oneChronicConditionIsEnoughAndCCMEligibilityIsNotAsked() {
        let patient = Fixtures.patient(in: .pcm, condition: "E11.9", conditions: ["E11.9"])
        let result = engine.evaluate(facts(clinical: 30, patient: patient))
        #expect(result.isBillable)
        #expect(!result.blockers.contains(.notEligible))
        // The same month as CCM is not eligible.
        #expect(engine.evaluate(facts(clinical: 30, patient: patient), as: .ccm).blockers.contains(.notEligible))
    }

    @Test("the condition must be named, on the problem list and on the chronic list", arguments: [
        (String?.none, ["E11.9", "I10"]), ("J45.909", ["E11.9", "I10"]), ("J06.9", ["E11.9", "J06.9"]),
    ])
    func pcmCondition(condition: String?, conditions: [String]) {
        let patient = Fixtures.patient(in: .pcm, condition: condition, conditions: conditions)
        let result = engine.evaluate(facts(clinical: 45, patient: patient))
        #expect(result.blockers == [.noPCMCondition])
        #expect(!result.isBillable && result.codes.isEmpty)
    }

    @Test func aCCMConsentDoesNotLetPCMBill() {
        var patient = Fixtures.patient(in: .pcm)
        patient.consents = [Fixtures.consent("2026-01-05")]
        #expect(engine.evaluate(facts(clinical: 30, patient: patient)).blockers == [.noConsent])
        // With both consents, the PCM one counts.
        patient.consents.append(Fixtures.consent("2026-01-05", program: .pcm))
        #expect(engine.evaluate(facts(clinical: 30, patient: patient)).isBillable)
    }

    @Test func minutesBeforeThePCMConsentDoNotCount() {
        var patient = Fixtures.patient(in: .pcm)
        patient.consents = [Fixtures.consent("2026-03-11", program: .pcm)]
        // 40 min on the 10th (before consent) + 20 min on the 12th by the practitioner.
        let result = engine.evaluate(facts(clinical: 40, practitioner: 20, patient: patient))
        #expect(result.totalMinutes == 20)
        #expect(result.blockers == [.belowThreshold])
        #expect(result.excluded.contains { $0.reason == .beforeConsent && $0.seconds == 40 * 60 })
    }

    @Test func timeDuringAnInpatientStayDoesNotCount() {
        var patient = Fixtures.patient(in: .pcm)
        patient.stays = [Fixtures.stay("2026-03-09", "2026-03-11")]
        let result = engine.evaluate(facts(clinical: 45, patient: patient))
        #expect(result.totalMinutes == 0)
        #expect(result.excluded.contains { $0.reason == .inpatient && $0.seconds == 45 * 60 })
    }

    @Test func aMonthEntryCrossingMidnightInTheTimeZoneIsSplit() {
        // 23:30 to 00:30 New York time on 31 March: 30 minutes in March only.
        let entry = Fixtures.entry("2026-03-31T23:30:00-04:00", minutes: 60)
        let result = engine.evaluate(facts(extra: [entry]))
        #expect(result.totalMinutes == 30)
        #expect(lines(result) == ["99426"])
    }

    @Test func nextThresholdFollowsPCMSteps() {
        let schedule = Fixtures.programFees
        #expect(NextThreshold.after(engine.evaluate(facts()), feeSchedule: schedule) == 30)
        #expect(NextThreshold.after(engine.evaluate(facts(clinical: 45)), feeSchedule: schedule) == 60)
        #expect(NextThreshold.after(engine.evaluate(facts(clinical: 120)), feeSchedule: schedule) == nil)
        // Unpriced PCM codes (CY2025 bundled schedule): the next code is still named.
        #expect(NextThreshold.after(Fixtures.engine.evaluate(facts(clinical: 31)), feeSchedule: Fixtures.fees) == 60)
        // 30 practitioner minutes recommend 99424 ($80): staff minutes must reach 60 (99426 + 99427, $107.42).
        #expect(NextThreshold.after(engine.evaluate(facts(practitioner: 30)), feeSchedule: schedule) == 60)
    }
}
