import Foundation
import Testing
@testable import TendServices
import TendDomain
import TendStore
import TendTestSupport

@Suite struct MonthCloseTests {
    @Test func closingWithOpenBlockersIsRefusedWithTheList() throws {
        let f = try ServicesFixture()
        _ = try f.octoberPatient(name: "Able, Ann")
        let blocked = try f.octoberPatient(name: "Baker, Bob", share: false)
        _ = try f.octoberPatient(name: "Cole, Cy", minutes: 5, share: false)   // below threshold: not billed, not blocking
        let boss = try f.session(f.boss)
        do {
            try boss.closeMonth(f.october)
            Issue.record("the close should have been refused")
        } catch let error as MonthCloseBlocked {
            // The refusal names the patient by name and date of birth (and MRN).
            let identity = try boss.patient(blocked).identity
            #expect(error.blockers == [.init(patientId: blocked, name: "Baker, Bob", gates: [.carePlanNotShared], identity: identity)])
            #expect(error.description.contains("\(blocked) Baker, Bob (DOB \(identity.dateOfBirth), MRN \(identity.mrn!)): care-plan-not-shared"))
        }
        #expect(try f.store.monthClose(f.october).state == .open)
        let view = try boss.monthChecklist(f.october)
        #expect(view.patients.map(\.checklist.disposition) == [.billable, .blocked, .belowThreshold])
        try boss.markNotBilled(blocked, month: f.october, reason: "copy of the plan never reached the patient")
        let closed = try boss.closeMonth(f.october)
        #expect(closed.isClosed && closed.events.map(\.kind) == [.close] && closed.events[0].by == "boss")
        #expect(try f.store.closedSnapshot(f.october)?.patients.count == 3)
        #expect(try f.lastAudit().action == "month.close")
        #expect(throws: DomainError.self) { try boss.closeMonth(f.october) }
        // Not billed by decision: no codes, no payment in the report.
        let report = try boss.monthReport(f.october)
        #expect(report.totals.billable == 1 && report.lines.first { $0.patient.id == blocked }?.result.payment == 0)
    }

    @Test func checklistShowsTheEvidenceOfEveryGate() throws {
        let f = try ServicesFixture()
        let id = try f.octoberPatient()
        let list = try f.session(f.boss).monthChecklist(f.october, patient: id).patients[0].checklist
        #expect(list.items.map(\.gate) == Gate.gates(for: .ccm) && list.items.allSatisfy(\.passed))
        let evidence = Dictionary(uniqueKeysWithValues: list.items.map { ($0.gate, $0.evidence) })
        #expect(evidence[.noConsent]!.contains("verbal consent 2026-10-05, obtained by nurse, for billing practitioner doctor"))
        #expect(evidence[.noConsent]!.contains("availability, cost-sharing, one-practitioner, stop-any-time"))
        #expect(evidence[.noInitiatingVisit]!.hasPrefix("AWV visit 2026-09-14"))
        #expect(evidence[.noCarePlan]!.contains("established 2026-10-05") && evidence[.noCarePlan]!.contains("revision 1 by nurse"))
        #expect(evidence[.carePlanNotShared]! == "copy given 2026-10-05 by paper (recorded by nurse)")
        #expect(evidence[.belowThreshold]!.contains("= 25 min") && evidence[.belowThreshold]!.contains("99490"))
        #expect(evidence[.notEligible]!.hasPrefix("2 chronic categories"))
    }

    @Test func aNurseCannotCloseOrReopenAndEachDenialIsAudited() throws {
        let f = try ServicesFixture()
        _ = try f.octoberPatient()
        #expect(throws: StoreError.self) { try f.session(f.nurse).closeMonth(f.october) }
        var last = try f.lastAudit()
        #expect(last.action == "month.close" && last.outcome == .denied && last.login == "nurse")
        #expect(last.summary.contains("needs the supervisor role"))
        #expect(try f.store.monthClose(f.october).state == .open)
        try f.session(f.boss).closeMonth(f.october)
        #expect(throws: StoreError.self) { try f.session(f.nurse).reopenMonth(f.october, reason: "x") }
        #expect(throws: StoreError.self) { try f.session(f.boss).reopenMonth(f.october, reason: "x") }
        last = try f.lastAudit()
        #expect(last.action == "month.reopen" && last.outcome == .denied && last.login == "boss")
        #expect(throws: DomainError.self) { try f.session(f.admin).reopenMonth(f.october, reason: " ") }
        let reopened = try f.session(f.admin).reopenMonth(f.october, reason: "late payer remittance")
        #expect(reopened.state == .open && reopened.events.last?.reason == "late payer remittance")
        #expect(try f.lastAudit().action == "month.reopen" && f.lastAudit().outcome == .ok)
        #expect(try f.store.closedSnapshot(f.october) == nil)
    }

    @Test func aMonthIsClosedOnlyAfterItEndsAndWithNoStopwatchRunningInIt() throws {
        let f = try ServicesFixture()
        #expect(throws: DomainError.self) { try f.session(f.boss).closeMonth(f.november) }
        let id = try f.octoberPatient()
        try f.session(f.nurse, at: f.date("2026-10-31T20:00:00Z")).startTimer(id, activity: .call)
        #expect(throws: DomainError.self) { try f.session(f.boss).closeMonth(f.october) }
        _ = try f.session(f.nurse).discardTimer()
        try f.session(f.boss).closeMonth(f.october)
    }

    @Test func aClosedMonthKeepsTheFactsItWasClosedOn() throws {
        let f = try ServicesFixture()
        let id = try f.octoberPatient()
        try f.session(f.boss).closeMonth(f.october)
        // A new billing practitioner needs a new consent: current months lose consent, October does not.
        try f.session(f.admin).addStaff(login: "np", name: "Nia Prac", credential: .NP, roles: [], npi: nil)
        try f.session(f.nurse).updatePatient(id, { var u = Session.PatientUpdate(); u.billingPractitioner = "np"; return u }())
        #expect(try f.session(f.boss).monthReport(f.october).lines[0].result.isBillable)
        try f.session(f.admin).reopenMonth(f.october, reason: "re-check")
        #expect(try f.session(f.boss).monthReport(f.october).lines[0].result.blockers == [.noConsent])
    }
}
