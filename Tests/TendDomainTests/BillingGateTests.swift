import Foundation
import Testing
import TendTestSupport
@testable import TendDomain

@Suite("Billing gates (rules §5)")
struct BillingGateTests {
    func evaluate(_ patient: Patient, clinical: Int = 25, month: String = "2026-03", flags: PatientMonthFlags? = nil,
                  extra: [TimeEntry] = []) -> BillingResult {
        Fixtures.engine.evaluate(Fixtures.facts(clinical: clinical, patient: patient, month: month, flags: flags, extra: extra))
    }

    @Test func readyPatientIsBillable() {
        let result = evaluate(Fixtures.readyPatient())
        #expect(result.blockers.isEmpty)
        #expect(result.isBillable)
        #expect(result.payment == Decimal("60.49"))
        #expect(result.consentDate == Fixtures.date("2026-01-05"))
    }

    @Test func notEligible() {
        var patient = Fixtures.readyPatient()
        patient.conditions = [Fixtures.code("E11.9"), Fixtures.code("E11.65")]
        let result = evaluate(patient)
        #expect(result.blockers == [.notEligible])
        #expect(!result.isBillable)
        #expect(result.codes.isEmpty)
        #expect(result.payment == 0)
        #expect(result.recommended != nil)
    }

    @Test func noConsentAtAll() {
        var patient = Fixtures.readyPatient()
        patient.consents = []
        let result = evaluate(patient)
        #expect(result.blockers == [.noConsent])
        #expect(result.totalMinutes == 25)
    }

    @Test func declinedConsentDoesNotCount() {
        var patient = Fixtures.readyPatient()
        patient.consents = [Fixtures.consent("2026-01-05", declined: true)]
        #expect(evaluate(patient).blockers == [.noConsent])
    }

    @Test("missing any one disclosure", arguments: Disclosure.allCases)
    func missingDisclosure(missing: Disclosure) {
        var patient = Fixtures.readyPatient()
        patient.consents = [Fixtures.consent("2026-01-05", disclosures: Set(Disclosure.allCases).subtracting([missing]))]
        #expect(evaluate(patient).blockers == [.noConsent])
    }

    @Test func consentAfterMonthEndDoesNotCount() {
        var patient = Fixtures.readyPatient()
        patient.consents = [Fixtures.consent("2026-04-01")]
        patient.visits = [QualifyingVisit(date: Fixtures.date("2026-03-01"))]
        #expect(evaluate(patient).blockers == [.noConsent])
        patient.consents = [Fixtures.consent("2026-03-31")]
        let lastDay = evaluate(patient, extra: [Fixtures.entry("2026-03-31T16:00:00Z", minutes: 20)])
        #expect(lastDay.blockers.isEmpty)
        #expect(lastDay.totalMinutes == 20)
    }

    @Test func billingPractitionerChangeNeedsNewConsent() {
        var patient = Fixtures.readyPatient()
        patient.billingPractitioner = "drkim"
        #expect(evaluate(patient).blockers == [.noConsent])
        patient.consents.append(Fixtures.consent("2026-02-01", practitioner: "drkim"))
        #expect(evaluate(patient).blockers.isEmpty)
        patient.billingPractitioner = nil
        #expect(evaluate(patient).blockers == [.noConsent])
        patient.consents.append(Fixtures.consent("2026-02-02", practitioner: nil))
        #expect(evaluate(patient).blockers.isEmpty)
    }

    @Test func consentMidMonthExcludesEarlierMinutes() {
        var patient = Fixtures.readyPatient()
        patient.consents = [Fixtures.consent("2026-03-15")]
        let before = Fixtures.entry("2026-03-14T14:00:00Z", minutes: 30)
        let after = Fixtures.entry("2026-03-15T14:00:00Z", minutes: 15)
        let result = evaluate(patient, clinical: 0, extra: [before, after])
        #expect(result.clinicalMinutes == 15)
        #expect(result.blockers == [.belowThreshold])
        #expect(result.countingEntryIDs == [after.id])
        #expect(result.excluded == [ExcludedEntry(entryID: before.id, reason: .beforeConsent, seconds: 1800)])
    }

    @Test func entryCrossingLocalMidnightIntoConsentDateCountsOnlyFromMidnight() {
        var patient = Fixtures.readyPatient()
        patient.consents = [Fixtures.consent("2026-03-15")]
        // 23:50 on the 14th to 00:30 on the 15th New York time (EDT, UTC-4).
        let entry = Fixtures.entry("2026-03-15T03:50:00Z", minutes: 40)
        let result = evaluate(patient, clinical: 0, extra: [entry])
        #expect(result.clinicalSeconds == 30 * 60)
        #expect(result.excluded == [ExcludedEntry(entryID: entry.id, reason: .beforeConsent, seconds: 600)])
    }

    @Test func revocationMonthIsBillableAndLaterMonthsAreNot() {
        var patient = Fixtures.readyPatient()
        patient.consents = [Fixtures.consent("2026-01-05", revokedOn: "2026-03-20")]
        #expect(evaluate(patient, month: "2026-03").blockers.isEmpty)
        #expect(evaluate(patient, month: "2026-04").blockers == [.consentRevoked])
        #expect(evaluate(patient, month: "2026-02").blockers.isEmpty)
    }

