import Foundation
import Testing
@testable import TendServices
import TendDomain
import TendStore
import TendTestSupport

/// Issue 8 §3 at the use-case level: time that will not count is told, the same work is not
/// logged twice, and today's minutes never collide with the entry just stopped.
@Suite struct CountingAndDuplicateTests {
    let note = "Reconciled after pharmacy change"

    func manual(_ minutes: Int, on day: String? = nil, note: String? = nil, separate: String? = nil) throws -> TimeRequest {
        TimeRequest(span: .minutes(minutes, on: try day.map { try LocalDate.parse($0) }), activity: .medication,
                    note: note ?? self.note, separateReason: separate)
    }

    @Test func timeWithoutConsentIsLoggedAndSaysWhyItWillNotCount() throws {
        let f = try ServicesFixture()
        let id = try f.patient()
        let nurse = try f.session(f.nurse)
        let entries = try nurse.logTime(id, manual(15))
        let verdicts = try nurse.countingVerdicts(for: entries)
        #expect(verdicts.map(\.notCountedSeconds) == [900])
        #expect(verdicts.flatMap(\.problems).map(\.reason) == [.noConsent])
        #expect(verdicts[0].problems[0].remedy.contains("on or before 2026-11-16"))
        #expect(try nurse.countingProblemsToday(for: id).map(\.reason) == [.noConsent])
    }

    @Test func timeBeforeTheConsentDateIsNamedAndTheReportShowsIt() throws {
        let f = try ServicesFixture()
        let id = try f.patient()
        let nurse = try f.session(f.nurse)
        let early = try nurse.logTime(id, manual(15, on: "2026-11-10"))
        try nurse.recordConsent(id, date: LocalDate.parse("2026-11-12"), method: .verbal, notGiven: [], declined: false)
        let later = try nurse.logTime(id, manual(20, note: "Call"))
        #expect(try nurse.countingVerdicts(for: early).flatMap(\.problems).map(\.reason) == [.beforeConsent])
        #expect(try nurse.countingVerdicts(for: later).allSatisfy(\.counts))
        #expect(try nurse.countingProblemsToday(for: id).isEmpty)

        let line = try #require(try f.session(f.boss).monthReport(YearMonth.parse("2026-11")).lines.first { $0.patient.id == id })
        #expect(line.result.clinicalMinutes == 20)
        #expect(line.notCounted.seconds == 900)
        #expect(line.notCounted.entryIDs == early.map(\.id))
        #expect(line.notCounted.problems.map(\.reason) == [.beforeConsent])
        let row = try #require(try f.session(f.boss).supervisorTable(YearMonth.parse("2026-11")).first { $0.patient.id == id })
        #expect(row.notCounted == line.notCounted)
    }

    @Test func theSameManualEntryTwiceIsRefusedNamingTheFirstUnlessSeparate() throws {
        let f = try ServicesFixture()
        let id = try f.patient()
        let nurse = try f.session(f.nurse)
        let first = try nurse.logTime(id, manual(15, on: "2026-11-10"))
        do {
            try nurse.logTime(id, manual(15, on: "2026-11-10"))
            Issue.record("a duplicate was logged")
        } catch let duplicate as ProbableDuplicate {
            #expect(duplicate.first.id == first[0].id)
            #expect(duplicate.description.contains(first[0].id.rawValue) && duplicate.description.contains("--separate"))
        }
        #expect(try nurse.entries(month: YearMonth.parse("2026-11"), patient: id).count == 1)
        // Any difference is separate work; the same work again needs a reason, which is audited.
        #expect(try nurse.logTime(id, manual(16, on: "2026-11-10")).count == 1)
        #expect(throws: DomainError.self) { try nurse.logTime(id, manual(15, on: "2026-11-10", separate: "  ")) }
        let second = try nurse.logTime(id, manual(15, on: "2026-11-10", separate: "second call after the pharmacy rang back"))
        #expect(second.count == 1)
        let audit = try #require(try f.store.auditRecords().last)
        #expect(audit.action == "time.log")
        #expect(audit.summary.contains("confirmed separate from an identical entry: second call after the pharmacy rang back"))
    }

    @Test func aStopIdenticalToAnEntryIsRefusedAndTheStopwatchRunsOn() throws {
        let f = try ServicesFixture()
        let id = try f.patient()
        let t0 = f.date("2026-11-16T15:00:00Z")
        // 15 minutes logged by hand this morning, then a stopwatch of exactly 15 minutes, same note.
        try f.session(f.nurse, at: t0).logTime(id, TimeRequest(span: .interval(start: f.date("2026-11-16T13:00:00Z"), end: f.date("2026-11-16T13:15:00Z")),
                                                               activity: .call, note: note))
        try f.session(f.nurse, at: t0).startTimer(id, activity: .call)
        let stop = try f.session(f.nurse, at: t0.addingTimeInterval(900))
        #expect(throws: ProbableDuplicate.self) { try stop.stopTimer(activity: nil, note: note, conditions: []) }
        #expect(try f.store.timer("nurse") != nil)
        let entries = try stop.stopTimer(activity: nil, note: note, conditions: [], separateReason: "called back about the dose")
        #expect(entries.map(\.seconds) == [900])
        #expect(try f.store.timer("nurse") == nil)
        #expect(try f.store.auditRecords().last?.summary.contains("called back about the dose") == true)
    }

    @Test func todaysMinutesEndWhereTheEntryJustStoppedStarts() throws {
        let f = try ServicesFixture()
        let id = try f.patient()
        let t0 = f.date("2026-11-16T15:00:00Z")
        try f.session(f.nurse, at: t0).startTimer(id, activity: .call)
        let now = t0.addingTimeInterval(420)
        let stopped = try f.session(f.nurse, at: now).stopTimer(activity: nil, note: "Reviewed home BP log", conditions: [])
        let logged = try f.session(f.nurse, at: now.addingTimeInterval(5)).logTime(id, manual(15))
        #expect(logged.count == 1)
        #expect(logged[0].end == stopped[0].start)
        #expect(logged[0].seconds == 900)
    }

    @Test func todaysMinutesNeverOverlapTheRunningStopwatch() throws {
        let f = try ServicesFixture()
        let id = try f.patient()
        let t0 = f.date("2026-11-16T15:00:00Z")
        try f.session(f.nurse, at: t0).startTimer(id, activity: .call)
        let logged = try f.session(f.nurse, at: t0.addingTimeInterval(300)).logTime(id, manual(15))
        #expect(logged[0].end == t0)
        // Exact times over the running stopwatch are refused: its stop would fail.
        #expect(throws: DomainError.self) {
            try f.session(f.nurse, at: t0.addingTimeInterval(300)).logTime(id, TimeRequest(
                span: .interval(start: t0.addingTimeInterval(60), end: t0.addingTimeInterval(240)), activity: .call, note: "x"))
        }
        let stopped = try f.session(f.nurse, at: t0.addingTimeInterval(600)).stopTimer(activity: nil, note: "Call", conditions: [])
        #expect(stopped.map(\.seconds) == [600])
    }

    @Test func noFreeStretchTodaySaysHowToLogIt() throws {
        let f = try ServicesFixture(now: ISO8601DateFormatter().date(from: "2026-11-16T05:20:00Z")!) // 00:20 in New York
        let id = try f.patient()
        #expect(throws: DomainError.self) { try f.session(f.nurse).logTime(id, manual(30)) }
        #expect(try f.session(f.nurse).logTime(id, manual(20)).count == 1)
    }
}
