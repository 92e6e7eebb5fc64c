import Foundation
import Testing
import TendTestSupport
@testable import TendDomain

/// "Will this entry count, and if not why" (issue 8 §3), rule by rule.
@Suite("Entry counting")
struct EntryCountingTests {
    /// One 25-minute RN entry on 2026-03-10 for `patient`, judged in March 2026.
    func verdict(_ patient: Patient, flags: PatientMonthFlags? = nil,
                 state: EntryCounting.MonthState = .init()) -> EntryCountingVerdict {
        let facts = Fixtures.facts(clinical: 25, patient: patient, flags: flags)
        let result = Fixtures.engine.evaluate(facts)
        let verdicts = EntryCounting.verdicts(facts, result: result, state: state)
        #expect(verdicts.count == 1)
        return verdicts[0]
    }

    func reasons(_ verdict: EntryCountingVerdict) -> [NotCountedReason] { verdict.problems.map(\.reason) }

    @Test func aReadyPatientsEntryCounts() {
        let v = verdict(Fixtures.readyPatient())
        #expect(v.counts)
        #expect(v.notCountedSeconds == 0)
        #expect(v.seconds == 1500)
    }

    @Test func gatesClearedDuringTheMonthDoNotMakeTimeNotCounted() {
        var patient = Fixtures.readyPatient()
        patient.plan = CarePlanSummary()
        patient.visits = []
        #expect(verdict(patient).counts)
    }

    @Test func entryBeforeTheConsentDateDoesNotCount() {
        var patient = Fixtures.readyPatient()
        patient.consents = [Fixtures.consent("2026-03-15")]
        let v = verdict(patient)
        #expect(reasons(v) == [.beforeConsent])
        #expect(v.notCountedSeconds == 1500)
        #expect(v.problems[0].why.contains("2026-03-15"))
        #expect(v.problems[0].remedy.contains("2026-03-10"))
    }

    @Test func noConsentAtAllSaysWhatToRecord() {
        var patient = Fixtures.readyPatient()
        patient.consents = []
        let v = verdict(patient)
        #expect(reasons(v) == [.noConsent])
        #expect(v.notCountedSeconds == 1500)
        #expect(v.problems[0].why == "no CCM consent is recorded for this patient")
        #expect(v.problems[0].remedy.contains("all four disclosures") && v.problems[0].remedy.contains("on or before 2026-03-10"))
    }

    @Test func declinedConsentIsNamed() {
        var patient = Fixtures.readyPatient()
        patient.consents = [Fixtures.consent("2026-01-05", declined: true)]
        let v = verdict(patient)
        #expect(reasons(v) == [.noConsent])
        #expect(v.problems[0].why == "the patient declined CCM on 2026-01-05")
    }

    @Test func consentMissingADisclosureIsNamed() {
        var patient = Fixtures.readyPatient()
        patient.consents = [Fixtures.consent("2026-01-05", disclosures: [.availability, .onePractitioner, .stopAnyTime])]
        let v = verdict(patient)
        #expect(reasons(v) == [.noConsent])
        #expect(v.problems[0].why.contains("lacks disclosures (cost-sharing)"))
    }

    @Test func consentForAnotherPractitionerIsNamed() {
        var patient = Fixtures.readyPatient()
        patient.billingPractitioner = "drnew"
        let v = verdict(patient)
        #expect(reasons(v) == [.noConsent])
        #expect(v.problems[0].why.contains("drlee") && v.problems[0].why.contains("drnew"))
    }

    @Test func consentDatedAfterTheMonthIsNamed() {
        var patient = Fixtures.readyPatient()
        patient.consents = [Fixtures.consent("2026-04-02")]
        let v = verdict(patient)
        #expect(v.problems.map(\.why) == ["the only CCM consent is dated 2026-04-02, after 2026-03"])
    }

    @Test func revokedConsent() {
        var patient = Fixtures.readyPatient()
        patient.consents = [Fixtures.consent("2026-01-05", revokedOn: "2026-02-10")]
        let v = verdict(patient)
        #expect(reasons(v) == [.consentRevoked])
        #expect(v.problems[0].why.contains("2026-02-10"))
    }

    @Test func revocationMonthStillCounts() {
        var patient = Fixtures.readyPatient()
        patient.consents = [Fixtures.consent("2026-01-05", revokedOn: "2026-03-20")]
        #expect(verdict(patient).counts)
    }

