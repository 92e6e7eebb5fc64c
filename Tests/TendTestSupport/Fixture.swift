import Foundation
import TendAuth
import TendDomain
import TendServices
import TendStore
import TendTerminal
import TendWorkstation

/// The workstation tests' store: a temporary store with two nurses and a practitioner, and (in
/// `standard()`) patients with accented, CJK, right-to-left and hostile names, on a manual clock.
public final class Fixture {
    private let temporary = TempDirectory("ws")
    private let patientIDs = FixturePatientIDs()
    /// The store's root directory (removed with the fixture).
    public var directory: URL { temporary.url }
    /// The clock every session of the fixture reads.
    public let clock: ManualClock
    /// The store, as the acting nurse opened it: in a directory, or on the test PostgreSQL server
    /// in the suite's second run.
    public let store: any RecordStore
    /// The acting nurse (also admin and supervisor).
    public let nurse: Session
    /// A colleague working in another session.
    public let colleague: Session
    /// Patient ids by a short key.
    public var ids: [String: PatientID] = [:]

    /// 2026-03-10 11:00 in New York (a Tuesday, after the DST change).
    public static let start = FixedInstant.parse("2026-03-10T15:00:00Z")

    /// The acting nurse's account.
    public static let nurseAccount = Account(uid: 5001, login: "amara")
    /// The colleague's account.
    public static let colleagueAccount = Account(uid: 5002, login: "boris")

    /// The store with its staff and no patient.
    public init() throws {
        clock = ManualClock(Self.start)
        store = try StoreSetup.create(in: TestStorePlace.fresh(for: temporary), practice: "Riverside Family Medicine", timeZone: "America/New_York",
                                      account: Self.nurseAccount, name: "Amara Okafor", credential: .RN,
                                      now: Self.start, extraRoles: [.nurse])
        nurse = try Session(store: store, account: Self.nurseAccount, clock: clock.clock)
        patientIDs.assign(to: nurse)
        try nurse.addStaff(login: "boris", name: "Boris Lindqvist", credential: .RN, roles: [.nurse], npi: nil)
        try nurse.addStaff(login: "drlee", name: "Dr. Mei Lee", credential: .MD, roles: [.practitioner],
                           npi: try NPI(validating: "1234567893"))
        colleague = try Session(store: try TestStorePlace.place(for: temporary).open(), account: Self.colleagueAccount, clock: clock.clock)
        patientIDs.assign(to: colleague)
    }

    /// The same store opened again, as another process would.
    public func openStoreAgain() throws -> any RecordStore { try TestStorePlace.place(for: temporary).open() }

    /// The audit trail's records as (action, outcome, summary), oldest first.
    public func auditRecords() throws -> [(action: String, outcome: String, summary: String)] {
        try store.auditRecords().map { ($0.action, $0.outcome.rawValue, $0.summary) }
    }

    /// Adds a patient cared for by `amara`; enrolled (a counting consent dated today) unless `enrolled` is false.
    @discardableResult
    public func addPatient(_ key: String, name: String, mrn: String, conditions: [String], phone: String? = nil,
                           enrolled: Bool = true, minutes: Int = 0, loggedBy: Session? = nil, dob: String = "1951-06-02") throws -> PatientID {
        let id = try nurse.addPatient(PatientDraft(name: name, dateOfBirth: dob, mrn: mrn, phone: phone,
                                                  conditions: conditions, careManager: "amara", billingPractitioner: "drlee",
                                                  lastVisit: "2026-01-15:AWV", language: "English"))
        if enrolled {
            try nurse.recordConsent(id, date: nurse.today, method: .verbal, notGiven: [], declined: false)
        }
        if minutes > 0 {
            try (loggedBy ?? nurse).logTime(id, TimeRequest(span: .minutes(minutes, on: nil), activity: .call, note: "Earlier call",
                                              conditions: []))
        }
        ids[key] = id
        return id
    }

    /// The standard cast: four enrolled patients and one enrollment candidate.
    public static func standard() throws -> Fixture {
        let fixture = try Fixture()
        try fixture.addPatient("anh", name: "Nguyễn, Thị Ánh", mrn: "A100", conditions: ["E11.9", "I10"], phone: "555-201-0001", minutes: 15)
        try fixture.addPatient("wang", name: "王, 秀英", mrn: "A101", conditions: ["I50.9", "N18.3"], phone: "555-201-0002")
        try fixture.addPatient("zoe", name: "Øvergård-O'Brien, Zoë", mrn: "A102", conditions: ["J44.9", "E11.9"], phone: "555-201-0003", minutes: 42,
                               loggedBy: fixture.colleague)
        try fixture.addPatient("hostile", name: "Z̷̢a̸l̵g̶o̴-Very-Long-Family-Name-That-Keeps-Going-And-Going-🙂, محمد\u{200B}علي",
                               mrn: "A103", conditions: ["F03.90", "I48.91"], phone: "555-201-0004")
        try fixture.addPatient("carla", name: "Candidate, Carla", mrn: "A104", conditions: ["E11.9", "I10"], enrolled: false)
        return fixture
    }

    /// A workstation on a scripted terminal (with no password check unless `authenticator` is given).
    public func workstation(_ terminal: ScriptedTerminal, configuration: WorkstationConfiguration? = nil, session: Session? = nil,
                            authenticator: Authenticator = NoAuthenticator()) -> Workstation {
        var configuration = configuration ?? WorkstationConfiguration()
        if configuration.draftDirectory == nil {
            configuration.draftDirectory = directory.appendingPathComponent("drafts-outside-store")
        }
        let workstation = Workstation(session: session ?? nurse, terminal: terminal, clock: clock.clock, configuration: configuration,
                                      authenticator: authenticator)
        terminal.onExhausted = { [weak workstation] in workstation?.requestShutdown() }
        return workstation
    }
}
