import Foundation
import TendDomain
import TendTerminal

extension Workstation {
    /// The filter line: typing filters at once; Enter keeps the filter, Esc clears it.
    func handleFilter(_ key: Key, _ field: LineField) {
        if state.screen == .supervisor {
            handleSupervisorFilter(key, field)
            return
        }
        editFilterLine(key, field, keep: {
            state.message = .info("\(plural(visibleRows.count, "patient")) match '\(state.filter)'.")
        }, clear: {
            state.filter = ""
            select(0)
        }, apply: { text in
            state.filter = text
            state.selection = 0
            select(0)
            loadDetail()
        })
    }

    /// A key on a filter line (the care screen's or a supervisor table's): Enter closes the line
    /// and `keep`s the filter, Esc closes it and `clear`s it, an editing key changes the text
    /// and `apply`s it at once.
    func editFilterLine(_ key: Key, _ field: LineField, keep: () -> Void, clear: () -> Void, apply: (String) -> Void) {
        var field = field
        switch bindings.command(for: key, in: .dialog) {
        case .confirm:
            state.overlay = .none
            keep()
            return
        case .cancel:
            state.overlay = .none
            clear()
            return
        default:
            break
        }
        guard field.handle(key) else { return }
        state.overlay = .filter(field)
        apply(field.text)
    }

    /// The command line: Tab completes a command name, Enter runs it, Esc closes it.
    func handleCommandLine(_ key: Key, _ field: LineField) {
        var field = field
        if key == .tab {
            let completion = CommandLine.complete(field.text, bindings: bindings, supervisor: canSupervise)
            field = LineField(completion.text, maxLength: 100)
            state.overlay = .commandLine(field)
            state.message = completion.candidates.count > 1 ? .info(completion.candidates.joined(separator: "  ")) : nil
            return
        }
        switch bindings.command(for: key, in: .dialog) {
        case .confirm:
            state.overlay = .none
            runCommandLine(field.text)
            return
        case .cancel:
            state.overlay = .none
            return
        default:
            break
        }
        if field.handle(key) { state.overlay = .commandLine(field) }
    }

    /// Runs a command typed on the command line.
    func runCommandLine(_ text: String) {
        let name = text.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty else { return }
        guard let command = CommandLine.command(named: name, bindings: bindings, supervisor: canSupervise) else {
            state.message = .error("Unknown command '\(name)'. Tab completes; ? lists every command.")
            return
        }
        perform(command)
    }

    /// A page of text: Up/Down scroll, Enter or Esc closes.
    func handlePage(_ key: Key, _ page: TextPage) {
        var page = page
        let height = max(1, terminal.size.height - 6)
        let count = PageLayout.lines(of: page, width: PageLayout.textWidth(terminalWidth: terminal.size.width)).count
        switch bindings.command(for: key, in: .dialog) ?? bindings.command(for: key, in: .global) {
        case .confirm, .cancel, .back, .help, .quit: state.overlay = .none
        case .nextField, .down: page.scroll = min(max(0, count - height), page.scroll + 1)
        case .previousField, .up: page.scroll = max(0, page.scroll - 1)
        case .pageDown: page.scroll = min(max(0, count - height), page.scroll + height)
        case .pageUp: page.scroll = max(0, page.scroll - height)
        default: return
        }
        if case .page = state.overlay { state.overlay = .page(page) }
    }

    /// Opens a form, putting back what was entered in it when the workstation was last closed
    /// (by a signal or Ctrl-C) with this dialog open for the same patient, entry or month.
    func openForm(_ form: Form, _ purpose: FormPurpose) {
        var form = form
        if let key = purpose.draftKey, let draft = drafts?.takeForm(key) {
            form = draft.restored(into: form)
            state.message = .warning("Restored what you entered before the workstation closed (\(Format.instant(draft.savedAt, session: session))); Esc asks before dropping it.")
        }
        state.overlay = .form(form, purpose)
    }

    /// A form: keys edit the focused field; Tab and Down/Up move; Space ticks; Enter submits.
    func handleForm(_ key: Key, _ form: Form, _ purpose: FormPurpose) {
        var form = form
        let command = bindings.command(for: key, in: .dialog)
        if form.focusIsText, command != .confirm, command != .cancel, command != .nextField, command != .previousField {
            if form.edit(key) { state.overlay = .form(form, purpose) }
            return
        }
        switch command {
        case .confirm: submit(form, purpose)
        case .cancel: closeForm(form, purpose)
        case .nextField: form.moveFocus(1); state.overlay = .form(form, purpose)
        case .previousField: form.moveFocus(-1); state.overlay = .form(form, purpose)
        case .toggle: form.toggle(); state.overlay = .form(form, purpose)
        default:
            if key == .left || key == .right {
                form.toggle(key == .left ? -1 : 1)
                state.overlay = .form(form, purpose)
            }
        }
    }

