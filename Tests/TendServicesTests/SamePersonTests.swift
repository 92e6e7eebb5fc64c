import Foundation
import Testing
@testable import TendServices
import TendDomain
import TendTestSupport
@testable import TendStore

/// A patient whose name and date of birth match another's is refused, naming that patient,
/// unless the user says (with an audited reason) that it is a different person.
@Suite struct SamePersonTests {
    func charles(_ name: String = "Brown, Charles", dob: String = "1944-02-03", mrn: String? = nil,
                 differentPerson: String? = nil) -> PatientDraft {
        PatientDraft(name: name, dateOfBirth: dob, mrn: mrn, conditions: ["E11.9", "I10"], careManager: "nurse",
                     billingPractitioner: "doctor", differentPerson: differentPerson)
    }

    @Test func addingTheSameNameAndBirthDateIsRefusedNamingTheExistingPatient() throws {
        let f = try ServicesFixture()
        let nurse = try f.session(f.nurse)
        let first = try nurse.addPatient(charles(mrn: "M0100142"))
        // Case, accents and spacing do not make another person.
        for name in ["Brown, Charles", "BROWN,  charles", "Bröwn, Chárles"] {
            let error = #expect(throws: DomainError.self) { try nurse.addPatient(charles(name, mrn: "X\(name.count)")) }
            #expect(error?.message.contains("Brown, Charles (DOB 1944-02-03, MRN M0100142), patient \(first)") == true)
            #expect(error?.message.contains("--different-person") == true)
        }
        #expect(try nurse.patients().count == 1)
        // Another date of birth, or another name, is another identity.
        _ = try nurse.addPatient(charles(dob: "1944-02-04"))
        _ = try nurse.addPatient(charles("Brown, Charlotte"))
        #expect(try nurse.patients().count == 3)
    }

    @Test func anMRNAlreadyInUseNamesItsPatientByNameAndBirthDate() throws {
        let f = try ServicesFixture()
        let nurse = try f.session(f.nurse)
        let first = try nurse.addPatient(charles(mrn: "M0100142"))
        let error = #expect(throws: DomainError.self) { try nurse.addPatient(charles("Lee, Ann", dob: "1950-01-01", mrn: "M0100142")) }
        #expect(error?.message == "MRN M0100142 already belongs to \(first) Brown, Charles (DOB 1944-02-03, MRN M0100142)")
    }

    @Test func aDifferentPersonIsAddedWithTheReasonInTheAuditRecord() throws {
        let f = try ServicesFixture()
        let nurse = try f.session(f.nurse)
        let first = try nurse.addPatient(charles(mrn: "M1"))
        #expect(throws: DomainError.self) { try nurse.addPatient(charles(mrn: "M2", differentPerson: "   ")) }
        let second = try nurse.addPatient(charles(mrn: "M2", differentPerson: "Different address and phone; checked with the patient"))
        #expect(second != first)
        let record = try #require(try f.store.auditRecords().last)
        #expect(record.action == "patient.add" && record.patient == second.rawValue)
        #expect(record.summary.contains("different person from \(first)"))
        #expect(record.summary.contains("Different address and phone; checked with the patient"))
        let change = "\(String(describing: record.change))"
        #expect(change.contains("sameNameAndBirthDateAs") && change.contains(first.rawValue))
    }

    @Test func anImportRefusesRowsMatchingTheStoreOrEachOtherUnlessTheRowGivesAReason() throws {
        let f = try ServicesFixture()
        let nurse = try f.session(f.nurse)
        let stored = try nurse.addPatient(charles(mrn: "M1"))
        let csv = """
            name,dob,mrn
            "Brown, Charles",1944-02-03,M2
            "Lefèvre, Hélène",1950-01-01,M3
            "LEFEVRE, Helene",1950-01-01,M4
            "Lee, Ann",1950-01-01,M5
            """
        let error = #expect(throws: DomainError.self) { try nurse.importPatients(csv: csv, skipInvalid: false) }
        #expect(error?.message.contains("line 2: a patient with the same name and date of birth is already recorded: Brown, Charles (DOB 1944-02-03, MRN M1), patient \(stored)") == true)
        #expect(error?.message.contains("line 4: a patient with the same name and date of birth is already recorded: Lefèvre, Hélène (DOB 1950-01-01, MRN M3)") == true)
        #expect(error?.message.contains("different_person column on line 4") == true)
        #expect(try nurse.patients().count == 1)

        let skipped = try nurse.importPatients(csv: csv, skipInvalid: true)
        #expect(skipped.created.map(\.line) == [3, 5] && skipped.refused.map(\.line) == [2, 4])

        let withReasons = """
            name,dob,mrn,different_person
            "Brown, Charles",1944-02-03,M6,Twin brother's son; different MRN and address
            "Lefèvre, Hélène",1950-01-01,M7,
            "Lefèvre, Hélène",1950-01-01,M8,Two Hélènes born the same day; confirmed by phone
            """
        // Line 3 matches the Hélène imported above and has no reason: all or nothing.
        #expect(throws: DomainError.self) { try nurse.importPatients(csv: withReasons, skipInvalid: false) }
        let fixed = withReasons.replacingOccurrences(of: "M7,", with: "M7,Not the M3 patient; other address")
        let outcome = try nurse.importPatients(csv: fixed, skipInvalid: false)
        #expect(outcome.created.count == 3)
        let record = try #require(try f.store.auditRecords().last)
        #expect(record.action == "patient.import")
        #expect(record.summary.contains("line 2: \(outcome.created[0].id) is a different person from \(stored)"))
        #expect(record.summary.contains("Two Hélènes born the same day"))
        // Line 4 matches both the store's Hélène and line 3's.
        #expect(record.summary.contains("line 4: \(outcome.created[2].id) is a different person from"))
        #expect(record.summary.contains(outcome.created[1].id.rawValue))
    }

