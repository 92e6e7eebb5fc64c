import Foundation
import Testing
import TendTestSupport

/// Eight real writer processes at once on one PostgreSQL store, from two "hosts" (each process
/// with its own host name and application name) and two nurses' database roles: nothing lost,
/// nothing invented, one audit chain that verifies and names who wrote each record.
@Suite(
    .serialized,
    // They make their own databases and processes: the suite's second run (fixtures on
    // PostgreSQL) would repeat them unchanged.
    .enabled(if: !TestPostgres.fixturesOnPostgres, "runs once, in the file-store run of the suite"),
    .enabled(if: TestPostgres.available, "no PostgreSQL server: set TEND_TEST_POSTGRES (scripts/test starts one) to run the PostgreSQL acceptance tests")
)
struct TwoHostsWritersTests {
    /// Entries per writer (TEND_STRESS_ENTRIES shortens a local run; the acceptance is 500).
    let perWriter = Int(ProcessInfo.processInfo.environment["TEND_STRESS_ENTRIES"] ?? "500") ?? 500

    @Test func eightWritersOnTwoHostsAsTwoRolesLoseNothing() throws {
        let database = try AcceptanceDatabase(on: .shared, label: "hosts")
        defer { database.drop() }
        let roles = try database.initStore(nurses: ["nurse_a", "nurse_b"])
        // Writer k: the role of its host, a patient of its own, and a day of its own for its
        // minutes (a staff member's entries must never overlap; the database refuses that).
        struct Writer { var role: String; var host: String; var patient: String; var daysAgo: Int }
        var writers: [Writer] = []
        for k in 0..<8 {
            let role = roles[k % 2]
            let patient = try database.addPatient(mrn: "W\(k)", careManager: role)
            writers.append(Writer(role: role, host: k % 2 == 0 ? "site-a-host" : "site-b-host", patient: patient, daysAgo: 40 + k))
        }

        var running: [(Process, Pipe, Drain)] = []
        for (k, writer) in writers.enumerated() {
            let process = ProgramRun.process(
                "tend-stress",
                [database.url(role: writer.role, applicationName: "\(writer.host)-\(k)"), writer.patient, String(perWriter),
                 writer.role, String(writer.daysAgo)],
                environment: database.server.environment.merging(["HOSTNAME": writer.host, "USER": writer.host]) { $1 })
            let out = Pipe(), err = Pipe()
            process.standardOutput = out
            process.standardError = err
            try process.run()
            running.append((process, out, Drain(err.fileHandleForReading)))
        }
        var acknowledged: [String] = []
        for (k, (process, out, err)) in running.enumerated() {
            let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            let errors = String(decoding: err.wait(), as: UTF8.self)
            #expect(process.terminationStatus == 0, "writer \(k) (\(writers[k].role) on \(writers[k].host)): \(errors)")
            let ids = acknowledgedIDs(text)
            #expect(ids.count == perWriter, "writer \(k) acknowledged \(ids.count) of \(perWriter)")
            acknowledged += ids
        }
        #expect(acknowledged.count == 8 * perWriter)
        #expect(Set(acknowledged).count == acknowledged.count, "no id acknowledged twice")

        // Exactly the acknowledged entries are in the database, each once.
        let stored = try database.texts("SELECT id FROM time_entries WHERE active").compactMap { $0 }
        #expect(stored.count == 8 * perWriter, "exactly \(8 * perWriter) entries, found \(stored.count)")
        #expect(Set(stored) == Set(acknowledged))
        // Each role's entries are its own (the staff column is the role that wrote them).
        for role in roles {
            let count = try database.texts("SELECT count(*)::text FROM time_entries WHERE active AND staff = '\(role)'")
            #expect(count == ["\(4 * perWriter)"], "\(role): \(count)")
        }

        // The command line agrees, on every month a writer used.
        var listed = 0
        for month in try database.texts("SELECT DISTINCT month FROM time_entries ORDER BY 1").compactMap({ $0 }) {
            let list = try database.tendOK(["time", "list", "--month", month, "--format", "json"])
            let entries = try JSONSerialization.jsonObject(with: Data(list.utf8)) as? [[String: Any]] ?? []
            listed += entries.count
        }
        #expect(listed == 8 * perWriter, "tend time list shows \(listed)")

        let verify = try database.tend(["audit", "verify"])
        #expect(verify.status == 0, "audit verify: \(verify.stdout) \(verify.stderr)")
        // The audit rows name the two roles that wrote the entries: one record per entry each,
        // and the login of each record is its database role.
        for role in roles {
            let records = try database.texts("SELECT count(*)::text FROM audit WHERE db_role = '\(role)' AND login = '\(role)'")
            #expect(records == ["\(4 * perWriter)"], "\(role)'s audit records: \(records)")
        }
        let strangers = try database.texts("SELECT count(*)::text FROM audit WHERE login <> db_role")
        #expect(strangers == ["0"], "audit records whose login is not their database role: \(strangers)")
    }
}
