import TendTestSupport
import Foundation
import Testing
import TendDomain
import TendStore

/// What every ``RecordStore`` does with one change: it commits the records with their audit
/// record or nothing at all, audits a denial, and moves its change stamp on every commit and
/// only then.
@Suite struct StoreContractCommitTests {
    struct Refused: Error {}

    @Test(arguments: StoreBackend.all)
    func aCommitIsReadableWithItsAuditRecord(_ backend: StoreBackend) throws {
        let place = TempDirectory()
        let store = try backend.create(place)
        let patient = ContractRecords.patient(1, mrn: "MRN-1")
        var plan = CarePlan(patientId: patient.id)
        plan.elements[.problems] = "Type 2 diabetes"
        let seq = try store.write(tester, action: "patient.add", patient: patient.id.rawValue, at: fixedNow) { change in
            try change.put(patient, replacing: nil)
            try change.put(plan)
            change.summary = "added a patient and a plan"
            change.describe(patient)
        }
        #expect(try store.read { try store.patient(patient.id) } == patient)
        #expect(try store.read { try store.plan(patient.id) } == plan)
        let record = try #require(try store.auditRecords().last)
        #expect(record.seq == seq)
        #expect(record.action == "patient.add" && record.patient == patient.id.rawValue && record.login == tester.login)
        #expect(record.outcome == .ok && record.summary == "added a patient and a plan")
        #expect(record.change != nil, "the audit record carries the change")
        #expect(try store.verifyAudit().isIntact)
    }

    @Test(arguments: StoreBackend.all)
    func aChangeWhoseBodyFailsCommitsNothing(_ backend: StoreBackend) throws {
        let place = TempDirectory()
        let store = try backend.create(place)
        let before = try store.auditRecords()
        let stamp = store.changeStamp()
        #expect(throws: Refused.self) {
            try store.write(tester, action: "patient.add", patient: nil, at: fixedNow) { change in
                try change.put(ContractRecords.patient(2), replacing: nil)
                try change.put(StaffRoster(version: 2, members: []))
                throw Refused()
            }
        }
        #expect(try store.read { try store.findPatient(ContractRecords.patientID(2)) } == nil)
        #expect(try store.read { try store.roster() }.members == contractStaff)
        #expect(try store.auditRecords() == before)
        #expect(store.changeStamp() == stamp)
        // The same change without the failure goes through whole.
        try store.write(tester, action: "patient.add", at: fixedNow) { change in
            try change.put(ContractRecords.patient(2), replacing: nil)
            change.summary = "added"
        }
        #expect(try store.read { try store.findPatient(ContractRecords.patientID(2)) } != nil)
        #expect(try store.auditRecords().count == before.count + 1)
    }

    @Test(arguments: StoreBackend.all)
    func aDenialIsAuditedAndChangesNoRecord(_ backend: StoreBackend) throws {
        let place = TempDirectory()
        let store = try backend.create(place)
        let patients = try store.read { try store.allPatients() }
        let error = store.deny(Account(uid: 77, login: "mallory"), action: "patient.show", patient: "P0000001",
                               at: fixedNow, reason: "reading patients needs the nurse role")
        #expect(error == .denied(reason: "reading patients needs the nurse role"))
        let record = try #require(try store.auditRecords().last)
        #expect(record.outcome == .denied && record.action == "patient.show" && record.login == "mallory" && record.uid == 77)
        #expect(record.patient == "P0000001" && record.summary.contains("reading patients needs the nurse role"))
        #expect(try store.read { try store.allPatients() } == patients)
        #expect(try store.verifyAudit().isIntact)
    }

    @Test(arguments: StoreBackend.all)
    func theChangeStampMovesOnEveryCommitAndOnlyThen(_ backend: StoreBackend) throws {
        let place = TempDirectory()
        let store = try backend.create(place)
        let other = try backend.open(place)
        let first = try #require(store.changeStamp())
        #expect(other.changeStamp() == first)
        _ = try store.read { try store.allPatients() }
        _ = try store.auditRecords()
        _ = try store.verifyAudit()
        #expect(store.changeStamp() == first, "reading is not a change")
        try store.write(tester, action: "patient.add", at: fixedNow) { try $0.put(ContractRecords.patient(3), replacing: nil) }
        let second = try #require(store.changeStamp())
        #expect(second != first)
        #expect(other.changeStamp() == second, "another instance sees the same stamp")
        _ = other.deny(tester, action: "month.close", at: fixedNow, reason: "not a supervisor")
        let third = try #require(store.changeStamp())
        #expect(third != second && third != first, "a denial is a commit of its audit record")
        // The same record written again is still a change.
        try other.write(tester, action: "patient.update", at: fixedNow) { try $0.put(ContractRecords.patient(3), replacing: ContractRecords.patient(3)) }
        #expect(store.changeStamp() != third)
    }
}
