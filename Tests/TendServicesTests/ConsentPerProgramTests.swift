import Foundation
import Testing
@testable import TendServices
import TendDomain
import TendStore
import TendTestSupport

/// Consent per program (rules §2, §9) and the patient's QMB flag.
@Suite struct ConsentPerProgramTests {
    func month(_ text: String) -> YearMonth { try! YearMonth.parse(text) }
    func day(_ text: String) -> LocalDate { try! LocalDate.parse(text) }

    @Test func anAPCMConsentRecordsItsThreeDisclosuresAndCountsOnlyForAPCM() throws {
        let f = try ServicesFixture()
        let id = try f.patient()
        let consent = try f.session(f.nurse).recordConsent(id, date: day("2026-11-02"), method: .verbal, notGiven: [],
                                                           declined: false, program: .apcm)
        #expect(consent.program == .apcm && consent.counts)
        #expect(consent.disclosuresGiven == [.costSharing, .onePractitioner, .stopAnyTime])
        let patient = try f.store.patient(id)
        #expect(patient.status == .enrolled)
        // The patient is CCM this month: the APCM consent does not count for it.
        #expect(ConsentStatus.evaluate(for: patient, month: month("2026-11")).counting == nil)
        try f.session(f.doctor).setProgram(id, ProgramChangeRequest(program: .apcm, from: month("2026-11")))
        #expect(ConsentStatus.evaluate(for: try f.store.patient(id), month: month("2026-11")).counting == consent)
    }

    @Test func theNoConsentExplanationAndTheChecklistNameTheMonthsProgram() throws {
        let f = try ServicesFixture()
        let id = try f.patient()
        try f.session(f.nurse).recordConsent(id, date: day("2026-11-02"), method: .verbal, notGiven: [], declined: false)
        try f.session(f.doctor).setProgram(id, ProgramChangeRequest(program: .apcm, from: month("2026-11")))
        let problems = try f.session(f.nurse).countingProblemsToday(for: id)
        let noConsent = try #require(problems.first { $0.reason == .noConsent })
        #expect(noConsent.why == "no APCM consent is recorded for this patient (a consent for CCM does not count for APCM)")
        #expect(noConsent.remedy.hasPrefix("record the patient's APCM consent (all three disclosures)"))
        let checklist = try f.session(f.boss).monthChecklist(month("2026-11"), patient: id)
        let gate = try #require(checklist.patients.first?.checklist.items.first { $0.gate == .noConsent })
        #expect(gate.evidence == "no APCM consent recorded on or before 2026-11-30 (a consent for CCM does not count for APCM)")
    }

    @Test func decliningOneProgramKeepsAnotherStandingConsent() throws {
        let f = try ServicesFixture()
        let id = try f.patient()
        let nurse = try f.session(f.nurse)
        try nurse.recordConsent(id, date: day("2026-11-02"), method: .verbal, notGiven: [], declined: false)
        try nurse.recordConsent(id, date: day("2026-11-03"), method: .verbal, notGiven: [], declined: true, program: .apcm)
        #expect(try f.store.patient(id).status == .enrolled)
        // Declining the program whose consent stands is refused: that is a revocation.
        #expect(throws: DomainError.self) {
            try nurse.recordConsent(id, date: day("2026-11-04"), method: .verbal, notGiven: [], declined: true)
        }
    }

    @Test func aRevocationNamesItsProgramAndDisenrollsOnlyWhenNoneStands() throws {
        let f = try ServicesFixture()
        let id = try f.patient()
        let nurse = try f.session(f.nurse)
        try nurse.recordConsent(id, date: day("2026-11-02"), method: .verbal, notGiven: [], declined: false)
        try nurse.recordConsent(id, date: day("2026-11-02"), method: .written, notGiven: [], declined: false, program: .apcm)
        let revoked = try nurse.revokeConsent(id, date: day("2026-11-10"), program: .apcm)
        #expect(revoked.program == .apcm)
        var patient = try f.store.patient(id)
        #expect(patient.status == .enrolled)
        #expect(patient.consents.first { $0.program == .ccm }?.revokedOn == nil)
        #expect(throws: DomainError("\(patient.messageText) has no standing APCM consent to revoke (standing: CCM; name it with --program ccm)")) {
            try nurse.revokeConsent(id, date: day("2026-11-11"), program: .apcm)
        }
        // The default is the program of the revocation's month: CCM.
        #expect(try nurse.revokeConsent(id, date: day("2026-11-12")).program == .ccm)
        patient = try f.store.patient(id)
        #expect(patient.status == .disenrolled)
    }

    @Test func qmbIsRecordedOnAddAndUpdateAndBadValuesAreNamed() throws {
        let f = try ServicesFixture()
        let nurse = try f.session(f.nurse)
        let id = try nurse.addPatient(PatientDraft(name: "Okafor, Ada", dateOfBirth: "1948-02-03", qmb: "yes"))
        #expect(try f.store.patient(id).qmb == true)
        var update = Session.PatientUpdate()
        update.qmb = "0"
        #expect(try nurse.updatePatient(id, update).qmb == false)
        #expect(try f.store.auditRecords().last?.summary == "updated patient \(id): QMB no")
        update.qmb = "maybe"
        #expect(throws: DomainError("QMB: 'maybe' is not yes or no (yes, no, true, false, 1 or 0)")) { try nurse.updatePatient(id, update) }
        #expect(throws: DomainError("QMB: 'perhaps' is not yes or no (yes, no, true, false, 1 or 0)")) {
            try nurse.addPatient(PatientDraft(name: "Okafor, Ben", dateOfBirth: "1948-02-04", qmb: "perhaps"))
        }
        #expect(try f.store.patient(id).qmb == false)
    }

    @Test func theImportReadsAnOptionalQMBColumnAndNamesABadValueByLine() throws {
        let f = try ServicesFixture()
        let nurse = try f.session(f.nurse)
        let csv = "name,dob,qmb\n\"Lee, Ann\",1950-01-01,TRUE\n\"Lee, Bo\",1950-01-02,\n\"Lee, Cy\",1950-01-03,nope\n"
        #expect(throws: DomainError("nothing was imported: 1 row(s) are invalid (use --skip-invalid to import the others):\n  line 4: QMB: 'nope' is not yes or no (yes, no, true, false, 1 or 0)")) {
            try nurse.importPatients(csv: csv, skipInvalid: false)
        }
        let outcome = try nurse.importPatients(csv: csv, skipInvalid: true)
        #expect(outcome.refused.map(\.line) == [4])
        let qmb = try outcome.created.map { try f.store.patient($0.id).qmb }
        #expect(qmb == [true, nil])
    }
}
