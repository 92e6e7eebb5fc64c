import TendTestSupport
import Foundation
import TendDomain
@testable import TendStore
import TendPostgres

/// One implementation of ``RecordStore`` under the contract tests (StoreContract*Tests): every
/// contract test runs once per backend in ``all``. A second backend joins the contract by adding
/// itself there.
struct StoreBackend: CustomStringConvertible, Sendable {
    /// The backend's name in test output.
    let description: String
    /// Creates a new store in `place` whose roster holds ``contractStaff`` and whose fee
    /// schedules are the bundled ones (CY2025, CY2026).
    let create: @Sendable (TempDirectory) throws -> any RecordStore
    /// Opens another instance on the store in `place`, as a second process would.
    let open: @Sendable (TempDirectory) throws -> any RecordStore
    /// Alters the summary of audit record `seq` behind the store's back, the way someone with
    /// access to this backend's storage would.
    let tamperWithAudit: @Sendable (TempDirectory, Int) throws -> Void

    /// Every implementation: the PostgreSQL store joins when a test server is announced
    /// (`TEND_TEST_POSTGRES`; scripts/test starts one).
    static let all: [StoreBackend] = TestPostgres.available ? [.jsonFile, .postgres] : [.jsonFile]

    /// The PostgreSQL store, in a schema of its own on the test server.
    static let postgres = StoreBackend(
        description: "PostgresStore",
        create: { place in
            let settings = StoreSettings(schemaVersion: PostgresStore.schemaVersion, practice: "Contract Practice",
                                         timeZone: "America/New_York", createdAt: fixedNow, createdBy: tester.login)
            return try TestPostgres.createStore(for: place, settings: settings, account: tester, at: fixedNow) { change in
                try change.put(StaffRoster(version: 1, members: contractStaff))
                for schedule in try FeeSchedule.bundledSchedules() { try change.put(schedule, year: schedule.year!) }
            }
        },
        open: { place in try TestPostgres.openStore(for: place) },
        tamperWithAudit: { place, seq in
            // Someone with the owner's rights: switch the append-only trigger off, edit, switch it on.
            let schema = TestPostgres.schema(for: place)
            try TestPostgres.superuser("ALTER TABLE \(schema).audit DISABLE TRIGGER audit_append_only")
            try TestPostgres.superuser("""
                UPDATE \(schema).audit SET line = replace(line, '"summary":"', '"summary":"edited: ') WHERE seq = \(seq)
                """)
            try TestPostgres.superuser("ALTER TABLE \(schema).audit ENABLE TRIGGER audit_append_only")
        })

    /// The JSON-file store in a temporary directory.
    static let jsonFile = StoreBackend(
        description: "JSONFileStore",
        create: { place in
            let settings = StoreSettings(schemaVersion: JSONFileStore.schemaVersion, practice: "Contract Practice",
                                         timeZone: "America/New_York", createdAt: fixedNow, createdBy: tester.login)
            return try JSONFileStore.create(at: place.url, settings: settings, account: tester, at: fixedNow) { change in
                try change.put(StaffRoster(version: 1, members: contractStaff))
                for schedule in try FeeSchedule.bundledSchedules() { try change.put(schedule, year: schedule.year!) }
            }
        },
        open: { place in try JSONFileStore.open(at: place.url) },
        tamperWithAudit: { place, seq in
            let url = place.url.appendingPathComponent(StoreLayout.auditTrail)
            var lines = String(decoding: try Data(contentsOf: url), as: UTF8.self).split(separator: "\n").map(String.init)
            // Line n holds record n; the edit keeps the line valid JSON.
            guard lines.indices.contains(seq - 1) else { throw StoreError.notFound(what: "audit record \(seq)") }
            let edited = lines[seq - 1].replacingOccurrences(of: "\"summary\":\"", with: "\"summary\":\"edited: ")
            guard edited != lines[seq - 1] else { throw StoreError.invalid("no summary found in audit record \(seq)") }
            lines[seq - 1] = edited
            try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: url)
        })
}

/// The staff of a contract store.
let contractStaff = [StaffMember(login: tester.login, name: "Terry Tester", credential: .RN, roles: [.admin, .nurse])]

/// Fixed records for the contract tests (fixed ids, no random values).
enum ContractRecords {
    static let october = try! YearMonth.parse("2026-10")

    static func patientID(_ number: Int) -> PatientID {
        try! PatientID.validate("P" + String(format: "%07d", number))
    }

    static func patient(_ number: Int, careManager: String? = "tester", mrn: String? = nil, version: Int = 1) -> Patient {
        Patient(id: patientID(number), name: try! PersonName.parse("Ramírez, José"),
                dateOfBirth: try! LocalDate.parse("1950-03-04").adding(days: number), mrn: mrn,
                careManager: careManager, version: version, createdAt: fixedNow)
    }

    static func entry(_ number: Int, patient: PatientID, staff: String = "tester", start: String) -> TimeEntry {
        let from = ISO8601DateFormatter().date(from: start)!
        return TimeEntry(id: try! EntryID.validate("T" + String(format: "%010d", number)), patientId: patient, staff: staff,
                         credential: .RN, start: from, end: from.addingTimeInterval(600), activity: .call,
                         note: "contract entry \(number)", conditions: [], source: .stopwatch,
                         recordedBy: staff, recordedAt: fixedNow)
    }
}
