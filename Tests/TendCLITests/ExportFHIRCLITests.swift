import Foundation
import Testing
import TendTestSupport

/// `tend export fhir` as a process: the files, the summary, the refusals and their exit statuses.
@Suite(.serialized) struct ExportFHIRCLITests {
    @Test func writesTheBulkLayoutAndSaysWhat() throws {
        let s = try StoreFixture.initialized()
        let id = try s.addPatient(name: "O'Brien \"Zoë\", Ana\u{200F}")
        let out = TempDirectory("cli-fhir")
        let r = try s.tend("export", "fhir", "--out", out.path, "--mrn-system", "urn:oid:1.2.840.1")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("wrote \(out.path): 1 patient, no closed month") && r.stdout.contains("  Patient: 1") && r.stdout.contains("  Condition: 2"))
        let names = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        #expect(names == ["Condition.ndjson", "manifest.json", "Patient.ndjson"].sorted())
        let line = try String(contentsOf: out.appending("Patient.ndjson"), encoding: .utf8)
        let patient = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
        #expect(patient["id"] as? String == id)
        #expect(((patient["name"] as! [[String: Any]])[0]["family"] as? String) == "O'Brien \"Zoë\"")
        let json = try s.json("export", "fhir", "--out", out.path, "--format", "json") as! [String: Any]
        #expect(json["patients"] as? Int == 1 && (json["resources"] as! [[String: Any]]).count == 2)
    }

    @Test func anExportImportsIntoAFreshStoreAsTheSamePatients() throws {
        let a = try StoreFixture.initialized()
        _ = try a.addPatient()
        _ = try a.addPatient(name: "O'Brien \"Zoë\", Ana\u{200F}", mrn: "M2", extra: ["--mbi", "1EG4TE5MK73", "--phone", "555-0142"])
        _ = try a.addPatient(name: "李, 小龍", mrn: "M3", extra: ["--condition", "Z99.2"])
        let out = TempDirectory("cli-fhir")
        #expect(try a.tend("export", "fhir", "--out", out.path).status == 0)
        let b = try StoreFixture.initialized()
        let imported = try b.tend("import", "fhir", out.path)
        #expect(imported.status == 0, "\(imported.stderr)")
        let keys = ["name", "dateOfBirth", "mrn", "mbi", "phone", "conditions", "eligible"]
        func roster(_ s: StoreFixture) throws -> [String] {
            let list = try s.json("patient", "list", "--format", "json") as! [[String: Any]]
            return list.map { p in keys.map { "\($0)=\(p[$0].map { "\($0)" } ?? "-")" }.joined(separator: " ") }.sorted()
        }
        let before = try roster(a)
        #expect(before.count == 3 && before.allSatisfy { $0.contains("eligible=1") || $0.contains("eligible=true") })
        #expect(try roster(b) == before)
    }

    @Test func refusalsSayWhyAndWriteNothing() throws {
        let s = try StoreFixture.initialized()
        _ = try s.addPatient()
        let out = try TempDirectory("cli-fhir").created()
        try Data("x".utf8).write(to: out.appending("mine.txt"))
        let foreign = try s.tend("export", "fhir", "--out", out.path)
        #expect(foreign.status == 1 && foreign.stderr.contains("holds no previous tend export (found: mine.txt)"), "\(foreign.stderr)")
        let open = try s.tend("export", "fhir", "--out", out.appending("new").path, "--month", "2026-10")
        #expect(open.status == 1 && open.stderr.contains("2026-10 is not closed"), "\(open.stderr)")
        let badURI = try s.tend("export", "fhir", "--out", out.appending("new").path, "--mrn-system", "not a uri")
        #expect(badURI.status == 64 && badURI.stderr.contains("--mrn-system"), "\(badURI.stderr)")
        let badDate = try s.tend("export", "fhir", "--out", out.appending("new").path, "--since", "2026-13-01")
        #expect(badDate.status == 64 && badDate.stderr.contains("--since"), "\(badDate.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path) == ["mine.txt"])
    }
}
