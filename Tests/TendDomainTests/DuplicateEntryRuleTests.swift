import Foundation
import Testing
import TendTestSupport
@testable import TendDomain

@Suite("Probable duplicate entries")
struct DuplicateEntryRuleTests {
    let zone = Fixtures.newYork

    func entry(_ start: String, minutes: Int = 15, note: String = "Reconciled after pharmacy change",
               activity: Activity = .medication, staff: String = "nurse1", patient: PatientID = Fixtures.patientID,
               status: EntryStatus = .active) -> TimeEntry {
        var e = Fixtures.entry(start, minutes: minutes, staff: staff, patient: patient, status: status)
        e.note = note
        e.activity = activity
        return e
    }

    @Test func sameWorkOnTheSameDayIsADuplicateNamingTheFirst() {
        let first = entry("2026-03-10T09:00:00-04:00")
        let later = entry("2026-03-10T09:30:00-04:00")
        let again = entry("2026-03-10T14:00:00-04:00", note: "  Reconciled after pharmacy change\n")
        #expect(DuplicateEntryRule.firstDuplicate(of: [again], existing: [later, first], timeZone: zone) == first)
        let message = DuplicateEntryRule.describe(first, patient: "Rivera, Ana (DOB 1950-06-15)", timeZone: zone)
        #expect(message.hasPrefix("entry \(first.id) (2026-03-10"))
        #expect(message.contains("for Rivera, Ana (DOB 1950-06-15), same note"))
        #expect(message.contains("2026-03-10 09:00-09:15"))
        #expect(message.contains("15 min medication reconciliation"))
    }

    @Test func anyDifferenceMakesSeparateWork() {
        let first = entry("2026-03-10T09:00:00-04:00")
        for other in [entry("2026-03-11T09:00:00-04:00"),                 // another day
                      entry("2026-03-10T14:00:00-04:00", minutes: 16),    // another length
                      entry("2026-03-10T14:00:00-04:00", note: "Other"),  // another note
                      entry("2026-03-10T14:00:00-04:00", activity: .call),
                      entry("2026-03-10T14:00:00-04:00", staff: "nurse2"),
                      entry("2026-03-10T14:00:00-04:00", patient: try! PatientID.validate("P0THER00"))] {
            #expect(DuplicateEntryRule.firstDuplicate(of: [other], existing: [first], timeZone: zone) == nil)
        }
    }

    @Test func theLocalDayDecides() {
        // 23:30 New York on the 10th is the 11th in UTC; 00:30 on the 11th is another local day.
        let late = entry("2026-03-10T23:30:00-04:00")
        let early = entry("2026-03-10T01:00:00-04:00")
        #expect(DuplicateEntryRule.firstDuplicate(of: [late], existing: [early], timeZone: zone) == early)
        let nextDay = entry("2026-03-11T00:30:00-04:00")
        #expect(DuplicateEntryRule.firstDuplicate(of: [nextDay], existing: [late], timeZone: zone) == nil)
    }

    @Test func voidedEntriesAndTheEntryItselfAreNotCompared() {
        let voided = entry("2026-03-10T09:00:00-04:00", status: .voided(reason: "typo", by: "boss", at: Fixtures.instant("2026-03-10T12:00:00Z")))
        let new = entry("2026-03-10T14:00:00-04:00")
        #expect(DuplicateEntryRule.firstDuplicate(of: [new], existing: [voided, new], timeZone: zone) == nil)
    }
}
