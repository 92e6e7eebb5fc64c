import Foundation
import Testing
@testable import TendServices
import TendDomain
import TendStore
import TendTestSupport

@Suite struct RoleTests {
    @Test func nurseCannotAddStaffAndTheDenialIsAudited() throws {
        let f = try ServicesFixture()
        #expect(throws: StoreError.self) {
            try f.session(f.nurse).addStaff(login: "x", name: "X", credential: .RN, roles: [], npi: nil)
        }
        let last = try #require(try f.store.auditRecords().last)
        #expect(last.outcome == .denied && last.login == "nurse" && last.uid == 1001 && last.action == "staff.add")
        #expect(try f.store.roster().member("x") == nil)
    }

    @Test func accountNotInTheRosterIsDeniedEverything() throws {
        let f = try ServicesFixture()
        #expect(throws: StoreError.self) { try f.session(f.stranger).patients() }
        #expect(try f.store.auditRecords().last?.login == "stranger")
        #expect(try f.store.auditRecords().last?.outcome == .denied)
    }

    @Test func onlySupervisorsRecordTimeForOthers() throws {
        let f = try ServicesFixture()
        let id = try f.patient()
        let request = TimeRequest(span: .interval(start: f.date("2026-11-10T15:00:00Z"), end: f.date("2026-11-10T15:20:00Z")),
                                  activity: .call, note: "n", onBehalfOf: "boss")
        #expect(throws: StoreError.self) { try f.session(f.nurse).logTime(id, request) }
        var forNurse = request
        forNurse.onBehalfOf = "nurse"
        let entries = try f.session(f.boss).logTime(id, forNurse)
        #expect(entries.map(\.staff) == ["nurse"] && entries.map(\.recordedBy) == ["boss"])
        #expect(entries.first?.credential == .RN)
    }

    @Test func complexityIsAPractitionersJudgment() throws {
        let f = try ServicesFixture()
        let id = try f.patient()
        let month = try YearMonth.parse("2026-11")
        #expect(throws: StoreError.self) { try f.session(f.nurse).markComplex(id, month: month, practitioner: nil) }
        #expect(throws: StoreError.self) { try f.session(f.boss).markComplex(id, month: month, practitioner: "nurse") }
        let flags = try f.session(f.boss).markComplex(id, month: month, practitioner: "doctor")
        #expect(flags.complex?.by == "doctor" && flags.complex?.recordedBy == "boss")
        let own = try f.session(f.doctor).markComplex(id, month: month, practitioner: nil)
        #expect(own.complex?.by == "doctor" && own.version == 2)
    }

    @Test func lastAdminKeepsTheAdminRole() throws {
        let f = try ServicesFixture()
        #expect(throws: DomainError.self) {
            try f.session(f.admin).updateStaff(login: "admin", name: nil, credential: nil, roles: [.nurse], npi: nil, active: nil)
        }
    }
}
