import Foundation
import Testing
import TendTestSupport
@testable import TendDomain

/// A stay of the ready patient, with what was recorded of its transition.
func stay(_ admit: String, _ discharge: String, id: String = "S0000000001", contact: String? = nil, visit: String? = nil,
          complexity: DecisionComplexity? = nil, closed: String? = nil, contactEntry: String? = nil) -> InpatientStay {
    try! InpatientStay(id: id, kind: .hospital, admit: Fixtures.date(admit), discharge: Fixtures.date(discharge),
                       source: "manual", recordedBy: "nurse1", recordedAt: Fixtures.instant("\(discharge)T20:00:00Z"),
                       transition: CareTransition(contactDate: contact.map(Fixtures.date),
                                                  contactEntry: contactEntry.map { try! EntryID.validate($0) },
                                                  visitDate: visit.map(Fixtures.date), complexity: complexity,
                                                  practitioner: visit == nil ? nil : "drlee", closedReason: closed))
}

@Suite("Care transitions: deadlines and TCM")
struct TransitionRulesTests {
    typealias F = Fixtures

    func judge(_ stays: [InpatientStay], today: String, programs: [ProgramEnrollment]? = nil) -> [TransitionStatus] {
        var patient = F.readyPatient()
        patient.stays = stays
        patient.programs = programs
        return TransitionRules.evaluate(patient, today: F.date(today))
    }

    @Test func aFridayDischargeHasItsContactDueOnTuesday() {
        // 2026-12-04 is a Friday: Monday 7 and Tuesday 8 are the two business days.
        let status = judge([stay("2026-12-01", "2026-12-04")], today: "2026-12-05")[0]
        #expect(status.deadlines.contact == F.date("2026-12-08"))
        #expect(status.contact == .due(by: F.date("2026-12-08")))
        #expect(status.openDeadline?.reason == "TCM contact due Tue 8 Dec")
        #expect(status.outcome == .pending)
    }

    @Test func federalHolidaysAreNotBusinessDays() {
        // Thanksgiving 2026 is Thursday 26 November; Christmas 2026 a Friday.
        #expect(BusinessDays.adding(2, after: F.date("2026-11-25")) == F.date("2026-11-30"))
        #expect(BusinessDays.adding(2, after: F.date("2026-12-24")) == F.date("2026-12-29"))
        // Observed days: 4 July 2026 (Saturday) on Friday 3 July; 1 January 2028 (Saturday) on 31 December 2027.
        #expect(FederalHolidays.isObserved(F.date("2026-07-03")))
        #expect(!FederalHolidays.isObserved(F.date("2026-07-06")))
        #expect(FederalHolidays.isObserved(F.date("2027-12-31")))
        #expect(BusinessDays.adding(2, after: F.date("2026-01-16")) == F.date("2026-01-21"))  // MLK day Monday 19 January
        // A Wednesday discharge in an ordinary week: Friday.
        #expect(BusinessDays.adding(2, after: F.date("2026-03-04")) == F.date("2026-03-06"))
    }

    @Test func highComplexityWithinSevenDaysEarns99496() {
        // Discharge Monday 2 November 2026; contact the next day.
        let status = judge([stay("2026-10-28", "2026-11-02", contact: "2026-11-03", visit: "2026-11-09", complexity: .high)],
                           today: "2026-11-20")[0]
        #expect(status.outcome == .earned(code: .c99496, month: F.month("2026-11"), practitioner: "drlee"))
        #expect(status.deadlines.highVisit == F.date("2026-11-09"))
        #expect(status.deadlines.moderateVisit == F.date("2026-11-16"))
        #expect(status.deadlines.periodEnd == F.date("2026-12-01"))
    }

    @Test func aHighVisitOnDayEightEarns99495AndModerateNeverEarns99496() {
        let late = judge([stay("2026-10-28", "2026-11-02", contact: "2026-11-03", visit: "2026-11-10", complexity: .high)], today: "2026-11-20")[0]
        #expect(late.code == .c99495)
        let moderate = judge([stay("2026-10-28", "2026-11-02", contact: "2026-11-03", visit: "2026-11-05", complexity: .moderate)], today: "2026-11-20")[0]
        #expect(moderate.code == .c99495)
        let dayFourteen = judge([stay("2026-10-28", "2026-11-02", contact: "2026-11-04", visit: "2026-11-16", complexity: .moderate)], today: "2026-11-20")[0]
        #expect(dayFourteen.code == .c99495)
    }

