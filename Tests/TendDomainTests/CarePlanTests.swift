import Foundation
import Testing
import TendTestSupport
@testable import TendDomain

@Suite("Care plan (rules §3)")
struct CarePlanTests {
    let goal = Goal(id: 1, text: "Lower HbA1c", target: "HbA1c below 7.5%", due: Fixtures.date("2026-09-30"))

    func established() -> CarePlan {
        var plan = CarePlan(patientId: Fixtures.patientID)
        plan.apply([.setElement(.problems, text: "Type 2 diabetes; hypertension")], author: "nurse1", at: Fixtures.instant("2026-01-09T15:00:00Z"))
        plan.apply([.addGoal(goal)], author: "drlee", at: Fixtures.instant("2026-01-11T03:00:00Z"))
        return plan
    }

    @Test func establishedNeedsProblemsAndMeasurableGoal() {
        var plan = CarePlan(patientId: Fixtures.patientID)
        plan.apply([.setElement(.problems, text: "Diabetes")], author: "nurse1", at: Fixtures.instant("2026-01-09T15:00:00Z"))
        #expect(!plan.isEstablished)
        plan.apply([.addGoal(Goal(id: 1, text: "Walk more", target: " ", due: Fixtures.date("2026-06-01")))], author: "nurse1",
                   at: Fixtures.instant("2026-01-09T16:00:00Z"))
        #expect(!plan.isEstablished)
        plan.apply([.updateGoal(Goal(id: 1, text: "Walk more", target: "30 minutes 5 days a week", due: Fixtures.date("2026-06-01")))],
                   author: "nurse1", at: Fixtures.instant("2026-01-09T17:00:00Z"))
        #expect(plan.isEstablished)
        plan.apply([.setElement(.problems, text: "  ")], author: "nurse1", at: Fixtures.instant("2026-01-09T18:00:00Z"))
        #expect(!plan.isEstablished)
    }

    @Test func missingElementsAndCompleteness() {
        var plan = established()
        #expect(plan.missingElements == [.prognosis, .symptoms, .interventions, .medications, .services, .coordination, .review])
        #expect(!plan.isComplete)
        plan.apply([.addIntervention(Intervention(text: "Monthly call", responsible: "nurse1"))] +
                   [CarePlanElement.prognosis, .symptoms, .medications, .services, .coordination, .review].map { .setElement($0, text: "filled") },
                   author: "nurse1", at: Fixtures.instant("2026-02-01T12:00:00Z"))
        #expect(plan.isComplete)
        #expect(plan.missingElements.isEmpty)
    }

    @Test func everySaveIsARevision() {
        let plan = established()
        #expect(plan.revisions.map(\.number) == [1, 2])
        #expect(plan.revisions.map(\.author) == ["nurse1", "drlee"])
    }

    @Test func asOfReconstructsPastState() {
        var plan = established()
        plan.apply([.setElement(.problems, text: "Diabetes, hypertension, CKD 3"), .removeGoal(id: 1)], author: "drlee",
                   at: Fixtures.instant("2026-03-01T12:00:00Z"))
        plan.recordShare(PlanShare(date: Fixtures.date("2026-02-01"), method: .paper, by: "nurse1", recordedAt: Fixtures.instant("2026-02-01T12:00:00Z")))
        let february = plan.asOf(Fixtures.instant("2026-02-15T00:00:00Z"))
        #expect(february.text(for: .problems) == "Type 2 diabetes; hypertension")
        #expect(february.goals == [goal])
        #expect(february.revisions.count == 2)
        #expect(february.shares.count == 1)
        let january = plan.asOf(Fixtures.instant("2026-01-10T00:00:00Z"))
        #expect(january.goals.isEmpty)
        #expect(january.shares.isEmpty)
        #expect(plan.asOf(Fixtures.instant("2026-12-01T00:00:00Z")) == plan)
    }

