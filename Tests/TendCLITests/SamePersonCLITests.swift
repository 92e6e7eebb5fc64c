import Foundation
import Testing

/// The real binary: a second record of the same name and date of birth is refused unless
/// `--different-person` (or the import's `different_person` column) says why, and every
/// message and table that names a patient gives the name and the date of birth.
@Suite(.serialized) struct SamePersonCLITests {
    @Test func addRefusesTheSamePersonUnlessToldWhyItIsAnother() throws {
        let s = try StoreFixture.initialized()
        let first = try s.addPatient(name: "Brown, Charles", mrn: "M0100142")
        let refused = try s.tend("patient", "add", "--name", "BROWN, Chárles", "--dob", "1950-03-04", "--mrn", "M2")
        #expect(refused.status == 1 && refused.stdout.isEmpty)
        #expect(refused.stderr.contains("Brown, Charles (DOB 1950-03-04, MRN M0100142), patient \(first)"), "\(refused.stderr)")
        #expect(refused.stderr.contains("--different-person"))
        let added = try s.tend("patient", "add", "--name", "Brown, Charles", "--dob", "1950-03-04", "--mrn", "M2",
                               "--different-person", "Other address and phone; confirmed with the patient")
        #expect(added.status == 0, "\(added.stderr)")
        let second = added.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(added.stderr.contains("added \(second) Brown, Charles (DOB 1950-03-04, MRN M2)"))
        let log = try s.json("audit", "log", "--patient", second, "--format", "json") as! [[String: Any]]
        let summary = log.last?["summary"] as? String ?? ""
        #expect(summary.contains("different person from \(first)") && summary.contains("Other address and phone"))
    }

