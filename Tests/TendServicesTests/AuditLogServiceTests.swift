import TendTestSupport
import Foundation
import Testing
@testable import TendServices
import TendDomain
import TendStore

/// `tend audit log` as a use case: filters by patient and keeps the last N, for supervisors and admins.
@Suite struct AuditLogServiceTests {
    @Test func filtersByPatientAndKeepsTheLastRecords() throws {
        let f = try ServicesFixture()
        let first = try f.patient()
        let second = try f.patient()
        try f.session(f.nurse).recordCall(second, result: .reached, callBackAt: nil, note: nil)
        let boss = try f.session(f.boss)
        let all = try boss.auditLog()
        #expect(all.map(\.seq) == Array(1...all.count))
        let mrn = try #require(try boss.patient(second).mrn)
        let aboutSecond = try boss.auditLog(patient: mrn)
        #expect(aboutSecond.contains { $0.action == AuditAction.callRecord.rawValue } && aboutSecond.allSatisfy { $0.patient == second.rawValue })
        #expect(try boss.auditLog(patient: first.rawValue).allSatisfy { $0.patient == first.rawValue })
        let lastTwo = try boss.auditLog(last: 2)
        #expect(lastTwo.map(\.seq) == Array(all.suffix(2)).map(\.seq))
        #expect(throws: DomainError.self) { try boss.auditLog(last: 0) }
    }

    @Test func aNurseIsDeniedAndTheDenialIsAudited() throws {
        let f = try ServicesFixture()
        #expect(throws: StoreError.self) { try f.session(f.nurse).auditLog() }
        let last = try #require(try f.store.auditRecords().last)
        #expect(last.outcome == .denied && last.action == AuditAction.auditLog.rawValue && last.login == "nurse")
    }
}