    @Test func newConsentAfterRevocationCountsAgain() {
        var patient = Fixtures.readyPatient()
        patient.consents = [Fixtures.consent("2026-01-05", revokedOn: "2026-02-10"), Fixtures.consent("2026-03-10")]
        let result = evaluate(patient, clinical: 0, extra: [Fixtures.entry("2026-03-12T14:00:00Z", minutes: 20)])
        #expect(result.blockers.isEmpty)
        #expect(result.consentDate == Fixtures.date("2026-03-10"))
    }

    @Test("initiating visit window is [consent - 12 months, consent]", arguments: [
        ("2025-01-05", true), ("2025-01-04", false), ("2026-01-05", true), ("2026-01-06", false), ("2025-07-01", true),
    ])
    func initiatingVisit(visit: String, passes: Bool) {
        var patient = Fixtures.readyPatient()
        patient.visits = [QualifyingVisit(date: Fixtures.date(visit), kind: .awv)]
        #expect(evaluate(patient).blockers == (passes ? [] : [.noInitiatingVisit]))
    }

    @Test func noVisitsAtAll() {
        var patient = Fixtures.readyPatient()
        patient.visits = []
        #expect(evaluate(patient).blockers == [.noInitiatingVisit])
    }

    @Test func planEstablishedAfterMonthEnd() {
        var patient = Fixtures.readyPatient()
        patient.plan.establishedOn = Fixtures.date("2026-04-01")
        #expect(evaluate(patient).blockers == [.noCarePlan])
        patient.plan.establishedOn = Fixtures.date("2026-03-31")
        #expect(evaluate(patient).blockers.isEmpty)
        patient.plan.establishedOn = nil
        #expect(evaluate(patient).blockers == [.noCarePlan])
    }

    @Test func planNotShared() {
        var patient = Fixtures.readyPatient()
        patient.plan.sharedOn = []
        #expect(evaluate(patient).blockers == [.carePlanNotShared])
        patient.plan.sharedOn = [Fixtures.date("2026-04-01")]
        #expect(evaluate(patient).blockers == [.carePlanNotShared])
        patient.plan.sharedOn = [Fixtures.date("2026-04-01"), Fixtures.date("2026-03-31")]
        #expect(evaluate(patient).blockers.isEmpty)
    }

    @Test func billedElsewhere() {
        let patient = Fixtures.readyPatient()
        let flags = PatientMonthFlags(patientId: patient.id, month: Fixtures.month("2026-03"),
                                      billedElsewhere: BilledElsewhereMark(by: "nurse1", at: Fixtures.instant("2026-03-20T12:00:00Z"), note: "cardiology"))
        #expect(evaluate(patient, flags: flags).blockers == [.billedElsewhere])
        let otherMonth = PatientMonthFlags(patientId: patient.id, month: Fixtures.month("2026-02"), billedElsewhere: flags.billedElsewhere)
        #expect(evaluate(patient, flags: otherMonth).blockers.isEmpty)
    }

    @Test func everyFailingGateIsListedInTableOrder() {
        var patient = Fixtures.readyPatient()
        patient.conditions = [Fixtures.code("E11.9")]
        patient.consents = []
        patient.visits = []
        patient.plan = CarePlanSummary()
        let flags = PatientMonthFlags(patientId: patient.id, month: Fixtures.month("2026-03"),
                                      billedElsewhere: BilledElsewhereMark(by: "nurse1", at: Fixtures.instant("2026-03-20T12:00:00Z")))
        let result = evaluate(patient, clinical: 5, flags: flags)
        #expect(result.blockers == [.notEligible, .noConsent, .noInitiatingVisit, .noCarePlan, .carePlanNotShared, .billedElsewhere, .belowThreshold])
        #expect(result.recommended == nil)
        #expect(!result.isBillable)
    }

    @Test func voidedAndForeignEntriesDoNotCount() throws {
        let voided = Fixtures.entry("2026-03-10T14:00:00Z", minutes: 30,
                                    status: .voided(reason: "wrong patient", by: "nurse1", at: Fixtures.instant("2026-03-10T15:00:00Z")))
        let foreign = Fixtures.entry("2026-03-11T14:00:00Z", minutes: 30, patient: try PatientID.validate("P0000001"))
        let outside = Fixtures.entry("2026-04-01T14:00:00Z", minutes: 30)
        let result = evaluate(Fixtures.readyPatient(), clinical: 0, extra: [voided, foreign, outside])
        #expect(result.totalMinutes == 0)
        #expect(Set(result.excluded.map(\.reason)) == [.voided, .otherPatient, .outsideMonth])
        #expect(result.blockers == [.belowThreshold])
    }

    @Test func gatesHaveStableIdentifiersAndExplanations() {
        #expect(Gate.allCases.map(\.rawValue) == ["not-eligible", "no-pcm-condition", "no-consent", "consent-revoked", "no-initiating-visit",
                                                  "no-care-plan", "care-plan-not-shared", "billed-elsewhere", "program-excluded",
                                                  "no-service-documented", "below-threshold"])
        #expect(Set(Gate.allCases.map { $0.explanation(for: .ccm) }).count == Gate.allCases.count)
        for program in CareProgram.allCases {
            #expect(Set(Gate.allCases.map { $0.explanation(for: program) }).count == Gate.allCases.count)
        }
        #expect(Gate.noInitiatingVisit.explanation(for: .apcm).contains("3 years"))
        #expect(Gate.noConsent.explanation(for: .apcm).hasPrefix("no counting APCM consent (all three disclosures"))
    }
}