    @Test func changingANameOrBirthDateOntoAnotherPatientsIdentityNeedsTheSameStatement() throws {
        let f = try ServicesFixture()
        let nurse = try f.session(f.nurse)
        let first = try nurse.addPatient(charles(mrn: "M1"))
        let other = try nurse.addPatient(charles("Brown, Charlie", dob: "1944-03-02", mrn: "M2"))
        var update = Session.PatientUpdate()
        update.name = "Brown, Charles"
        update.dateOfBirth = "1944-02-03"
        let error = #expect(throws: DomainError.self) { try nurse.updatePatient(other, update) }
        #expect(error?.message.contains("Brown, Charles (DOB 1944-02-03, MRN M1), patient \(first)") == true)
        #expect(try nurse.patient(other).name.given == "Charlie")
        // A correction that keeps the identity of no one else is made as usual, and audited.
        update.dateOfBirth = "1944-03-03"
        let corrected = try nurse.updatePatient(other, update)
        #expect(corrected.name.given == "Charles" && corrected.dateOfBirth.description == "1944-03-03")
        #expect(try f.store.auditRecords().last?.summary.contains("name Brown, Charlie → Brown, Charles") == true)
        update.name = nil
        update.dateOfBirth = "1944-02-03"
        update.differentPerson = "Same name and birthday; different MRN, confirmed at the visit"
        _ = try nurse.updatePatient(other, update)
        #expect(try f.store.auditRecords().last?.summary.contains("different person from \(first)") == true)
        // The record itself never matches itself.
        var same = Session.PatientUpdate()
        same.phone = "555-201-0001"
        _ = try nurse.updatePatient(first, same)
    }

    /// A store where another process (another `Store` instance) deactivates the care manager
    /// `leaving` while this one waits for the write lock, once.
    func leavingWhileWaiting() throws -> (ServicesFixture, Session) {
        let f = try ServicesFixture()
        let admin = try Session(store: try f.openStoreAgain(), account: f.admin, clock: .fixed(f.now))
        try admin.addStaff(login: "leaving", name: "Lee Leaving", credential: .RN, roles: [.nurse], npi: nil)
        let nurse = try f.session(f.nurse)
        f.store.beforeWriteLock = {
            f.store.beforeWriteLock = nil
            _ = try? admin.updateStaff(login: "leaving", name: nil, credential: nil, roles: nil, npi: nil, active: false)
        }
        return (f, nurse)
    }

    @Test func addingReadsTheRosterUnderTheWriteLock() throws {
        let (f, nurse) = try leavingWhileWaiting()
        defer { withExtendedLifetime(f) {} }
        var draft = charles(mrn: "M1")
        draft.careManager = "leaving"
        let add = #expect(throws: DomainError.self) { try nurse.addPatient(draft) }
        #expect(add?.message.contains("'leaving' is not an active staff member") == true)
        #expect(try nurse.patients().isEmpty)
    }

    @Test func updatingReadsTheRosterUnderTheWriteLock() throws {
        let f = try ServicesFixture()
        let id = try f.session(f.nurse).addPatient(charles(mrn: "M1"))
        let admin = try Session(store: try f.openStoreAgain(), account: f.admin, clock: .fixed(f.now))
        try admin.addStaff(login: "leaving", name: "Lee Leaving", credential: .RN, roles: [.nurse], npi: nil)
        let nurse = try f.session(f.nurse)
        f.store.beforeWriteLock = {
            f.store.beforeWriteLock = nil
            _ = try? admin.updateStaff(login: "leaving", name: nil, credential: nil, roles: nil, npi: nil, active: false)
        }
        var update = Session.PatientUpdate()
        update.careManager = "leaving"
        let error = #expect(throws: DomainError.self) { try nurse.updatePatient(id, update) }
        #expect(error?.message.contains("'leaving' is not an active staff member") == true)
        #expect(try nurse.patient(id).careManager == "nurse")
    }

    @Test func importingReadsTheRosterUnderTheWriteLock() throws {
        let (f, nurse) = try leavingWhileWaiting()
        defer { withExtendedLifetime(f) {} }
        let csv = "name,dob,care_manager\n\"Lee, Ann\",1950-01-01,leaving\n"
        let error = #expect(throws: DomainError.self) { try nurse.importPatients(csv: csv, skipInvalid: false) }
        #expect(error?.message.contains("'leaving' is not an active staff member") == true)
        #expect(try nurse.patients().isEmpty)
    }

    @Test func idsMadeWithinOneImportAreUniqueAmongThemselvesAndInTheStore() throws {
        let f = try ServicesFixture()
        let nurse = try f.session(f.nurse)
        let existing = try nurse.addPatient(charles(mrn: "M0"))
        // An id source that repeats itself: the store's id first, then one id twice, then others.
        var script = [existing.rawValue, "PAAAAAAA", "PAAAAAAA", "PAAAAAAA", "PBBBBBBB", "PCCCCCCC", "PDDDDDDD"]
        nurse.makePatientID = { try! PatientID.validate(script.isEmpty ? "PZZZZZZZ" : script.removeFirst()) }
        let csv = "name,dob\n\"Lee, Ann\",1950-01-01\n\"Lee, Bo\",1950-01-02\n\"Lee, Cy\",1950-01-03\n"
        let outcome = try nurse.importPatients(csv: csv, skipInvalid: false)
        let ids = outcome.created.map(\.id)
        #expect(Set(ids).count == 3 && !ids.contains(existing))
        let stored = try nurse.patients()
        #expect(stored.count == 4)
        #expect(Set(stored.map(\.id)) == Set(ids + [existing]))
    }
}
