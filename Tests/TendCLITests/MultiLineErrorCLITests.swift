import Foundation
import Testing

/// A refusal that lists several items prints one real line per item (never a literal `\u{A}`),
/// and every rejected import row is listed, also with --skip-invalid when no row is valid.
@Suite(.serialized) struct MultiLineErrorCLITests {
    @Test func monthCloseListsEachBlockedPatientOnItsOwnLine() throws {
        let s = try StoreFixture.initialized()
        let first = try s.addPatient(name: "Ramírez, José", mrn: "M1")
        let second = try s.addPatient(name: "Lee, Ann", mrn: "M2")
        for (hour, id) in [(14, first), (15, second)] {
            let r = try s.tend("time", "log", id, "--start", "2026-10-05T\(hour):00:00Z", "--end", "2026-10-05T\(hour):25:00Z",
                               "--activity", "call", "--note", "Reviewed BP log")
            try require(r.status == 0, r.stderr)
        }
        let refused = try s.tend("month", "close", "2026-10")
        #expect(refused.status == 1)
        #expect(!refused.stderr.contains("\\u{A}"), "\(refused.stderr)")
        let lines = refused.stderr.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("tend: error: 2026-10 cannot be closed") == true, "\(refused.stderr)")
        #expect(lines.contains { $0.hasPrefix("  \(first) Ramírez, José (DOB 1950-03-04, MRN M1): no-consent") }, "\(refused.stderr)")
        #expect(lines.contains { $0.hasPrefix("  \(second) Lee, Ann (DOB 1950-03-04, MRN M2): no-consent") }, "\(refused.stderr)")
    }

    @Test func importListsEveryRejectedRowOnItsOwnLine() throws {
        let s = try StoreFixture.initialized()
        // 25 invalid rows (more than the 20 listed before) and one valid row.
        var csv = "name,dob,mrn\r\n\"García, Inés\",1948-05-06,C1\r\n"
        for row in 0..<25 { csv += "\"Row, Number\(row)\",1944-13-\(String(format: "%02d", row + 1)),X\(row)\r\n" }
        let file = try s.scratchFile("import.csv", csv)
        defer { try? FileManager.default.removeItem(at: file) }
        let refused = try s.tend("patient", "import", file.path)
        #expect(refused.status == 1)
        #expect(!refused.stderr.contains("\\u{A}"), "\(refused.stderr)")
        let lines = refused.stderr.split(separator: "\n").map(String.init)
        #expect(lines.first == "tend: error: nothing was imported: 25 row(s) are invalid (use --skip-invalid to import the others):")
        for line in 3...27 { #expect(lines.contains { $0.hasPrefix("  line \(line): ") && $0.contains("1944-13-") }, "line \(line)") }
    }

    @Test func skipInvalidWithNoValidRowStillListsTheReasons() throws {
        let s = try StoreFixture.initialized()
        let file = try s.scratchFile("import.csv", """
            name,dob,mrn
            "Nguyễn, Văn Minh",1944-13-01,C2
            "Lee",1950-01-01,C3
            "Ortiz, Ana",1950-01-01,C4,extra

            """)
        defer { try? FileManager.default.removeItem(at: file) }
        let r = try s.tend("patient", "import", file.path, "--skip-invalid")
        #expect(r.status == 1)
        let lines = r.stderr.split(separator: "\n").map(String.init)
        #expect(lines.first == "tend: error: nothing was imported: none of the 3 row(s) is valid:", "\(r.stderr)")
        #expect(lines.contains { $0.hasPrefix("  line 2: ") && $0.contains("1944-13-01") }, "\(r.stderr)")
        #expect(lines.contains { $0.hasPrefix("  line 3: ") && $0.contains("Family, Given") }, "\(r.stderr)")
        #expect(lines.contains { $0.hasPrefix("  line 4: ") && $0.contains("4 fields") }, "\(r.stderr)")
        #expect((try s.json("patient", "list", "--format", "json") as! [Any]).isEmpty)
    }

    @Test func aLineBreakInsideAnImportedFieldCannotForgeAMessageLine() throws {
        let s = try StoreFixture.initialized()
        let file = try s.scratchFile("import.csv", "name,dob\n\"Lee, Ann\",\"1950-01-01\ntend: error: forged\"\n")
        defer { try? FileManager.default.removeItem(at: file) }
        let r = try s.tend("patient", "import", file.path, "--skip-invalid")
        #expect(r.status == 1)
        #expect(!r.stderr.split(separator: "\n").contains { $0.hasPrefix("tend: error: forged") }, "\(r.stderr)")
        #expect(r.stderr.contains("  line 2: "), "\(r.stderr)")
    }
}
