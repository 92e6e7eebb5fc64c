import Foundation
import TendDomain
import TendTerminal

extension Workstation {
    /// Handles one key: the lock screen first, then the open overlay, then the main screen.
    func handle(_ key: Key) {
        state.lastActivity = clock.now()
        needsRender = true
        if key == .resize { return }
        // The terminal is in raw mode, so Ctrl-C arrives as a key: everywhere, even in a dialog,
        // the editor or the lock screen, it closes the workstation as SIGINT would.
        if key == .ctrl("c") {
            shutdownFlag.request()
            return
        }
        if state.locked {
            handleLocked(key)
            return
        }
        switch state.overlay {
        case .none: handleMain(key)
        case .filter(let field): handleFilter(key, field)
        case .commandLine(let field): handleCommandLine(key, field)
        case .page(let page): handlePage(key, page)
        case .form(let form, let purpose): handleForm(key, form, purpose)
        case .confirm(let confirmation): handleConfirm(key, confirmation)
        case .editor(let edit): handleEditor(key, edit)
        case .conflict(let conflict): handleConflict(key, conflict)
        case .goals(let view): handleGoals(key, view)
        }
    }

    /// The command a key runs on the main screen: the focused pane's binding, else a global one.
    func mainCommand(for key: Key) -> Command? {
        if state.screen == .supervisor {
            return bindings.command(for: key, in: .supervisor) ?? bindings.command(for: key, in: .global)
        }
        if state.focus.context != .global, let command = bindings.command(for: key, in: state.focus.context) {
            return command
        }
        return bindings.command(for: key, in: .global)
    }

    /// A key on the main screen.
    func handleMain(_ key: Key) {
        guard let command = mainCommand(for: key) else { return }
        if state.message?.kind != .error || command != .help { state.message = nil }
        perform(command)
    }

    /// Runs a main-screen command (from a key or the command line).
    func perform(_ command: Command) {
        if command == .supervisor, !canSupervise {
            toggleSupervisorView()
            return
        }
        guard isAvailable(command) else {
            state.message = .info("'\(command.rawValue)' does not apply here.")
            return
        }
        if state.screen == .supervisor, performSupervisor(command) { return }
        let page = max(1, terminal.size.height - 8)
        switch command {
        case .down: move(by: 1)
        case .up: move(by: -1)
        case .pageDown: move(by: page)
        case .pageUp: move(by: -page)
        case .top: move(to: 0)
        case .bottom: move(to: Int.max)
        case .open: state.focus = state.detailPane
        case .nextPane: focus(state.focus.next)
        case .previousPane: focus(state.focus.previous)
        case .paneList: focus(.list)
        case .paneSummary: focus(.summary)
        case .paneConsent: focus(.consent)
        case .panePlan: focus(.plan)
        case .allPatients: switchList(state.listKind == .allPatients ? .myCallList : .allPatients)
        case .candidates: switchList(state.listKind == .candidates ? .myCallList : .candidates)
        case .everyone: switchList(state.listKind == .everyone ? .myCallList : .everyone)
        case .filter: state.overlay = .filter(LineField(state.filter, maxLength: 100))
        case .commandLine: state.overlay = .commandLine(LineField("", maxLength: 100))
        case .help: state.overlay = .page(HelpPage.make(bindings: bindings, supervisor: canSupervise))
        case .quit: quitRequested = true
        case .stopwatch: toggleStopwatch()
        case .pause: pauseOrResume()
        case .discard: askDiscard()
        case .logTime: openLogForm()
        case .callOutcome: openCallOutcome()
        case .recordConsent: openConsentForm()
        case .revokeConsent: askRevoke()
        case .addStay: openStayForm()
        case .recordTransition: openTransitionForm()
        case .editElement: openEditor()
        case .addGoal: openGoalForm()
        case .sharePlan: openShareForm()
        case .printPlan: showPrintedPlan()
        case .refresh:
            reload(keepSelection: true)
            state.message = .info("Reloaded from the store.")
        case .lock: lockScreen(.request)
        case .back: goBack()
        case .supervisor: toggleSupervisorView()
        case .sortNext, .sortPrevious, .sortReverse, .previousMonth, .nextMonth, .mark, .markAll, .reassign, .notBilled,
             .closeMonth, .reopenMonth, .auditPacket, .voidEntry, .correctEntry: break
        case .editGoal, .goalMet, .goalDiscontinue, .goalReopen: break
        case .confirm, .cancel, .nextField, .previousField, .toggle, .save: break
        }
    }

    /// Whether a command can run now: the footer shows only these.
    func isAvailable(_ command: Command) -> Bool {
        if state.screen == .supervisor { return isAvailableOnSupervisor(command) }
        let hasPatient = selectedRow != nil
        let timer = view?.timer
        switch command {
        case .stopwatch: return timer != nil || hasPatient
        case .pause, .discard: return timer != nil
        case .logTime: return hasPatient
        case .open: return hasPatient && state.focus == .list
        case .callOutcome: return hasPatient && state.listKind != .candidates
        case .recordConsent: return hasPatient
        case .addStay: return hasPatient
        case .recordTransition: return selectedRow.map { openTransition(of: $0.patient) != nil } ?? false
        case .revokeConsent: return detail?.patient.consents.contains { $0.counts && $0.revokedOn == nil } ?? false
        case .editElement, .addGoal, .printPlan: return detail != nil
        case .sharePlan: return !(detail?.plan.revisions.isEmpty ?? true)
        case .back: return !state.filter.isEmpty || state.focus != .list
        case .editGoal, .goalMet, .goalDiscontinue, .goalReopen: return false
        case .supervisor: return canSupervise
        case .sortNext, .sortPrevious, .sortReverse, .previousMonth, .nextMonth, .mark, .markAll, .reassign, .notBilled,
             .closeMonth, .reopenMonth, .auditPacket, .voidEntry, .correctEntry: return false
        default: return true
        }
    }

    /// Moves the selection in the focused pane.
    func move(by step: Int) {
        if state.focus == .plan {
            state.planSelection = max(0, min(CarePlanElement.allCases.count - 1, state.planSelection + step))
        } else {
            select(state.selection + step)
        }
    }

    /// Moves the selection to a row (clamped).
    func move(to index: Int) {
        if state.focus == .plan {
            state.planSelection = max(0, min(CarePlanElement.allCases.count - 1, index))
        } else {
            select(index)
        }
    }

    /// Focuses a pane; a detail pane also becomes the one shown beside the list.
    func focus(_ pane: Pane) {
        state.focus = pane
        if pane != .list { state.detailPane = pane }
    }

    /// Shows another list, selecting its first row.
    func switchList(_ kind: ListKind) {
        state.listKind = kind
        state.selection = 0
        state.filter = ""
        reload(keepSelection: false)
        state.message = .info("\(kind.title): \(plural(visibleRows.count, "patient")).")
    }

    /// Esc on the main screen: clear the filter, else return to the list.
    func goBack() {
        if !state.filter.isEmpty {
            state.filter = ""
            select(0)
        } else {
            state.focus = .list
        }
    }
}
