import Foundation
import TendDomain
import TendServices
import TendStore
import TendTerminal

extension Workstation {
    /// The element selected in the care-plan pane.
    var selectedElement: CarePlanElement { CarePlanElement.allCases[state.planSelection] }

    /// Opens the selected element in the editor (the cursor at the end of its text), restoring
    /// a draft kept by an interrupted session. The measurable-goals element opens the goals.
    func openEditor() {
        guard let detail else { return }
        let element = selectedElement
        if element == .goals {
            openGoals()
            return
        }
        state.focus = .plan
        state.detailPane = .plan
        let stored = detail.plan.text(for: element)
        var edit = PlanEdit(patientId: detail.patient.id, patientName: labels.full(detail.patient), element: element,
                            editor: TextEditor(text: stored), baseVersion: detail.plan.version, baseText: stored)
        if let draft = drafts?.load(patient: detail.patient.id, element: element) {
            edit.editor = TextEditor(text: draft.text)
            edit.baseVersion = draft.baseVersion
            state.message = .warning("Restored an unsaved draft from \(Format.instant(draft.savedAt, session: session)); Ctrl-S saves it; Esc asks before dropping it.")
        }
        state.overlay = .editor(edit)
    }

    /// Keys in the editor: Ctrl-S saves, Esc closes (asking when there are changes), the rest edits.
    func handleEditor(_ key: Key, _ edit: PlanEdit) {
        var edit = edit
        switch bindings.command(for: key, in: .editor) {
        case .save:
            save(edit)
            return
        case .cancel:
            if edit.hasChanges {
                state.overlay = .confirm(Confirmation(lines: ["Drop your unsaved changes to \(edit.element.title)?",
                                                              "Enter drops them; Esc goes back to the editor."],
                                                      action: .dropEdit, back: .editor(edit)))
            } else {
                state.overlay = .none
            }
            return
        default:
            break
        }
        if edit.editor.handle(key) { state.overlay = .editor(edit) }
    }

    /// Saves the element as a new revision, or shows the conflict when someone saved meanwhile.
    func save(_ edit: PlanEdit) {
        guard edit.hasChanges || edit.baseVersion != (detail?.plan.version ?? edit.baseVersion) else {
            state.overlay = .none
            state.message = .info("No change to save.")
            drafts?.remove(patient: edit.patientId, element: edit.element)
            return
        }
        do {
            let plan = try session.changePlan(edit.patientId, [.setElement(edit.element, text: edit.editor.text)],
                                              expectedVersion: edit.baseVersion)
            state.overlay = .none
            drafts?.remove(patient: edit.patientId, element: edit.element)
            reload(keepSelection: true)
            state.message = .success("Saved \(edit.element.title): revision \(plan.revisions.count) of the care plan.")
        } catch StoreError.conflict {
            showConflict(edit)
        } catch {
            state.message = .error(Format.errorText(error))
        }
    }

    /// Reads the plan as the other person saved it and shows both versions.
    func showConflict(_ edit: PlanEdit) {
        guard let plan = attempt({ try session.plan(edit.patientId) }) else { return }
        let revision = plan.revisions.last.map { "\($0.author), \(Format.instant($0.at, session: session))" } ?? "unknown"
        state.overlay = .conflict(PlanConflict(edit: edit, theirText: plan.text(for: edit.element),
                                               theirRevision: revision, currentVersion: plan.version))
        state.message = .warning("Someone else saved the care plan meanwhile; nothing was overwritten. Choose a version.")
    }

    /// Keys in the conflict view: Space or arrows choose, Enter applies, Esc goes back to editing.
    func handleConflict(_ key: Key, _ conflict: PlanConflict) {
        var conflict = conflict
        let count = PlanConflict.choices.count
        switch bindings.command(for: key, in: .dialog) {
        case .toggle, .nextField: conflict.choice = (conflict.choice + 1) % count
        case .previousField: conflict.choice = (conflict.choice + count - 1) % count
        case .cancel: conflict.choice = 2; resolve(conflict); return
        case .confirm: resolve(conflict); return
        default:
            if key == .right { conflict.choice = (conflict.choice + 1) % count }
            if key == .left { conflict.choice = (conflict.choice + count - 1) % count }
        }
        state.overlay = .conflict(conflict)
    }

