import Foundation
import TendDomain
import TendServices
import TendStore
import TendTerminal

/// The goals dialog: the plan's goals with their status and history; add, edit, mark met,
/// discontinue or reopen a goal. Every change is a plan revision.
extension Workstation {
    /// Opens the goals of the shown patient's plan.
    func openGoals(selecting goalId: Int? = nil) {
        guard let detail else { return }
        state.focus = .plan
        state.detailPane = .plan
        state.overlay = .goals(goalsView(of: detail, selecting: goalId))
    }

    /// The goals dialog of `detail`'s plan, with `goalId` selected (else the first goal); the
    /// patient is named with both identifiers.
    func goalsView(of detail: PatientDetail, selecting goalId: Int?) -> GoalsView {
        let index = goalId.flatMap { id in detail.plan.goals.firstIndex { $0.id == id } } ?? 0
        return GoalsView(patientId: detail.patient.id, patientName: labels.full(detail.patient), selection: index)
    }

    /// The plan the goals dialog shows: the shown patient's, as last read.
    func goalsPlan(_ view: GoalsView) -> CarePlan? {
        guard let detail, detail.patient.id == view.patientId else { return nil }
        return detail.plan
    }

    /// Keys in the goals dialog: Up/Down choose a goal; n adds, e or Enter edits, m marks met,
    /// d discontinues, o reopens (each asks first where it changes the status); Esc closes.
    func handleGoals(_ key: Key, _ view: GoalsView) {
        var view = view
        let goals = goalsPlan(view)?.goals ?? []
        let command = bindings.command(for: key, in: .goals) ?? bindings.command(for: key, in: .dialog)
            ?? bindings.command(for: key, in: .global)
        switch command {
        case .down, .nextField: view.selection = max(0, min(goals.count - 1, view.selection + 1))
        case .up, .previousField: view.selection = max(0, view.selection - 1)
        case .cancel, .back:
            state.overlay = .none
            return
        case .addGoal:
            openGoalForm(fromGoals: true)
            return
        case .editGoal:
            if goals.indices.contains(view.selection) { openEditGoalForm(goals[view.selection], view: view) }
            return
        case .goalMet: askGoalStatus(.met, view: view, goals: goals)
            return
        case .goalDiscontinue: askGoalStatus(.discontinued, view: view, goals: goals)
            return
        case .goalReopen: askGoalStatus(.open, view: view, goals: goals)
            return
        default:
            return
        }
        state.overlay = .goals(view)
    }

    /// Asks before changing the selected goal's status; Esc comes back to the goals.
    func askGoalStatus(_ status: GoalStatus, view: GoalsView, goals: [Goal]) {
        guard goals.indices.contains(view.selection) else {
            state.message = .info("No goal yet: \(bindings.keyName(.addGoal)) adds one.")
            return
        }
        let goal = goals[view.selection]
        guard goal.status != status else {
            state.message = .info("Goal \(goal.id) is already \(status.label).")
            return
        }
        let question: String
        switch status {
        case .met: question = "Mark goal \(goal.id) met: \(goal.text)?"
        case .discontinued: question = "Discontinue goal \(goal.id): \(goal.text)?"
        case .open: question = "Reopen goal \(goal.id) (now \(goal.status.label)): \(goal.text)?"
        }
        var lines = ["\(view.patientName)", question]
        if status == .discontinued {
            lines.append("It stays in the plan's history but no longer counts as a measurable goal.")
        }
        lines.append("Saved as a new revision of the care plan.")
        state.overlay = .confirm(Confirmation(lines: lines, action: .setGoalStatus(view.patientId, goal: goal.id, status: status),
                                              back: .goals(view)))
    }

    /// Records a confirmed status change and goes back to the goals.
    func setGoalStatus(_ status: GoalStatus, goal id: Int, patient: PatientID) {
        guard let plan = attempt({ try session.plan(patient) }) else { return }
        guard var goal = plan.goals.first(where: { $0.id == id }) else {
            state.message = .error("Goal \(id) is no longer in the plan (someone removed it meanwhile).")
            return
        }
        goal.status = status
        guard let saved = attempt({ try session.changePlan(patient, [.updateGoal(goal)], expectedVersion: plan.version) }) else {
            reopenGoals(patient, selecting: id)
            return
        }
        reload(keepSelection: true)
        reopenGoals(patient, selecting: id)
        let word = status == .open ? "reopened" : status == .met ? "marked met" : "discontinued"
        state.message = .success("Goal \(id) \(word): revision \(saved.revisions.count) of the care plan.")
    }

    /// Shows the goals dialog again after a change, when the patient is still the one shown.
    func reopenGoals(_ patient: PatientID, selecting goalId: Int?) {
        guard detail?.patient.id == patient else {
            state.overlay = .none
            return
        }
        openGoals(selecting: goalId)
    }

    /// The form that edits a goal's text, target and due date.
    func openEditGoalForm(_ goal: Goal, view: GoalsView) {
        let form = Form(title: "Edit goal \(goal.id): \(view.patientName)",
                        intro: ["Status: \(goal.status.label). A measurable goal has a target and a due date."],
                        fields: [
                            .text(.goal, label: "Goal", field: LineField(goal.text, maxLength: 1_000)),
                            .text(.target, label: "Target", field: LineField(goal.target, maxLength: 500)),
                            .text(.due, label: "Due", field: LineField(goal.due.description, maxLength: 10)),
                        ])
        openForm(form, .editGoal(view.patientId, goal: goal.id))
    }

    /// Saves an edited goal (its status unchanged) as a new revision.
    func submitEditGoal(_ form: Form, patient id: PatientID, goal goalId: Int) {
        guard let due = try? LocalDate.parse(form.text(.due).trimmingCharacters(in: .whitespaces)) else {
            state.message = .error("The due date must be YYYY-MM-DD.")
            return
        }
        guard let plan = attempt({ try session.plan(id) }) else { return }
        guard var goal = plan.goals.first(where: { $0.id == goalId }) else {
            state.message = .error("Goal \(goalId) is no longer in the plan (someone removed it meanwhile); nothing was saved.")
            return
        }
        goal.text = form.text(.goal)
        goal.target = form.text(.target)
        goal.due = due
        guard goal != plan.goals.first(where: { $0.id == goalId }) else {
            reopenGoals(id, selecting: goalId)
            state.message = .info("No change to save.")
            return
        }
        guard let saved = attempt({ try session.changePlan(id, [.updateGoal(goal)], expectedVersion: plan.version) }) else { return }
        reload(keepSelection: true)
        reopenGoals(id, selecting: goalId)
        state.message = .success("Saved goal \(goalId): revision \(saved.revisions.count) of the care plan.")
    }
}