    @Test func aVisitAfterFourteenDaysEarnsNothing() {
        let status = judge([stay("2026-10-28", "2026-11-02", contact: "2026-11-03", visit: "2026-11-17", complexity: .high)], today: "2026-11-20")[0]
        #expect(status.code == nil)
        guard case .notEarned(let why) = status.outcome else { Issue.record("expected not earned"); return }
        #expect(why.contains("2026-11-16"))
    }

    @Test func aLateOrMissingContactEarnsNothing() {
        // Contact due Wednesday 4 November; made Thursday 5.
        let late = judge([stay("2026-10-28", "2026-11-02", contact: "2026-11-05", visit: "2026-11-06", complexity: .high)], today: "2026-11-20")[0]
        #expect(late.contact == .made(on: F.date("2026-11-05"), inTime: false))
        #expect(late.code == nil)
        let missing = judge([stay("2026-10-28", "2026-11-02")], today: "2026-11-05")[0]
        #expect(missing.contact == .overdue(was: F.date("2026-11-04")))
        #expect(missing.openDeadline == nil)
        #expect(missing.state == "TCM not earned")
    }

    @Test func afterTheContactTheVisitIsTheOpenDeadlineFirstSevenThenFourteenDays() {
        let s = [stay("2026-10-28", "2026-11-02", contact: "2026-11-03")]
        #expect(judge(s, today: "2026-11-04")[0].openDeadline == TransitionDeadline(step: "visit", due: F.date("2026-11-09")))
        #expect(judge(s, today: "2026-11-10")[0].openDeadline == TransitionDeadline(step: "visit", due: F.date("2026-11-16")))
        #expect(judge(s, today: "2026-11-17")[0].visit == .overdue(was: F.date("2026-11-16")))
    }

    @Test func anAPCMMonthBundlesTCM() {
        let apcm = [ProgramEnrollment(program: .apcm, from: F.month("2026-11"), by: "admin", recordedAt: F.instant("2026-10-20T12:00:00Z"))]
        let s = [stay("2026-10-28", "2026-11-02", contact: "2026-11-03", visit: "2026-11-05", complexity: .high)]
        let status = judge(s, today: "2026-11-20", programs: apcm)[0]
        #expect(status.code == nil)
        guard case .notEarned(let why) = status.outcome else { Issue.record("expected not earned"); return }
        #expect(why.contains("APCM"))
        // The same transition earns it while the patient is CCM.
        #expect(judge(s, today: "2026-11-20")[0].code == .c99496)
    }

    @Test func oneTCMPerThirtyDays() {
        let first = stay("2026-10-28", "2026-11-02", id: "S0000000001", contact: "2026-11-03", visit: "2026-11-05", complexity: .high)
        let second = stay("2026-11-10", "2026-11-12", id: "S0000000002", contact: "2026-11-13", visit: "2026-11-16", complexity: .high)
        let judged = judge([second, first], today: "2026-11-20")
        #expect(judged.map(\.stay.id) == ["S0000000001", "S0000000002"])
        #expect(judged[0].code == .c99496)
        #expect(judged[1].code == nil)
    }

    @Test func aClosedTransitionHasNoDeadline() {
        let status = judge([stay("2026-12-01", "2026-12-04", closed: "readmitted")], today: "2026-12-05")[0]
        #expect(status.outcome == .closed("readmitted"))
        #expect(status.openDeadline == nil)
    }
}

@Suite("Stays: what is refused")
struct StayRulesTests {
    typealias F = Fixtures

