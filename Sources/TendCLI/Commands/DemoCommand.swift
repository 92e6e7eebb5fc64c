import ArgumentParser
import Foundation
import TendDomain
import TendServices
import TendStore

/// `tend demo`.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Create a fictional, realistic store for trying tend and for benchmarks.",
        discussion: "Accented and CJK names, missing consents, incomplete plans and months of history up to today. As with init, the account running it becomes admin and supervisor (and a nurse with a share of the patients).")

    @OptionGroup var options: StoreOptions
    @Option(parsing: .unconditional, help: "Number of patients (1 to 200000).") var patients: Int = 150
    @Option(parsing: .unconditional, help: "Months of history, this month included (1 to 120).") var months: Int = 24
    @Option(parsing: .unconditional, help: "Random seed (same seed, same store), 0 to 18446744073709551615.") var seed: UInt64 = 1
    @Option(name: .customLong("time-zone"), help: "IANA time zone of the practice.") var timeZone = "America/New_York"

    func validate() throws {
        try NumericOption.check(patients, "--patients", in: NumericOption.demoPatients)
        try NumericOption.check(months, "--months", in: NumericOption.demoMonths)
    }

    func run() throws {
        try Run.guarded {
            let place = try options.place()
            let started = Date()
            let (store, summary) = try DemoGenerator(patients: patients, months: months, seed: seed)
                .create(in: place, account: try place.actingAccount(for: Account.current()), timeZone: timeZone, now: Date())
            Console.warn("created a demo store at \(store.location): \(summary.patients) patients, \(summary.staff) staff, \(summary.entries) time entries (\(String(format: "%.1f", Date().timeIntervalSince(started))) s)")
        }
    }

    /// `tend --demo`: a fresh demo store in a temporary directory (150 patients, 24 months).
    static func makeQuickDemo() throws -> JSONFileStore {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("tend-demo-\(getpid())-\(Int(Date().timeIntervalSince1970))")
        let (store, summary) = try DemoGenerator(patients: 150, months: 24, seed: 1)
            .create(at: root, account: Account.current(), timeZone: "America/New_York", now: Date())
        Console.warn("demo store with \(summary.patients) fictional patients at \(root.path) (reopen it with: tend --store \(root.path))")
        return store
    }
}
