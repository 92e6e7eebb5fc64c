import Foundation
import Testing

@Suite(.serialized) struct TimeCLITests {
    @Test func logListsEntriesWithTheDocumentedFields() throws {
        let s = try StoreFixture.initialized()
        let id = try s.addPatient()
        let r = try s.tend("time", "log", id, "--start", "2026-10-05T14:00:00Z", "--end", "2026-10-05T14:25:30Z",
                           "--activity", "call", "--note", "Reviewed BP log", "--condition", "I10", "--reason", "phone outage")
        #expect(r.status == 0, "\(r.stderr)")
        let entries = try s.json("time", "list", "--month", "2026-10", "--format", "json") as! [[String: Any]]
        #expect(entries.count == 1)
        let e = entries[0]
        #expect(e["patientId"] as? String == id)
        #expect(e["staff"] as? String == String(cString: getpwuid(getuid())!.pointee.pw_name))
        #expect(e["start"] as? String == "2026-10-05T14:00:00Z")
        #expect(e["end"] as? String == "2026-10-05T14:25:30Z")
        #expect(e["seconds"] as? Int == 1530)
        #expect(e["activity"] as? String == "call")
        #expect(e["note"] as? String == "Reviewed BP log")
        #expect(e["conditions"] as? [String] == ["I10"])
        #expect(e["source"] as? String == "manual")
        #expect(e["reason"] as? String == "phone outage")
        #expect((e["id"] as? String)?.hasPrefix("T") == true)
    }

    @Test func entryAcrossAMonthEndIsSplitAtLocalMidnight() throws {
        let s = try StoreFixture.initialized(timeZone: "America/New_York")
        let id = try s.addPatient()
        // 23:50 to 00:20 New York time on Oct 31 / Nov 1 (EDT, UTC-4).
        let r = try s.tend("time", "log", id, "--start", "2026-11-01T03:50:00Z", "--end", "2026-11-01T04:20:00Z",
                           "--activity", "transition", "--note", "Late discharge call")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.lines.count == 2)
        let october = try s.json("time", "list", "--month", "2026-10", "--format", "json") as! [[String: Any]]
        let november = try s.json("time", "list", "--month", "2026-11", "--format", "json") as! [[String: Any]]
        #expect(october.map { $0["seconds"] as? Int } == [600])
        #expect(november.map { $0["seconds"] as? Int } == [1200])
        #expect(october[0]["end"] as? String == "2026-11-01T04:00:00Z")
        #expect(october[0]["splitGroup"] as? String != nil && october[0]["splitGroup"] as? String == november[0]["splitGroup"] as? String)
    }

    @Test func overlappingEntriesOfOneStaffMemberAreRefused() throws {
        let s = try StoreFixture.initialized()
        let a = try s.addPatient(mrn: "A")
        let b = try s.addPatient(name: "Lee, Ann", mrn: "B")
        #expect(try s.tend("time", "log", a, "--start", "2026-10-05T14:00:00Z", "--end", "2026-10-05T14:20:00Z", "--activity", "call", "--note", "x").status == 0)
        let clash = try s.tend("time", "log", b, "--start", "2026-10-05T14:10:00Z", "--end", "2026-10-05T14:30:00Z", "--activity", "call", "--note", "y")
        #expect(clash.status == 1)
        #expect(clash.stderr.contains("overlaps entry"))
        // Touching is fine; another staff member at the same time is fine.
        #expect(try s.tend("time", "log", b, "--start", "2026-10-05T14:20:00Z", "--end", "2026-10-05T14:30:00Z", "--activity", "call", "--note", "y").status == 0)
        #expect(try s.tend("time", "log", b, "--start", "2026-10-05T14:00:00Z", "--end", "2026-10-05T14:20:00Z", "--activity", "call", "--note", "z", "--as", "nurse1").status == 0)
        let all = try s.json("time", "list", "--month", "2026-10", "--format", "json") as! [Any]
        #expect(all.count == 3)
    }

    @Test func badTimeInputIsRefused() throws {
        let s = try StoreFixture.initialized()
        let id = try s.addPatient()
        let cases: [([String], String)] = [
            (["--minutes", "20", "--activity", "call", "--note", ""], "note"),
            (["--minutes", "20", "--activity", "dancing", "--note", "x"], "unknown activity"),
            (["--minutes", "20", "--activity", "call", "--note", "x", "--condition", "J44.9"], "not on this patient's problem list"),
            (["--start", "2026-10-05 14:00", "--end", "2026-10-05T14:20:00Z", "--activity", "call", "--note", "x"], "ISO-8601"),
            (["--start", "2026-10-05T14:20:00Z", "--end", "2026-10-05T14:00:00Z", "--activity", "call", "--note", "x"], "after its start"),
            (["--start", "2099-10-05T14:00:00Z", "--end", "2099-10-05T14:20:00Z", "--activity", "call", "--note", "x"], "future"),
            (["--minutes", "20", "--date", "2026-13-01", "--activity", "call", "--note", "x"], "--date"),
            (["--activity", "call", "--note", "x"], "--minutes"),
        ]
        for (args, needle) in cases {
            let r = try s.tend(arguments: ["time", "log", id] + args)
            #expect(r.status != 0, "\(args)")
            #expect(r.stderr.contains(needle), "\(args): \(r.stderr)")
        }
        #expect((try s.json("time", "list", "--format", "json") as! [Any]).isEmpty)
    }

    @Test func stopwatchStartStatusStop() throws {
        let s = try StoreFixture.initialized()
        let id = try s.addPatient()
        #expect(try s.tend("time", "status").stdout.contains("no stopwatch"))
        #expect(try s.tend("time", "start", id, "--activity", "call").status == 0)
        let status = try s.tend("time", "status")
        #expect(status.stdout.contains("Ramírez, José") && status.stdout.contains("running"))
        let twice = try s.tend("time", "start", id)
        #expect(twice.status == 1 && twice.stderr.contains("already runs"))
        let noNote = try s.tend("time", "stop")
        #expect(noNote.status == 1 && noNote.stderr.contains("note is required"))
        #expect(try s.tend("time", "status").stdout.contains("running"))
        sleep(1)
        let stop = try s.tend("time", "stop", "--note", "Checked in about new meds")
        #expect(stop.status == 0, "\(stop.stderr)")
        #expect(try s.tend("time", "status").stdout.contains("no stopwatch"))
        let entries = try s.json("time", "list", "--format", "json") as! [[String: Any]]
        #expect(entries.count == 1 && entries[0]["source"] as? String == "stopwatch")
    }
}
