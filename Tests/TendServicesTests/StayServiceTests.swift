import Foundation
import Testing
@testable import TendServices
import TendDomain
import TendStore
import TendTestSupport

@Suite struct StayServiceTests {
    func day(_ text: String) -> LocalDate { try! LocalDate.parse(text) }

    /// An October patient (25 minutes on 6 October) with a hospital stay 10-12 October 2026.
    func patientWithStay(_ f: ServicesFixture) throws -> (PatientID, InpatientStay) {
        let id = try f.octoberPatient()
        let stay = try f.session(f.nurse).addStay(id, StayDraft(kind: .hospital, admit: day("2026-10-10"),
                                                                discharge: day("2026-10-12"), facility: "St. Mary"))
        return (id, stay)
    }

    @Test func aStayIsRecordedAuditedAndOpensATransition() throws {
        let f = try ServicesFixture()
        let (id, stay) = try patientWithStay(f)
        #expect(stay.source == "manual" && stay.recordedBy == "nurse" && stay.id.hasPrefix("S"))
        #expect(try f.lastAudit().action == AuditAction.stayAdd.rawValue)
        let judged = try f.session(f.nurse).stays(id)
        // 12 October 2026 is Columbus Day (a Monday): Tuesday 13 and Wednesday 14 are the business days.
        #expect(judged.transitions.map(\.deadlines.contact) == [day("2026-10-14")])
        #expect(judged.patient.stays?.count == 1)
    }

