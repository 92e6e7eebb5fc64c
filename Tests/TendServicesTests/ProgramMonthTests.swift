import Foundation
import Testing
@testable import TendServices
import TendDomain
import TendStore
import TendTestSupport

/// PCM and APCM months through the use cases: the report, close, the claims export, the audit
/// packet and billed-elsewhere marks (rules §9; docs/rules.md "Programs").
@Suite struct ProgramMonthTests {
    /// Moves an October patient to `program` from October (PCM on `condition`) with a consent for
    /// it dated 2026-10-05 (`consentDate`), written straight to the store: the enrollment and
    /// consent commands are another part's.
    func move(_ f: ServicesFixture, _ id: PatientID, to program: CareProgram, condition: String? = nil,
              consentDate: String = "2026-10-05", qmb: Bool? = nil) throws {
        try f.store.write(f.admin, action: "test.program", at: f.now) { change in
            let old = try f.store.patient(id)
            var patient = old
            patient.programs = [ProgramEnrollment(program: program, from: f.october,
                                                  condition: try condition.map { try ICD10Code(validating: $0) },
                                                  by: "doctor", recordedAt: f.now)]
            patient.consents.append(Consent(date: try LocalDate.parse(consentDate), method: .verbal, obtainedBy: "nurse",
                                            billingPractitioner: "doctor", disclosuresGiven: Set(Disclosure.required(for: program)),
                                            recordedAt: f.now, program: program))
            patient.qmb = qmb
            patient.version += 1
            try change.put(patient, replacing: old)
        }
    }

    func line(_ f: ServicesFixture, _ id: PatientID) throws -> PatientMonthLine {
        try #require(try f.session(f.boss).monthReport(f.october).lines.first { $0.patient.id == id })
    }

    @Test func anAPCMMonthBillsOnAReachedCallAloneAndCloseDoesNotWaitWithoutOne() throws {
        let f = try ServicesFixture()
        let called = try f.octoberPatient(name: "Able, Ann", minutes: 0)
        let silent = try f.octoberPatient(name: "Baker, Bob", minutes: 0)
        try move(f, called, to: .apcm, qmb: true)
        try move(f, silent, to: .apcm)
        let nurse = try f.session(f.nurse, at: f.date("2026-10-20T15:00:00Z"))
        try nurse.recordCall(called, result: .reached, callBackAt: nil, note: "reviewed medications")
        try nurse.recordCall(silent, result: .voicemail, callBackAt: nil, note: nil)

        let served = try line(f, called).result
        #expect(served.program == .apcm && served.isBillable && served.totalMinutes == 0)
        #expect(served.codes == [CodeLine(code: .g0558, units: 1)])
        let unserved = try line(f, silent).result
        #expect(unserved.program == .apcm && unserved.blockers == [.noServiceDocumented])

        let checklist = try f.session(f.boss).monthChecklist(f.october)
        #expect(checklist.patients.first { $0.patient.id == silent }?.checklist.disposition == .noService)
        try f.session(f.boss).closeMonth(f.october)
    }

    @Test func aCallBeforeTheAPCMConsentIsNoService() throws {
        let f = try ServicesFixture()
        let id = try f.octoberPatient(minutes: 0)
        try move(f, id, to: .apcm, consentDate: "2026-10-21")
        try f.session(f.nurse, at: f.date("2026-10-20T15:00:00Z")).recordCall(id, result: .reached, callBackAt: nil, note: nil)
        #expect(try line(f, id).result.blockers == [.noServiceDocumented])
        try f.session(f.nurse, at: f.date("2026-10-22T15:00:00Z")).recordCall(id, result: .reached, callBackAt: nil, note: nil)
        #expect(try line(f, id).result.isBillable)
    }

    @Test func aPCMMonthExportsItsCodesWithItsConditionFirst() throws {
        let f = try ServicesFixture()
        try f.giveDoctorNPI()
        let id = try f.octoberPatient(minutes: 60)
        try move(f, id, to: .pcm, condition: "I10")
        let result = try line(f, id).result
        #expect(result.program == .pcm && result.codes.map(\.description) == ["99426", "99427"])
        let export = try f.session(f.boss).claimsExport(f.october, draft: true)
        #expect(export.lines.map(\.code) == [.c99426, .c99427])
        #expect(export.lines.first?.diagnoses.map(\.rawValue) == ["I10", "E11.9"])
    }

    @Test func theCCMConsentAloneLeavesAPCMMonthUnbilledAndTheAuditPacketSaysWhy() throws {
        let f = try ServicesFixture()
        let id = try f.octoberPatient(minutes: 25)
        try move(f, id, to: .apcm, qmb: false)
        var text = AuditPacketRenderer.render(try f.session(f.boss).auditPacket(id, month: f.october), style: .text)
        #expect(text.contains("* Program: APCM (Advanced Primary Care Management), in force from 2026-10"))
        #expect(text.contains("APCM tier G0557 (chronic categories of the problem list; not a QMB)"))
        #expect(text.contains("2026-10-05 APCM verbal consent obtained by nurse"))
        #expect(text.contains("PASS no-service-documented: 1 counting time entry and 0 calls that reached the patient this month"))
        // Drop the APCM consent: the CCM one does not count for APCM.
        try f.store.write(f.admin, action: "test.program", at: f.now) { change in
            let old = try f.store.patient(id)
            var patient = old
            patient.consents.removeAll { $0.program == .apcm }
            patient.version += 1
            try change.put(patient, replacing: old)
        }
        #expect(try line(f, id).result.blockers == [.noConsent])
        try f.session(f.nurse, at: f.date("2026-10-20T15:00:00Z")).recordCall(id, result: .reached, callBackAt: nil, note: "spoke to daughter")
        text = AuditPacketRenderer.render(try f.session(f.boss).auditPacket(id, month: f.october), style: .text)
        #expect(text.contains("FAIL no-consent"))
        #expect(text.contains("reached by Nina Nurse (nurse): spoke to daughter"))
    }

    @Test func billedElsewhereRecordsTheOtherProgram() throws {
        let f = try ServicesFixture()
        let id = try f.octoberPatient(minutes: 25)
        let boss = try f.session(f.boss)
        let flags = try boss.markBilledElsewhere(id, month: f.october, note: "APCM at Dr Roe's", program: .apcm)
        #expect(flags.billedElsewhere?.program == .apcm)
        #expect(try f.lastAudit().summary == "recorded that APCM for \(id) in 2026-10 was billed elsewhere")
        #expect(try line(f, id).result.blockers == [.programExcluded])
        try boss.markBilledElsewhere(id, month: f.october, note: "a specialist's PCM", program: .pcm)
        #expect(try line(f, id).result.isBillable)
        try f.session(f.boss).closeMonth(f.october)
    }
}
