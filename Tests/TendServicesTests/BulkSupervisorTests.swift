import Foundation
import Testing
@testable import TendServices
import TendDomain
import TendStore
import TendTestSupport

/// The supervisor's bulk changes: one commit each, all or nothing.
@Suite struct BulkSupervisorTests {
    @Test func bulkReassignMovesPatientsOfSeveralCareManagersInOneCommit() throws {
        let f = try ServicesFixture()
        let boss = try f.session(f.boss)
        let ann = try f.octoberPatient(name: "Able, Ann")
        let bob = try f.octoberPatient(name: "Baker, Bob")
        let cy = try f.octoberPatient(name: "Cole, Cy")
        var update = Session.PatientUpdate()
        update.careManager = "boss"
        try boss.updatePatient(bob, update)
        update.careManager = ""
        try boss.updatePatient(cy, update)
        let before = try f.store.auditRecords().count
        let moved = try boss.reassignPatients([cy, bob, ann, ann], to: "doctor")
        #expect(moved == [ann, bob, cy].sorted())
        #expect(try [ann, bob, cy].map { try boss.patient($0).careManager } == ["doctor", "doctor", "doctor"])
        let records = try f.store.auditRecords()
        #expect(records.count == before + 1)
        #expect(records.last?.action == "patient.reassign")
        #expect(records.last?.summary.contains("\(bob) (from boss)") == true && records.last?.summary.contains("\(cy) (from none)") == true)
        // The care-manager index followed every move.
        #expect(try f.store.patientIDs(careManager: "doctor").sorted() == [ann, bob, cy].sorted())
        #expect(try f.store.patientIDs(careManager: "nurse").isEmpty && f.store.patientIDs(careManager: "boss").isEmpty)
    }

    @Test func aFailingBulkReassignChangesNothing() throws {
        let f = try ServicesFixture()
        let boss = try f.session(f.boss)
        let ann = try f.octoberPatient(name: "Able, Ann")
        let bob = try f.octoberPatient(name: "Baker, Bob")
        let unknown = try PatientID.validate("PZZZZZZZ")
        let before = try f.store.auditRecords()
        // One unknown patient among them: nobody moves.
        #expect(throws: StoreError.self) { try boss.reassignPatients([ann, unknown, bob], to: "boss") }
        // An inactive target: nobody moves.
        try f.session(f.admin).updateStaff(login: "doctor", name: nil, credential: nil, roles: nil, npi: nil, active: false)
        let afterDeactivation = try f.store.auditRecords()
        #expect(throws: DomainError.self) { try boss.reassignPatients([ann, bob], to: "doctor") }
        #expect(try [ann, bob].map { try boss.patient($0).careManager } == ["nurse", "nurse"])
        #expect(try f.store.patientIDs(careManager: "nurse").sorted() == [ann, bob].sorted())
        #expect(try f.store.auditRecords().count == afterDeactivation.count)
        #expect(afterDeactivation.count == before.count + 1)
    }

    @Test func bulkNotBilledMarksEveryChosenPatientMonthWithOneReasonInOneCommit() throws {
        let f = try ServicesFixture()
        let boss = try f.session(f.boss)
        let ann = try f.octoberPatient(name: "Able, Ann", share: false)
        let bob = try f.octoberPatient(name: "Baker, Bob", share: false)
        let before = try f.store.auditRecords().count
        #expect(throws: DomainError.self) { try boss.markNotBilled([ann, bob], month: f.october, reason: "  ") }
        #expect(throws: StoreError.self) { try boss.markNotBilled([ann, try PatientID.validate("PZZZZZZZ")], month: f.october, reason: "r") }
        #expect(try boss.monthClose(f.october).notBilled.isEmpty)
        let close = try boss.markNotBilled([bob, ann], month: f.october, reason: "Plans never shared in October")
        #expect(close.notBilled.map(\.patientId) == [ann, bob].sorted())
        #expect(close.notBilled.allSatisfy { $0.reason == "Plans never shared in October" && $0.by == "boss" })
        let records = try f.store.auditRecords()
        #expect(records.count == before + 1 && records.last?.action == "month.not-billed")
        #expect(records.last?.summary.contains("marked 2 patient-months not billed for 2026-10") == true)
        // Nothing blocks the close any more; afterwards, bulk marks are amendments.
        try boss.closeMonth(f.october)
        let amended = try boss.markNotBilled([ann, bob], month: f.october, reason: "Billing office asked to hold")
        #expect(amended.amendments.filter { $0.action == "month.not-billed" }.count == 2)
        #expect(amended.notBilled.allSatisfy { $0.reason == "Billing office asked to hold" })
    }
}
