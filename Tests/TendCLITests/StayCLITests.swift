import Foundation
import Testing

/// `tend stay …` through the binary, in a store where it is now about noon.
@Suite(.serialized) struct StayCLITests {
    func shifted(_ days: Int) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let formatter = DateFormatter()
        formatter.calendar = calendar
        formatter.timeZone = calendar.timeZone
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: calendar.date(byAdding: .day, value: days, to: formatter.date(from: StoreFixture.today)!)!)
    }

    @Test func addListRecordAndReport() throws {
        let s = try StoreFixture.initialized(timeZone: StoreFixture.noonZone)
        let id = try s.addPatient()
        try s.makeReady(id)
        // Time logged today, the discharge day: on record, not counted.
        let logged = try s.tend("time", "log", id, "--start", StoreFixture.ago(minutes: 60), "--end", StoreFixture.ago(minutes: 30),
                                "--activity", "call", "--note", "n")
        #expect(logged.status == 0, "\(logged.stderr)")
        let added = try s.tend("stay", "add", id, "--admit", shifted(-3), "--discharge", StoreFixture.today, "--kind", "hospital",
                               "--facility", "County General")
        #expect(added.status == 0, "\(added.stderr)")
        let stay = added.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(stay.hasPrefix("S") && added.stderr.contains("TCM contact due"))
        #expect(added.stderr.contains("DOB 1950-03-04"))

        let list = try s.json("stay", "list", id, "--format", "json") as! [[String: Any]]
        #expect(list.count == 1 && list[0]["stay"] as? String == stay && list[0]["outcome"] as? String == "pending")
        #expect((list[0]["contact"] as? [String: Any])?["state"] as? String == "due")
        #expect(list[0]["facility"] as? String == "County General" && list[0]["source"] as? String == "manual")

        let month = try s.json("report", "month", StoreFixture.thisMonth, "--format", "json") as! [String: Any]
        let line = (month["patients"] as? [[String: Any]])?.first { $0["id"] as? String == id }
        #expect(line?["clinicalMinutes"] as? Int == 0)
        let reasons = ((line?["notCounted"] as? [String: Any])?["reasons"] as? [[String: Any]])?.compactMap { $0["reason"] as? String }
        #expect(reasons == ["inpatient"])
        #expect((line?["transitions"] as? [[String: Any]])?.count == 1)
        let listed = try s.tend("time", "list", "--patient", id)
        #expect(listed.stdout.contains("Not counted toward a claim:") && listed.stdout.contains("30 min  inpatient"))

        #expect(try s.tend("stay", "contact", id, stay, "--date", StoreFixture.today).status == 0)
        let visit = try s.tend("stay", "visit", id, stay, "--date", StoreFixture.today, "--complexity", "high")
        #expect(visit.status == 0, "\(visit.stderr)")
        #expect(visit.stderr.contains("TCM 99496 earned"))
        let after = try s.json("report", "month", StoreFixture.thisMonth, "--format", "json") as! [String: Any]
        let transition = ((after["patients"] as? [[String: Any]])?.first { $0["id"] as? String == id }?["transitions"] as? [[String: Any]])?.first
        #expect(transition?["tcm"] as? String == "99496" && transition?["practitioner"] as? String == "drlawson")
        let tcm = (after["totals"] as? [String: Any])?["tcm"] as? [String: Any]
        #expect((tcm?["codes"] as? [[String: Any]])?.first?["code"] as? String == "99496")
        let text = try s.tend("report", "month", StoreFixture.thisMonth)
        #expect(text.stdout.contains("TCM 99496 billed this month by drlawson"))
    }

    @Test func badInputIsRefusedWithAClearMessage() throws {
        let s = try StoreFixture.initialized(timeZone: StoreFixture.noonZone)
        let id = try s.addPatient()
        let future = try s.tend("stay", "add", id, "--admit", StoreFixture.today, "--discharge", shifted(1), "--kind", "snf")
        #expect(future.status == 1 && future.stderr.contains("is in the future"))
        let kind = try s.tend("stay", "add", id, "--admit", shifted(-2), "--discharge", shifted(-1), "--kind", "clinic")
        #expect(kind.status != 0 && kind.stderr.contains("--kind must be hospital or snf"))
        #expect(try s.tend("stay", "add", id, "--admit", shifted(-5), "--discharge", shifted(-1), "--kind", "snf").status == 0)
        let overlap = try s.tend("stay", "add", id, "--admit", shifted(-2), "--discharge", StoreFixture.today, "--kind", "hospital")
        #expect(overlap.status == 1 && overlap.stderr.contains("overlaps"))
        let unknown = try s.tend("stay", "contact", id, "S0000000000")
        #expect(unknown.status == 1 && unknown.stderr.contains("stay 'S0000000000'"))
        let complexity = try s.tend("stay", "visit", id, "S0000000000", "--complexity", "low")
        #expect(complexity.status != 0 && complexity.stderr.contains("--complexity must be moderate or high"))
    }
}
