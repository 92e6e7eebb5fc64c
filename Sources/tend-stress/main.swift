// tend-stress STORE PATIENT COUNT LOGIN [LANE-DAYS-AGO]
//
// Logs COUNT one-minute entries for PATIENT as staff LOGIN, each at a distinct minute so that they
// never overlap, and prints "ack <entry id>" on stdout (flushed) after each commit returns. Used
// by the store tests to run many real writers at once and to kill -9 writers mid-commit.
//
// STORE is a directory or a PostgreSQL URL (postgresql://ROLE@HOST:PORT/DB, password from
// PGPASSWORD or the pgpass file, as for tend). On a directory the entries are recorded by the
// running OS account (a supervisor when LOGIN is someone else); on a database by the database
// role, as tend does. Each writer takes its own lane of minutes: LANE-DAYS-AGO days before now
// when given (writers of one staff member need disjoint lanes), else a random day 30-300 days ago.
import Foundation
import TendDomain
import TendPostgres
import TendServices
import TendStore

/// The store STORE names, opened the way the command line opens it.
func openStore(_ named: String) throws -> any RecordStore {
    guard PostgresLocation.isURL(named) else { return try JSONFileStore.open(at: URL(fileURLWithPath: named)) }
    let environment = ProcessInfo.processInfo.environment
    let location = try PostgresLocation.parse(named, environment: environment, osLogin: Account.current().login)
    let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
    let (configuration, warnings) = try location.connectionConfiguration(environment: environment, home: home)
    for warning in warnings { FileHandle.standardError.write(Data("tend-stress: \(warning)\n".utf8)) }
    return try PostgresPlace(configuration: configuration, display: location.display).open()
}

let args = CommandLine.arguments
guard args.count == 5 || args.count == 6, let count = Int(args[3]),
      args.count == 5 || Int(args[5]) != nil else {
    FileHandle.standardError.write(Data("usage: tend-stress STORE PATIENT COUNT LOGIN [LANE-DAYS-AGO]\n".utf8))
    exit(64)
}
do {
    let store = try openStore(args[1])
    let session = try Session(store: store, account: store.actingAccount(for: Account.current()))
    let patient = try PatientID.validate(args[2])
    let login = args[4]
    let daysAgo = args.count == 6 ? Int(args[5])! : Int.random(in: 30...300)
    let base = Date().addingTimeInterval(-Double(daysAgo) * 86_400).timeIntervalSince1970
    let lane = floor(base / 60) * 60
    for i in 0..<count {
        let start = Date(timeIntervalSince1970: lane + Double(i) * 60)
        let entries = try session.logTime(patient, TimeRequest(
            span: .interval(start: start, end: start.addingTimeInterval(60)), activity: .call,
            note: "stress \(login) \(i)", onBehalfOf: login))
        // Unbuffered: the line reaches the pipe before the next commit starts.
        for entry in entries { FileHandle.standardOutput.write(Data("ack \(entry.id)\n".utf8)) }
    }
} catch {
    FileHandle.standardError.write(Data("tend-stress: \(error)\n".utf8))
    exit(1)
}
