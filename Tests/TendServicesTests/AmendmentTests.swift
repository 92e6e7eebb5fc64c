import Foundation
import Testing
@testable import TendServices
import TendDomain
import TendStore
import TendTestSupport

@Suite struct AmendmentTests {
    @Test func changesToAClosedMonthNeedAnAmendmentBySupervisor() throws {
        let f = try ServicesFixture()
        let id = try f.octoberPatient()
        let entry = try f.store.timeEntries(month: f.october)[0]
        try f.session(f.boss).closeMonth(f.october)
        #expect(throws: DomainError.self) { try f.logOctober(id, minutes: 10) }
        #expect(throws: DomainError.self) { try f.session(f.nurse).voidEntry(entry.id, reason: "wrong patient") }
        #expect(throws: DomainError.self) { try f.session(f.doctor).markComplex(id, month: f.october, practitioner: nil) }
        #expect(throws: DomainError.self) { try f.session(f.nurse).markBilledElsewhere(id, month: f.october, note: nil) }
        #expect(throws: StoreError.self) { try f.logOctober(id, minutes: 10, amend: "found a paper log") }
        #expect(try f.lastAudit().outcome == .denied && f.lastAudit().action == "time.log")
        #expect(try f.store.timeEntries(month: f.october).count == 1)
        #expect(try f.store.monthClose(f.october).amendments.isEmpty)
        // The timer cannot drop time into the closed month either.
        try f.session(f.nurse, at: f.date("2026-10-31T22:00:00Z")).store.write(f.nurse, action: "test.timer", at: f.now) { change in
            try change.put(RunningTimer(staff: "nurse", patientId: id, startedAt: f.date("2026-10-31T22:00:00Z"), activity: .call))
        }
        #expect(throws: DomainError.self) { try f.session(f.nurse).stopTimer(activity: nil, note: "n", conditions: []) }
    }

    @Test func anAmendmentAfterCloseAppearsInTheReportTheExportAndThePacket() throws {
        let f = try ServicesFixture()
        try f.giveDoctorNPI()
        let id = try f.octoberPatient(minutes: 25)
        try f.session(f.boss).closeMonth(f.october)
        let logged = try f.logOctober(id, minutes: 20, account: f.boss, amend: "nurse's paper log of 6 October")
        #expect(logged.map(\.staff) == ["boss"])
        let close = try f.store.monthClose(f.october)
        #expect(close.isClosed && close.amendments.count == 1)
        let amendment = close.amendments[0]
        #expect(amendment.number == 1 && amendment.patientId == id && amendment.action == "time.log"
                && amendment.reason == "nurse's paper log of 6 October" && amendment.by == "boss" && amendment.entries == logged.map(\.id))
        let report = try f.session(f.boss).monthReport(f.october)
        #expect(report.close.amendments == [amendment])
        #expect(report.lines[0].result.codes == [CodeLine(code: .c99490, units: 1), CodeLine(code: .c99439, units: 1)])
        let export = try f.session(f.boss).claimsExport(f.october)
        #expect(export.amendments == [amendment] && export.lines.map(\.amendments) == [[1], [1]])
        let packet = try f.session(f.boss).auditPacket(id, month: f.october)
        #expect(packet.amendments == [amendment])
        let text = AuditPacketRenderer.render(packet, style: .text)
        #expect(text.contains("#1 ") && text.contains("reason: nurse's paper log of 6 October"))
        #expect(try f.session(f.boss).supervisorTable(f.october)[0].amendments == [amendment])
    }

    @Test func voidingAndFlagsOnAClosedMonthAreAmendments() throws {
        let f = try ServicesFixture()
        let id = try f.octoberPatient(minutes: 25)
        let entry = try f.store.timeEntries(month: f.october)[0]
        try f.session(f.boss).closeMonth(f.october)
        try f.session(f.boss).voidEntry(entry.id, reason: "logged for the wrong patient", amend: true)
        try f.session(f.boss).markComplex(id, month: f.october, practitioner: "doctor", amendReason: "doctor's note of 30 October")
        try f.session(f.boss).markNotBilled(id, month: f.october, reason: "below threshold after the void")
        let close = try f.store.monthClose(f.october)
        #expect(close.amendments.map(\.action) == ["time.void", "month.complex", "month.not-billed"])
        #expect(close.amendments.map(\.number) == [1, 2, 3])
        #expect(try f.session(f.boss).monthReport(f.october).lines[0].result.blockers == [.belowThreshold])
    }

    @Test func eachRowGetsItsOwnPatientsAmendmentsAndNotBilledMark() throws {
        let f = try ServicesFixture()
        let ann = try f.octoberPatient(name: "Able, Ann", minutes: 25)
        let bob = try f.octoberPatient(name: "Baker, Bob", mbi: "1EG4TE5MK74", minutes: 45)
        let cy = try f.octoberPatient(name: "Cole, Cy", mbi: "1EG4TE5MK75", minutes: 30)
        try f.giveDoctorNPI()
        let boss = try f.session(f.boss)
        try boss.closeMonth(f.october)
        try f.logOctober(bob, minutes: 20, account: f.boss, amend: "paper log for Bob")
        try boss.markNotBilled(ann, month: f.october, reason: "billed by the hospital")
        try f.logOctober(ann, minutes: 5, account: f.boss, amend: "paper log for Ann")
        let close = try f.store.monthClose(f.october)
        #expect(close.amendments.map(\.patientId) == [bob, ann, ann])
        let rows = try boss.supervisorTable(f.october)
        #expect(rows.map(\.patient.id) == [ann, bob, cy])
        #expect(rows.map { $0.amendments.map(\.number) } == [[2, 3], [1], []])
        #expect(rows.map(\.disposition) == [.notBilled, .billable, .billable])
        #expect(rows[0].result.payment == 0 && rows[1].result.payment > 0)
        let report = try boss.monthReport(f.october)
        #expect(report.lines.map(\.result.isBillable) == [false, true, true])
        #expect(try boss.programSummary(f.october).billable == 2)
        let export = try boss.claimsExport(f.october)
        // Bob bills 99490 + 99439, Cy 99490; Ann is not billed.
        #expect(export.lines.filter { $0.patientId == bob }.map(\.amendments) == [[1], [1]])
        #expect(export.lines.filter { $0.patientId == cy }.map(\.amendments) == [[]])
        #expect(!export.lines.contains { $0.patientId == ann })
    }
}