    /// Submits a form to its use case.
    func submit(_ form: Form, _ purpose: FormPurpose) {
        switch purpose {
        case .stopTimer(let id): submitStop(form, patient: id)
        case .separateStop(let id, let stopForm): submitSeparateStop(form, stopForm: stopForm, patient: id)
        case .logTime(let id): submitLog(form, patient: id)
        case .separateLog(let id, let logForm): submitSeparateLog(form, logForm: logForm, patient: id)
        case .callOutcome(let id): submitCallOutcome(form, patient: id)
        case .recordConsent(let id): reviewConsent(form, patient: id)
        case .addStay(let id): submitStay(form, patient: id)
        case .recordTransition(let id, let stay): submitTransition(form, patient: id, stay: stay)
        case .addGoal(let id, let fromGoals): submitGoal(form, patient: id, fromGoals: fromGoals)
        case .editGoal(let id, let goal): submitEditGoal(form, patient: id, goal: goal)
        case .sharePlan(let id): submitShare(form, patient: id)
        case .reassign(let ids): submitReassign(form, patients: ids)
        case .notBilled(let id, let month): submitNotBilled(form, patient: id, month: month)
        case .notBilledMany(let ids, let month): submitNotBilled(form, patients: ids, month: month)
        case .voidEntry(let id, let amend): submitVoid(form, entry: id, amend: amend)
        case .correctEntry(let id, let amend): submitCorrect(form, entry: id, amend: amend)
        case .reopenMonth(let month): submitReopen(form, month: month)
        }
    }

    /// Esc on a form: closes it when nothing was entered, else asks first (Esc on that question
    /// comes back to the form as it was).
    func closeForm(_ form: Form, _ purpose: FormPurpose) {
        // A question goes back to the dialog that asked it, answers intact.
        if let asker = purpose.askedFrom {
            state.overlay = .form(asker.form, asker.purpose)
            if case .stopTimer = asker.purpose {
                state.message = .info("Nothing logged; the stopwatch runs on.")
            } else {
                state.message = .info("Nothing logged yet.")
            }
            return
        }
        guard form.hasEntries else {
            state.overlay = overlayAfterClosing(purpose)
            state.message = .info("Cancelled; nothing was recorded.")
            return
        }
        state.overlay = .confirm(Confirmation(lines: ["Drop what you entered in \"\(form.title)\"?",
                                                      "Enter drops it; Esc goes back to the form."],
                                              action: .dropForm, back: .form(form, purpose)))
    }

    /// What a form closed without saving goes back to: the goals dialog for a goal form opened
    /// from it, else the main screen.
    func overlayAfterClosing(_ purpose: FormPurpose) -> Overlay {
        let goalId: Int?
        switch purpose {
        case .addGoal(let id, fromGoals: true): goalId = nil; guard detail?.patient.id == id else { return .none }
        case .editGoal(let id, let goal): goalId = goal; guard detail?.patient.id == id else { return .none }
        default: return .none
        }
        guard let detail else { return .none }
        return .goals(goalsView(of: detail, selecting: goalId))
    }

    /// A yes/no question: Enter is yes; Esc is no and goes back to what the question interrupted
    /// (the form or editor, as it was), or to the main screen.
    func handleConfirm(_ key: Key, _ confirmation: Confirmation) {
        switch bindings.command(for: key, in: .dialog) {
        case .confirm:
            state.overlay = .none
            carryOut(confirmation)
        case .cancel:
            state.overlay = confirmation.back ?? .none
            switch confirmation.action {
            case .dropEdit, .dropForm: state.message = .info("Nothing was dropped; carry on.")
            default:
                switch confirmation.back {
                case .form?: state.message = .info("Not recorded yet; the form is as you left it.")
                default: state.message = .info("Cancelled; nothing was changed.")
                }
            }
        default:
            break
        }
    }

    /// Does what a confirmed question asked.
    func carryOut(_ confirmation: Confirmation) {
        switch confirmation.action {
        case .discardTimer: discardTimer()
        case .revokeConsent(let id): revokeConsent(id)
        case .recordConsent(let id, let draft): recordConsent(draft, patient: id, form: confirmation.back)
        case .dropEdit:
            if case .editor(let edit) = confirmation.back { dropEdit(edit) }
        case .dropForm:
            if case .form(_, let purpose) = confirmation.back { state.overlay = overlayAfterClosing(purpose) }
            state.message = .info("Cancelled; nothing was recorded.")
        case .closeMonth(let month): closeMonth(month)
        case .setGoalStatus(let id, let goal, let status): setGoalStatus(status, goal: goal, patient: id)
        }
    }
}
