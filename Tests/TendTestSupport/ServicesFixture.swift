import Foundation
import TendDomain
import TendServices
import TendStore

/// The services tests' store: a temporary store with an admin, a nurse, a supervisor and a
/// practitioner, and a session per account on a stopped clock.
public final class ServicesFixture {
    private let temporary = TempDirectory("services")
    private let patientIDs = FixturePatientIDs()
    /// The store's root directory (removed with the fixture).
    public var root: URL { temporary.url }
    /// The store, as the admin created it: in a directory, or on the test PostgreSQL server in
    /// the suite's second run.
    public let store: any RecordStore
    /// The instant every session answers unless given another.
    public let now: Date
    /// An admin (and nurse), who created the store.
    public let admin = Account(uid: 1000, login: "admin")
    /// A nurse with no other role.
    public let nurse = Account(uid: 1001, login: "nurse")
    /// A supervisor who is also a nurse.
    public let boss = Account(uid: 1002, login: "boss")
    /// A practitioner (MD), with no NPI until `giveDoctorNPI()`.
    public let doctor = Account(uid: 1003, login: "doctor")
    /// An account that is not on the staff.
    public let stranger = Account(uid: 1004, login: "stranger")

    /// The store and its staff, with clocks stopped at `now` (2026-11-16 12:00 in New York unless given).
    public init(now: Date = FixedInstant.parse("2026-11-16T17:00:00Z")) throws {
        self.now = now
        store = try StoreSetup.create(in: TestStorePlace.fresh(for: temporary), practice: "Test", timeZone: "America/New_York", account: admin,
                                      name: "Admin", credential: .RN, now: now)
        let session = try self.session(admin)
        try session.addStaff(login: "nurse", name: "Nina Nurse", credential: .RN, roles: [], npi: nil)
        try session.addStaff(login: "boss", name: "Sam Super", credential: .RN, roles: [.supervisor, .nurse], npi: nil)
        try session.addStaff(login: "doctor", name: "Dee Doctor", credential: .MD, roles: [], npi: nil)
    }

    /// The same store opened again, as another process would.
    public func openStoreAgain() throws -> any RecordStore { try TestStorePlace.place(for: temporary).open() }

    /// A session of `account` on the fixture's store, its clock stopped at `instant` (or `now`);
    /// the patients it adds get the fixture's next ids (`PF000001`, ...).
    public func session(_ account: Account, at instant: Date? = nil) throws -> Session {
        patientIDs.assign(to: try Session(store: store, account: account, clock: .fixed(instant ?? now)))
    }

    /// Patients added by the fixture so far: each gets its own date of birth, so that the same
    /// name is never refused as a second record of the same person, and its own MRN.
    private(set) var added = 0

    /// Counts one more added patient and answers its date of birth (1950-03-04 plus a day per
    /// patient before it) and its MRN (`M000001`, `M000002`, ...).
    func nextPatientIdentity() -> (dateOfBirth: String, mrn: String) {
        added += 1
        return (try! LocalDate.parse("1950-03-04").adding(days: added - 1).description, String(format: "M%06d", added))
    }

    /// Adds an eligible patient "Ramírez, José" (diabetes and hypertension) cared for by the nurse.
    public func patient(_ session: Session? = nil) throws -> PatientID {
        let identity = nextPatientIdentity()
        return try (session ?? self.session(nurse)).addPatient(PatientDraft(
            name: "Ramírez, José", dateOfBirth: identity.dateOfBirth, mrn: identity.mrn,
            conditions: ["E11.9", "I10"], careManager: "nurse", billingPractitioner: "doctor"))
    }

    /// The instant of ISO 8601 text.
    public func date(_ iso: String) -> Date { FixedInstant.parse(iso) }
}
