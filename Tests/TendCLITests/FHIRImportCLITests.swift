import Foundation
import Testing
import TendTestSupport

/// `tend import fhir` as a process: the fixtures, a refused file, JSON output, and a generated
/// Bulk export imported twice with bounded memory (times are for scripts/bench, not asserted).
@Suite(.serialized) struct FHIRImportCLITests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("TendFHIRTests/Fixtures")

    @Test func syntheaAndUSCoreImportThenReimportSaysNothingToChange() throws {
        let s = try StoreFixture.initialized()
        let paths = [Self.fixtures.appendingPathComponent("synthea").path, Self.fixtures.appendingPathComponent("uscore/export").path]
        let first = try s.tend(arguments: ["import", "fhir"] + paths)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("Patients: 5 created, 0 updated, 0 unchanged."), "\(first.stdout)")
        let patients = try s.json("patient", "list", "--format", "json") as! [[String: Any]]
        let cody = try #require(patients.first { ($0["name"] as? String) == "Larson, Cody" })
        #expect(cody["dateOfBirth"] as? String == "1951-04-30")
        #expect(cody["snomedProblems"] as? [String] == ["162864005", "53741008", "55822004"])
        #expect(cody["eligible"] as? Bool == true)
        let again = try s.tend(arguments: ["import", "fhir"] + paths)
        #expect(again.status == 0)
        #expect(again.stdout.contains("Nothing to change"), "\(again.stdout)")
    }

    @Test func aRefusedFileExitsOneNamingItsLineAndTheOthersImport() throws {
        let s = try StoreFixture.initialized()
        let r = try s.tend(arguments: ["import", "fhir", "--format", "json",
                                       Self.fixtures.appendingPathComponent("refusals/truncated.json").path,
                                       Self.fixtures.appendingPathComponent("synthea/Frank_McDermott_e4b360e5-2fcb-44e7-8388-bc2281f27ee9.json").path])
        #expect(r.status == 1)
        #expect(r.stderr.contains("truncated.json: refused, nothing from it was imported: line 3:"), "\(r.stderr)")
        let result = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
        #expect((result["created"] as? [Any])?.count == 1)
        let names = (try s.json("patient", "list", "--format", "json") as! [[String: Any]]).compactMap { $0["name"] as? String }
        #expect(names == ["McDermott, Frank"])
    }

    @Test func aGeneratedBulkExportImportsWithBoundedMemoryAndTwiceChangesNothing() throws {
        let s = try StoreFixture.initialized()
        let scratch = try TempDirectory("fhir-bulk").created()
        let export = scratch.appending("export")
        try FHIRBulkExport.write(to: export, patients: 2000, observations: 25)
        let first = try MeasuredRun.tend(["--store", s.path, "import", "fhir", export.path], scratch: scratch.url)
        #expect(first.exitStatus == 0, "\(first.stderr)")
        #expect(first.stdout.contains("Patients: 2000 created, 0 updated, 0 unchanged."), "\(first.stdout.suffix(2000))")
        #expect(first.stdout.contains("skipped 50000 (50000 Observation)"))
        #expect(first.peakMegabytes < 300, "peak \(first.peakMegabytes) MB")
        let second = try MeasuredRun.tend(["--store", s.path, "import", "fhir", export.path], scratch: scratch.url)
        #expect(second.exitStatus == 0)
        #expect(second.stdout.contains("Nothing to change: the store already holds what these files say (2000 patient(s) matched)."))
        #expect(second.peakMegabytes < 300, "peak \(second.peakMegabytes) MB")
    }
}
