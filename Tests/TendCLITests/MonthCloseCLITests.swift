import Foundation
import Testing

@Suite(.serialized) struct MonthCloseCLITests {
    /// A store with one patient who has 25 minutes in October 2026 and nothing else (every gate but eligibility fails).
    func octoberStore() throws -> (StoreFixture, String) {
        let s = try StoreFixture.initialized()
        let id = try s.addPatient()
        let r = try s.tend("time", "log", id, "--start", "2026-10-05T14:00:00Z", "--end", "2026-10-05T14:25:00Z",
                           "--activity", "call", "--note", "Reviewed BP log")
        try require(r.status == 0, r.stderr)
        return (s, id)
    }

    @Test func closingWithOpenBlockersIsRefusedWithTheListThenNotBilledUnblocks() throws {
        let (s, id) = try octoberStore()
        let refused = try s.tend("month", "close", "2026-10")
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("2026-10 cannot be closed"))
        #expect(refused.stderr.contains("\(id) Ramírez, José (DOB 1950-03-04, MRN M1): no-consent no-initiating-visit no-care-plan care-plan-not-shared"))
        let checklist = try s.json("month", "checklist", "2026-10", "--format", "json") as! [String: Any]
        #expect(checklist["blocking"] as? [String] == [id] && checklist["state"] as? String == "open")
        #expect(try s.tend("month", "not-billed", id, "2026-10").status == 64)
        #expect(try s.tend("month", "not-billed", id, "2026-10", "--reason", "no consent that month").status == 0)
        let closed = try s.tend("month", "close", "2026-10")
        #expect(closed.status == 0, "\(closed.stderr)")
        #expect(try s.tend("month", "checklist", "2026-10").stdout.contains("2026-10: closed by"))
    }

    @Test func anAmendmentAfterCloseShowsInTheReportTheExportAndThePacket() throws {
        let (s, id) = try octoberStore()
        #expect(try s.tend("month", "not-billed", id, "2026-10", "--reason", "no consent").status == 0)
        #expect(try s.tend("month", "close", "2026-10").status == 0)
        let plain = try s.tend("time", "log", id, "--start", "2026-10-07T14:00:00Z", "--end", "2026-10-07T14:10:00Z",
                               "--activity", "call", "--note", "late paper log")
        #expect(plain.status == 1 && plain.stderr.contains("2026-10 is closed"))
        let amended = try s.tend("time", "log", id, "--start", "2026-10-07T14:00:00Z", "--end", "2026-10-07T14:10:00Z",
                                 "--activity", "call", "--note", "late paper log", "--amend", "--reason", "paper log found 2 Nov")
        #expect(amended.status == 0, "\(amended.stderr)")
        let report = try s.json("report", "month", "2026-10", "--format", "json") as! [String: Any]
        let amendments = report["amendments"] as! [[String: Any]]
        #expect(report["state"] as? String == "closed" && amendments.count == 1)
        #expect(amendments[0]["reason"] as? String == "paper log found 2 Nov" && amendments[0]["action"] as? String == "time.log")
        #expect(try s.tend("report", "month", "2026-10").stdout.contains("amendment #1"))
        let export = try s.json("export", "claims", "2026-10", "--format", "json") as! [String: Any]
        #expect((export["amendments"] as! [[String: Any]]).count == 1 && export["status"] as? String == "closed")
        #expect(try s.tend("export", "claims", "2026-10").stderr.contains("amendment #1"))
        let packet = try s.tend("audit", "packet", id, "2026-10")
        #expect(packet.status == 0 && packet.stdout.contains("reason: paper log found 2 Nov"))
        #expect(packet.stdout.contains("FAIL no-consent"))
        let markdown = try s.tend("audit", "packet", id, "2026-10", "--format", "markdown")
        #expect(markdown.stdout.hasPrefix("# Audit packet: Ramírez, José, 2026-10"))
        let reopened = try s.tend("month", "reopen", "2026-10", "--reason", "payer asked for a resubmission")
        #expect(reopened.status == 0)
        let log = try s.tend("audit", "log", "--last", "1")
        #expect(log.stdout.contains("month.reopen"))
    }

    @Test func theClaimsExportIsByteStableAndNeutralisesFormulas() throws {
        let s = try StoreFixture.initialized(timeZone: StoreFixture.noonZone)
        try s.priceThisYear()
        #expect(try s.tend("staff", "update", "drlawson", "--npi", "1234567893").status == 0)
        for (offset, (name, mrn, mbi)) in [("=HYPERLINK(\"x\"), Eve", "M2", "1EG4TE5MK73"), ("Ramírez, José", "M1", "1EG4TE5MK74"), ("Lee, Ann", "M3", "")].enumerated() {
            let id = try s.addPatient(name: name, mrn: mrn, extra: mbi.isEmpty ? [] : ["--mbi", mbi])
            try s.makeReady(id)
            let r = try s.tend("time", "log", id, "--start", StoreFixture.ago(minutes: Double(50 + 30 * offset)), "--end", StoreFixture.ago(minutes: Double(25 + 30 * offset)),
                               "--activity", "call", "--note", "Called", "--as", "nurse1")
            try require(r.status == 0, r.stderr)
        }
        let month = StoreFixture.thisMonth
        let undrafted = try s.tend("export", "claims", month)
        #expect(undrafted.status == 1 && undrafted.stderr.contains("not closed"))
        let first = try s.tend("export", "claims", month, "--draft")
        let second = try s.tend("export", "claims", month, "--draft")
        #expect(first.status == 1 && first.stderr.contains("Lee, Ann (DOB 1950-03-04, MRN M3): not exported: no MBI"))
        #expect(first.stdout == second.stdout && !first.stdout.isEmpty)
        let lines = first.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.count == 3)
        #expect(lines[0].hasPrefix("status,month,mrn,mbi,family,given,date_of_birth,date_of_service,cpt,units"))
        #expect(lines[1].hasPrefix("draft,\(month),M1,1EG4TE5MK74,Ramírez,José,1950-03-04,"))
        #expect(lines[1].contains(",99490,1,E11.9 I10,drlawson,Eleanor Lawson,1234567893,60.49,,confirmed"))
        #expect(lines[2].contains(",\"'=HYPERLINK(\"\"x\"\")\",Eve,"))
        let json1 = try s.tend("export", "claims", month, "--draft", "--format", "json")
        let json2 = try s.tend("export", "claims", month, "--draft", "--format", "json")
        #expect(json1.stdout == json2.stdout && json1.stdout.contains("\"dateOfService\""))
    }

    @Test func voidCorrectAndReviewOnTheCommandLine() throws {
        let (s, id) = try octoberStore()
        let entries = try s.json("time", "list", "--month", "2026-10", "--format", "json") as! [[String: Any]]
        let entry = entries[0]["id"] as! String
        #expect(try s.tend("time", "void", entry).status == 64)
        let corrected = try s.tend("time", "correct", entry, "--start", "2026-10-05T14:00:00Z", "--end", "2026-10-05T14:15:00Z",
                                   "--reason", "call ended early")
        #expect(corrected.status == 0, "\(corrected.stderr)")
        let after = try s.json("time", "list", "--month", "2026-10", "--format", "json") as! [[String: Any]]
        #expect(after.count == 2 && after.filter { $0["voided"] as? Bool == true }.count == 1)
        let review = try s.tend("time", "review", "--month", "2026-10")
        #expect(review.stdout.contains("no overlapping entries in 2026-10") && review.stdout.contains("voided \(entry)"))
        let newID = corrected.lines[0]
        #expect(try s.tend("time", "void", newID, "--reason", "duplicate").status == 0)
        #expect(try s.tend("time", "void", newID, "--reason", "again").stderr.contains("already voided"))
        _ = id
    }

    @Test func reassignAndTheSupervisorViews() throws {
        let (s, id) = try octoberStore()
        let moved = try s.tend("patient", "reassign", "--from", "nurse1", "--to", "drlawson")
        #expect(moved.status == 0 && moved.lines == [id])
        #expect((try s.json("patient", "show", id, "--format", "json") as! [String: Any])["careManager"] as? String == "drlawson")
        #expect(try s.tend("patient", "reassign", "--from", "nurse1", "--to", "drlawson").stderr.contains("no patients to reassign"))
        let summary = try s.tend("supervisor", "summary", "2026-10")
        #expect(summary.status == 0 && summary.stdout.contains("projected year (enrolled 0 × their program's rate × 12): $0.00"))
        let table = try s.tend("supervisor", "table", "2026-10", "--format", "csv")
        #expect(table.stdout.contains("\(id),\"Ramírez, José\",1950-03-04,M1,drlawson,25,0,25,no-consent,40,99490,$0.00,blocked"), "\(table.stdout)")
        #expect(try s.tend("supervisor", "team").status == 0)
        #expect(try s.tend("supervisor", "at-risk").status == 0)
    }
}
