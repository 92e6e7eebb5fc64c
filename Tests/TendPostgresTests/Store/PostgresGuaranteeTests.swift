import Foundation
import PostgresNIO
import Testing
import TendDomain
import TendPostgres
@testable import TendStore
import TendTestSupport

/// What the database itself guarantees, whatever program writes to it: no overlapping entries
/// of one staff member, an append-only audit trail whose rows must follow each other, a schema
/// version an older program refuses, and a lost connection that costs nothing half-written.
@Suite(.enabled(if: TestPostgres.available, "needs a PostgreSQL server: TEND_TEST_POSTGRES (scripts/test starts one)"))
struct PostgresGuaranteeTests {
    static let now = Date(timeIntervalSince1970: 1_792_000_000)
    static let account = Account(uid: 1, login: "tester")

    func makeStore(_ place: TempDirectory) throws -> PostgresStore {
        let settings = StoreSettings(schemaVersion: PostgresStore.schemaVersion, practice: "Guarantees", timeZone: "America/New_York",
                                     createdAt: Self.now, createdBy: "tester")
        return try TestPostgres.createStore(for: place, settings: settings, account: Self.account, at: Self.now) { change in
            try change.put(StaffRoster(version: 1, members: [StaffMember(login: "tester", name: "Terry Tester", credential: .RN, roles: [.admin, .nurse])]))
        }
    }

    func entry(_ number: Int, start: String, minutes: Int) -> TimeEntry {
        let from = ISO8601DateFormatter().date(from: start)!
        return TimeEntry(id: try! EntryID.validate("T" + String(format: "%010d", number)), patientId: try! PatientID.validate("P0000001"),
                         staff: "tester", credential: .RN, start: from, end: from.addingTimeInterval(Double(minutes * 60)),
                         activity: .call, note: "entry \(number)", conditions: [], source: .stopwatch, recordedBy: "tester", recordedAt: Self.now)
    }

