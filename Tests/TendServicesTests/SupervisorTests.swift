import Foundation
import Testing
@testable import TendServices
import TendDomain
import TendStore
import TendTestSupport

@Suite struct SupervisorTests {
    @Test func aNurseIsDeniedTheSupervisorsData() throws {
        let f = try ServicesFixture()
        let nurse = try f.session(f.nurse)
        #expect(throws: StoreError.self) { try nurse.supervisorTable(f.november) }
        #expect(throws: StoreError.self) { try nurse.teamActivity() }
        #expect(throws: StoreError.self) { try nurse.atRisk() }
        #expect(throws: StoreError.self) { try nurse.programSummary(f.november) }
        #expect(try f.lastAudit().action == "supervisor.summary" && f.lastAudit().outcome == .denied)
    }

    @Test func monthTableAndProgramSummaryWithBothProjections() throws {
        let f = try ServicesFixture()
        _ = try f.octoberPatient(name: "Able, Ann", minutes: 25)
        _ = try f.octoberPatient(name: "Baker, Bob", minutes: 5)
        let boss = try f.session(f.boss)
        let rows = try boss.supervisorTable(f.october)
        #expect(rows.map(\.patient.name.family) == ["Able", "Baker"])
        #expect(rows.map(\.nextThreshold) == [40, 20])
        #expect(rows[0].result.codes == [CodeLine(code: .c99490, units: 1)] && rows[0].disposition == .billable)
        #expect(rows[1].result.blockers == [.belowThreshold] && rows[1].patient.careManager == "nurse")
        let summary = try boss.programSummary(f.october)
        #expect(summary.enrolled == 2 && summary.billable == 1)
        // October 2026 is priced with CY2026 (99490 $66.13, confirmed).
        #expect(summary.expectedPayment == Decimal(string: "66.13")!)
        #expect(summary.projectedYearFromBillable == Decimal(string: "793.56")!)
        #expect(summary.rate99490 == Decimal(string: "66.13")! && summary.projectedYearFromEnrolled == Decimal(string: "1587.12")!)
        #expect(summary.pricingWarning == nil && rows.allSatisfy(\.unpriced.isEmpty))
    }

    @Test func programSummaryCountsEveryPatientEnrolledDuringTheMonth() throws {
        let f = try ServicesFixture()
        let nurse = try f.session(f.nurse)
        func consented(_ date: String, revoked: String? = nil, declined: Bool = false) throws -> PatientID {
            let id = try f.patient()
            try nurse.recordConsent(id, date: LocalDate.parse(date), method: .verbal, notGiven: [], declined: declined)
            if let revoked { try nurse.revokeConsent(id, date: LocalDate.parse(revoked)) }
            return id
        }
        _ = try consented("2026-11-02")                          // enrolled this month, no time yet: counts
        _ = try consented("2026-10-05", revoked: "2026-11-03")   // disenrolled this month: counts
        _ = try consented("2026-09-01")                          // enrolled since September: counts
        _ = try consented("2026-09-01", revoked: "2026-10-10")   // disenrolled last month: does not
        _ = try consented("2026-11-04", declined: true)          // declined: does not
        let timed = try f.patient()                              // time but never enrolled: does not
        try nurse.logTime(timed, TimeRequest(span: .interval(start: f.date("2026-11-10T14:00:00Z"), end: f.date("2026-11-10T14:25:00Z")), activity: .call, note: "n"))
        _ = try f.patient()                                      // nothing at all: does not
        let summary = try f.session(f.boss).programSummary(f.november)
        #expect(summary.enrolled == 3)
        #expect(summary.enrolled == (try f.store.allPatients()).filter { Session.wasEnrolled($0, during: f.november) }.count)
        #expect(summary.projectedYearFromEnrolled == 3 * summary.rate99490 * 12)
        #expect(try f.session(f.boss).programSummary(f.october).enrolled == 3)
    }

