import Foundation
import Testing
import TendTestSupport

/// The server stops with `pg_ctl stop -m immediate` (no checkpoint, as after a power cut) while a
/// real writer process commits in a loop: the writer fails with the clear "cannot be reached"
/// message, not a crash, and after the restart every entry it acknowledged is there.
@Suite(
    .serialized,
    // They make their own databases and processes: the suite's second run (fixtures on
    // PostgreSQL) would repeat them unchanged.
    .enabled(if: !TestPostgres.fixturesOnPostgres, "runs once, in the file-store run of the suite"),
    .enabled(if: PrivateCluster.possible, "no PostgreSQL server installation (initdb, pg_ctl) to start a private cluster: set TEND_TEST_PG_BIN or install Debian's postgresql to run the immediate-stop test")
)
struct ImmediateStopTests {
    @Test func everyAcknowledgedEntrySurvivesAnImmediateStop() throws {
        let cluster = try PrivateCluster()
        defer { cluster.remove() }
        let database = try AcceptanceDatabase(on: cluster.server, label: "stop")
        let roles = try database.initStore(nurses: ["nurse_s"])
        let patient = try database.addPatient(mrn: "S1", careManager: roles[0])

        // 20,000 minutes from 60 days ago: far more than get written before the stop.
        let writer = ProgramRun.process(
            "tend-stress", [database.url(role: roles[0]), patient, "20000", roles[0], "60"],
            environment: cluster.server.environment)
        let out = Pipe(), err = Pipe()
        writer.standardOutput = out
        writer.standardError = err
        try writer.run()
        let lines = LineCollector(out.fileHandleForReading)
        let errors = Drain(err.fileHandleForReading)
        let started = lines.wait(seconds: 120) { acknowledgedIDs($0).count >= 40 }
        try cluster.stop(mode: "immediate")
        if !started { writer.terminate() }
        let output = lines.all()
        writer.waitUntilExit()
        let message = String(decoding: errors.wait(), as: UTF8.self)
        #expect(started, "the writer acknowledged 40 entries within 120 s (it printed: \(message))")

        // A clear failure, not a crash (a signal) and not silence.
        #expect(writer.terminationReason == .exit && writer.terminationStatus == 1,
                "the writer ended with \(writer.terminationReason == .exit ? "status" : "signal") \(writer.terminationStatus): \(message)")
        #expect(message.contains("cannot be reached"), "the writer's message: \(message)")

        try cluster.start()
        let acknowledged = Set(acknowledgedIDs(output))
        let stored = Set(try database.texts("SELECT id FROM time_entries WHERE active").compactMap { $0 })
        #expect(acknowledged.count >= 40)
        #expect(acknowledged.isSubset(of: stored), "acknowledged but lost after the restart: \(acknowledged.subtracting(stored).sorted())")
        // At most the one commit whose answer the stop cut off is there unacknowledged.
        #expect(stored.count - acknowledged.count <= 1, "\(stored.count) stored, \(acknowledged.count) acknowledged")
        let verify = try database.tend(["audit", "verify"])
        #expect(verify.status == 0, "audit verify after the restart: \(verify.stdout) \(verify.stderr)")
        // The store takes writes again without anything being repaired.
        let again = try database.tend(["time", "log", patient, "--minutes", "5", "--activity", "call", "--note", "after the restart"], as: roles[0])
        #expect(again.status == 0, "a write after the restart: \(again.stderr)")
    }
}
