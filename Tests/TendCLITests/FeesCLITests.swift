import Foundation
import Testing

/// `tend fees show/set/import` through the command line, and the unpriced warnings of the month
/// report for a year without a schedule and for a code without a confirmed amount.
@Suite(.serialized) struct FeesCLITests {
    func csv(_ s: StoreFixture, _ text: String) throws -> String {
        let file = s.root.deletingLastPathComponent().appendingPathComponent("fees-\(UUID().uuidString).csv")
        try Data(text.utf8).write(to: file)
        return file.path
    }

    @Test func showSetAndImportAYearsSchedule() throws {
        let s = try StoreFixture.initialized()
        let shown = try s.json("fees", "show", "--year", "2026", "--format", "json") as! [String: Any]
        #expect(shown["years"] as? [Int] == [2025, 2026] && shown["exists"] as? Bool == true)
        let fees = try #require(shown["fees"] as? [[String: Any]])
        let byCode = Dictionary(uniqueKeysWithValues: fees.map { ($0["code"] as! String, $0) })
        #expect(byCode.count == 15)
        #expect((byCode["99490"]?["amount"] as? NSNumber)?.doubleValue == 66.13 && byCode["99490"]?["status"] as? String == "confirmed")
        #expect(byCode["99439"]?["status"] as? String == "unconfirmed")
        #expect(byCode["99491"]?["amount"] is NSNull && byCode["99491"]?["status"] as? String == "not-entered")
        #expect(byCode["G0558"]?["program"] as? String == "apcm")

        let table = try s.tend("fees", "show", "--year", "2026")
        #expect(table.status == 0 && table.stdout.contains("CY2026 national non-facility (CY2026, effective 2026-01-01)"))
        #expect(table.stdout.contains("unconfirmed") && table.stdout.contains("Years with a schedule: 2025, 2026."))

        let none = try s.tend("fees", "show", "--year", "2027")
        #expect(none.status == 0 && none.stdout.hasPrefix("No fee schedule for 2027: its months are unpriced"))

        let set = try s.tend("fees", "set", "g0557", "$52.10", "--year", "2027")
        #expect(set.status == 0 && set.stderr.contains("CY2027: G0557 is $52.10, confirmed"), "\(set.stderr)")
        let imported = try s.tend("fees", "import", try csv(s, "code,amount\n99490,68.00\n99439,52.00\n"), "--year", "2027")
        #expect(imported.status == 0 && imported.stderr.contains("imported 2 amount(s) into the CY2027 fee schedule"))
        let after = try s.json("fees", "show", "--year", "2027", "--format", "json") as! [String: Any]
        #expect(after["years"] as? [Int] == [2025, 2026, 2027])
        let entered = (after["fees"] as? [[String: Any]])?.filter { $0["status"] as? String == "confirmed" }.map { $0["code"] as! String }
        #expect(entered == ["99490", "99439", "G0557"])
        let log = try s.tend("audit", "log", "--last", "2")
        #expect(log.stdout.contains("fees.set") && log.stdout.contains("fees.import"))
    }

    @Test func badInputIsRefusedWithAClearMessageAndNothingWritten() throws {
        let s = try StoreFixture.initialized()
        let before = try s.tend("fees", "show", "--year", "2026", "--format", "json").stdout
        let bad = try s.tend("fees", "import", try csv(s, "code,amount\n99490,70\nX1,5\n99439,-1\n99487,1.005\n"), "--year", "2026")
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("nothing was imported: 3 row(s) are invalid:"))
        #expect(bad.stderr.contains("line 3: unknown code 'X1'") && bad.stderr.contains("line 4: the amount for 99439 must not be negative"))
        #expect(bad.stderr.contains("line 5: the amount for 99487 must be in whole cents"))
        let unknown = try s.tend("fees", "set", "99999", "5", "--year", "2026")
        #expect(unknown.status == 1 && unknown.stderr.contains("unknown code '99999'"))
        let cents = try s.tend("fees", "set", "99490", "66.131", "--year", "2026")
        #expect(cents.status == 1 && cents.stderr.contains("must be in whole cents"))
        #expect(try s.tend("fees", "show", "--year", "2026", "--format", "json").stdout == before)
        for arguments in [["fees", "import", "--year", "2026"], ["fees", "import", "x.csv", "--shipped", "--year", "2026"]] {
            let out = try s.tend(arguments: arguments)
            #expect(out.status == 64 && out.stderr.contains("give either FILE.csv or --shipped"), "\(out.stderr)")
        }
        let shipped = try s.tend("fees", "import", "--shipped", "--year", "2026")
        #expect(shipped.status == 0 && shipped.stderr.contains("CY2026: the shipped CY2026 national non-facility schedule is in place"))
        #expect(try s.tend("fees", "show", "--year", "2026", "--format", "json").stdout == before)
        for year in ["2014", "2100"] {
            let out = try s.tend("fees", "set", "99490", "5", "--year", year)
            #expect(out.status == 64 && out.stderr.contains("--year must be between 2015 and 2099 (got \(year))"), "\(out.stderr)")
        }
    }

    @Test func aYearWithoutScheduleAndAnUnconfirmedCodeAreUnpricedInTheReport() throws {
        let s = try StoreFixture.initialized(timeZone: StoreFixture.noonZone)
        // 2024 has no schedule in a new store: the report says so, never priced from 2025.
        let old = try s.json("report", "month", "2024-06", "--format", "json") as! [String: Any]
        #expect(old["feeYear"] as? Int == 2024)
        let warnings = try #require(old["warnings"] as? [[String: Any]])
        #expect(warnings.first?["id"] as? String == "unpriced")
        #expect((warnings.first?["message"] as? String)?.hasPrefix("unpriced: no fee schedule for 2024") == true)
        let text = try s.tend("report", "month", "2024-06")
        #expect(text.stdout.contains("warning: unpriced: no fee schedule for 2024"))

        // 45 minutes this month bill 99439, which no shipped schedule has confirmed.
        let id = try s.addPatient()
        try s.makeReady(id)
        let r = try s.tend("time", "log", id, "--start", StoreFixture.ago(minutes: 100), "--end", StoreFixture.ago(minutes: 55),
                           "--activity", "call", "--note", "n")
        #expect(r.status == 0, "\(r.stderr)")
        let report = try s.json("report", "month", StoreFixture.thisMonth, "--format", "json") as! [String: Any]
        let line = try #require((report["patients"] as? [[String: Any]])?.first { $0["id"] as? String == id })
        let lineWarnings = try #require(line["warnings"] as? [[String: Any]])
        #expect(lineWarnings.first?["id"] as? String == "unpriced")
        let codes = try #require(lineWarnings.first?["codes"] as? [[String: Any]])
        #expect(codes.contains { $0["code"] as? String == "99439" && ["unconfirmed", "not-entered"].contains($0["status"] as? String) })
        #expect((report["warnings"] as? [[String: Any]])?.isEmpty == false)
        // Once the practice enters its own amounts for the year, the warnings go.
        try s.priceThisYear()
        let priced = try s.json("report", "month", StoreFixture.thisMonth, "--format", "json") as! [String: Any]
        #expect((priced["warnings"] as? [[String: Any]])?.isEmpty == true)
        #expect(((priced["patients"] as? [[String: Any]])?.first?["warnings"] as? [Any])?.isEmpty == true)
    }
}
