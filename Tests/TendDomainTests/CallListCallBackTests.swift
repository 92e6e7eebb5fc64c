import Foundation
import Testing
import TendTestSupport
@testable import TendDomain

@Suite("Call list: call-backs and attempts")
struct CallListCallBackTests {
    typealias F = CallFixtures

    /// Adams needs 18 min, Baker 5, Cole has reached 60.
    let patients = [F.patient(1, "Adams, Al"), F.patient(2, "Baker, Bo"), F.patient(3, "Cole, Cy")]
    let entries = [F.minutes(2, for: 1), F.minutes(15, for: 2), F.minutes(70, for: 3)]

    @Test func aDueCallBackGoesFirstEvenWhenNoMinutesAreNeeded() throws {
        let attempts = [F.attempt(3, .callBack, at: "2026-03-10T09:00:00-04:00", callBackAt: "2026-03-10T14:00:00-04:00")]
        let list = F.rank(patients, entries: entries, attempts: attempts)
        #expect(F.names(list) == ["Cole", "Adams", "Baker"])
        #expect(list[0].isCallBackDue)
        #expect(list[0].callBackDue == Fixtures.instant("2026-03-10T14:00:00-04:00"))
        #expect(list[0].reasons.first == "call-back due 14:00")
    }

    @Test func aCallBackNotYetDueDoesNotBoostUntilItIsDue() throws {
        let attempts = [F.attempt(3, .callBack, at: "2026-03-10T09:00:00-04:00", callBackAt: "2026-03-10T16:00:00-04:00")]
        let before = F.rank(patients, entries: entries, attempts: attempts)
        #expect(F.names(before) == ["Adams", "Baker", "Cole"])
        #expect(before[2].callBackDue != nil && !before[2].isCallBackDue)
        #expect(before[2].reasons.first == "call back at 16:00")
        let atDue = F.rank(patients, entries: entries, attempts: attempts, now: Fixtures.instant("2026-03-10T16:00:00-04:00"))
        #expect(F.names(atDue) == ["Cole", "Adams", "Baker"])
        #expect(atDue[0].isCallBackDue)
    }

    @Test func dueCallBacksGoEarliestFirst() {
        let attempts = [
            F.attempt(2, .callBack, at: "2026-03-09T10:00:00-04:00", callBackAt: "2026-03-10T11:00:00-04:00"),
            F.attempt(3, .callBack, at: "2026-03-09T10:00:00-04:00", callBackAt: "2026-03-10T09:30:00-04:00"),
        ]
        let list = F.rank(patients, entries: entries, attempts: attempts)
        #expect(F.names(list) == ["Cole", "Baker", "Adams"])
        #expect(list[0].reasons.first == "call-back due 09:30")
    }

    @Test func aLaterCallSupersedesTheCallBack() throws {
        let attempts = [
            F.attempt(3, .callBack, at: "2026-03-09T10:00:00-04:00", callBackAt: "2026-03-10T09:00:00-04:00"),
            F.attempt(3, .voicemail, at: "2026-03-10T09:05:00-04:00"),
        ]
        let list = F.rank(patients, entries: entries, attempts: attempts.reversed())
        #expect(F.names(list) == ["Adams", "Baker", "Cole"])
        #expect(list[2].callBackDue == nil && !list[2].isCallBackDue)
        #expect(list[2].lastAttempt?.result == .voicemail)
        #expect(list[2].reasons.contains("last call: voicemail 09:05"))
    }

    @Test func aNewerCallBackReplacesAnOlderOne() throws {
        let attempts = [
            F.attempt(3, .callBack, at: "2026-03-09T10:00:00-04:00", callBackAt: "2026-03-10T09:00:00-04:00"),
            F.attempt(3, .callBack, at: "2026-03-10T09:02:00-04:00", callBackAt: "2026-03-12T10:00:00-04:00"),
        ]
        let line = try #require(F.rank(patients, entries: entries, attempts: attempts).last)
        #expect(line.patient.name.family == "Cole")
        #expect(line.callBackDue == Fixtures.instant("2026-03-12T10:00:00-04:00"))
        #expect(!line.isCallBackDue)
        #expect(line.reasons.first == "call back at 2026-03-12 10:00")
    }

    @Test func aCallBackFromLastMonthStillCounts() throws {
        let attempts = [F.attempt(1, .callBack, at: "2026-02-27T16:00:00-05:00", callBackAt: "2026-03-02T10:00:00-05:00")]
        let list = F.rank(patients, entries: entries, attempts: attempts)
        #expect(list[0].patient.name.family == "Adams" && list[0].isCallBackDue)
        #expect(list[0].reasons.first == "call-back due 2026-03-02 10:00")
    }

    @Test func otherPatientsAttemptsAreIgnored() throws {
        let attempts = [F.attempt(9, .callBack, at: "2026-03-09T10:00:00-04:00", callBackAt: "2026-03-10T09:00:00-04:00")]
        let list = F.rank(patients, entries: entries, attempts: attempts)
        #expect(list.allSatisfy { $0.callBackDue == nil && $0.lastAttempt == nil })
    }

    @Test func lastAttemptIsTheLatestWhateverTheOrderGiven() {
        let attempts = [
            F.attempt(1, .reached, at: "2026-03-05T10:00:00-05:00"),
            F.attempt(1, .noAnswer, at: "2026-03-09T10:00:00-04:00"),
            F.attempt(1, .wrongNumber, at: "2026-03-07T10:00:00-05:00"),
        ]
        let history = CallHistory(attempts)
        #expect(history.lastAttempt?.result == .noAnswer)
        #expect(history.callBackDue == nil)
        #expect(CallHistory([]).lastAttempt == nil)
    }

    @Test func sameInstantAttemptsAreOrderedById() {
        let attempts = [
            F.attempt(1, .callBack, at: "2026-03-09T10:00:00-04:00", callBackAt: "2026-03-10T10:00:00-04:00", id: "CB"),
            F.attempt(1, .reached, at: "2026-03-09T10:00:00-04:00", id: "CA"),
        ]
        #expect(CallHistory(attempts).callBackDue == Fixtures.instant("2026-03-10T10:00:00-04:00"))
        #expect(CallHistory(attempts.reversed()).lastAttempt?.id == "CB")
    }
}
