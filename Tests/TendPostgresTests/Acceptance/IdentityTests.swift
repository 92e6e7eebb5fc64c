import Foundation
import Testing
import TendTestSupport

/// On a database the staff login is the database role the server authenticated: the OS
/// environment cannot make a nurse someone else.
@Suite(
    .serialized,
    // They make their own databases and processes: the suite's second run (fixtures on
    // PostgreSQL) would repeat them unchanged.
    .enabled(if: !TestPostgres.fixturesOnPostgres, "runs once, in the file-store run of the suite"),
    .enabled(if: TestPostgres.available, "no PostgreSQL server: set TEND_TEST_POSTGRES (scripts/test starts one) to run the PostgreSQL acceptance tests")
)
struct IdentityTests {
    @Test func theLoginIsTheDatabaseRoleWhateverTheEnvironmentSays() throws {
        let database = try AcceptanceDatabase(on: .shared, label: "ident")
        defer { database.drop() }
        let nurse = try database.initStore(nurses: ["nurse_i"])[0]
        let patient = try database.addPatient(mrn: "I1", careManager: nurse)

        // The store comes from TEND_STORE, and every variable that names a user names someone else.
        let pretender = database.server.superuser
        let logged = try ProgramRun.tend(
            ["time", "log", patient, "--minutes", "7", "--activity", "call", "--note", "identity check"],
            environment: database.server.environment.merging([
                "TEND_STORE": database.url(role: nurse), "USER": pretender, "LOGNAME": pretender, "PGUSER": pretender,
            ]) { $1 })
        #expect(logged.status == 0, "time log: \(logged.stderr)")

        let record = try database.texts("SELECT login || ' ' || db_role || ' ' || action FROM audit ORDER BY seq DESC LIMIT 1")
        #expect(record.first??.hasPrefix("\(nurse) \(nurse) ") == true, "the last audit record: \(record)")
        let staff = try database.texts("SELECT staff FROM time_entries WHERE patient_id = '\(patient)'")
        #expect(staff == [nurse], "the entry's staff: \(staff)")
        let list = try database.tendOK(["audit", "log", "--format", "json"])
        #expect(!list.contains("\"login\":\"\(pretender)\",\"action\":\"time.log\""))
    }
}
