import Foundation
import Testing

/// `tend program set/show`, `tend consent record --program`, `consent show` and `--qmb`, run as the binary.
@Suite(.serialized) struct ProgramCLITests {
    @Test func setThenShowTheProgramWithItsConsentAndWhatIsMissing() throws {
        let s = try StoreFixture.initialized()
        let id = try s.addPatient()
        let month = StoreFixture.thisMonth
        var r = try s.tend("program", "set", id, "pcm")
        #expect(r.status == 1 && r.stderr.contains("PCM needs the one high-risk condition it manages"), "\(r.stderr)")
        r = try s.tend("program", "set", id, "apcm", "--condition", "I10")
        #expect(r.status == 1 && r.stderr.contains("a condition (I10) is named only for PCM"), "\(r.stderr)")
        r = try s.tend("program", "set", id, "ccm")
        #expect(r.status == 0 && r.stderr.contains("is already in CCM for \(month)") && r.stderr.contains("nothing was written"), "\(r.stderr)")
        r = try s.tend("program", "set", id, "pcm", "--condition", "i10", "--reason", "cardiology follows the diabetes")
        #expect(r.status == 0 && r.stderr.contains("in PCM I10 from \(month)") && r.stderr.contains("no PCM consent on file"), "\(r.stderr)")
        r = try s.tend("program", "set", id, "bogus")
        #expect(r.status != 0 && r.stderr.contains("'bogus' is not a program (ccm, pcm or apcm)"), "\(r.stderr)")
        r = try s.tend("program", "set", id, "apcm", "--from", "2026-13")
        #expect(r.status != 0 && r.stderr.contains("--from"), "\(r.stderr)")

        r = try s.tend("consent", "record", id, "--program", "pcm", "--method", "verbal", "--disclosed", StoreFixture.allDisclosures)
        #expect(r.status == 0 && r.stderr.contains("recorded verbal PCM consent of \(id)"), "\(r.stderr)")
        let shown = try s.json("program", "show", id, "--format", "json") as! [String: Any]
        #expect(shown["program"] as? String == "pcm" && shown["condition"] as? String == "I10")
        #expect(shown["month"] as? String == month && shown["consentCounts"] as? Bool == true)
        #expect((shown["consent"] as? String)?.hasPrefix("PCM verbal ") == true)
        #expect((shown["blockers"] as? [String])?.contains("no-care-plan") == true)
        #expect((shown["blockers"] as? [String])?.contains("no-consent") == false)
        let history = shown["history"] as? [[String: Any]]
        #expect(history?.count == 1 && history?.first?["reason"] as? String == "cardiology follows the diabetes")
        let table = try s.tend("program", "show", id)
        #expect(table.stdout.contains("PCM I10 (Principal Care Management)") && table.stdout.contains("no-care-plan:"), "\(table.stdout)")
        let patient = try s.json("patient", "show", id, "--format", "json") as! [String: Any]
        #expect(patient["program"] as? String == "pcm" && patient["programCondition"] as? String == "I10")
    }

    @Test func anAPCMConsentAsksItsThreeDisclosuresAndConsentShowNamesTheProgram() throws {
        let s = try StoreFixture.initialized()
        let id = try s.addPatient()
        var r = try s.tend("consent", "record", id, "--program", "apcm", "--method", "verbal", "--disclosed", StoreFixture.allDisclosures)
        #expect(r.status != 0 && r.stderr.contains("availability is not asked for an APCM consent"), "\(r.stderr)")
        r = try s.tend("consent", "record", id, "--program", "apcm", "--method", "verbal", "--disclosed", "cost-sharing")
        #expect(r.status != 0 && r.stderr.contains("state each of the three APCM disclosures; not stated: one-practitioner, stop-any-time"), "\(r.stderr)")
        #expect(r.stderr.contains("only one practitioner bills APCM a month"), "\(r.stderr)")
        r = try s.tend("consent", "record", id, "--program", "apcm", "--method", "written",
                       "--disclosed", "cost-sharing,one-practitioner,stop-any-time")
        #expect(r.status == 0 && r.stderr.contains("APCM consent") && r.stderr.contains("with all three disclosures"), "\(r.stderr)")
        #expect(r.stderr.contains("note: the program of \(StoreFixture.thisMonth) is CCM"), "\(r.stderr)")
        let shown = try s.json("consent", "show", id, "--format", "json") as! [String: Any]
        #expect(shown["program"] as? String == "ccm" && shown["counts"] as? Bool == false)
        let consents = shown["consents"] as? [[String: Any]]
        #expect(consents?.first?["program"] as? String == "apcm" && consents?.first?["status"] as? String == "counts")
        let text = try s.tend("consent", "show", id)
        #expect(text.stdout.contains("program of \(StoreFixture.thisMonth) CCM; consent does not count (no CCM consent; on file: APCM)"), "\(text.stdout)")
        // After the switch, the APCM consent is the one that counts.
        #expect(try s.tend("program", "set", id, "apcm").status == 0)
        let after = try s.json("consent", "show", id, "--format", "json") as! [String: Any]
        #expect(after["program"] as? String == "apcm" && after["counts"] as? Bool == true)
        r = try s.tend("consent", "revoke", id)
        #expect(r.status == 0 && r.stderr.contains("revocation of the APCM consent"), "\(r.stderr)")
    }

    @Test func qmbOnAddUpdateAndShow() throws {
        let s = try StoreFixture.initialized()
        let id = try s.addPatient(extra: ["--qmb", "yes"])
        var shown = try s.json("patient", "show", id, "--format", "json") as! [String: Any]
        #expect(shown["qmb"] as? Bool == true)
        var r = try s.tend("patient", "update", id, "--qmb", "no")
        #expect(r.status == 0, "\(r.stderr)")
        shown = try s.json("patient", "show", id, "--format", "json") as! [String: Any]
        #expect(shown["qmb"] as? Bool == false)
        r = try s.tend("patient", "update", id, "--qmb", "sometimes")
        #expect(r.status == 1 && r.stderr.contains("QMB: 'sometimes' is not yes or no"), "\(r.stderr)")
        let table = try s.tend("patient", "show", id)
        #expect(table.stdout.contains("QMB") && table.stdout.contains("program"), "\(table.stdout)")
    }
}