    /// Applies the chosen version.
    func resolve(_ conflict: PlanConflict) {
        var edit = conflict.edit
        switch conflict.choice {
        case 0:
            edit.baseVersion = conflict.currentVersion
            edit.baseText = conflict.theirText
            reload(keepSelection: true)
            save(edit)
        case 1:
            state.overlay = .none
            drafts?.remove(patient: edit.patientId, element: edit.element)
            reload(keepSelection: true)
            state.message = .info("Kept the version saved by \(conflict.theirRevision); your edit was dropped.")
        default:
            edit.baseVersion = conflict.currentVersion
            edit.baseText = conflict.theirText
            state.overlay = .editor(edit)
            reload(keepSelection: true)
            state.message = .info("Back to your text; saving now replaces the version by \(conflict.theirRevision).")
        }
    }

    /// Drops the edit the user confirmed dropping.
    func dropEdit(_ edit: PlanEdit) {
        drafts?.remove(patient: edit.patientId, element: edit.element)
        state.message = .info("Edit dropped; the care plan is unchanged.")
    }

    /// The goal form: text, target and due date.
    func openGoalForm(fromGoals: Bool = false) {
        guard let detail else { return }
        let form = Form(title: "Add a goal: \(labels.full(detail.patient))",
                        intro: ["A measurable goal has a target and a due date."],
                        fields: [
                            .text(.goal, label: "Goal", field: LineField("", maxLength: 1_000)),
                            .text(.target, label: "Target", field: LineField("", maxLength: 500)),
                            .text(.due, label: "Due", field: LineField(session.today.adding(months: 3).description, maxLength: 10)),
                        ])
        openForm(form, .addGoal(detail.patient.id, fromGoals: fromGoals))
    }

    /// Adds the goal as a new revision of the plan as it is now. When the store refuses (a
    /// missing target, someone saving at the same instant), the form stays open as typed.
    func submitGoal(_ form: Form, patient id: PatientID, fromGoals: Bool) {
        guard let due = try? LocalDate.parse(form.text(.due).trimmingCharacters(in: .whitespaces)) else {
            state.message = .error("The due date must be YYYY-MM-DD.")
            return
        }
        guard let plan = attempt({ try session.plan(id) }) else { return }
        let goal = Goal(id: plan.nextGoalID, text: form.text(.goal), target: form.text(.target), due: due)
        do {
            _ = try session.changePlan(id, [.addGoal(goal)], expectedVersion: plan.version)
        } catch StoreError.conflict {
            reload(keepSelection: true)
            state.message = .warning("Someone else saved the care plan at the same moment; nothing was added. Enter adds the goal again.")
            return
        } catch {
            state.message = .error(Format.errorText(error))
            return
        }
        state.overlay = .none
        reload(keepSelection: true)
        if fromGoals { reopenGoals(id, selecting: goal.id) }
        state.message = .success("Added goal \(goal.id): \(goal.text).")
    }

    /// The copy-given form: date and method.
    func openShareForm() {
        guard let detail else { return }
        let form = Form(title: "Copy of the plan given: \(labels.full(detail.patient))", intro: [],
                        fields: [
                            .text(.date, label: "Date", field: LineField(session.today.description, maxLength: 10)),
                            .choice(.method, label: "Method", options: ShareMethod.allCases.map(\.rawValue), selected: 0),
                        ])
        openForm(form, .sharePlan(detail.patient.id))
    }

    /// Records the copy.
    func submitShare(_ form: Form, patient id: PatientID) {
        guard let date = try? LocalDate.parse(form.text(.date).trimmingCharacters(in: .whitespaces)) else {
            state.message = .error("The date must be YYYY-MM-DD.")
            return
        }
        let method = ShareMethod.allCases[form.selection(.method)]
        guard attempt({ try session.sharePlan(id, date: date, method: method) }) != nil else { return }
        state.overlay = .none
        reload(keepSelection: true)
        state.message = .success("Recorded a copy given by \(method.rawValue) on \(date).")
    }

    /// The plan as the patient's printed copy.
    func showPrintedPlan() {
        guard let detail else { return }
        let text = detail.plan.patientText(patient: detail.patient, in: session.timeZone)
        state.overlay = .page(TextPage(title: "Care plan for the patient (`tend plan print` prints it)",
                                       lines: text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)))
    }
}
