import Foundation
import Testing
import TendTestSupport
@testable import TendDomain

@Suite("Time entry rules")
struct TimeEntryRulesTests {
    let now = Fixtures.instant("2026-04-02T12:00:00Z")

    func draft(start: String, end: String, note: String = "Reviewed glucose log", conditions: [String] = ["E11.9"],
               credential: Credential = .RN) -> TimeEntryDraft {
        TimeEntryDraft(patient: Fixtures.readyPatient(), staff: "nurse1", credential: credential,
                       start: Fixtures.instant(start), end: Fixtures.instant(end), activity: .call, note: note,
                       conditions: conditions.map(Fixtures.code), source: .stopwatch, recordedBy: "nurse1")
    }

    func make(_ draft: TimeEntryDraft) throws -> [TimeEntry] {
        try TimeEntryRules.makeEntries(draft, now: now, timeZone: Fixtures.newYork)
    }

    @Test func plainEntry() throws {
        let entries = try make(draft(start: "2026-03-10T14:00:00Z", end: "2026-03-10T14:20:00Z"))
        #expect(entries.count == 1)
        #expect(entries[0].seconds == 1200)
        #expect(entries[0].splitGroup == nil)
        #expect(entries[0].bucket == .clinicalStaff)
        #expect(entries[0].recordedAt == now)
        #expect(entries[0].status == .active)
    }

    @Test func subSecondsAreTruncated() throws {
        var value = draft(start: "2026-03-10T14:00:00Z", end: "2026-03-10T14:20:00Z")
        value.start = value.start.addingTimeInterval(0.9)
        value.end = value.end.addingTimeInterval(0.9)
        let entry = try make(value)[0]
        #expect(entry.start == Fixtures.instant("2026-03-10T14:00:00Z"))
        #expect(entry.seconds == 1200)
        var subSecond = value
        subSecond.end = subSecond.start.addingTimeInterval(0.05)
        #expect(throws: DomainError("the end of the time entry must be after its start")) { try make(subSecond) }
    }

    @Test func splitsAcrossLocalMonthEndWithSharedGroup() throws {
        let entries = try make(draft(start: "2026-03-31T23:40:00-04:00", end: "2026-04-01T00:10:00-04:00", credential: .NP))
        #expect(entries.count == 2)
        #expect(entries[0].end == Fixtures.instant("2026-04-01T04:00:00Z"))
        #expect(entries[1].start == entries[0].end)
        #expect(entries.map(\.seconds) == [1200, 600])
        #expect(entries[0].id != entries[1].id)
        #expect(entries[0].splitGroup != nil)
        #expect(entries[0].splitGroup == entries[1].splitGroup)
        #expect(entries.allSatisfy { $0.bucket == .practitioner })
    }