    @Test func summaryUsesLocalDateOfEstablishingRevision() {
        var plan = established()
        plan.recordShare(PlanShare(date: Fixtures.date("2026-01-20"), method: .portal, by: "nurse1", recordedAt: Fixtures.instant("2026-01-20T12:00:00Z")))
        plan.recordShare(PlanShare(date: Fixtures.date("2026-01-12"), method: .paper, by: "nurse1", recordedAt: Fixtures.instant("2026-01-12T12:00:00Z")))
        // The establishing save was 2026-01-11 03:00 UTC, which is 2026-01-10 in New York.
        let summary = plan.summary(in: Fixtures.newYork)
        #expect(summary.establishedOn == Fixtures.date("2026-01-10"))
        #expect(plan.summary(in: Fixtures.utc).establishedOn == Fixtures.date("2026-01-11"))
        #expect(summary.sharedOn == [Fixtures.date("2026-01-12"), Fixtures.date("2026-01-20")])
        #expect(summary.lastRevisionBy == "drlee")
        #expect(summary.missingElements == plan.missingElements)
        #expect(CarePlan(patientId: Fixtures.patientID).summary(in: Fixtures.utc).establishedOn == nil)
    }

    @Test func validateRejectsBadChanges() {
        let plan = established()
        #expect(throws: DomainError("goal 1 already exists (use the next free number, 2)")) { try plan.validate([.addGoal(goal)]) }
        #expect(throws: DomainError("there is no goal 7 to update")) { try plan.validate([.updateGoal(Goal(id: 7, text: "x", target: "y", due: goal.due))]) }
        #expect(throws: DomainError("there is no goal 7 to remove")) { try plan.validate([.removeGoal(id: 7)]) }
        #expect(throws: DomainError("goal target must not be empty")) {
            try plan.validate([.addGoal(Goal(id: 2, text: "Exercise", target: "", due: goal.due))])
        }
        #expect(throws: DomainError("intervention responsible must not be empty")) {
            try plan.validate([.addIntervention(Intervention(text: "Call weekly", responsible: ""))])
        }
        #expect(throws: DomainError("Symptom management contains a forbidden control or formatting character (U+001B)")) {
            try plan.validate([.setElement(.symptoms, text: "\u{1B}[2J")])
        }
        let item = Intervention(text: "Call weekly", responsible: "nurse1")
        #expect(throws: Never.self) { try plan.validate([.addIntervention(item), .removeIntervention(item), .removeGoal(id: 1)]) }
    }

    @Test func goalNumbersAreNeverReused() {
        var plan = established()
        plan.apply([.removeGoal(id: 1)], author: "nurse1", at: Fixtures.instant("2026-02-01T12:00:00Z"))
        #expect(plan.goals.isEmpty)
        #expect(plan.nextGoalID == 2)
    }

    @Test func codableRoundTripKeepsElementsAsObject() throws {
        var plan = established()
        plan.apply([.addIntervention(Intervention(text: "Call", responsible: "nurse1"))], author: "nurse1", at: Fixtures.instant("2026-02-01T12:00:00Z"))
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let text = String(decoding: try encoder.encode(plan), as: UTF8.self)
        #expect(text.contains(#""elements":{"problems":"Type 2 diabetes; hypertension"}"#))
        #expect(text.contains(#""kind":"add-goal""#))
        #expect(try JSONDecoder().decode(CarePlan.self, from: Data(text.utf8)) == plan)
    }

    @Test func patientTextListsEveryElement() {
        let text = established().patientText(patient: Fixtures.readyPatient(), in: Fixtures.newYork)
        #expect(text.contains("Patient: Rivera, Ana"))
        #expect(text.contains("Revision 2, 2026-01-10, by drlee"))
        #expect(text.contains("1. Lower HbA1c - target: HbA1c below 7.5%; by 2026-09-30 (open)"))
        for element in CarePlanElement.allCases { #expect(text.contains(element.title.uppercased())) }
        #expect(text.components(separatedBy: "(not yet recorded)").count - 1 == 7)
    }

    @Test func elementOrderAndRawValues() {
        #expect(CarePlanElement.allCases.map(\.rawValue) == ["problems", "prognosis", "goals", "symptoms", "interventions",
                                                             "medications", "services", "coordination", "review"])
    }
}