    @Test func importTakesTheReasonFromTheDifferentPersonColumn() throws {
        let s = try StoreFixture.initialized()
        let first = try s.addPatient(name: "Brown, Charles", mrn: "M1")
        try FileManager.default.createDirectory(at: s.root, withIntermediateDirectories: true)
        let refusedFile = try s.scratchFile("import.csv", "name,dob,mrn\n\"Brown, Charles\",1950-03-04,M2\n\"Lee, Ann\",1950-01-01,M3\n\"Lee, Ann\",1950-01-01,M4\n")
        defer { try? FileManager.default.removeItem(at: refusedFile) }
        let refused = try s.tend("patient", "import", refusedFile.path)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("line 2: a patient with the same name and date of birth is already recorded: Brown, Charles (DOB 1950-03-04, MRN M1), patient \(first)"), "\(refused.stderr)")
        #expect(refused.stderr.contains("line 4: a patient with the same name and date of birth is already recorded: Lee, Ann (DOB 1950-01-01, MRN M3)"))
        let file = try s.scratchFile("import.csv", "name,dob,mrn,different_person\n\"Brown, Charles\",1950-03-04,M2,Lives in Ohio; other phone\n\"Lee, Ann\",1950-01-01,M3,\n\"Lee, Ann\",1950-01-01,M4,Two Ann Lees born the same day\n")
        defer { try? FileManager.default.removeItem(at: file) }
        let imported = try s.tend("patient", "import", file.path)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.lines.count == 3)
        let log = try s.json("audit", "log", "--last", "1", "--format", "json") as! [[String: Any]]
        let summary = log.last?["summary"] as? String ?? ""
        #expect(summary.contains("Lives in Ohio") && summary.contains("Two Ann Lees born the same day"))
    }

    @Test func updateOntoAnotherPatientsIdentityNeedsTheReasonToo() throws {
        let s = try StoreFixture.initialized()
        let first = try s.addPatient(name: "Brown, Charles", mrn: "M1")
        let other = try s.addPatient(name: "Brown, Charlie", mrn: "M2")
        let refused = try s.tend("patient", "update", other, "--name", "Brown, Charles")
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("Brown, Charles (DOB 1950-03-04, MRN M1), patient \(first)"), "\(refused.stderr)")
        let corrected = try s.tend("patient", "update", other, "--name", "Brown, Charles", "--dob", "1950-03-05")
        #expect(corrected.status == 0, "\(corrected.stderr)")
        #expect(corrected.stderr.contains("updated \(other), Brown, Charles (DOB 1950-03-05, MRN M2)"))
        let allowed = try s.tend("patient", "update", other, "--dob", "1950-03-04", "--different-person", "Cousins; different MRN and address")
        #expect(allowed.status == 0, "\(allowed.stderr)")
    }

    @Test func messagesAndTablesNameThePatientWithTheDateOfBirth() throws {
        let s = try StoreFixture.initialized(timeZone: StoreFixture.noonZone)
        let id = try s.addPatient(name: "Brown, Charles", mrn: "M0100142")
        let who = "\(id) Brown, Charles (DOB 1950-03-04, MRN M0100142)"
        let eligibility = try s.tend("eligibility", id)
        #expect(eligibility.stdout.contains("\(who): eligible"), "\(eligibility.stdout)")
        let consent = try s.tend("consent", "record", id, "--method", "verbal", "--disclosed", "availability,cost-sharing,one-practitioner,stop-any-time")
        #expect(consent.stderr.contains("consent of \(who)"), "\(consent.stderr)")
        let start = try s.tend("time", "start", id, "--activity", "call")
        #expect(start.stderr.contains("stopwatch started for \(who)"), "\(start.stderr)")
        let status = try s.tend("time", "status")
        #expect(status.stdout.contains("for \(who) since"), "\(status.stdout)")
        let statusJSON = try s.json("time", "status", "--format", "json") as! [String: Any]
        #expect(statusJSON["dateOfBirth"] as? String == "1950-03-04" && statusJSON["patient"] as? String == "Brown, Charles")
        Thread.sleep(forTimeInterval: 1.5)  // a stopwatch of under a second is refused
        let stop = try s.tend("time", "stop", "--note", "Reviewed the BP log")
        #expect(stop.stderr.contains("for \(who)"), "\(stop.stderr)")
        let log = try s.tend("time", "log", id, "--start", StoreFixture.ago(minutes: 120), "--end", StoreFixture.ago(minutes: 100),
                             "--activity", "medication", "--note", "Reconciled")
        #expect(log.stderr.contains("for \(who)"), "\(log.stderr)")
        let plan = try s.tend("plan", "set", id, "problems", "Diabetes")
        #expect(plan.stderr.contains("care plan of \(who)"), "\(plan.stderr)")
        let report = try s.tend("report", "month")
        #expect(report.stdout.contains("dob") && report.stdout.contains("1950-03-04"), "\(report.stdout)")
        let reportJSON = try s.json("report", "month", "--format", "json") as! [String: Any]
        let line = (reportJSON["patients"] as? [[String: Any]])?.first
        #expect(line?["dateOfBirth"] as? String == "1950-03-04" && line?["name"] as? String == "Brown, Charles")
        let table = try s.tend("supervisor", "table")
        #expect(table.stdout.contains("1950-03-04") && table.stdout.contains("M0100142"), "\(table.stdout)")
        let entries = try s.tend("time", "list")
        #expect(entries.stdout.contains("Brown, Charles") && entries.stdout.contains("1950-03-04"), "\(entries.stdout)")
        let atRisk = try s.tend("supervisor", "at-risk")
        #expect(atRisk.stdout.contains(who), "\(atRisk.stdout)")
        let notBilled = try s.tend("month", "not-billed", id, StoreFixture.thisMonth, "--reason", "Test")
        #expect(notBilled.stderr.contains("marked \(who) not billed"), "\(notBilled.stderr)")
        let checklist = try s.tend("month", "checklist", StoreFixture.thisMonth)
        #expect(checklist.stdout.contains(who), "\(checklist.stdout)")
    }
}
