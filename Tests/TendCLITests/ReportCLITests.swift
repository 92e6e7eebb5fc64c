import Foundation
import Testing

/// The month report through the command line, in the current month of a store whose time zone
/// puts "now" at about noon (plans and consents are dated today, so the month must be this one).
@Suite(.serialized) struct ReportCLITests {
    let month = StoreFixture.thisMonth

    func patientLine(_ report: [String: Any], _ id: String) -> [String: Any]? {
        (report["patients"] as? [[String: Any]])?.first { $0["id"] as? String == id }
    }

    func log(_ s: StoreFixture, _ id: String, from: Double, to: Double, extra: [String] = []) throws {
        let r = try s.tend(arguments: ["time", "log", id, "--start", StoreFixture.ago(minutes: from), "--end", StoreFixture.ago(minutes: to),
                                       "--activity", "call", "--note", "n"] + extra)
        #expect(r.status == 0, "\(r.stderr)")
    }

    @Test func readyPatientWithTwentyMinutesBills99490() throws {
        let s = try StoreFixture.initialized(timeZone: StoreFixture.noonZone)
        try s.priceThisYear()
        let id = try s.addPatient()
        try s.makeReady(id)
        // 19 min 59 s.
        try log(s, id, from: 200, to: 200 - (19 + 59.0 / 60))
        var report = try s.json("report", "month", month, "--format", "json") as! [String: Any]
        var line = try #require(patientLine(report, id))
        #expect(line["clinicalMinutes"] as? Int == 19)
        #expect(line["blockers"] as? [String] == ["below-threshold"])
        #expect((line["codes"] as? [Any])?.isEmpty == true)
        // One more second reaches 20 minutes.
        try log(s, id, from: 100, to: 100 - 1.0 / 60)
        report = try s.json("report", "month", month, "--format", "json") as! [String: Any]
        line = try #require(patientLine(report, id))
        #expect(line["clinicalMinutes"] as? Int == 20)
        #expect(line["blockers"] as? [String] == [])
        let codes = line["codes"] as? [[String: Any]]
        #expect(codes?.count == 1 && codes?[0]["code"] as? String == "99490" && codes?[0]["units"] as? Int == 1)
        #expect((line["payment"] as? NSNumber)?.doubleValue == 60.49)
        #expect(line["mrn"] as? String == "M1" && line["name"] as? String == "Ramírez, José")
        #expect(line["complex"] as? Bool == false && line["practitionerMinutes"] as? Int == 0)
        let totals = try #require(report["totals"] as? [String: Any])
        #expect(totals["billable"] as? Int == 1)
        #expect(report["month"] as? String == month)
    }

    @Test func gatesAreNamedByTheirIdentifiers() throws {
        let s = try StoreFixture.initialized(timeZone: StoreFixture.noonZone)
        let id = try s.addPatient()
        // Time but nothing else: every documentation gate fails.
        try log(s, id, from: 60, to: 30)
        let report = try s.json("report", "month", month, "--format", "json") as! [String: Any]
        let line = try #require(patientLine(report, id))
        #expect(line["blockers"] as? [String] == ["no-consent", "no-initiating-visit", "no-care-plan", "care-plan-not-shared"])
        // The would-be code set is still shown as an alternative.
        #expect((line["alternatives"] as? [[String: Any]])?.first?["set"] as? String == "A")
    }

    @Test func complexMonthAndBilledElsewhere() throws {
        let s = try StoreFixture.initialized(timeZone: StoreFixture.noonZone)
        try s.priceThisYear()
        let id = try s.addPatient()
        try s.makeReady(id)
        // 95 minutes of nurse time.
        try log(s, id, from: 150, to: 55, extra: ["--as", "nurse1"])
        let nurseTry = try s.tend("month", "complex", id, month, "--as", "nurse1")
        #expect(nurseTry.status == 4 && nurseTry.stderr.contains("practitioner"))
        #expect(try s.tend("month", "complex", id, month, "--as", "drlawson").status == 0)
        let report = try s.json("report", "month", month, "--format", "json") as! [String: Any]
        let line = try #require(patientLine(report, id))
        #expect(line["complex"] as? Bool == true)
        // 95 min complex: 99487 + 99489 ($202.17) beats 99490 + 2×99439 ($152.35).
        let codes = (line["codes"] as? [[String: Any]])?.map { "\($0["code"]!)x\($0["units"]!)" }
        #expect(codes == ["99487x1", "99489x1"])
        #expect((line["payment"] as? NSNumber)?.doubleValue == 202.17)
        #expect((line["alternatives"] as? [[String: Any]])?.map { $0["set"] as? String } == ["A"])
        #expect(try s.tend("month", "billed-elsewhere", id, month).status == 0)
        let after = try s.json("report", "month", month, "--format", "json") as! [String: Any]
        #expect(patientLine(after, id)?["blockers"] as? [String] == ["billed-elsewhere"])
    }