    @Test func aFutureDischargeIsRefused() {
        #expect(throws: DomainError.self) {
            try StayRules.checkNew(stay("2026-12-01", "2026-12-06"), today: F.date("2026-12-05"), existing: [])
        }
        #expect(throws: Never.self) {
            try StayRules.checkNew(stay("2026-12-01", "2026-12-05"), today: F.date("2026-12-05"), existing: [])
        }
    }

    @Test func overlappingStaysAreRefusedAndAdjacentOnesAreNot() {
        let existing = [stay("2026-11-01", "2026-11-05", id: "S0000000009")]
        #expect(throws: DomainError.self) {
            try StayRules.checkNew(stay("2026-11-05", "2026-11-07"), today: F.date("2026-12-05"), existing: existing)
        }
        #expect(throws: DomainError.self) {
            try StayRules.checkNew(stay("2026-10-20", "2026-11-20"), today: F.date("2026-12-05"), existing: existing)
        }
        #expect(throws: Never.self) {
            try StayRules.checkNew(stay("2026-11-06", "2026-11-07"), today: F.date("2026-12-05"), existing: existing)
        }
    }

    @Test func aDischargeBeforeAdmissionIsRefused() {
        #expect(throws: DomainError.self) {
            _ = try InpatientStay(id: "S1", kind: .snf, admit: F.date("2026-11-05"), discharge: F.date("2026-11-04"),
                                  recordedBy: "nurse1", recordedAt: Date())
        }
    }

    @Test func contactAndVisitBeforeDischargeOrInTheFutureAreRefused() {
        let s = stay("2026-11-01", "2026-11-05")
        #expect(throws: DomainError.self) { try StayRules.checkContact(F.date("2026-11-04"), stay: s, today: F.date("2026-11-10")) }
        #expect(throws: DomainError.self) { try StayRules.checkContact(F.date("2026-11-11"), stay: s, today: F.date("2026-11-10")) }
        #expect(throws: DomainError.self) { try StayRules.checkVisit(F.date("2026-11-04"), stay: s, today: F.date("2026-11-10")) }
        #expect(throws: Never.self) { try StayRules.checkVisit(F.date("2026-11-05"), stay: s, today: F.date("2026-11-10")) }
        let closed = stay("2026-11-01", "2026-11-05", closed: "died")
        #expect(throws: DomainError.self) { try StayRules.checkContact(F.date("2026-11-06"), stay: closed, today: F.date("2026-11-10")) }
    }

    @Test func anEarnedTransitionCannotBeClosed() {
        var patient = F.readyPatient()
        patient.stays = [stay("2026-10-28", "2026-11-02", contact: "2026-11-03", visit: "2026-11-05", complexity: .high)]
        let status = TransitionRules.evaluate(patient, today: F.date("2026-11-20"))[0]
        #expect(throws: DomainError.self) { try StayRules.checkClose("moved away", status: status) }
    }
}

@Suite("Stays: time during a stay and the TCM contact")
struct StayTimeTests {
    typealias F = Fixtures

    func facts(_ month: String, _ entries: [TimeEntry], stays: [InpatientStay]) -> PatientMonthFacts {
        var patient = F.readyPatient()
        patient.stays = stays
        return PatientMonthFacts(month: F.month(month), timeZone: F.newYork, patient: patient,
                                 eligibility: Eligibility.evaluate(patient.conditions, table: F.table),
                                 entries: entries, flags: nil)
    }

    @Test func aStayOverAMonthEndExcludesItsDaysInBothMonths() {
        let s = [stay("2026-03-30", "2026-04-02")]
        let march = [F.entry("2026-03-10T14:00:00Z", minutes: 15), F.entry("2026-03-31T14:00:00Z", minutes: 10)]
        let april = [F.entry("2026-04-02T23:00:00Z", minutes: 7),   // 19:00 local on the discharge day
                     F.entry("2026-04-03T14:00:00Z", minutes: 12)]
        let m = F.engine.evaluate(facts("2026-03", march, stays: s))
        #expect(m.clinicalMinutes == 15)
        #expect(m.excluded == [ExcludedEntry(entryID: march[1].id, reason: .inpatient, seconds: 600)])
        let a = F.engine.evaluate(facts("2026-04", april, stays: s))
        #expect(a.clinicalMinutes == 12)
        #expect(a.excluded == [ExcludedEntry(entryID: april[0].id, reason: .inpatient, seconds: 420)])
        // The time stays visible with its reason.
        let verdicts = EntryCounting.verdicts(facts("2026-04", april, stays: s), result: a, state: .init())
        #expect(verdicts[0].problems.map(\.reason) == [.inpatient])
        #expect(verdicts[0].notCountedSeconds == 420)
        #expect(verdicts[1].problems.isEmpty)
        #expect(EntryCounting.notCounted(facts("2026-04", april, stays: s), result: a, state: .init()).seconds == 420)
    }

    @Test func theEntryNamedAsTheTCMContactCountsOnlyOnce() {
        let call = F.entry("2026-03-04T15:00:00Z", minutes: 9, id: "TFX99999901")
        let other = F.entry("2026-03-10T15:00:00Z", minutes: 21)
        let s = [stay("2026-02-25", "2026-03-02", contact: "2026-03-04", contactEntry: "TFX99999901")]
        let result = F.engine.evaluate(facts("2026-03", [call, other], stays: s))
        #expect(result.clinicalMinutes == 21)
        #expect(result.excluded == [ExcludedEntry(entryID: call.id, reason: .tcmContact, seconds: 540)])
        let verdicts = EntryCounting.verdicts(facts("2026-03", [call, other], stays: s), result: result, state: .init())
        #expect(verdicts[0].problems.map(\.reason) == [.tcmContact])
        // Without the link the same entry counts toward CCM.
        let unlinked = F.engine.evaluate(facts("2026-03", [call, other], stays: [stay("2026-02-25", "2026-03-02", contact: "2026-03-04")]))
        #expect(unlinked.clinicalMinutes == 30)
    }
}