    @Test func theDatabaseRefusesOverlappingEntriesOfOneStaffMemberEvenPastTend() throws {
        let place = TempDirectory("pg-overlap")
        let store = try makeStore(place)
        let month = try YearMonth.parse("2026-10")
        // Written straight through the store, past the use case's own check.
        let overlapping = StaffMonthLog(staff: "tester", month: month, version: 1, entries: [
            entry(1, start: "2026-10-05T14:00:00Z", minutes: 20), entry(2, start: "2026-10-05T14:10:00Z", minutes: 20)])
        let error = #expect(throws: StoreError.self) {
            try store.write(Self.account, action: .timeLog, at: Self.now) { try $0.put(overlapping) }
        }
        #expect("\(error!)".contains("overlaps another active entry"))
        #expect(try store.timeEntries(month: month).isEmpty)
        // Touching ends are fine, and a voided entry does not count.
        var voided = entry(3, start: "2026-10-05T14:05:00Z", minutes: 5)
        voided.status = .voided(reason: "typo", by: "tester", at: Self.now)
        let fine = StaffMonthLog(staff: "tester", month: month, version: 1, entries: [
            entry(1, start: "2026-10-05T14:00:00Z", minutes: 20), entry(2, start: "2026-10-05T14:20:00Z", minutes: 20), voided])
        try store.write(Self.account, action: .timeLog, at: Self.now) { try $0.put(fine) }
        #expect(try store.timeEntries(month: month).count == 3)
    }

    @Test func theAuditTrailCannotBeEditedOrDeletedEvenByItsOwner() throws {
        let place = TempDirectory("pg-audit")
        let store = try makeStore(place)
        let schema = TestPostgres.schema(for: place)
        for statement in ["UPDATE \(schema).audit SET login = 'someone' WHERE seq = 1", "DELETE FROM \(schema).audit WHERE seq = 1",
                          "TRUNCATE \(schema).audit"] {
            #expect(throws: (any Error).self, "\(statement)") { try TestPostgres.superuser(statement) }
        }
        // A row that does not follow the last one is refused.
        #expect(throws: (any Error).self) {
            try TestPostgres.superuser("""
                INSERT INTO \(schema).audit (seq, prev, hash, at, login, db_role, action, outcome, line)
                VALUES (2, 'not-the-last-hash', 'x', now(), 'tester', 'x', 'time.log', 'ok', '{}')
                """)
        }
        let verification = try store.verifyAudit()
        #expect(verification.isIntact && verification.verifiedRecords == 1)
    }

    @Test func anOlderProgramRefusesANewerSchemaAndMigrateIsANoOpWhenCurrent() throws {
        let place = TempDirectory("pg-schema")
        _ = try makeStore(place)
        let schema = TestPostgres.schema(for: place)
        let configuration = TestPostgres.configuration(schema: schema)
        #expect(try PostgresStore.migrate(configuration: configuration, display: "test").isEmpty)
        try TestPostgres.superuser("INSERT INTO \(schema).tend_schema (version, description) VALUES (\(PostgresStore.schemaVersion + 1), 'from the future')")
        let error = #expect(throws: StoreError.self) { try PostgresStore.open(configuration: configuration, display: "test") }
        #expect(error == .tooNew(path: "test", found: PostgresStore.schemaVersion + 1, supported: PostgresStore.schemaVersion))
        #expect(throws: StoreError.self) { try PostgresStore.migrate(configuration: configuration, display: "test") }
    }

    @Test func anEmptyDatabaseIsNotAStoreAndInitTwiceIsRefused() throws {
        let place = TempDirectory("pg-empty")
        let schema = try TestPostgres.makeSchema(for: place)
        let configuration = TestPostgres.configuration(schema: schema)
        #expect(throws: StoreError.notAStore(path: "test")) { try PostgresStore.open(configuration: configuration, display: "test") }
        _ = try makeStore(place)
        let settings = StoreSettings(schemaVersion: 1, practice: "Again", timeZone: "UTC", createdAt: Self.now, createdBy: "tester")
        #expect(throws: StoreError.alreadyExists(path: "test")) {
            try PostgresStore.create(configuration: configuration, display: "test", settings: settings, account: Self.account, at: Self.now) { _ in }
        }
    }

    @Test func aLostConnectionCostsNothingAndTheNextCallReconnects() throws {
        let place = TempDirectory("pg-loss")
        let store = try makeStore(place)
        let month = try YearMonth.parse("2026-10")
        try store.write(Self.account, action: .timeLog, at: Self.now) {
            try $0.put(StaffMonthLog(staff: "tester", month: month, version: 1, entries: [self.entry(1, start: "2026-10-05T14:00:00Z", minutes: 20)]))
        }
        // Every connection of this store is cut off, as a server restart or a network drop would.
        try TestPostgres.superuser("""
            SELECT pg_terminate_backend(pid) FROM pg_stat_activity
            WHERE application_name = '\(TestPostgres.schema(for: place))'
            """)
        // The first call may find the connection gone (a clear error) or reconnect at once.
        var log: StaffMonthLog?
        for _ in 0..<3 where log == nil { log = try? store.staffMonthLog("tester", month: month) }
        #expect(log?.entries.count == 1)
        try store.write(Self.account, action: .timeLog, at: Self.now) {
            try $0.put(StaffMonthLog(staff: "tester", month: month, version: 2, entries: [
                self.entry(1, start: "2026-10-05T14:00:00Z", minutes: 20), self.entry(2, start: "2026-10-06T14:00:00Z", minutes: 20)]))
        }
        #expect(try store.timeEntries(month: month).count == 2)
        #expect(try store.verifyAudit().isIntact)
    }

    @Test func anotherSessionsCommitReachesTheChangeStampThroughNotifications() throws {
        let place = TempDirectory("pg-notify")
        let store = try makeStore(place)
        try store.startChangeFeed()
        let before = store.changeStamp()
        let other = try TestPostgres.openStore(for: place)
        try other.write(Self.account, action: .staffUpdate, at: Self.now) { change in
            try change.put(StaffRoster(version: 2, members: [StaffMember(login: "tester", name: "Terry T. Tester", credential: .RN, roles: [.admin, .nurse])]))
        }
        // Notifications arrive asynchronously: wait for it (a generous deadline, not a timing check).
        let deadline = Date().addingTimeInterval(10)
        while store.changeStamp() == before && Date() < deadline { usleep(20_000) }
        #expect(store.changeStamp() != before)
        #expect(store.changeStamp() == StoreChangeStamp(token: 2))
    }
}