    @Test func notEligible() {
        var patient = Fixtures.readyPatient()
        patient.conditions = [Fixtures.code("E11.9"), Fixtures.code("E11.65")]
        let v = verdict(patient)
        #expect(reasons(v) == [.notEligible])
        #expect(v.problems[0].why.contains("only one chronic-condition category"))
        #expect(v.problems[0].remedy.contains("problem list"))
    }

    @Test func billedElsewhere() {
        let patient = Fixtures.readyPatient()
        let flags = PatientMonthFlags(patientId: patient.id, month: Fixtures.month("2026-03"),
                                      billedElsewhere: BilledElsewhereMark(by: "boss", at: Fixtures.instant("2026-03-20T12:00:00Z")))
        let v = verdict(patient, flags: flags)
        #expect(reasons(v) == [.billedElsewhere])
        #expect(v.problems[0].remedy.contains("tend month billed-elsewhere \(patient.id) 2026-03 --clear"))
    }

    @Test func notBilledDecision() {
        let patient = Fixtures.readyPatient()
        let mark = NotBilledMark(patientId: patient.id, reason: "patient in hospital", by: "boss", at: Fixtures.instant("2026-03-20T12:00:00Z"))
        let v = verdict(patient, state: .init(notBilled: mark))
        #expect(reasons(v) == [.notBilled])
        #expect(v.problems[0].why.contains("patient in hospital"))
    }

    @Test func closedMonthWithoutAmendment() {
        let v = verdict(Fixtures.readyPatient(), state: .init(closedWithoutAmendment: true))
        #expect(reasons(v) == [.monthClosed])
        #expect(v.problems[0].remedy.contains("--amend"))
    }

    @Test func severalReasonsAreAllGivenInOrder() {
        var patient = Fixtures.readyPatient()
        patient.consents = []
        patient.conditions = [Fixtures.code("E11.9")]
        let v = verdict(patient, state: .init(closedWithoutAmendment: true))
        #expect(reasons(v) == [.noConsent, .notEligible, .monthClosed])
        #expect(v.notCountedSeconds == 1500)
    }

    @Test func partBeforeConsentCountsOnlyThePartBefore() {
        var patient = Fixtures.readyPatient()
        patient.consents = [Fixtures.consent("2026-03-11")]
        // 23:50 to 00:20 New York time across the consent date: 10 minutes before it.
        let entry = Fixtures.entry("2026-03-10T23:50:00-04:00", minutes: 30)
        let facts = Fixtures.facts(patient: patient, extra: [entry])
        let verdicts = EntryCounting.verdicts(facts, result: Fixtures.engine.evaluate(facts), state: .init())
        #expect(verdicts.map(\.notCountedSeconds) == [600])
        #expect(verdicts.flatMap(\.problems).map(\.reason) == [.beforeConsent])
    }

    @Test func voidedAndOtherPatientsEntriesAreNotJudged() {
        var patient = Fixtures.readyPatient()
        patient.consents = []
        let voided = Fixtures.entry("2026-03-11T14:00:00Z", minutes: 5, status: .voided(reason: "x", by: "boss", at: Fixtures.instant("2026-03-12T14:00:00Z")))
        let other = Fixtures.entry("2026-03-12T14:00:00Z", minutes: 5, patient: try! PatientID.validate("P0THER00"))
        let facts = Fixtures.facts(clinical: 25, patient: patient, extra: [voided, other])
        let time = EntryCounting.notCounted(facts, result: Fixtures.engine.evaluate(facts), state: .init())
        #expect(time.seconds == 1500)
        #expect(time.entryIDs.count == 1)
        #expect(time.problems.map(\.reason) == [.noConsent])
    }

    @Test func monthSummaryIsEmptyWhenEverythingCounts() {
        let facts = Fixtures.facts(clinical: 25)
        #expect(EntryCounting.notCounted(facts, result: Fixtures.engine.evaluate(facts), state: .init()) == .none)
    }

    @Test func monthProblemsForTimeNotYetLogged() {
        var patient = Fixtures.readyPatient()
        patient.consents = []
        let facts = Fixtures.facts(patient: patient)
        let problems = EntryCounting.monthProblems(facts, result: Fixtures.engine.evaluate(facts), state: .init(),
                                                   day: Fixtures.date("2026-03-20"))
        #expect(problems.map(\.reason) == [.noConsent])
        #expect(problems[0].remedy.contains("2026-03-20"))
        #expect(EntryCounting.monthProblems(Fixtures.facts(), result: Fixtures.engine.evaluate(Fixtures.facts()),
                                            state: .init(), day: Fixtures.date("2026-03-20")).isEmpty)
    }
}
