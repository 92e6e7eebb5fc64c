import Foundation
import TendTestSupport

/// Runs the built `tend` binary (and the `tend-stress` helper) against temporary stores.
struct TendProcess {
    /// What a run printed and returned.
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
        var lines: [String] { stdout.split(separator: "\n").map(String.init) }
    }

    /// Directory holding the built products (next to the test bundle).
    static let productsDirectory: URL = {
        if let override = ProcessInfo.processInfo.environment["TEND_PRODUCTS"] { return URL(fileURLWithPath: override) }
        var url = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        while url.path != "/" {
            if FileManager.default.isExecutableFile(atPath: url.appendingPathComponent("tend").path)
                && !url.lastPathComponent.hasSuffix(".xctest") {
                return url
            }
            url.deleteLastPathComponent()
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent(".build/debug")
    }()

    static func binary(_ name: String) -> URL { productsDirectory.appendingPathComponent(name) }

    /// Runs `tend` with arguments and optional standard input.
    @discardableResult
    static func run(_ arguments: [String], stdin: String? = nil, environment: [String: String] = [:], program: String = "tend") throws -> Result {
        let process = Process()
        process.executableURL = binary(program)
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["TEND_STORE"] = nil
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }
}

/// A fixture step that failed: fails the test that ran it (not the whole test run).
struct FixtureError: Error, CustomStringConvertible {
    let description: String
}

func require(_ condition: Bool, _ message: @autoclosure () -> String) throws {
    if !condition { throw FixtureError(description: message()) }
}

/// A temporary store directory with helpers to run tend on it.
final class StoreFixture {
    private let temporary = TempDirectory("cli")
    /// The store's root directory (removed with the fixture).
    var root: URL { temporary.url }
    var path: String { root.path }
    /// Files the test hands to tend (imports, redirected output), beside the store, not in it.
    private let scratch = TempDirectory("cli-files")
    private var scratchFiles = 0

    /// A new file holding `contents`, named after `name` and removed with the fixture.
    func scratchFile(_ name: String, _ contents: Data = Data()) throws -> URL {
        scratchFiles += 1
        let file = try scratch.created().appending("\(scratchFiles)-\(name)")
        try contents.write(to: file)
        return file
    }

    /// A new file holding `text` (UTF-8), named after `name` and removed with the fixture.
    func scratchFile(_ name: String, _ text: String) throws -> URL { try scratchFile(name, Data(text.utf8)) }

    /// Runs tend on this store.
    @discardableResult
    func tend(_ arguments: String..., stdin: String? = nil) throws -> TendProcess.Result {
        try TendProcess.run(["--store", path] + arguments, stdin: stdin)
    }

    /// Runs tend on this store with an argument array.
    @discardableResult
    func tend(arguments: [String], stdin: String? = nil) throws -> TendProcess.Result {
        try TendProcess.run(["--store", path] + arguments, stdin: stdin)
    }

    /// A fixed-offset zone in which it is now about noon, so that "now minus an hour" and
    /// "today" fall in the same local day and month whenever the tests run.
    static var noonZone: String {
        let hour = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: Date()).hour!
        let offset = 12 - hour
        return offset == 0 ? "Etc/GMT" : offset > 0 ? "Etc/GMT-\(offset)" : "Etc/GMT+\(-offset)"
    }

    /// Today's date in the noon zone, and an ISO instant `minutesAgo` before now.
    static var today: String {
        let c = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: noonZone)!, from: Date())
        return String(format: "%04d-%02d-%02d", c.year!, c.month!, c.day!)
    }

    static var thisMonth: String { String(today.prefix(7)) }

    static func ago(minutes: Double) -> String {
        let f = ISO8601DateFormatter()
        return f.string(from: Date().addingTimeInterval(-minutes * 60))
    }

    /// `tend init` plus a practitioner and a nurse.
    static func initialized(timeZone: String = "America/New_York") throws -> StoreFixture {
        let fixture = StoreFixture()
        let r = try fixture.tend("init", "--practice", "Test Clinic", "--time-zone", timeZone)
        try require(r.status == 0, "init failed: \(r.stderr)")
        try fixture.tend("staff", "add", "drlawson", "--name", "Eleanor Lawson", "--credential", "MD")
        try fixture.tend("staff", "add", "nurse1", "--name", "Adaeze Okafor", "--credential", "RN")
        return fixture
    }

    /// Enters the CY2025 CCM amounts as the practice's own (confirmed) schedule of this year, so
    /// that a test in the real current month prices the same whatever year it runs in (a year
    /// without a schedule is unpriced; see docs/rules.md "Fee schedules by year").
    func priceThisYear() throws {
        let file = root.deletingLastPathComponent().appendingPathComponent("fees-\(UUID().uuidString).csv")
        try Data("code,amount\n99490,60.49\n99439,45.93\n99487,131.65\n99489,70.52\n99491,82.16\n99437,57.58\n".utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let r = try tend("fees", "import", file.path, "--year", String(StoreFixture.thisMonth.prefix(4)))
        try require(r.status == 0, "fees import failed: \(r.stderr)")
    }

    /// Adds an eligible patient (diabetes + hypertension) and returns its id.
    func addPatient(name: String = "Ramírez, José", mrn: String = "M1", extra: [String] = []) throws -> String {
        let r = try tend(arguments: ["patient", "add", "--name", name, "--dob", "1950-03-04", "--mrn", mrn,
                                     "--condition", "E11.9", "--condition", "I10", "--care-manager", "nurse1",
                                     "--billing-practitioner", "drlawson"] + extra)
        try require(r.status == 0, "patient add failed: \(r.stderr)")
        return r.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The four disclosures, as `consent record --disclosed` takes them.
    static let allDisclosures = "availability,cost-sharing,one-practitioner,stop-any-time"

    /// Makes a patient billable apart from minutes: visit, consent, established and shared plan.
    func makeReady(_ id: String, consentDate: String = StoreFixture.today, visit: String = StoreFixture.today + ":AWV") throws {
        for args in [["patient", "update", id, "--visit", visit],
                     ["consent", "record", id, "--date", consentDate, "--method", "verbal", "--disclosed", StoreFixture.allDisclosures],
                     ["plan", "set", id, "problems", "Type 2 diabetes; hypertension"],
                     ["plan", "goal", id, "A1c below 7.5%", "--target", "A1c < 7.5%", "--due", "2027-06-30"],
                     ["plan", "share", id, "--date", consentDate, "--method", "paper"]] {
            let r = try tend(arguments: args)
            try require(r.status == 0, "\(args) failed: \(r.stderr)")
        }
    }

    func json(_ arguments: String...) throws -> Any {
        let r = try tend(arguments: arguments)
        try require(r.status == 0, "\(arguments) failed: \(r.stderr)")
        return try JSONSerialization.jsonObject(with: Data(r.stdout.utf8))
    }
}
