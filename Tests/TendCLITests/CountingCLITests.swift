import Foundation
import Testing

/// Issue 8 §3 on the command line: warnings for time that will not count, duplicates refused
/// unless --separate, durations never clock-like, consent stating its four disclosures.
@Suite(.serialized) struct CountingCLITests {
    let note = "Reconciled after pharmacy change"

    @Test func timeWithoutConsentIsLoggedWithAWarningSayingWhyAndWhatWouldCount() throws {
        let s = try StoreFixture.initialized(timeZone: StoreFixture.noonZone)
        let id = try s.addPatient()
        let r = try s.tend("time", "log", id, "--minutes", "15", "--activity", "medication", "--note", note)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.lines.count == 1)
        #expect(r.stderr.contains("logged 15 min for \(id) Ramírez, José (DOB 1950-03-04, MRN M1) on \(StoreFixture.today)"), "\(r.stderr)")
        #expect(r.stderr.contains("warning: 15 min of this time will not count toward a claim"))
        #expect(r.stderr.contains("no-consent: no CCM consent is recorded for this patient; to count: record the patient's CCM consent (all four disclosures) dated on or before \(StoreFixture.today)"))
        let start = try s.tend("time", "start", id, "--activity", "call")
        #expect(start.status == 0)
        #expect(start.stderr.contains("warning: time for this patient today will not count") && start.stderr.contains("no-consent"))
        #expect(try s.tend("time", "discard", "--yes").status == 0)
    }

    @Test func countingTimeHasNoWarning() throws {
        let s = try StoreFixture.initialized(timeZone: StoreFixture.noonZone)
        let id = try s.addPatient()
        try s.makeReady(id)
        let r = try s.tend("time", "log", id, "--minutes", "15", "--activity", "medication", "--note", note)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(!r.stderr.contains("warning"))
        let start = try s.tend("time", "start", id)
        #expect(!start.stderr.contains("warning"))
    }

    @Test func theSameEntryTwiceIsRefusedUnlessSeparate() throws {
        let s = try StoreFixture.initialized(timeZone: StoreFixture.noonZone)
        let id = try s.addPatient()
        let args = ["time", "log", id, "--minutes", "15", "--date", "2026-10-05", "--activity", "medication", "--note", note]
        let first = try s.tend(arguments: args)
        #expect(first.status == 0, "\(first.stderr)")
        let firstID = first.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let again = try s.tend(arguments: args)
        #expect(again.status == 1)
        #expect(again.stderr.contains("probably a duplicate of entry \(firstID) (2026-10-05 09:00-09:15, 15 min medication reconciliation by"))
        #expect(again.stderr.contains("for Ramírez, José (DOB 1950-03-04), same note); nothing was logged"))
        #expect(again.stderr.contains("--separate \"REASON\""))
        #expect(again.stdout.isEmpty)
        let separate = try s.tend(arguments: args + ["--separate", "second call: the pharmacy rang back"])
        #expect(separate.status == 0, "\(separate.stderr)")
        let entries = try s.json("time", "list", "--month", "2026-10", "--format", "json") as! [Any]
        #expect(entries.count == 2)
        let audit = try s.tend("audit", "log", "--last", "1", "--format", "json")
        #expect(audit.stdout.contains("second call: the pharmacy rang back"))
    }

    @Test func minutesRightAfterAStopGoBeforeTheStoppedEntryAndTheOutputSaysWhere() throws {
        let s = try StoreFixture.initialized(timeZone: StoreFixture.noonZone)
        let id = try s.addPatient()
        #expect(try s.tend("time", "start", id, "--activity", "call").status == 0)
        Thread.sleep(forTimeInterval: 1.5)
        let stop = try s.tend("time", "stop", "--note", "Reviewed home BP log")
        #expect(stop.status == 0, "\(stop.stderr)")
        #expect(stop.stderr.range(of: #"logged [0-9]+ s for "#, options: .regularExpression) != nil, "\(stop.stderr)")
        let log = try s.tend("time", "log", id, "--minutes", "15", "--activity", "medication", "--note", note)
        #expect(log.status == 0, "\(log.stderr)")
        #expect(log.stderr.contains("(ends where your later time starts, so as not to overlap it)"))
        let entries = try s.json("time", "list", "--format", "json") as! [[String: Any]]
        #expect(entries.count == 2)
        let manual = try #require(entries.first { $0["source"] as? String == "manual" })
        let watch = try #require(entries.first { $0["source"] as? String == "stopwatch" })
        #expect(manual["end"] as? String == watch["start"] as? String)
    }

    @Test func durationsAreNeverClockLike() throws {
        let s = try StoreFixture.initialized(timeZone: StoreFixture.noonZone)
        let id = try s.addPatient()
        #expect(try s.tend("time", "start", id, "--activity", "call").status == 0)
        let pause = try s.tend("time", "pause")
        #expect(pause.stderr.range(of: #"paused the stopwatch of .* at [0-9]+ s"#, options: .regularExpression) != nil, "\(pause.stderr)")
        let status = try s.tend("time", "status")
        #expect(status.stdout.range(of: #"elapsed [0-9]+ s"#, options: .regularExpression) != nil, "\(status.stdout)")
        #expect(!status.stdout.contains("0:00:0"))
        let discard = try s.tend("time", "discard", "--yes")
        #expect(discard.stderr.range(of: #"discarded [0-9]+ s for"#, options: .regularExpression) != nil)
        #expect(try s.tend("time", "log", id, "--start", "2026-10-05T14:00:00Z", "--end", "2026-10-05T14:25:30Z",
                           "--activity", "call", "--note", "n").stderr.contains("logged 25 min 30 s for"))
        let list = try s.tend("time", "list", "--month", "2026-10")
        #expect(list.stdout.contains("25 min 30 s") && !list.stdout.contains("25.5"))
        #expect(try s.tend("time", "list", "--month", "2026-10", "--format", "csv").stdout.contains(",25.5,"))
    }

    @Test func consentStatesEachDisclosure() throws {
        let s = try StoreFixture.initialized(timeZone: StoreFixture.noonZone)
        let id = try s.addPatient()
        // Nothing is assumed: a record that does not state the four disclosures is refused.
        let bare = try s.tend("consent", "record", id, "--method", "verbal")
        #expect(bare.status != 0)
        #expect(bare.stderr.contains("not stated: availability, cost-sharing, one-practitioner, stop-any-time"))
        let three = try s.tend("consent", "record", id, "--method", "verbal", "--disclosed", "availability,cost-sharing,one-practitioner")
        #expect(three.status != 0 && three.stderr.contains("not stated: stop-any-time"))
        let typo = try s.tend("consent", "record", id, "--method", "verbal", "--disclosed", "availability,costsharing")
        #expect(typo.status != 0 && typo.stderr.contains("'costsharing' is not a disclosure"))
        let both = try s.tend("consent", "record", id, "--method", "verbal", "--disclosed", StoreFixture.allDisclosures, "--not-disclosed", "cost-sharing")
        #expect(both.status != 0 && both.stderr.contains("cannot be both"))
        var shown = try s.json("patient", "show", id, "--format", "json") as! [String: Any]
        #expect(shown["consent"] as? String == "none")
        // Explicitly not given: kept, does not count, and says so.
        let partial = try s.tend("consent", "record", id, "--method", "written", "--disclosed", "availability",
                                 "--disclosed", "one-practitioner,stop-any-time", "--not-disclosed", "cost-sharing")
        #expect(partial.status == 0, "\(partial.stderr)")
        #expect(partial.stderr.contains("does not count") && partial.stderr.contains("cost sharing"))
        let full = try s.tend("consent", "record", id, "--method", "verbal", "--disclosed", StoreFixture.allDisclosures)
        #expect(full.status == 0 && full.stderr.contains("with all four disclosures; patient enrolled"))
        shown = try s.json("patient", "show", id, "--format", "json") as! [String: Any]
        #expect(shown["enrollment"] as? String == "enrolled")
        // A decline needs no disclosures.
        let other = try s.addPatient(name: "Lee, Ann", mrn: "L2")
        #expect(try s.tend("consent", "record", other, "--method", "verbal", "--declined").status == 0)
    }

    @Test func theMonthReportShowsTimeThatDidNotCountAndWhy() throws {
        let s = try StoreFixture.initialized(timeZone: StoreFixture.noonZone)
        let id = try s.addPatient()
        #expect(try s.tend("time", "log", id, "--minutes", "15", "--activity", "medication", "--note", note).status == 0)
        let text = try s.tend("report", "month")
        #expect(text.status == 0)
        #expect(text.stdout.contains("Time that did not count toward a claim (1 patient):"))
        #expect(text.stdout.contains("Ramírez, José (DOB 1950-03-04"))
        #expect(text.stdout.contains("[\(id)]: 15 min not counted:"), "\(text.stdout)")
        #expect(text.stdout.contains("no-consent: no CCM consent is recorded for this patient"))
        let tail = text.stdout.components(separatedBy: "Time that did not count")[1]
        for line in tail.split(separator: "\n") { #expect(line.count <= 80, "\(line)") }
        let json = try s.json("report", "month", "--format", "json") as! [String: Any]
        let line = try #require((json["patients"] as? [[String: Any]])?.first { $0["id"] as? String == id })
        let notCounted = try #require(line["notCounted"] as? [String: Any])
        #expect(notCounted["seconds"] as? Int == 900 && notCounted["minutes"] as? Int == 15)
        let reasons = try #require(notCounted["reasons"] as? [[String: Any]])
        #expect(reasons.map { $0["reason"] as? String } == ["no-consent"])
        #expect((reasons.first?["remedy"] as? String)?.contains("all four disclosures") == true)
        #expect((json["totals"] as? [String: Any])?["notCountedSeconds"] as? Int == 900)
        // The supervisor's table on the command line says it too.
        let table = try s.tend("supervisor", "table", "--format", "csv")
        #expect(table.stdout.contains("practitioner min,not counted min,not counted why,"), "\(table.stdout)")
        #expect(table.stdout.contains("\(id),\"Ramírez, José\",1950-03-04,M1,nurse1,15,0,15,no-consent,"), "\(table.stdout)")
    }
}
