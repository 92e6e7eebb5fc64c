import Foundation
import Testing
import TendTestSupport

/// `tend export fhir` onto a full disk: a tiny tmpfs (needs root to mount; skipped otherwise).
@Suite(.serialized) struct ExportFHIRDiskFullTests {
    func sh(_ command: String) -> Int32 { DiskFullTests.sh(command) }

    @Test(.enabled(if: DiskFullTests.canMount))
    func aFailedWriteLeavesThePreviousExportWholeAndUnaudited() throws {
        let store = TempDirectory("fhir-full-store")
        let demo = try TendProcess.run(["demo", "--store", store.path, "--patients", "60", "--months", "1"])
        try require(demo.status == 0, demo.stderr)
        func tend(_ args: String...) throws -> TendProcess.Result { try TendProcess.run(["--store", store.path] + args) }
        let someone = try #require((try JSONSerialization.jsonObject(with: Data(try tend("patient", "list", "--format", "json").stdout.utf8))
                                    as? [[String: Any]])?.first?["id"] as? String)
        let mountPoint = try TempDirectory("fhir-tiny").created()
        guard sh("mount -t tmpfs -o size=128k tmpfs '\(mountPoint.path)'") == 0 else { return }
        defer { _ = sh("umount '\(mountPoint.path)'") }
        let out = mountPoint.appending("out")
        #expect(try tend("export", "fhir", "--out", out.path, "--patient", someone).status == 0)
        let before = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        let contents = try before.map { try Data(contentsOf: out.appendingPathComponent($0)) }
        let audited = try tend("audit", "log", "--format", "json").stdout.components(separatedBy: "export.fhir").count

        let full = try tend("export", "fhir", "--out", out.path)
        #expect(full.status == 1 && full.stderr.contains("cannot write") && full.stderr.contains("No space left on device"), "\(full.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted() == before)
        #expect(try before.map { try Data(contentsOf: out.appendingPathComponent($0)) } == contents)
        #expect(try tend("audit", "log", "--format", "json").stdout.components(separatedBy: "export.fhir").count == audited)
    }
}
