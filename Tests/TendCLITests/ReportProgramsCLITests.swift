import Foundation
import Testing

/// `tend report programs` through the command line, in the current month (a ready CCM patient).
@Suite(.serialized) struct ReportProgramsCLITests {
    @Test func jsonShapeNamesEachPatientWithTheirProgramsAndThePracticeTotals() throws {
        let s = try StoreFixture.initialized(timeZone: StoreFixture.noonZone)
        try s.priceThisYear()
        let id = try s.addPatient()
        try s.makeReady(id)
        let log = try s.tend("time", "log", id, "--start", StoreFixture.ago(minutes: 100), "--end", StoreFixture.ago(minutes: 75),
                             "--activity", "call", "--note", "n")
        #expect(log.status == 0, "\(log.stderr)")
        let report = try #require(try s.json("report", "programs", "--months", "1", "--format", "json") as? [String: Any])
        #expect((report["months"] as? [[String: Any]])?.map { $0["month"] as? String } == [StoreFixture.thisMonth])
        #expect((report["months"] as? [[String: Any]])?.first?["state"] as? String == "open")
        #expect((report["assumptions"] as? [String])?.isEmpty == false)
        let patient = try #require((report["patients"] as? [[String: Any]])?.first)
        #expect(patient["id"] as? String == id && patient["name"] as? String == "Ramírez, José")
        #expect(patient["dateOfBirth"] as? String == "1950-03-04" && patient["program"] as? String == "ccm")
        let earned = try #require(patient["earned"] as? [String: Any])
        #expect(earned["program"] as? String == "ccm" && (earned["earned"] as? NSNumber)?.doubleValue == 60.49)
        #expect((earned["unpricedMonths"] as? [Any])?.isEmpty == true)
        #expect((patient["alternatives"] as? [[String: Any]])?.map { $0["program"] as? String } == ["pcm", "apcm"])
        // Keys whose value may be null are always present.
        #expect(patient.keys.contains("best") && patient.keys.contains("gain"))
        let month = try #require((patient["months"] as? [[String: Any]])?.first)
        #expect(month["program"] as? String == "ccm" && month["minutes"] as? Int == 25)
        let outcomes = try #require(month["outcomes"] as? [[String: Any]])
        #expect(outcomes.map { $0["program"] as? String } == ["ccm", "pcm", "apcm"])
        #expect(outcomes[0]["current"] as? Bool == true && outcomes[1]["current"] as? Bool == false)
        #expect((outcomes[0]["codes"] as? [[String: Any]])?.first?["code"] as? String == "99490")
        #expect(outcomes[1]["assumedConsent"] as? Bool == true)
        for outcome in outcomes {
            for key in ["blockers", "unpricedCodes", "codes"] { #expect(outcome[key] is [Any], "\(key)") }
        }
        let totals = try #require(report["totals"] as? [String: Any])
        #expect((totals["programs"] as? [[String: Any]])?.map { $0["program"] as? String } == ["ccm", "pcm", "apcm"])
        #expect((totals["earned"] as? NSNumber)?.doubleValue == 60.49)
        #expect(totals["earnedWithSwitches"] is NSNumber && totals["unpricedPatients"] is [Any])
        #expect(report["gainers"] is [Any])
    }

    @Test func tableNamesPatientsByNameAndBirthDateAndBadMonthsAreRefused() throws {
        let s = try StoreFixture.initialized(timeZone: StoreFixture.noonZone)
        let id = try s.addPatient()
        try s.makeReady(id)
        let text = try s.tend("report", "programs")
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.contains("Ramírez, José") && text.stdout.contains("1950-03-04"))
        #expect(text.stdout.contains("Practice totals") && text.stdout.contains("Assumptions:"))
        let zero = try s.tend("report", "programs", "--months", "0")
        #expect(zero.status != 0 && zero.stderr.contains("compare 1 to 24 months"))
        let later = try s.tend("report", "programs", "--through", "2999-01")
        #expect(later.status != 0 && later.stderr.contains("has not begun"))
    }
}
