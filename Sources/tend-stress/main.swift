// tend-stress STORE PATIENT COUNT LOGIN
//
// Logs COUNT one-minute entries for PATIENT as staff LOGIN (recorded by the running account,
// which must be a supervisor), each at a distinct minute so that they never overlap, and
// prints "ack <entry id>" on stdout (flushed) after each commit returns. Used by the store
// tests to run many real writers at once and to kill -9 writers mid-commit.
import Foundation
import TendDomain
import TendServices
import TendStore

let args = CommandLine.arguments
guard args.count == 5, let count = Int(args[3]) else {
    FileHandle.standardError.write(Data("usage: tend-stress STORE PATIENT COUNT LOGIN\n".utf8))
    exit(64)
}
do {
    let store = try JSONFileStore.open(at: URL(fileURLWithPath: args[1]))
    let session = try Session(store: store, account: Account.current())
    let patient = try PatientID.validate(args[2])
    let login = args[4]
    // Each writer gets its own day-long lane of minutes, starting at a random offset in the past.
    let base = Date().addingTimeInterval(-Double(Int.random(in: 30...300)) * 86_400).timeIntervalSince1970
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
