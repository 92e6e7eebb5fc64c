import Foundation
import Testing
@testable import TendServices
import TendDomain
import TendStore
import TendTestSupport

@Suite struct TimeAndPlanTests {
    @Test func stopwatchWithAPauseLogsEachStretchAndRemovesTheTimer() throws {
        let f = try ServicesFixture()
        let id = try f.patient()
        let t0 = f.date("2026-11-16T14:00:00Z")
        try f.session(f.nurse, at: t0).startTimer(id, activity: .call)
        #expect(try f.store.timer("nurse")?.startedAt == t0)
        try f.session(f.nurse, at: t0.addingTimeInterval(600)).pauseTimer(true)
        try f.session(f.nurse, at: t0.addingTimeInterval(900)).pauseTimer(false)
        let entries = try f.session(f.nurse, at: t0.addingTimeInterval(1500)).stopTimer(activity: nil, note: "Talked meds", conditions: ["I10"])
        #expect(entries.map(\.seconds) == [600, 600])
        #expect(entries.allSatisfy { $0.source == .stopwatch && $0.activity == .call && $0.conditions.map(\.rawValue) == ["I10"] })
        #expect(try f.store.timer("nurse") == nil)
        #expect(try f.store.timeEntries(month: YearMonth.parse("2026-11")).count == 2)
    }

    @Test func stopWithoutANoteKeepsTheTimerRunning() throws {
        let f = try ServicesFixture()
        let id = try f.patient()
        try f.session(f.nurse).startTimer(id, activity: nil)
        #expect(throws: DomainError.self) {
            try f.session(f.nurse, at: f.now.addingTimeInterval(60)).stopTimer(activity: .call, note: "  ", conditions: [])
        }
        #expect(try f.store.timer("nurse") != nil)
        #expect(throws: DomainError.self) {
            try f.session(f.nurse, at: f.now.addingTimeInterval(60)).stopTimer(activity: nil, note: "x", conditions: [])
        }
    }

    @Test func manualMinutesOnAnEarlierDayArePlacedAfterThatDaysEntries() throws {
        let f = try ServicesFixture()
        let id = try f.patient()
        let day = try LocalDate.parse("2026-11-10")
        let first = try f.session(f.nurse).logTime(id, TimeRequest(span: .minutes(20, on: day), activity: .call, note: "a"))
        let second = try f.session(f.nurse).logTime(id, TimeRequest(span: .minutes(15, on: day), activity: .call, note: "b"))
        // 09:00 New York (EST, UTC-5) is 14:00Z.
        #expect(first[0].start == f.date("2026-11-10T14:00:00Z") && first[0].seconds == 1200)
        #expect(second[0].start == first[0].end && second[0].seconds == 900)
        #expect(throws: DomainError.self) {
            try f.session(f.nurse).logTime(id, TimeRequest(span: .minutes(1441, on: day), activity: .call, note: "c"))
        }
    }

    @Test func staleCarePlanSaveIsAConflictNotAnOverwrite() throws {
        let f = try ServicesFixture()
        let id = try f.patient()
        let nurse = try f.session(f.nurse)
        let v1 = try nurse.changePlan(id, [.setElement(.problems, text: "Diabetes; hypertension")])
        try f.session(f.boss).changePlan(id, [.setElement(.symptoms, text: "Call for chest pain")], expectedVersion: v1.version)
        #expect(throws: StoreError.conflict(what: "the care plan of \(id)", expected: v1.version, found: v1.version + 1)) {
            try nurse.changePlan(id, [.setElement(.symptoms, text: "mine")], expectedVersion: v1.version)
        }
        #expect(try f.store.plan(id).text(for: .symptoms) == "Call for chest pain")
        #expect(try f.store.plan(id).revisions.map(\.author) == ["nurse", "boss"])
    }

    @Test func planFactsOnThePatientFollowThePlan() throws {
        let f = try ServicesFixture()
        let id = try f.patient()
        let s = try f.session(f.nurse)
        try s.changePlan(id, [.setElement(.problems, text: "Diabetes"),
                              .addGoal(Goal(id: 1, text: "A1c", target: "< 7.5%", due: LocalDate.parse("2027-05-01")))])
        try s.sharePlan(id, date: LocalDate.parse("2026-11-16"), method: .portal)
        let patient = try f.store.patient(id)
        #expect(patient.plan.establishedOn == (try LocalDate.parse("2026-11-16")))
        #expect(patient.plan.sharedOn == [try LocalDate.parse("2026-11-16")])
        #expect(patient.plan.missingElements.contains(.prognosis))
    }

    @Test func monthReportIncludesEnrolledAndTimedPatientsOnly() throws {
        let f = try ServicesFixture()
        let nurse = try f.session(f.nurse)
        let enrolled = try f.patient()
        let timed = try f.patient()
        let idle = try f.patient()
        try nurse.recordConsent(enrolled, date: LocalDate.parse("2026-11-02"), method: .verbal, notGiven: [], declined: false)
        try nurse.logTime(timed, TimeRequest(span: .interval(start: f.date("2026-11-10T15:00:00Z"), end: f.date("2026-11-10T15:05:00Z")), activity: .call, note: "n"))
        let report = try f.session(f.boss).monthReport(YearMonth.parse("2026-11"))
        let ids = Set(report.lines.map(\.patient.id))
        #expect(ids == [enrolled, timed])
        #expect(!ids.contains(idle))
        // October: nobody was enrolled yet and nobody had time.
        #expect(try f.session(f.boss).monthReport(YearMonth.parse("2026-10")).lines.isEmpty)
    }
}

@Suite struct CoveredPatientsTests {
    @Test func theReportSkipsOnlyPatientsItCannotCover() throws {
        let f = try ServicesFixture()
        let nurse = try f.session(f.nurse)
        let enrolled = try f.patient()
        let revoked = try f.patient()
        let timed = try f.patient()
        let never = try f.patient()
        try nurse.recordConsent(enrolled, date: LocalDate.parse("2026-11-02"), method: .verbal, notGiven: [], declined: false)
        try nurse.recordConsent(revoked, date: LocalDate.parse("2026-11-02"), method: .verbal, notGiven: [], declined: false)
        try nurse.revokeConsent(revoked, date: LocalDate.parse("2026-11-03"))
        try nurse.logTime(timed, TimeRequest(span: .interval(start: f.date("2026-11-10T15:00:00Z"), end: f.date("2026-11-10T15:05:00Z")), activity: .call, note: "n"))
        let everEnrolled = try f.store.patientsEverEnrolled(orIn: [timed])
        #expect(Set(everEnrolled.map(\.id)) == [enrolled, revoked, timed])
        let report = try f.session(f.boss).monthReport(YearMonth.parse("2026-11"))
        #expect(Set(report.lines.map(\.patient.id)) == [enrolled, revoked, timed])
        #expect(!report.lines.map(\.patient.id).contains(never))
        // A name that spells an enrollment status only costs a decode: it is read, and still
        // not covered by the report.
        let odd = try nurse.addPatient(PatientDraft(name: "enrolled, enrolled", dateOfBirth: "1950-01-01", conditions: ["I10"]))
        #expect(try f.store.patientsEverEnrolled(orIn: []).map(\.id).contains(odd))
        #expect(!(try f.session(f.boss).monthReport(YearMonth.parse("2026-11")).lines.map(\.patient.id).contains(odd)))
    }
}