    @Test func nextThresholdFollowsTheFeeSchedule() throws {
        let schedule = try FeeSchedule.bundledDefault()
        func result(_ total: Int, complex: Bool = false) -> BillingResult {
            let sets = CodeSetCalculator(feeSchedule: schedule).candidates(totalMinutes: total, practitionerMinutes: 0, complex: complex)
            return BillingResult(month: try! YearMonth.parse("2026-10"), patientId: try! PatientID.validate("P0000000"), clinicalSeconds: total * 60,
                                 practitionerSeconds: 0, clinicalMinutes: total, practitionerMinutes: 0, totalMinutes: total, complex: complex,
                                 candidates: sets, recommended: CodeSetCalculator.recommend(sets), blockers: [], isBillable: true, codes: [],
                                 payment: 0, alternatives: [], consentDate: nil, countingEntryIDs: [], excluded: [])
        }
        #expect(NextThreshold.after(result(0), feeSchedule: schedule) == 20)
        #expect(NextThreshold.after(result(39), feeSchedule: schedule) == 40)
        #expect(NextThreshold.after(result(60), feeSchedule: schedule) == nil)
        // Complex: 99487 + 99489 x1 ($202.17) at 90 beats A's cap ($152.35).
        #expect(NextThreshold.after(result(60, complex: true), feeSchedule: schedule) == 90)
    }

    @Test func teamActivityCountsMinutesPatientsCallsAndRunningTimers() throws {
        let f = try ServicesFixture()
        let a = try f.patient()
        let b = try f.patient()
        let nurse = try f.session(f.nurse)
        try nurse.logTime(a, TimeRequest(span: .interval(start: f.date("2026-11-16T14:00:00Z"), end: f.date("2026-11-16T14:10:00Z")), activity: .call, note: "n"))
        try nurse.logTime(b, TimeRequest(span: .interval(start: f.date("2026-11-10T14:00:00Z"), end: f.date("2026-11-10T14:30:00Z")), activity: .call, note: "n"))
        try nurse.recordCall(a, result: .reached, callBackAt: nil, note: nil)
        try nurse.recordCall(b, result: .voicemail, callBackAt: nil, note: nil)
        try f.session(f.doctor, at: f.date("2026-11-16T16:50:00Z")).startTimer(a, activity: .call)
        let team = try f.session(f.boss).teamActivity()
        let n = try #require(team.first { $0.member.login == "nurse" })
        #expect(n.minutesToday == 10 && n.minutesThisMonth == 40 && n.patientsTouched == 2)
        #expect(n.callsAttempted == 2 && n.callsReached == 1 && n.timer == nil)
        let d = try #require(team.first { $0.member.login == "doctor" })
        #expect(d.timer?.patientId == a && d.timerSeconds == 600)
    }

    @Test func atRiskListsShortMinutesZeroMinutesNoConsentAndPlans() throws {
        let f = try ServicesFixture()
        let nurse = try f.session(f.nurse)
        let short = try f.patient()
        try nurse.recordConsent(short, date: LocalDate.parse("2026-11-02"), method: .verbal, notGiven: [], declined: false)
        try nurse.logTime(short, TimeRequest(span: .interval(start: f.date("2026-11-10T14:00:00Z"), end: f.date("2026-11-10T14:12:00Z")), activity: .call, note: "n"))
        let idle = try f.patient()
        try nurse.recordConsent(idle, date: LocalDate.parse("2026-11-02"), method: .verbal, notGiven: [], declined: false)
        let candidate = try f.patient()
        let risk = try f.session(f.boss).atRisk()
        #expect(risk.month == f.november && risk.daysLeft == 15)
        #expect(risk.needMinutes.map(\.patient.id) == [short] && risk.needMinutes[0].needed == 8)
        #expect(risk.zeroMinutes.map(\.id) == [idle])
        #expect(risk.noConsent.map(\.id) == [candidate])
        #expect(Set(risk.planNeverShared.map(\.id)) == [short, idle])
        #expect(risk.planReviewDue.map(\.reason) == ["no established care plan", "no established care plan"])
    }

