import Foundation
import Testing

/// `tend init` says which time zone it chose and where the choice came from.
@Suite(.serialized) struct InitTimeZoneCLITests {
    /// Runs `tend init` on a new store with TZ set to `tz`, or removed when nil.
    func initStore(_ extra: [String] = [], tz: String?) throws -> (StoreFixture, TendProcess.Result) {
        let s = StoreFixture()
        let process = Process()
        process.executableURL = TendProcess.binary("tend")
        process.arguments = ["--store", s.path, "init", "--practice", "Zone Clinic"] + extra
        var environment = ProcessInfo.processInfo.environment
        environment["TEND_STORE"] = nil
        environment["TZ"] = tz
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (s, TendProcess.Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                                      stderr: String(decoding: errData, as: UTF8.self)))
    }

    /// The zone the store recorded.
    func storedZone(_ s: StoreFixture) throws -> String? {
        let data = try Data(contentsOf: s.root.appendingPathComponent("store.json"))
        return (try JSONSerialization.jsonObject(with: data) as? [String: Any])?["timeZone"] as? String
    }

    @Test func theOptionWinsAndIsNamed() throws {
        let (s, r) = try initStore(["--time-zone", "America/Denver"], tz: "Europe/Paris")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("time zone: America/Denver (from --time-zone)"), "\(r.stderr)")
        #expect(try storedZone(s) == "America/Denver")
    }

    @Test func tzIsUsedAndNamed() throws {
        for tz in ["America/Chicago", ":America/Chicago", "/usr/share/zoneinfo/America/Chicago"] {
            let (s, r) = try initStore(tz: tz)
            #expect(r.status == 0, "\(r.stderr)")
            #expect(r.stderr.contains("time zone: America/Chicago (from $TZ)"), "TZ=\(tz): \(r.stderr)")
            #expect(try storedZone(s) == "America/Chicago")
        }
    }

    @Test func aTZThatNamesNoZoneIsRefused() throws {
        let (s, r) = try initStore(tz: "Mars/Olympus_Mons")
        #expect(r.status == 64, "\(r.stderr)")
        #expect(r.stderr.contains("$TZ is 'Mars/Olympus_Mons', which is not an IANA time zone name"), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: s.root.appendingPathComponent("store.json").path))
    }

    @Test func withoutOptionOrTZTheSystemZoneOrUTCIsUsedAndNamed() throws {
        let (s, r) = try initStore(tz: nil)
        #expect(r.status == 0, "\(r.stderr)")
        // What this machine has decides which source is named.
        if let target = try? FileManager.default.destinationOfSymbolicLink(atPath: "/etc/localtime"),
           let range = target.range(of: "zoneinfo/") {
            let zone = String(target[range.upperBound...])
            #expect(r.stderr.contains("time zone: \(zone) (from /etc/localtime, the system's time zone)"), "\(r.stderr)")
            #expect(try storedZone(s) == zone)
        } else if !FileManager.default.fileExists(atPath: "/etc/localtime"), !FileManager.default.fileExists(atPath: "/etc/timezone") {
            #expect(r.stderr.contains("time zone: UTC (no --time-zone, $TZ or system time zone was found, so UTC)"), "\(r.stderr)")
            #expect(try storedZone(s) == "UTC")
        } else {
            #expect(r.stderr.contains("the system's time zone"), "\(r.stderr)")
        }
    }
}