    @Test func overlappingAndFutureStaysAreRefusedAndNothingIsWritten() throws {
        let f = try ServicesFixture()
        let (id, _) = try patientWithStay(f)
        let nurse = try f.session(f.nurse)
        #expect(throws: DomainError.self) {
            try nurse.addStay(id, StayDraft(kind: .snf, admit: day("2026-10-12"), discharge: day("2026-10-20")))
        }
        #expect(throws: DomainError.self) {
            try nurse.addStay(id, StayDraft(kind: .snf, admit: day("2026-11-10"), discharge: day("2026-11-17")))
        }
        #expect(try nurse.stays(id).patient.stays?.count == 1)
        #expect(throws: StoreError.self) {
            try f.session(f.stranger).addStay(id, StayDraft(kind: .snf, admit: day("2026-11-01"), discharge: day("2026-11-02")))
        }
    }

    @Test func contactAndVisitEarnTCMInTheVisitMonthReportAndExport() throws {
        let f = try ServicesFixture()
        try f.giveDoctorNPI()
        let (id, stay) = try patientWithStay(f)
        let nurse = try f.session(f.nurse)
        // Ten minutes on 11 October, during the stay: on record, not counted.
        try nurse.logTime(id, TimeRequest(span: .minutes(10, on: day("2026-10-11")), activity: .call, note: "Called the ward"))
        try nurse.recordTransitionContact(id, stay: stay.id.lowercased(), date: day("2026-10-14"))
        #expect(throws: DomainError.self) {
            try nurse.recordTransitionVisit(id, stay: stay.id, date: day("2026-10-19"), complexity: .high, practitioner: "nurse")
        }
        let status = try nurse.recordTransitionVisit(id, stay: stay.id, date: day("2026-10-19"), complexity: .high, practitioner: nil)
        #expect(status.outcome == .earned(code: .c99496, month: f.october, practitioner: "doctor"))
        #expect(try f.lastAudit().action == AuditAction.stayTransition.rawValue)

        let report = try f.session(f.boss).monthReport(f.october)
        let line = try #require(report.lines.first { $0.patient.id == id })
        #expect(line.transitions.map(\.code) == [.c99496])
        #expect(report.tcm.count == 1)
        #expect(line.result.totalMinutes == 25)
        #expect(line.result.excluded.map(\.reason) == [.inpatient])
        #expect(line.notCounted.seconds == 600)
        // November's report shows the transition (its period runs to 10 November) but does not bill it.
        let november = try f.session(f.boss).monthReport(f.november).lines.first { $0.patient.id == id }
        #expect(november?.transitions.count == 1)
        #expect(try f.session(f.boss).monthReport(f.november).tcm.isEmpty)

        let export = try f.session(f.boss).claimsExport(f.october, draft: true)
        let tcm = try #require(export.lines.first { $0.code == .c99496 })
        #expect(tcm.dateOfService == day("2026-10-19") && tcm.practitioner == "doctor" && tcm.units == 1)
        #expect(export.lines.map(\.code).contains(.c99490))
    }

    @Test func aCandidateWithoutTimeStillHasTheTCMLineInTheReportAndExport() throws {
        let f = try ServicesFixture()
        try f.giveDoctorNPI()
        // No consent and no time: never enrolled, so only the stay brings the patient into the month.
        let id = try f.octoberPatient(minutes: 0, consent: false)
        #expect(try f.store.patient(id).status == .candidate)
        let nurse = try f.session(f.nurse)
        let stay = try nurse.addStay(id, StayDraft(kind: .snf, admit: day("2026-10-01"), discharge: day("2026-10-09")))
        try nurse.recordTransitionContact(id, stay: stay.id, date: day("2026-10-13"))
        _ = try nurse.recordTransitionVisit(id, stay: stay.id, date: day("2026-10-20"), complexity: .moderate, practitioner: nil)

        let report = try f.session(f.boss).monthReport(f.october)
        let line = try #require(report.lines.first { $0.patient.id == id })
        #expect(line.transitions.map(\.code) == [.c99495])
        #expect(!line.result.isBillable)
        #expect(report.tcm.map(\.patient.id) == [id])
        let export = try f.session(f.boss).claimsExport(f.october, draft: true)
        #expect(export.lines.filter { $0.patientId == id }.map(\.code) == [.c99495])
        // December is past the 30-day period (9 October to 7 November): the patient is not covered.
        #expect(try f.session(f.boss).monthReport(try YearMonth.parse("2026-12")).lines.allSatisfy { $0.patient.id != id })
    }

    @Test func anEarnedTransitionCannotBeClosedAnOpenOneCan() throws {
        let f = try ServicesFixture()
        let (id, stay) = try patientWithStay(f)
        let nurse = try f.session(f.nurse)
        let other = try nurse.addStay(id, StayDraft(kind: .snf, admit: day("2026-11-10"), discharge: day("2026-11-14")))
        let closed = try nurse.closeTransition(id, stay: other.id, reason: "readmitted")
        #expect(closed.outcome == .closed("readmitted"))
        #expect(throws: DomainError.self) { try nurse.recordTransitionContact(id, stay: other.id, date: day("2026-11-16")) }
        try nurse.recordTransitionContact(id, stay: stay.id, date: day("2026-10-13"))
        try nurse.recordTransitionVisit(id, stay: stay.id, date: day("2026-10-20"), complexity: .moderate, practitioner: "doctor")
        #expect(throws: DomainError.self) { try nurse.closeTransition(id, stay: stay.id, reason: "moved away") }
        #expect(throws: StoreError.self) { try nurse.closeTransition(id, stay: "S0000000000", reason: "x") }
    }

    @Test func aVisitInAClosedMonthIsRefused() throws {
        let f = try ServicesFixture()
        let (id, stay) = try patientWithStay(f)
        let nurse = try f.session(f.nurse)
        try nurse.recordTransitionContact(id, stay: stay.id, date: day("2026-10-13"))
        try f.session(f.boss).closeMonth(f.october)
        #expect(throws: DomainError.self) {
            try nurse.recordTransitionVisit(id, stay: stay.id, date: day("2026-10-19"), complexity: .high, practitioner: nil)
        }
        #expect(try nurse.stays(id).transitions[0].stay.transition.visitDate == nil)
    }

    @Test func theContactEntryMustBeThePatientsOnThatDay() throws {
        let f = try ServicesFixture()
        let (id, stay) = try patientWithStay(f)
        let nurse = try f.session(f.nurse)
        let entry = try nurse.logTime(id, TimeRequest(span: .minutes(8, on: day("2026-10-13")), activity: .call, note: "TCM call"))[0]
        #expect(throws: DomainError.self) {
            try nurse.recordTransitionContact(id, stay: stay.id, date: day("2026-10-14"), entry: entry.id)
        }
        try nurse.recordTransitionContact(id, stay: stay.id, date: day("2026-10-13"), entry: entry.id)
        let line = try #require(try f.session(f.boss).monthReport(f.october).lines.first { $0.patient.id == id })
        #expect(line.result.totalMinutes == 25)
        #expect(line.result.excluded.map(\.reason) == [.tcmContact])
    }

    @Test func theSupervisorSeesOpenTransitions() throws {
        let f = try ServicesFixture()
        let id = try f.patient()
        // Discharged Friday 13 November: contact due Tuesday 17.
        try f.session(f.nurse).addStay(id, StayDraft(kind: .hospital, admit: day("2026-11-09"), discharge: day("2026-11-13")))
        let risk = try f.session(f.boss).atRisk()
        #expect(risk.openTransitions.map(\.patient.id) == [id])
        #expect(risk.openTransitions[0].transitions[0].openDeadline?.reason == "TCM contact due Tue 17 Nov")
        #expect(try f.session(f.boss).openTransitions().count == 1)
    }
}