    @Test(.enabled(if: !TestPostgres.fixturesOnPostgres, "damages a plan file of the file store"))
    func planReviewNamesTheEarliestOverdueUnmetGoalAndStalePlans() throws {
        let f = try ServicesFixture()
        let nurse = try f.session(f.nurse)
        func enrolled(planned goals: [Goal], by session: Session) throws -> PatientID {
            let id = try f.patient()
            try nurse.recordConsent(id, date: LocalDate.parse("2026-11-02"), method: .verbal, notGiven: [], declined: false)
            try session.changePlan(id, [.setElement(.problems, text: "Diabetes")] + goals.map { PlanChange.addGoal($0) })
            return id
        }
        func goal(_ id: Int, due: String, met: Bool = false) throws -> Goal {
            Goal(id: id, text: "Goal \(id)", target: "Target \(id)", due: try LocalDate.parse(due), met: met)
        }
        // Two unmet goals past due: the earlier one is named.
        let overdue = try enrolled(planned: [try goal(1, due: "2026-12-31"), try goal(2, due: "2026-10-01"),
                                             try goal(3, due: "2026-09-15")], by: nurse)
        // Past due but met, or due later (today is 2026-11-16 in New York): nothing to review.
        let met = try enrolled(planned: [try goal(1, due: "2026-12-31"), try goal(2, due: "2026-10-01", met: true)], by: nurse)
        let dueToday = try enrolled(planned: [try goal(1, due: "2026-11-16")], by: nurse)
        // A goal met later no longer counts; one marked unmet again does.
        let changed = try enrolled(planned: [try goal(1, due: "2026-10-01"), try goal(2, due: "2026-11-01")], by: nurse)
        try nurse.changePlan(changed, [.updateGoal(try goal(1, due: "2026-10-01", met: true))])
        // A discontinued goal is never overdue; a plan whose goals are all discontinued lacks one.
        let stopped = try enrolled(planned: [try goal(1, due: "2026-10-01"), try goal(2, due: "2026-12-31")], by: nurse)
        var first = try goal(1, due: "2026-10-01")
        first.status = .discontinued
        try nurse.changePlan(stopped, [.updateGoal(first)])
        let allStopped = try enrolled(planned: [try goal(1, due: "2026-12-31")], by: nurse)
        var only = try goal(1, due: "2026-12-31")
        only.status = .discontinued
        try nurse.changePlan(allStopped, [.updateGoal(only)])
        // Last saved more than a year ago: named for that, whatever its goals.
        let stale = try enrolled(planned: [try goal(1, due: "2025-10-01")], by: try f.session(f.nurse, at: f.date("2025-11-10T15:00:00Z")))
        let reasons = Dictionary(uniqueKeysWithValues: try f.session(f.boss).atRisk().planReviewDue.map { ($0.patient.id, $0.reason) })
        #expect(reasons[overdue] == "goal 3 was due 2026-09-15 and is not met")
        #expect(reasons[met] == nil && reasons[dueToday] == nil)
        #expect(reasons[changed] == "goal 2 was due 2026-11-01 and is not met")
        #expect(reasons[stale] == "last revised 2025-11-10, a year ago or more")
        #expect(reasons[stopped] == nil)
        #expect(reasons[allStopped]?.hasPrefix("no open or met measurable goal left (established ") == true)
        #expect(reasons.count == 4)

        // A damaged plan is refused by name, never read as a plan without goals.
        let file = f.root.appendingPathComponent("plans/\(overdue.rawValue).json")
        var bytes = try Data(contentsOf: file)
        bytes[bytes.count / 2] ^= 0x01
        try bytes.write(to: file)
        #expect {
            try f.session(f.boss).atRisk()
        } throws: { error in
            guard case StoreError.damaged(let name, _) = error else { return false }
            return name == "plans/\(overdue.rawValue).json"
        }
    }

    @Test func reassignMovesPatientsBetweenCareManagersAudited() throws {
        let f = try ServicesFixture()
        let a = try f.patient()
        let b = try f.patient()
        #expect(throws: StoreError.self) { try f.session(f.nurse).reassignPatients(from: "nurse", to: "boss") }
        #expect(try f.lastAudit().action == "patient.reassign" && f.lastAudit().outcome == .denied)
        let boss = try f.session(f.boss)
        #expect(throws: DomainError.self) { try boss.reassignPatients(from: "nurse", to: "ghost") }
        #expect(try boss.reassignPatients(from: "nurse", to: "boss", patients: [a]) == [a])
        #expect(throws: DomainError.self) { try boss.reassignPatients(from: "nurse", to: "boss", patients: [a]) }
        #expect(try boss.reassignPatients(from: "nurse", to: "doctor") == [b])
        #expect(try f.store.patient(a).careManager == "boss" && f.store.patient(b).careManager == "doctor")
        let last = try f.lastAudit()
        #expect(last.action == "patient.reassign" && last.outcome == .ok && last.summary.contains("from nurse to doctor"))
        #expect(throws: DomainError.self) { try boss.reassignPatients(from: "nurse", to: "boss") }
    }
}
