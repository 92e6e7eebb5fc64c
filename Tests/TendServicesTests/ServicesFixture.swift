import Foundation
@testable import TendServices
import TendDomain
import TendStore

/// A store on disk with an admin, a nurse, a supervisor and a practitioner, and a session per
/// account on a manual clock.
final class ServicesFixture {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("tend-services-\(UUID().uuidString)")
    let store: JSONFileStore
    let now: Date
    let admin = Account(uid: 1000, login: "admin")
    let nurse = Account(uid: 1001, login: "nurse")
    let boss = Account(uid: 1002, login: "boss")
    let doctor = Account(uid: 1003, login: "doctor")
    let stranger = Account(uid: 1004, login: "stranger")

    init(now: Date = ISO8601DateFormatter().date(from: "2026-11-16T17:00:00Z")!) throws {
        self.now = now
        store = try StoreSetup.create(at: root, practice: "Test", timeZone: "America/New_York", account: admin,
                                      name: "Admin", credential: .RN, now: now)
        let session = try self.session(admin)
        try session.addStaff(login: "nurse", name: "Nina Nurse", credential: .RN, roles: [], npi: nil)
        try session.addStaff(login: "boss", name: "Sam Super", credential: .RN, roles: [.supervisor, .nurse], npi: nil)
        try session.addStaff(login: "doctor", name: "Dee Doctor", credential: .MD, roles: [], npi: nil)
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    func session(_ account: Account, at instant: Date? = nil) throws -> Session {
        try Session(store: store, account: account, clock: .fixed(instant ?? now))
    }

    /// Patients added by `patient()` so far: each gets its own date of birth, so that the
    /// same name is never refused as a second record of the same person.
    var added = 0

    func patient(_ session: Session? = nil) throws -> PatientID {
        added += 1
        return try (session ?? self.session(nurse)).addPatient(PatientDraft(
            name: "Ramírez, José", dateOfBirth: LocalDate.parse("1950-03-04").adding(days: added - 1).description,
            mrn: "M\(Int.random(in: 0...999_999))",
            conditions: ["E11.9", "I10"], careManager: "nurse", billingPractitioner: "doctor"))
    }

    func date(_ iso: String) -> Date { ISO8601DateFormatter().date(from: iso)! }
}
