import Foundation
import Testing
import TendTestSupport

/// A nurse's database role is refused a supervisor's action by tend and by the database: with
/// tend bypassed (SQL straight to the server as that role) the server refuses it too, the audit
/// trail cannot be edited or emptied by anyone, and no role but tend_service may write an audit
/// record in another login's name.
@Suite(
    .serialized,
    // They make their own databases and processes: the suite's second run (fixtures on
    // PostgreSQL) would repeat them unchanged.
    .enabled(if: !TestPostgres.fixturesOnPostgres, "runs once, in the file-store run of the suite"),
    .enabled(if: TestPostgres.available, "no PostgreSQL server: set TEND_TEST_POSTGRES (scripts/test starts one) to run the PostgreSQL acceptance tests")
)
struct DatabaseDenialTests {
    @Test func aNurseRoleIsDeniedASupervisorActionByTendAndByTheDatabase() throws {
        let database = try AcceptanceDatabase(on: .shared, label: "deny")
        defer { database.drop() }
        let nurse = try database.initStore(nurses: ["nurse_d"])[0]
        let auditBefore = try database.texts("SELECT count(*)::text FROM audit")

        // tend refuses (exit 4, a denial) and audits the refusal in the nurse's name.
        let close = try database.tend(["month", "close", "2026-10"], as: nurse)
        #expect(close.status == 4, "tend month close as a nurse: status \(close.status): \(close.stderr)")
        #expect(close.stderr.contains("denied"), "\(close.stderr)")
        let denial = try database.texts("SELECT login || ' ' || db_role || ' ' || outcome FROM audit ORDER BY seq DESC LIMIT 1")
        #expect(denial == ["\(nurse) \(nurse) denied"], "the last audit record: \(denial)")

        // Bypassing tend: the server refuses the same role.
        let attempts = [
            "INSERT INTO month_closes (month, doc) VALUES ('2026-10', '{}')",
            "INSERT INTO closed_snapshots (month, part, doc) VALUES ('2026-10', 0, '{}')",
            "UPDATE tend_roster SET doc = doc",
            "UPDATE tend_settings SET doc = doc",
            "DELETE FROM fee_schedules",
            "UPDATE audit SET outcome = 'ok'",
            "DELETE FROM audit",
            "TRUNCATE audit",
        ]
        for sql in attempts {
            let refusal = try database.server.refusal(of: sql, database: database.name, role: nurse)
            #expect(refusal?.state == "42501", "\(sql) as \(nurse): \(refusal.map { "\($0.state) \($0.message)" } ?? "it succeeded")")
        }

        // The trail is append-only even for a role the grants let through (the superuser): the
        // trigger refuses.
        for sql in ["UPDATE audit SET outcome = 'ok' WHERE seq = 1", "DELETE FROM audit WHERE seq = 1", "TRUNCATE audit"] {
            let refusal = try database.server.refusal(of: sql, database: database.name)
            #expect(refusal?.message.contains("append-only") == true, "\(sql) as the superuser: \(refusal.map { "\($0.state) \($0.message)" } ?? "it succeeded")")
        }

        // A nurse cannot write an audit record in another login's name, even one that follows
        // the chain; in her own name the chain check still applies.
        let head = try database.texts("SELECT seq::text || ' ' || hash FROM audit ORDER BY seq DESC LIMIT 1")
        let parts = (head.first ?? nil)?.split(separator: " ") ?? []
        try #require(parts.count == 2)
        let insert = { (login: String) in
            """
            INSERT INTO audit (seq, prev, hash, at, login, db_role, action, patient, outcome, line)
            VALUES (\(Int(parts[0])! + 1), '\(parts[1])', 'forged-\(login)', now(), '\(login)', '\(login)', 'month.close', NULL, 'ok', '{}')
            """
        }
        let forged = try database.server.refusal(of: insert(database.server.superuser), database: database.name, role: nurse)
        #expect(forged?.message.contains("may not record a change in the name of") == true,
                "an audit record in another's name: \(forged.map { "\($0.state) \($0.message)" } ?? "it was written")")

        // Nothing of it happened: no close, and the trail gained only tend's denial.
        #expect(try database.texts("SELECT count(*)::text FROM month_closes") == ["0"])
        let auditAfter = try database.texts("SELECT (count(*) - 1)::text FROM audit")
        #expect(auditAfter == auditBefore, "audit records before \(auditBefore), after (less tend's denial) \(auditAfter)")
        #expect(try database.tend(["audit", "verify"]).status == 0)
    }

    /// A role that tend's roster calls a supervisor but that the database only made a member of
    /// tend_staff: tend lets the close through, and the database refuses it.
    @Test func theDatabaseRefusesAMonthCloseThatTheRosterWouldAllow() throws {
        let database = try AcceptanceDatabase(on: .shared, label: "grant")
        defer { database.drop() }
        let nurse = try database.initStore(nurses: ["nurse_g"])[0]
        try database.tendOK(["staff", "update", nurse, "--role", "nurse", "--role", "supervisor"])

        let close = try database.tend(["month", "close", "2026-10"], as: nurse)
        #expect(close.status == 4, "status \(close.status): \(close.stderr)")
        #expect(close.stderr.contains("the database refused it") && close.stderr.contains("month_closes"), "\(close.stderr)")
        #expect(try database.texts("SELECT count(*)::text FROM month_closes") == ["0"])

        // Granted tend_supervisor, the same role may close the month.
        try database.server.run("GRANT tend_supervisor TO \(nurse)")
        let granted = try database.tend(["month", "close", "2026-10"], as: nurse)
        #expect(granted.status == 0, "with tend_supervisor: \(granted.stderr)")
        #expect(try database.texts("SELECT count(*)::text FROM month_closes") == ["1"])
    }
}