    @Test func revocationLeavesThatMonthBillable() throws {
        let s = try StoreFixture.initialized(timeZone: StoreFixture.noonZone)
        let id = try s.addPatient()
        try s.makeReady(id)
        try log(s, id, from: 90, to: 60)
        #expect(try s.tend("consent", "revoke", id).status == 0)
        let report = try s.json("report", "month", month, "--format", "json") as! [String: Any]
        #expect(patientLine(report, id)?["blockers"] as? [String] == [])
        let shown = try s.json("patient", "show", id, "--format", "json") as! [String: Any]
        #expect(shown["enrollment"] as? String == "disenrolled")
        #expect((shown["consent"] as? String)?.hasPrefix("revoked") == true)
    }

    @Test func declinedOrIncompleteConsentDoesNotCount() throws {
        let s = try StoreFixture.initialized(timeZone: StoreFixture.noonZone)
        let id = try s.addPatient()
        try s.makeReady(id)
        try log(s, id, from: 90, to: 60)
        #expect(try s.tend("consent", "record", id, "--method", "written", "--disclosed", "availability,one-practitioner,stop-any-time",
                           "--not-disclosed", "cost-sharing").status == 0)
        var report = try s.json("report", "month", month, "--format", "json") as! [String: Any]
        // The latest consent lacks a disclosure, but the earlier complete one from today still counts.
        #expect(patientLine(report, id)?["blockers"] as? [String] == [])
        // Declining on top of a standing consent is a revocation, and is refused as a decline.
        let declined = try s.tend("consent", "record", id, "--method", "verbal", "--declined")
        #expect(declined.status == 1 && declined.stderr.contains("consent revoke"))
        // A patient who only ever declined has no consent.
        let other = try s.addPatient(name: "Lee, Ann", mrn: "L2")
        #expect(try s.tend("consent", "record", other, "--method", "verbal", "--declined").status == 0)
        try log(s, other, from: 50, to: 20)
        report = try s.json("report", "month", month, "--format", "json") as! [String: Any]
        #expect((patientLine(report, other)?["blockers"] as? [String])?.first == "no-consent")
    }

    @Test func reportTableAlignsCJKNames() throws {
        let s = try StoreFixture.initialized(timeZone: StoreFixture.noonZone)
        try s.priceThisYear()
        let id = try s.addPatient(name: "山田, 花子", mrn: "J1")
        try s.makeReady(id)
        try log(s, id, from: 60, to: 35)
        let table = try s.tend("report", "month", month)
        #expect(table.status == 0)
        let rows = table.stdout.split(separator: "\n").map(String.init)
        let header = try #require(rows.first { $0.hasPrefix("id ") })
        let row = try #require(rows.first { $0.contains("山田, 花子") })
        // "name" column is followed by "care manager": in the row, nurse1 starts at the same display column.
        func column(_ line: String, _ needle: String) -> Int {
            let prefix = line[..<line.range(of: needle)!.lowerBound]
            return prefix.unicodeScalars.reduce(0) { $0 + (($1.value >= 0x3000 && $1.value <= 0x9FFF) ? 2 : 1) }
        }
        #expect(column(header, "care manager") == column(row, "nurse1"))
        #expect(table.stdout.contains("1 patients, 1 billable, expected payment $60.49"))
        let csv = try s.tend("report", "month", month, "--format", "csv")
        #expect(csv.stdout.hasPrefix("id,mrn,name,"))
    }
}
