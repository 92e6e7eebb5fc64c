import Foundation
import Testing
import TendTestSupport
@testable import TendDomain

/// One notion of goals (docs/rules.md): the measurable-goals element is filled exactly when the
/// plan has a measurable goal that is open or met, which is also what establishes the plan.
@Suite("Measurable goals element (rules §3)")
struct GoalElementTests {
    let day1 = Fixtures.instant("2026-01-09T15:00:00Z")
    let day2 = Fixtures.instant("2026-01-12T15:00:00Z")
    let day3 = Fixtures.instant("2026-02-02T15:00:00Z")
    let goal = Goal(id: 1, text: "Lower HbA1c", target: "HbA1c below 7.5%", due: Fixtures.date("2026-09-30"))

    func withProblems() -> CarePlan {
        var plan = CarePlan(patientId: Fixtures.patientID)
        plan.apply([.setElement(.problems, text: "Type 2 diabetes")], author: "nurse1", at: day1)
        return plan
    }

    @Test func freeTextCannotFillTheGoalsElement() throws {
        let plan = withProblems()
        let error = #expect(throws: DomainError.self) { try plan.validate([.setElement(.goals, text: "Lower HbA1c")]) }
        #expect(error?.message.contains("tend plan goal") == true)
        // Clearing text kept by an older store is allowed.
        try plan.validate([.setElement(.goals, text: "")])
        // Text already in a stored plan does not fill the element either.
        var legacy = plan
        legacy.elements[.goals] = "Lower HbA1c"
        #expect(!legacy.isFilled(.goals))
        #expect(!legacy.isEstablished)
        #expect(legacy.missingElements.contains(.goals))
    }

    @Test func theElementIsFilledExactlyWhenTheRuleEstablishesThePlan() {
        var plan = withProblems()
        #expect(!plan.isFilled(.goals) && !plan.isEstablished)
        // A goal without a target is not measurable: the element stays empty.
        plan.apply([.addGoal(Goal(id: 1, text: "Walk more", target: "  ", due: Fixtures.date("2026-06-01")))], author: "nurse1", at: day1)
        #expect(!plan.isFilled(.goals) && !plan.isEstablished)
        plan.apply([.addGoal(Goal(id: 2, text: goal.text, target: goal.target, due: goal.due))], author: "nurse1", at: day2)
        #expect(plan.isFilled(.goals) && plan.isEstablished)
        // A met goal still counts.
        plan.apply([.updateGoal(Goal(id: 2, text: goal.text, target: goal.target, due: goal.due, status: .met))], author: "nurse1", at: day2)
        #expect(plan.isFilled(.goals) && plan.isEstablished)
        // A discontinued one does not.
        plan.apply([.updateGoal(Goal(id: 2, text: goal.text, target: goal.target, due: goal.due, status: .discontinued))],
                   author: "nurse1", at: day3)
        #expect(!plan.isFilled(.goals) && !plan.isEstablished)
        #expect(plan.missingElements.contains(.goals))
        // The billing gate keeps the day it was first established.
        #expect(plan.summary(in: Fixtures.newYork).establishedOn == Fixtures.date("2026-01-12"))
    }

    @Test func aGoalStoredBeforeStatusExistedReadsFromMet() throws {
        let old = #"{"id":3,"text":"Lower HbA1c","target":"below 7.5%","due":"2026-09-30","met":true}"#
        let goal = try JSONDecoder().decode(Goal.self, from: Data(old.utf8))
        #expect(goal.status == .met)
        let open = #"{"id":4,"text":"Walk","target":"daily","due":"2026-09-30","met":false}"#
        #expect(try JSONDecoder().decode(Goal.self, from: Data(open.utf8)).status == .open)
        let stopped = Goal(id: 5, text: "Walk", target: "daily", due: Fixtures.date("2026-09-30"), status: .discontinued)
        let round = try JSONDecoder().decode(Goal.self, from: JSONEncoder().encode(stopped))
        #expect(round == stopped)
        #expect(!round.met)
    }

    @Test func aGoalsHistorySaysWhatChangedWhenAndByWhom() {
        var plan = withProblems()
        plan.apply([.addGoal(goal)], author: "nurse1", at: day1)
        var changed = goal
        changed.target = "HbA1c below 7%"
        changed.due = Fixtures.date("2026-12-31")
        plan.apply([.updateGoal(changed), .setElement(.prognosis, text: "Stable")], author: "drlee", at: day2)
        changed.status = .met
        plan.apply([.updateGoal(changed)], author: "nurse1", at: day3)
        changed.status = .open
        plan.apply([.updateGoal(changed)], author: "nurse1", at: day3)
        changed.status = .discontinued
        plan.apply([.updateGoal(changed)], author: "nurse1", at: day3)
        plan.apply([.removeGoal(id: 1)], author: "nurse1", at: day3)
        let history = plan.history(ofGoal: 1)
        #expect(history.map(\.description) == [
            "added (target: HbA1c below 7.5%; due 2026-09-30)",
            "target changed to \"HbA1c below 7%\"",
            "due date moved from 2026-09-30 to 2026-12-31",
            "marked met",
            "reopened (was met)",
            "discontinued",
            "removed",
        ])
        #expect(history.map(\.revision) == [2, 3, 3, 4, 5, 6, 7])
        #expect(history[1].author == "drlee" && history[1].at == day2)
        #expect(plan.history(ofGoal: 9).isEmpty)
    }
}
