import Foundation
import Testing

/// Programs on the command line (issue 10): the report's `program`, and billed-elsewhere marks
/// that name the other practitioner's program.
@Suite(.serialized) struct ProgramReportCLITests {
    let month = StoreFixture.thisMonth

    func line(_ s: StoreFixture, _ id: String) throws -> [String: Any] {
        let report = try s.json("report", "month", month, "--format", "json") as! [String: Any]
        return try #require((report["patients"] as? [[String: Any]])?.first { $0["id"] as? String == id })
    }

    @Test func reportNamesTheProgramAndBilledElsewhereFollowsTheOtherProgram() throws {
        let s = try StoreFixture.initialized(timeZone: StoreFixture.noonZone)
        let id = try s.addPatient()
        try s.makeReady(id)
        let log = try s.tend("time", "log", id, "--start", StoreFixture.ago(minutes: 90), "--end", StoreFixture.ago(minutes: 60),
                             "--activity", "call", "--note", "n")
        #expect(log.status == 0, "\(log.stderr)")
        #expect(try line(s, id)["program"] as? String == "ccm")
        let table = try s.tend("report", "month", month)
        #expect(table.stdout.contains("program") && table.stdout.contains(" CCM "), "\(table.stdout)")

        let pcm = try s.tend("month", "billed-elsewhere", id, month, "--program", "pcm", "--note", "cardiology")
        #expect(pcm.status == 0, "\(pcm.stderr)")
        #expect(pcm.stderr.contains("was billed PCM elsewhere in \(month)"), "\(pcm.stderr)")
        #expect(pcm.stderr.contains("\(month) is CCM here: still billable beside PCM elsewhere"), "\(pcm.stderr)")
        #expect(try line(s, id)["blockers"] as? [String] == [])

        let apcm = try s.tend("month", "billed-elsewhere", id, month, "--program", "APCM")
        #expect(apcm.stderr.contains("not billed (APCM elsewhere excludes CCM)"), "\(apcm.stderr)")
        #expect(try line(s, id)["blockers"] as? [String] == ["program-excluded"])

        let bad = try s.tend("month", "billed-elsewhere", id, month, "--program", "tcm")
        #expect(bad.status != 0 && bad.stderr.contains("'tcm' is not a program (ccm, pcm or apcm)"), "\(bad.stderr)")
        #expect(try s.tend("month", "billed-elsewhere", id, month, "--clear").status == 0)
        #expect(try line(s, id)["blockers"] as? [String] == [])
    }
}
