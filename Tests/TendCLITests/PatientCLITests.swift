import Foundation
import Testing

@Suite(.serialized) struct PatientCLITests {
    @Test func addPrintsOnlyTheIdAndListShowsIt() throws {
        let s = try StoreFixture.initialized()
        let id = try s.addPatient(name: "王, 秀英", mrn: "MRN-7")
        #expect(id.range(of: "^P[0-9A-Z]{7}$", options: .regularExpression) != nil)
        let list = try s.json("patient", "list", "--format", "json") as! [[String: Any]]
        #expect(list.count == 1)
        #expect(list[0]["id"] as? String == id)
        #expect(list[0]["name"] as? String == "王, 秀英")
        #expect(list[0]["mrn"] as? String == "MRN-7")
        #expect(list[0]["conditions"] as? [String] == ["E11.9", "I10"])
        // By MRN too.
        let shown = try s.json("patient", "show", "MRN-7", "--format", "json") as! [String: Any]
        #expect(shown["id"] as? String == id)
    }

    @Test func badInputIsRefusedWithAClearMessageAndNothingIsWritten() throws {
        let s = try StoreFixture.initialized()
        let cases: [([String], String)] = [
            (["--name", "Doe, Jane", "--dob", "1950-02-30"], "date of birth"),
            (["--name", "Doe, Jane", "--dob", "1950-01-01", "--condition", "XYZ"], "condition"),
            (["--name", "Doe Jane", "--dob", "1950-01-01"], "name"),
            (["--name", "Doe, \u{1B}[2JJane", "--dob", "1950-01-01"], "name"),
            (["--name", "Doe, Jane", "--dob", "1950-01-01", "--mbi", "1EG4-TE5-MK7"], "MBI"),
            (["--name", "Doe, Jane", "--dob", "1950-01-01", "--care-manager", "nobody"], "care manager"),
            (["--name", "Doe, Jane", "--dob", "1950-01-01", "--billing-practitioner", "nurse1"], "not a physician"),
        ]
        for (args, needle) in cases {
            let r = try s.tend(arguments: ["patient", "add"] + args)
            #expect(r.status != 0, "\(args)")
            #expect(r.stdout.isEmpty)
            #expect(r.stderr.contains(needle), "\(args): \(r.stderr)")
            #expect(!r.stderr.contains("\u{1B}"), "an escape sequence reached the terminal")
        }
        let list = try s.json("patient", "list", "--format", "json") as! [Any]
        #expect(list.isEmpty)
    }

    @Test func duplicateMRNIsRefused() throws {
        let s = try StoreFixture.initialized()
        _ = try s.addPatient(mrn: "A1")
        let r = try s.tend("patient", "add", "--name", "Other, One", "--dob", "1940-01-01", "--mrn", "A1")
        #expect(r.status == 1)
        #expect(r.stderr.contains("already belongs"))
    }

    @Test func importIsAllOrNothingUnlessSkipInvalid() throws {
        let s = try StoreFixture.initialized()
        let csv = """
            name,dob,mrn,conditions,care_manager
            "García, Inés",1948-05-06,C1,E11.9;I10,nurse1
            "Nguyễn, Văn Minh",1944-13-01,C2,I50.9,nurse1
            "Müller, Käthe",1950-01-01,C3,J44.9 N18.3,

            """
        try FileManager.default.createDirectory(at: s.root, withIntermediateDirectories: true)
        let file = try s.scratchFile("import.csv", Data(csv.utf8))
        let refused = try s.tend("patient", "import", file.path)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("line 3"))
        #expect((try s.json("patient", "list", "--format", "json") as! [Any]).isEmpty)
        let partial = try s.tend("patient", "import", file.path, "--skip-invalid")
        #expect(partial.status == 0, "\(partial.stderr)")
        #expect(partial.lines.count == 2)
        let names = (try s.json("patient", "list", "--format", "json") as! [[String: Any]]).compactMap { $0["name"] as? String }
        #expect(names == ["García, Inés", "Müller, Käthe"])
    }

    @Test func eligibilityListsReasons() throws {
        let s = try StoreFixture.initialized()
        let two = try s.addPatient(mrn: "E1")
        let r = try s.tend("eligibility", two)
        #expect(r.status == 0)
        #expect(r.stdout.contains("eligible") && r.stdout.contains("E11.9") && r.stdout.contains("I10"))
        let one = try s.tend("patient", "add", "--name", "Solo, Sam", "--dob", "1940-01-01", "--condition", "E11.9", "--condition", "E11.65", "--condition", "Z00.00").stdout
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let result = try s.json("eligibility", one, "--format", "json") as! [String: Any]
        #expect(result["isEligible"] as? Bool == false)
        #expect((result["notOnChronicList"] as? [String]) == ["Z00.00"])
    }

    @Test func storeErrorsAreClear() throws {
        let missing = StoreFixture()
        let r = try missing.tend("patient", "list")
        #expect(r.status == 1)
        #expect(r.stderr.contains("no tend store at"))
        let s = try StoreFixture.initialized()
        let again = try s.tend("init")
        #expect(again.status == 1 && again.stderr.contains("already exists"))
        let tz = StoreFixture()
        let bad = try tz.tend("init", "--time-zone", "Mars/Olympus")
        #expect(bad.status == 1 && bad.stderr.contains("unknown time zone"))
    }
}
