import Foundation
import Testing
@testable import TendServices
import TendDomain
import TendStore
import TendTestSupport

@Suite struct TimeReviewTests {
    @Test func correctingAnEntryKeepsTheOriginalVisibleAndChained() throws {
        let f = try ServicesFixture()
        let id = try f.patient()
        let nurse = try f.session(f.nurse)
        let entry = try nurse.logTime(id, TimeRequest(span: .interval(start: f.date("2026-11-10T15:00:00Z"), end: f.date("2026-11-10T15:20:00Z")),
                                                      activity: .call, note: "Called"))[0]
        #expect(throws: DomainError.self) { try nurse.voidEntry(entry.id, reason: "  ") }
        let fixed = try nurse.correctEntry(entry.id, start: f.date("2026-11-10T15:00:00Z"), end: f.date("2026-11-10T15:12:00Z"),
                                           note: nil, reason: "call ended at 10:12")
        #expect(fixed.count == 1 && fixed[0].corrects == entry.id && fixed[0].seconds == 720 && fixed[0].note == "Called")
        let all = try f.store.timeEntries(month: f.november)
        let old = try #require(all.first { $0.id == entry.id })
        #expect(old.isVoided && old.correctedBy == fixed[0].id)
        if case .voided(let reason, let by, _) = old.status {
            #expect(reason.contains("call ended at 10:12") && by == "nurse")
        }
        #expect(throws: DomainError.self) { try nurse.correctEntry(entry.id, start: f.date("2026-11-10T15:00:00Z"), end: f.date("2026-11-10T15:05:00Z"), note: nil, reason: "again") }
        let review = try f.session(f.boss).timeReview(f.november)
        #expect(review.voided.map(\.id) == [entry.id] && review.corrections.map(\.id) == [fixed[0].id])
        #expect(try f.store.auditRecords().last?.action == "time.correct")
    }

    @Test func aNurseMayNotEditAnotherStaffMembersEntries() throws {
        let f = try ServicesFixture()
        let id = try f.patient()
        let doctorEntry = try f.session(f.doctor).logTime(id, TimeRequest(span: .interval(start: f.date("2026-11-10T15:00:00Z"), end: f.date("2026-11-10T15:20:00Z")),
                                                                          activity: .call, note: "Called"))[0]
        #expect(throws: StoreError.self) { try f.session(f.nurse).voidEntry(doctorEntry.id, reason: "dup") }
        var last = try f.store.auditRecords().last!
        #expect(last.outcome == .denied && last.action == "time.void" && last.login == "nurse" && last.summary.contains("doctor's time"))
        #expect(throws: StoreError.self) {
            try f.session(f.nurse).correctEntry(doctorEntry.id, start: f.date("2026-11-10T15:00:00Z"), end: f.date("2026-11-10T15:10:00Z"), note: nil, reason: "r")
        }
        last = try f.store.auditRecords().last!
        #expect(last.outcome == .denied && last.action == "time.correct")
        let voided = try f.session(f.boss).voidEntry(doctorEntry.id, reason: "duplicate of the paper log")
        #expect(voided.isVoided)
        #expect(throws: DomainError.self) { try f.session(f.boss).voidEntry(doctorEntry.id, reason: "again") }
    }

    @Test(.enabled(if: !TestPostgres.fixturesOnPostgres, "plants overlapping entries, which the database refuses (PostgresConstraintTests)"))
    func overlapsOfOneStaffMemberAreListedForDecision() throws {
        let f = try ServicesFixture()
        let id = try f.patient()
        let a = try TimeEntry(id: EntryID.validate("T0000000001"), patientId: id, staff: "nurse", credential: .RN,
                          start: f.date("2026-11-10T15:00:00Z"), end: f.date("2026-11-10T15:20:00Z"), activity: .call,
                          note: "a", conditions: [ICD10Code(validating: "I10")], source: .stopwatch, recordedBy: "nurse", recordedAt: f.now)
        var b = a
        b.id = try EntryID.validate("T0000000002")
        b.start = f.date("2026-11-10T15:15:00Z")
        b.end = f.date("2026-11-10T15:30:00Z")
        var c = a   // another staff member at the same time is fine
        c.id = try EntryID.validate("T0000000003")
        c.staff = "boss"
        try f.store.write(f.admin, action: "test.import", at: f.now) { change in
            try change.put(StaffMonthLog(staff: "nurse", month: f.november, version: 1, entries: [a, b]))
            try change.put(StaffMonthLog(staff: "boss", month: f.november, version: 1, entries: [c]))
        }
        #expect(throws: StoreError.self) { try f.session(f.nurse).timeReview(f.november) }
        let review = try f.session(f.boss).timeReview(f.november)
        #expect(review.overlaps.count == 1)
        #expect(review.overlaps[0].first.id == a.id && review.overlaps[0].second.id == b.id && review.overlaps[0].overlapSeconds == 300)
        try f.session(f.boss).voidEntry(b.id, reason: "double counted with T0000000001")
        #expect(try f.session(f.boss).timeReview(f.november).overlaps.isEmpty)
    }
}
