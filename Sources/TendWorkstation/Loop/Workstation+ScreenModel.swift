import Foundation
import TendDomain
import TendServices

/// The one place that turns the workstation's state, and what it last read, into the value a
/// frame is drawn from. Nothing here reads the store.
extension Workstation {
    /// The frame's model at the clock's instant.
    func screenModel() -> ScreenModel {
        let time = PracticeTime(now: clock.now(), timeZone: session.timeZone)
        let stopwatch = view?.timer.map { timer in
            StopwatchModel(isPaused: timer.isPaused, elapsedSeconds: timer.elapsedSeconds(at: time.now),
                           patientId: timer.patientId, patient: view?.timerPatient)
        }
        let lock = state.locked
            ? LockScreenModel(idleLockMinutes: configuration.idleLockMinutes, stopwatch: stopwatch,
                              login: session.account.login, message: screenLock.message)
            : nil
        let message = state.pendingTabRead?.message ?? state.message
        let body: ScreenModel.Body = state.screen == .supervisor
            ? .supervisor(supervisorScreenModel(message: message))
            : .care(careScreenModel(time: time))
        return ScreenModel(
            lock: lock,
            title: TitleBarModel(practice: practiceName, me: view?.me, stopwatch: stopwatch, labels: labels),
            status: StatusLineModel(message: message, hint: statusHint(), storePath: storePath),
            footer: footerItems(),
            body: body,
            overlay: overlayModel(time: time))
    }

    /// The practice's name for the title bar.
    var practiceName: String { session.practiceName }
    /// The store's path for the status line.
    var storePath: String { session.storeLocation }

    func careScreenModel(time: PracticeTime) -> CareScreenModel {
        CareScreenModel(listKind: state.listKind, filter: state.filter, rows: visibleRows, selection: state.selection,
                        focus: state.focus, detailPane: state.detailPane, planSelection: state.planSelection,
                        detail: detail, staffNames: view?.staffNames ?? [:], conditions: session.conditionTable,
                        labels: labels, time: time)
    }

    func supervisorScreenModel(message: StatusMessage?) -> SupervisorScreenModel {
        var filterError: TableFilterError?
        if case .failure(let error) = supervisorFilter { filterError = error }
        return SupervisorScreenModel(tab: supervisorState.tab, page: supervisorPage, rows: visibleSupervisorRows,
                                     selection: supervisorState.selection, sort: supervisorSort, filter: supervisorState.filter,
                                     filterError: filterError, marks: supervisorState.marks, message: message)
    }

    /// What the status line says when there is no message.
    func statusHint() -> String? {
        if state.screen == .supervisor {
            if case .failure(let error) = supervisorFilter { return "Filter not applied: \(error.message)" }
            guard let page = supervisorPage else { return nil }
            return "Read \(LocalDateTimeText.full(page.loadedAt, in: session.timeZone)); Tab: next tab, ?: every key"
        }
        let count = visibleRows.count
        let list = state.listKind.title
        return state.filter.isEmpty ? "\(list): \(plural(count, "patient"))"
            : "\(list): \(plural(count, "match", "matches")) for '\(state.filter)' (Esc clears)"
    }

    /// The keys the footer offers for the current state, in table order: the open overlay's,
    /// else the focused pane's (or the supervisor view's) and the global ones that apply now.
    func footerItems() -> [FooterItem] {
        if state.locked { return [] }
        let shown: [Binding]
        if let context = state.overlay.context {
            shown = bindings.bindings(in: context).filter(\.inFooter)
        } else {
            let context: BindingContext = state.screen == .supervisor ? .supervisor : state.focus.context
            let focused = context == .global ? [] : bindings.bindings(in: context)
            shown = (focused + bindings.bindings(in: .global)).filter { $0.inFooter && isAvailable($0.command) }
        }
        let essential: Set<Command> = [.help, .quit, .confirm, .cancel, .save]
        return shown.map { binding in
            // The supervisor key says where it goes back to.
            let hint = binding.command == .supervisor && state.screen == .supervisor ? "care screen" : binding.hint
            return FooterItem(key: binding.keys.first?.name ?? "", hint: hint, essential: essential.contains(binding.command))
        }
    }

    func overlayModel(time: PracticeTime) -> OverlayModel {
        var goals: GoalsDialogModel?
        if case .goals(let view) = state.overlay {
            var keys = bindings.bindings(in: .goals).map { "\($0.keys.first?.name ?? "") \($0.hint)" }
            keys.append("\(bindings.binding(.cancel, in: .dialog)?.keys.first?.name ?? "esc") close")
            goals = GoalsDialogModel(plan: goalsPlan(view), keys: keys.joined(separator: "  "), time: time)
        }
        return OverlayModel(overlay: state.overlay,
                            confirmKeys: (yes: bindings.binding(.confirm, in: .dialog)?.keys.first?.name ?? "enter",
                                          no: bindings.binding(.cancel, in: .dialog)?.keys.first?.name ?? "esc"),
                            goals: goals)
    }
}
