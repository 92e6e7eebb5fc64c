import Foundation
import Testing
import TendDomain
import TendStore
@testable import TendServices
import TendTestSupport

@Suite struct CallServiceTests {
    let nurse = Account(uid: 1001, login: "nurse1")
    let now = FixedInstant.parse("2026-03-10T15:00:00-04:00")

    func setup(_ dir: TempDirectory) throws -> (Session, PatientID, PatientID, PatientID) {
        let store = try StoreSetup.create(at: dir.url, practice: "Test", timeZone: "America/New_York", account: nurse,
                                          name: "Nurse One", credential: .RN, now: now.addingTimeInterval(-86400 * 60),
                                          extraRoles: [.nurse])
        let session = try Session(store: store, account: nurse, clock: .fixed(now))
        try session.addStaff(login: "nurse2", name: "Nurse Two", credential: .RN, roles: [.nurse], npi: nil)
        let mine = try session.addPatient(PatientDraft(name: "Rivera, Ana", dateOfBirth: "1950-06-15", conditions: ["E11.9", "I10"],
                                                       careManager: "nurse1", lastVisit: "2026-01-02", callWindow: "mon-fri 9-17"))
        let theirs = try session.addPatient(PatientDraft(name: "Baker, Bo", dateOfBirth: "1950-06-15", conditions: ["E11.9", "I10"],
                                                         careManager: "nurse2", lastVisit: "2026-01-02"))
        let candidate = try session.addPatient(PatientDraft(name: "Cole, Cy", dateOfBirth: "1950-06-15", conditions: ["E11.9", "I10"],
                                                            careManager: "nurse1"))
        for id in [mine, theirs] {
            try session.recordConsent(id, date: try LocalDate.parse("2026-03-10"), method: .verbal, notGiven: [], declined: false)
        }
        try session.logTime(mine, TimeRequest(span: .minutes(12, on: nil), activity: .call, note: "call"))
        return (session, mine, theirs, candidate)
    }

    @Test func recordAndRank() throws {
        let dir = TempDirectory("calls")
        let (session, mine, theirs, candidate) = try setup(dir)
        let list = try session.callList(allPatients: false)
        #expect(list.map(\.patient.id) == [mine])
        #expect(list[0].totalMinutes == 12 && list[0].minutesToNext == 8 && list[0].daysLeft == 22)
        #expect(list[0].inCallWindow == true)
        #expect(try session.callList(allPatients: true).map(\.patient.id) == [theirs, mine])
        #expect(try session.enrollmentCandidates().map(\.id) == [candidate])

        let attempt = try session.recordCall(mine, result: .callBack, callBackAt: FixedInstant.parse("2026-03-10T16:00:00-04:00"), note: " after lunch ")
        #expect(attempt.note == "after lunch" && attempt.staff == "nurse1" && attempt.at == now)
        let pending = try session.callList(allPatients: false)
        #expect(pending[0].callBackDue == FixedInstant.parse("2026-03-10T16:00:00-04:00") && !pending[0].isCallBackDue)
        let later = try Session(store: session.store, account: nurse, clock: .fixed(FixedInstant.parse("2026-03-10T16:05:00-04:00")))
        let all = try later.callList(allPatients: true)
        #expect(all.map(\.patient.id) == [mine, theirs])
        #expect(all[0].isCallBackDue && all[0].reasons.first == "call-back due 16:00")
        #expect(try session.callAttempts(month: try YearMonth.parse("2026-03")) == [attempt])
        let audit = try session.store.auditRecords().last
        #expect(audit?.action == "call.record" && audit?.patient == mine.rawValue)
        #expect(audit?.summary.contains("call back") == true)
        #expect(try session.store.verifyAudit().isIntact)
    }

    @Test func refusals() throws {
        let dir = TempDirectory("calls")
        let (session, mine, _, _) = try setup(dir)
        #expect(throws: DomainError("a call-back needs the time to call back")) {
            try session.recordCall(mine, result: .callBack, callBackAt: nil, note: nil)
        }
        #expect(throws: DomainError("the call-back time must be in the future")) {
            try session.recordCall(mine, result: .callBack, callBackAt: FixedInstant.parse("2026-03-10T14:00:00-04:00"), note: nil)
        }
        #expect(throws: DomainError.self) { try session.recordCall(mine, result: .reached, callBackAt: nil, note: "x\u{1B}[2J") }
        #expect(throws: StoreError.self) { try session.recordCall(try PatientID.validate("P0000009"), result: .reached, callBackAt: nil, note: nil) }
        let stranger = try Session(store: session.store, account: Account(uid: 7, login: "mallory"), clock: .fixed(now))
        #expect(throws: StoreError.self) { try stranger.recordCall(mine, result: .reached, callBackAt: nil, note: nil) }
        #expect(throws: StoreError.self) { try stranger.callList(allPatients: true) }
        #expect(try session.callAttempts(month: try YearMonth.parse("2026-03")).isEmpty)
    }

    @Test func callBackFromLastMonthShows() throws {
        let dir = TempDirectory("calls")
        let (session, mine, _, _) = try setup(dir)
        let feb = try Session(store: session.store, account: nurse, clock: .fixed(FixedInstant.parse("2026-02-27T16:00:00-05:00")))
        try feb.recordCall(mine, result: .callBack, callBackAt: FixedInstant.parse("2026-03-02T10:00:00-05:00"), note: nil)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.url.appendingPathComponent("calls").path).sorted() == ["2026-02"])
        let list = try session.callList(allPatients: false)
        #expect(list[0].isCallBackDue)
    }
}
