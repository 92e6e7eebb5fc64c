import Foundation
import Testing
import TendTestSupport
@testable import TendDomain

@Suite("Call list: ordering")
struct CallListOrderTests {
    typealias F = CallFixtures

    @Test func mostMinutesNeededPerDayFirstAndSixtyReachedLast() {
        let patients = [F.patient(1, "Adams, Al"), F.patient(2, "Baker, Bo"), F.patient(3, "Cole, Cy"), F.patient(4, "Dunn, Di")]
        let entries = [F.minutes(65, for: 1), F.minutes(15, for: 2), F.minutes(39, for: 3), F.minutes(2, for: 4)]
        // Adams done (60+); Baker needs 5; Cole needs 1; Dunn needs 18.
        #expect(F.names(F.rank(patients, entries: entries)) == ["Dunn", "Baker", "Cole", "Adams"])
    }

    @Test func zeroMinutePatientsComeFirstAmongEquals() {
        // Both need 20 minutes (one to reach 20, one to reach 40): the one at zero goes first.
        let patients = [F.patient(1, "Adams, Al"), F.patient(2, "Zeta, Zoe")]
        let list = F.rank(patients, entries: [F.minutes(20, for: 1)])
        #expect(F.names(list) == ["Zeta", "Adams"])
        #expect(list[0].reasons.contains("0 min this month"))
        #expect(!list[1].reasons.contains("0 min this month"))
    }

    @Test func equalsWithoutAnyOtherDifferenceGoByName() {
        let patients = [F.patient(2, "Baker, Bo"), F.patient(1, "Adams, Al"), F.patient(3, "Adams, Al")]
        let list = F.rank(patients)
        #expect(list.map(\.patient.id) == [F.id(1), F.id(3), F.id(2)])
    }

    @Test func patientsInTheirCallWindowComeBeforeOthersAmongEquals() {
        // Now is Tuesday 15:00 local.
        let patients = [
            F.patient(1, "Adams, Al", window: "mon,wed 9-17"),  // wrong day
            F.patient(2, "Baker, Bo"),                         // no window
            F.patient(3, "Cole, Cy", window: "mon-fri 15-17"), // opens at 15:00
            F.patient(4, "Dunn, Di", window: "tue 9-15"),      // closed at 15:00
        ]
        let list = F.rank(patients)
        #expect(F.names(list) == ["Cole", "Adams", "Baker", "Dunn"])
        #expect(list.map(\.inCallWindow) == [true, false, nil, false])
        #expect(list[0].reasons.contains("in call window"))
        #expect(list[1].reasons.contains("outside call window (mon,wed 9-17)"))
    }

    @Test func callWindowDoesNotOutrankUrgency() {
        let patients = [F.patient(1, "Adams, Al", window: "tue 9-17"), F.patient(2, "Baker, Bo", window: "mon 9-17")]
        #expect(F.names(F.rank(patients, entries: [F.minutes(10, for: 1)])) == ["Baker", "Adams"])
    }

    @Test func callWindowUsesThePracticeTimeZone() throws {
        // 20:30 UTC on Tuesday is 16:30 in New York: inside 9-17 there, outside in UTC.
        let line = try #require(CallListRanking.rank(
            patients: [F.patient(1, "Adams, Al", window: "tue 9-17")], entries: [], attempts: [], careManager: nil,
            month: F.month, now: Fixtures.instant("2026-03-10T20:30:00Z"), timeZone: F.zone).first)
        #expect(line.inCallWindow == true)
        let utc = try #require(CallListRanking.rank(
            patients: [F.patient(1, "Adams, Al", window: "tue 9-17")], entries: [], attempts: [], careManager: nil,
            month: F.month, now: Fixtures.instant("2026-03-10T20:30:00Z"), timeZone: Fixtures.utc).first)
        #expect(utc.inCallWindow == false)
    }

    @Test func onlyEnrolledPatientsAreListed() {
        let patients = [
            F.patient(1, "Adams, Al"), F.patient(2, "Baker, Bo", status: .candidate),
            F.patient(3, "Cole, Cy", status: .declined), F.patient(4, "Dunn, Di", status: .disenrolled),
        ]
        #expect(F.names(F.rank(patients)) == ["Adams"])
    }

    @Test func onlyMyPatientsUnlessEveryoneIsAskedFor() {
        let patients = [F.patient(1, "Adams, Al"), F.patient(2, "Baker, Bo", careManager: "nurse2"),
                        F.patient(3, "Cole, Cy", careManager: nil)]
        #expect(F.names(F.rank(patients)) == ["Adams"])
        #expect(F.names(F.rank(patients, careManager: "nurse2")) == ["Baker"])
        #expect(F.names(F.rank(patients, careManager: nil)) == ["Adams", "Baker", "Cole"])
    }

    @Test func latestEnrollmentChangeDecides() {
        var back = F.patient(1, "Adams, Al", status: .disenrolled)
        back.enrollment.append(EnrollmentChange(status: .enrolled, date: Fixtures.date("2026-02-01"), by: "nurse1"))
        var left = F.patient(2, "Baker, Bo")
        left.enrollment.append(EnrollmentChange(status: .disenrolled, date: Fixtures.date("2026-03-01"), by: "nurse1"))
        #expect(F.names(F.rank([back, left])) == ["Adams"])
    }

    @Test func emptyInputGivesAnEmptyList() {
        #expect(F.rank([]).isEmpty)
    }
}

@Suite("Call list: care transitions first")
struct CallListTransitionTests {
    typealias F = CallFixtures

    @Test func aPatientWithAnOpenTransitionDeadlineComesFirstWithTheReason() {
        // Now is Tuesday 10 March 2026; Cole was discharged Monday 9 March: contact due Wednesday 11.
        var cole = F.patient(3, "Cole, Cy")
        cole.stays = [stay("2026-03-05", "2026-03-09")]
        var dunn = F.patient(4, "Dunn, Di")
        dunn.stays = [stay("2026-02-01", "2026-02-03", closed: "readmitted elsewhere")]
        let list = F.rank([F.patient(1, "Adams, Al"), cole, dunn], entries: [F.minutes(19, for: 3)])
        #expect(F.names(list).first == "Cole")
        #expect(list[0].reasons.first == "TCM contact due Wed 11 Mar")
        #expect(list.first { $0.patient.name.family == "Dunn" }?.transitionDue == nil)
    }
}
