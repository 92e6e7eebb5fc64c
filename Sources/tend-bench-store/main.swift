// tend-bench-store STORE PATIENT COUNT LOGIN START [--wait]
//
// A benchmark helper, not shipped (scripts/bench runs it): times COUNT time entries logged in
// this process through the real store and use case (`Session.logTime`), so that the figure is the
// store's commit and the use case's checks, not a process start. STORE is a directory or a
// `postgresql://` URL (password from PGPASSWORD or the pgpass file, as for tend). Each entry is
// one minute for PATIENT (an id or an MRN), logged for staff member LOGIN by the running account (a supervisor,
// as the demo makes it), at consecutive minutes from START (ISO 8601, UTC), so that they never
// overlap. With --wait it opens the store, prints "ready", and starts when a line arrives on
// stdin (so that many writers start together). Prints "ms <milliseconds>" per entry, flushed.
import Foundation
import TendDomain
import TendPostgres
import TendServices
import TendStore

let args = CommandLine.arguments
guard args.count == 6 || (args.count == 7 && args[6] == "--wait"), let count = Int(args[3]),
      let first = ISO8601DateFormatter().date(from: args[5]) else {
    FileHandle.standardError.write(Data("usage: tend-bench-store STORE PATIENT COUNT LOGIN START(ISO 8601) [--wait]\n".utf8))
    exit(64)
}

/// The place STORE names: a database for a `postgresql://` URL, a directory otherwise.
func place(_ named: String) throws -> any StorePlace {
    guard PostgresLocation.isURL(named) else { return DirectoryPlace(URL(fileURLWithPath: named)) }
    let environment = ProcessInfo.processInfo.environment
    let location = try PostgresLocation.parse(named, environment: environment, osLogin: Account.current().login)
    let (configuration, _) = try location.connectionConfiguration(environment: environment, home: NSHomeDirectory())
    return PostgresPlace(configuration: configuration, display: location.display)
}

func say(_ line: String) { FileHandle.standardOutput.write(Data((line + "\n").utf8)) }

do {
    let store = try place(args[1]).open()
    let session = try Session(store: store, account: store.actingAccount(for: Account.current()))
    guard let patient = try (try? PatientID.validate(args[2])) ?? store.patientID(forMRN: args[2]) else {
        throw StoreError.notFound(what: "patient \(args[2])")
    }
    let login = args[4]
    if args.count == 7 {
        say("ready")
        _ = readLine()
    }
    let clock = ContinuousClock()
    for i in 0..<count {
        let start = first.addingTimeInterval(Double(i) * 60)
        let elapsed = try clock.measure {
            try session.logTime(patient, TimeRequest(
                span: .interval(start: start, end: start.addingTimeInterval(60)), activity: .call,
                note: "benchmark \(login) \(i)", onBehalfOf: login))
        }
        let (seconds, attoseconds) = elapsed.components
        say("ms \(Double(seconds) * 1000 + Double(attoseconds) / 1e15)")
    }
} catch {
    FileHandle.standardError.write(Data("tend-bench-store: \(error)\n".utf8))
    exit(1)
}
