import Foundation
import Testing
import TendTestSupport
@testable import TendDomain

@Suite("APCM billing (rules §9): tiers, QMB, a documented service, its consent and look-back")
struct APCMBillingTests {
    let engine = Fixtures.programEngine

    func facts(clinical: Int = 0, reachedCalls: Int = 0, patient: Patient = Fixtures.patient(in: .apcm),
               month: String = "2026-03", flags: PatientMonthFlags? = nil, extra: [TimeEntry] = []) -> PatientMonthFacts {
        var facts = Fixtures.facts(clinical: clinical, patient: patient, month: month, flags: flags, extra: extra)
        facts.reachedCalls = reachedCalls
        return facts
    }

    @Test("tier by chronic categories and QMB", arguments: [
        ([String](), Bool?.none, CPTCode.g0556), (["E11.9"], nil, .g0556), (["E11.9", "E11.65"], true, .g0556),
        (["E11.9", "I10"], nil, .g0557), (["E11.9", "I10"], false, .g0557), (["E11.9", "I10"], true, .g0558),
        (["E11.9", "J06.9"], true, .g0556),
    ])
    func tiers(conditions: [String], qmb: Bool?, code: CPTCode) {
        let patient = Fixtures.patient(in: .apcm, conditions: conditions, qmb: qmb)
        let result = engine.evaluate(facts(clinical: 5, patient: patient))
        #expect(result.program == .apcm)
        #expect(result.codes == [CodeLine(code: code, units: 1)])
        #expect(result.payment == Fixtures.programFees.fee(for: code).amount)
        #expect(result.isBillable && result.blockers.isEmpty)
        #expect(result.alternatives.isEmpty)
    }

    @Test func noTimeThresholdAndNoEligibilityGate() {
        // One minute of work bills the tier; a single chronic category is G0556, not `not-eligible`.
        let patient = Fixtures.patient(in: .apcm, conditions: ["E11.9"])
        let result = engine.evaluate(facts(clinical: 1, patient: patient))
        #expect(result.isBillable)
        #expect(!result.blockers.contains(.belowThreshold) && !result.blockers.contains(.notEligible))
    }

    @Test func noServiceDocumentedBlocksAndCloseDoesNotBill() {
        let result = engine.evaluate(facts())
        #expect(result.blockers == [.noServiceDocumented])
        #expect(!result.isBillable && result.codes.isEmpty && result.payment == 0)
        // Still shows what the month would bill once a service is documented.
        #expect(result.recommended?.lines == [CodeLine(code: .g0557, units: 1)])
        #expect(ClaimChecklist.disposition(result, notBilled: nil) == .noService)
    }

    @Test func aReachedCallAloneSuffices() {
        let result = engine.evaluate(facts(reachedCalls: 1))
        #expect(result.isBillable)
        #expect(result.totalMinutes == 0)
        #expect(result.codes == [CodeLine(code: .g0557, units: 1)])
    }

    @Test func timeBeforeTheConsentIsNoService() {
        var patient = Fixtures.patient(in: .apcm)
        patient.consents = [Fixtures.consent("2026-03-20", program: .apcm)]
        // The only entry is on the 10th, before the consent of the 20th.
        #expect(engine.evaluate(facts(clinical: 15, patient: patient)).blockers == [.noServiceDocumented])
    }

    @Test func consentForAnotherProgramDoesNotCount() {
        var patient = Fixtures.patient(in: .apcm)
        patient.consents = [Fixtures.consent("2026-01-05"), Fixtures.consent("2026-01-05", program: .pcm)]
        let result = engine.evaluate(facts(reachedCalls: 1, patient: patient))
        #expect(result.blockers == [.noConsent])
        #expect(!result.isBillable)
    }

    @Test func theAPCMConsentNeedsItsThreeDisclosuresOnly() {
        var patient = Fixtures.patient(in: .apcm)
        patient.consents = [Fixtures.consent("2026-01-05", program: .apcm)]
        #expect(!patient.consents[0].disclosuresGiven.contains(.availability))
        #expect(engine.evaluate(facts(reachedCalls: 1, patient: patient)).isBillable)
        patient.consents[0].disclosuresGiven.remove(.onePractitioner)
        #expect(engine.evaluate(facts(reachedCalls: 1, patient: patient)).blockers == [.noConsent])
    }

    @Test("initiating visit: 3 years for APCM, 12 months for CCM", arguments: [
        ("2023-01-05", true, false), ("2023-01-04", false, false), ("2025-01-05", true, true), ("2024-12-31", true, false),
    ])
    func lookBack(visit: String, apcm: Bool, ccm: Bool) {
        var patient = Fixtures.patient(in: .apcm, keepCCMConsent: true)
        patient.visits = [QualifyingVisit(date: Fixtures.date(visit), kind: .awv)]
        let month = facts(reachedCalls: 1, patient: patient)
        #expect(engine.evaluate(month).blockers.contains(.noInitiatingVisit) == !apcm)
        var asCCM = Fixtures.facts(clinical: 20, patient: patient)
        asCCM.enrollment = ProgramEnrollment(program: .ccm, from: Fixtures.month("2026-01"), by: "", recordedAt: Date())
        #expect(engine.evaluate(asCCM).blockers.contains(.noInitiatingVisit) == !ccm)
    }

    @Test func carePlanEstablishedAndSharedApply() {
        var patient = Fixtures.patient(in: .apcm)
        patient.plan = CarePlanSummary()
        #expect(engine.evaluate(facts(reachedCalls: 1, patient: patient)).blockers == [.noCarePlan, .carePlanNotShared])
    }

    @Test func timeDuringAStayStillDocumentsAnAPCMService() {
        var patient = Fixtures.patient(in: .apcm)
        patient.stays = [Fixtures.stay("2026-03-09", "2026-03-11")]
        let result = engine.evaluate(facts(clinical: 10, patient: patient))
        #expect(result.isBillable)
        #expect(!result.excluded.contains { $0.reason == .inpatient })
    }

    @Test func nextThresholdIsNoneForAPCM() {
        #expect(NextThreshold.after(engine.evaluate(facts(clinical: 10)), feeSchedule: Fixtures.programFees) == nil)
        #expect(!NextThreshold.hasThresholds(.apcm) && NextThreshold.hasThresholds(.pcm))
    }
}