    @Test func rejectsBackwardsAndEmptySpans() {
        #expect(throws: DomainError("the end of the time entry must be after its start")) {
            try make(draft(start: "2026-03-10T14:00:00Z", end: "2026-03-10T14:00:00Z"))
        }
        #expect(throws: DomainError.self) { try make(draft(start: "2026-03-10T14:00:00Z", end: "2026-03-10T13:00:00Z")) }
    }

    @Test func futureToleranceBoundary() throws {
        _ = try make(draft(start: "2026-04-02T11:50:00Z", end: "2026-04-02T12:02:00Z"))
        #expect(throws: DomainError("the time entry ends in the future; log time only after it is spent")) {
            try make(draft(start: "2026-04-02T11:50:00Z", end: "2026-04-02T12:02:01Z"))
        }
    }

    @Test("bad notes", arguments: ["", "   ", "ok\u{1B}[2J", "\u{202E}reversed"])
    func badNotes(note: String) {
        #expect(throws: DomainError.self) { try make(draft(start: "2026-03-10T14:00:00Z", end: "2026-03-10T14:20:00Z", note: note)) }
    }

    @Test func multilineNotesAreFine() throws {
        let entries = try make(draft(start: "2026-03-10T14:00:00Z", end: "2026-03-10T14:20:00Z", note: "line 1\nline 2"))
        #expect(entries[0].note == "line 1\nline 2")
    }

    @Test func conditionsMustBeOnProblemList() throws {
        #expect(throws: DomainError("J44.9 is not on this patient's problem list (patient's codes: E11.9, I10)")) {
            try make(draft(start: "2026-03-10T14:00:00Z", end: "2026-03-10T14:20:00Z", conditions: ["E11.9", "J44.9"]))
        }
        #expect(throws: DomainError("name at least one condition the time addressed (patient's codes: E11.9, I10)")) {
            try make(draft(start: "2026-03-10T14:00:00Z", end: "2026-03-10T14:20:00Z", conditions: []))
        }
        let entry = try make(draft(start: "2026-03-10T14:00:00Z", end: "2026-03-10T14:20:00Z", conditions: ["I10", "E11.9", "I10"]))[0]
        #expect(entry.conditions.map(\.rawValue) == ["I10", "E11.9"])
    }

    @Test("overlap rules", arguments: [
        ("10:00", "10:20", "10:20", "10:40", false),  // touching ends
        ("10:20", "10:40", "10:00", "10:20", false),  // touching start
        ("10:00", "10:20", "10:19", "10:40", true),
        ("10:00", "11:00", "10:15", "10:30", true),  // contained
        ("10:15", "10:30", "10:00", "11:00", true),  // containing
        ("10:00", "10:20", "10:00", "10:20", true),  // identical
    ])
    func overlaps(existingStart: String, existingEnd: String, newStart: String, newEnd: String, conflict: Bool) {
        func at(_ clock: String, minutes: Int = 0) -> String { "2026-03-10T\(clock):00Z" }
        let existing = entry(at(existingStart), at(existingEnd))
        let new = entry(at(newStart), at(newEnd))
        #expect(TimeEntryRules.overlaps([new], existing: [existing]) == (conflict ? [existing] : []))
    }

    @Test func differentStaffMayOverlapAndVoidedEntriesAreIgnored() {
        let mine = entry("2026-03-10T10:00:00Z", "2026-03-10T10:30:00Z")
        var theirs = entry("2026-03-10T10:00:00Z", "2026-03-10T10:30:00Z")
        theirs.staff = "nurse2"
        #expect(TimeEntryRules.overlaps([theirs], existing: [mine]).isEmpty)
        var voided = entry("2026-03-10T10:10:00Z", "2026-03-10T10:20:00Z")
        voided.status = .voided(reason: "duplicate", by: "nurse1", at: Fixtures.instant("2026-03-10T11:00:00Z"))
        #expect(TimeEntryRules.overlaps([mine], existing: [voided]).isEmpty)
        #expect(TimeEntryRules.overlaps([voided], existing: [mine]).isEmpty)
        // An entry is not compared with itself (editing).
        #expect(TimeEntryRules.overlaps([mine], existing: [mine]).isEmpty)
    }

    @Test func conflictMessageNamesPatientAndLocalTimes() {
        let conflict = entry("2026-03-10T14:00:00Z", "2026-03-10T14:20:00Z")
        #expect(TimeEntryRules.conflictMessage(conflict, in: Fixtures.newYork)
            == "overlaps entry \(conflict.id) for patient P7K3X9Q2 on 2026-03-10 10:00-10:20")
    }

    @Test func conflictMessageNamesThePatientWithTheDateOfBirthWhenKnown() throws {
        let conflict = entry("2026-03-10T14:00:00Z", "2026-03-10T14:20:00Z")
        let who = PatientIdentity(name: try PersonName.parse("Brown, Charles"), dateOfBirth: try LocalDate.parse("1944-02-03"), mrn: "M1")
        #expect(TimeEntryRules.conflictMessage(conflict, in: Fixtures.newYork, patient: who)
            == "overlaps entry \(conflict.id) for patient P7K3X9Q2 Brown, Charles (DOB 1944-02-03) on 2026-03-10 10:00-10:20")
    }

    @Test func entryCodableRoundTrip() throws {
        var value = entry("2026-03-10T14:00:00Z", "2026-03-10T14:20:00Z")
        value.source = .manual(reason: "forgot the stopwatch")
        value.status = .voided(reason: "wrong patient", by: "nurse1", at: Fixtures.instant("2026-03-11T10:00:00Z"))
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = .sortedKeys
        let data = try encoder.encode(value)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains(#""source":{"kind":"manual","reason":"forgot the stopwatch"}"#))
        #expect(text.contains(#""state":"voided""#))
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        #expect(try decoder.decode(TimeEntry.self, from: data) == value)
    }

    @Test func activityLabels() {
        #expect(Activity.allCases.map(\.label) == ["phone call", "care-plan review", "medication reconciliation",
                                                   "care coordination", "transition follow-up", "education", "other"])
        #expect(Activity.planReview.rawValue == "plan-review")
    }

    func entry(_ start: String, _ end: String) -> TimeEntry {
        let begin = Fixtures.instant(start)
        return TimeEntry(id: try! EntryID.validate(Fixtures.nextID()), patientId: Fixtures.patientID, staff: "nurse1",
                         credential: .RN, start: begin, end: Fixtures.instant(end), activity: .call, note: "n",
                         conditions: [Fixtures.code("E11.9")], source: .stopwatch, recordedBy: "nurse1", recordedAt: begin)
    }
}
