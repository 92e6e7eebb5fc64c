import Foundation
import Testing
import TendTestSupport

/// A real full disk: a tiny tmpfs (needs root to mount; skipped otherwise).
@Suite(.serialized) struct DiskFullTests {
    static let canMount: Bool = {
        getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/bin/mount")
    }()

    /// Runs a shell command quietly and returns its exit status (mount, umount).
    static func sh(_ command: String) -> Int32 {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/sh")
        p.arguments = ["-c", command]
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try? p.run()
        p.waitUntilExit()
        return p.terminationStatus
    }

    func sh(_ command: String) -> Int32 { Self.sh(command) }

    @Test(.enabled(if: DiskFullTests.canMount))
    func aFullDiskFailsTheChangeCleanlyAndLosesNothing() throws {
        let mountPoint = try TempDirectory("tiny").created()
        guard sh("mount -t tmpfs -o size=768k tmpfs '\(mountPoint.path)'") == 0 else { return }
        defer {
            _ = sh("umount '\(mountPoint.path)'")
        }
        let store = mountPoint.appending("store").path
        func tend(_ args: [String]) throws -> TendProcess.Result { try TendProcess.run(["--store", store] + args) }
        #expect(try tend(["init", "--practice", "Tiny", "--time-zone", "UTC"]).status == 0)
        let id = try tend(["patient", "add", "--name", "Small, Disk", "--dob", "1950-01-01", "--condition", "E11.9", "--condition", "I10"])
            .stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        var acknowledged = 0
        var refused = 0
        // Leave a different amount of free space each round, so the disk fills at different
        // steps of the commit (staging, the audit record, the anchor).
        for round in 0..<24 {
            let filler = mountPoint.appending("filler")
            _ = sh("dd if=/dev/zero of='\(filler.path)' bs=1k count=100000 2>/dev/null")
            _ = sh("truncate -s -\(round * 2)K '\(filler.path)'")
            let start = String(format: "2026-01-%02dT10:00:00Z", round + 1)
            let end = String(format: "2026-01-%02dT10:05:00Z", round + 1)
            let r = try tend(["time", "log", id, "--start", start, "--end", end, "--activity", "call", "--note", "round \(round)"])
            if r.status == 0 { acknowledged += 1 } else {
                refused += 1
                #expect(r.status == 2, "\(r.stderr)")
                #expect(r.stderr.contains("No space left on device"), "\(r.stderr)")
            }
            try FileManager.default.removeItem(at: filler)
            let verify = try tend(["audit", "verify"])
            #expect(verify.status == 0, "round \(round): \(verify.stdout)")
        }
        #expect(refused > 0, "the disk never filled: the test did not test anything")
        let listed = try tend(["time", "list", "--month", "2026-01", "--format", "json"])
        let entries = try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [Any]
        #expect(entries?.count == acknowledged, "every acknowledged entry and nothing else")
    }
}
