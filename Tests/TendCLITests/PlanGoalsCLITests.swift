import Foundation
import Testing

/// One notion of goals in the CLI: free text never fills the measurable-goals element; a goal
/// with a target and a due date does, and `plan goal-status` marks it met or discontinued.
@Suite struct PlanGoalsCLITests {
    /// The patient's blockers in this month's report.
    func blockers(_ s: StoreFixture, _ id: String) throws -> [String] {
        let report = try s.json("report", "month", StoreFixture.thisMonth, "--format", "json") as? [String: Any]
        let line = (report?["patients"] as? [[String: Any]])?.first { $0["id"] as? String == id }
        return try #require(line?["blockers"] as? [String])
    }

    @Test func theGoalsElementIsFilledExactlyWhenThePlanHasAMeasurableGoal() throws {
        let s = try StoreFixture.initialized(timeZone: StoreFixture.noonZone)
        let id = try s.addPatient()
        let logged = try s.tend(arguments: ["time", "log", id, "--start", StoreFixture.ago(minutes: 60), "--end", StoreFixture.ago(minutes: 30),
                                            "--activity", "call", "--note", "n"])
        #expect(logged.status == 0, "\(logged.stderr)")
        #expect(try s.tend("plan", "set", id, "problems", "Type 2 diabetes").status == 0)
        // Today's bug: this ticked the element while the plan stayed "not established".
        let text = try s.tend("plan", "set", id, "goals", "Lower the A1c")
        #expect(text.status != 0)
        #expect(text.stderr.contains("tend plan goal"))
        var show = try s.tend("plan", "show", id).stdout
        #expect(show.contains("[ ] goals: Measurable treatment goals"))
        #expect(show.contains("Established: no"))
        #expect(!show.contains("Lower the A1c"))
        #expect(try blockers(s, id).contains("no-care-plan"))

        #expect(try s.tend("plan", "goal", id, "A1c below 7.5%", "--target", "A1c < 7.5%", "--due", "2027-06-30").status == 0)
        show = try s.tend("plan", "show", id).stdout
        #expect(show.contains("[x] goals: Measurable treatment goals"))
        #expect(show.contains("Established: \(StoreFixture.today)"))
        #expect(show.contains("goal 1: A1c below 7.5% (target A1c < 7.5%, due 2027-06-30, open)"))
        // The month report reads the same rule.
        #expect(try !blockers(s, id).contains("no-care-plan"))

        let met = try s.tend("plan", "goal-status", id, "1", "met")
        #expect(met.status == 0 && met.stderr.contains("goal 1 of the care plan of \(id) is now met"))
        #expect(try s.tend("plan", "show", id).stdout.contains("[x] goals: Measurable treatment goals"))

        let stopped = try s.tend("plan", "goal-status", id, "1", "discontinued")
        #expect(stopped.status == 0 && stopped.stderr.contains("no open or met measurable goal left"))
        show = try s.tend("plan", "show", id).stdout
        #expect(show.contains("[ ] goals: Measurable treatment goals"))
        #expect(show.contains("Established: \(StoreFixture.today) (now missing: goals)"))
        #expect(show.contains("due 2027-06-30, discontinued)"))

        let unknown = try s.tend("plan", "goal-status", id, "7", "met")
        #expect(unknown.status != 0 && unknown.stderr.contains("no goal 7"))
        let bad = try s.tend("plan", "goal-status", id, "1", "done")
        #expect(bad.status != 0 && bad.stderr.contains("open, met or discontinued"))
    }
}
