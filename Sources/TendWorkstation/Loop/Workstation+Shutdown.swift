import TendDomain
import Foundation
import TendTerminal

extension Workstation {
    /// Persists what a signal or a lost terminal would otherwise lose and says what was kept.
    ///
    /// The stopwatch needs nothing: it has been in the store since it started and keeps running
    /// there. An open care-plan edit with changes is written as a draft file, restored the next
    /// time the element is opened. Other open dialogs had nothing recorded yet.
    func shutdown(cause: ShutdownCause = .requested) -> ExitReason {
        .shutdown(message: "tend: closed the workstation \(cause.explanation): \(preserveUnsavedWork()).")
    }

    /// Writes an open care-plan edit with changes as a draft, and says what was kept (the
    /// draft, the stopwatch in the store) or "nothing was left unsaved". Every way the
    /// workstation ends without the user's own quit goes through here.
    func preserveUnsavedWork() -> String {
        var kept: [String] = []
        var edit: PlanEdit?
        switch state.overlay {
        case .editor(let open): edit = open
        case .conflict(let conflict): edit = conflict.edit
        case .confirm(let confirmation) where confirmation.action == .dropEdit: edit = pendingEdit
        default: break
        }
        if let edit, edit.hasChanges {
            if let drafts {
                let draft = DraftStore.Draft(patientId: edit.patientId, element: edit.element, text: edit.editor.text,
                                             baseVersion: edit.baseVersion, savedAt: clock.now())
                if let path = try? drafts.save(draft) {
                    kept.append("your unsaved edit of \(edit.element.title) was kept as a draft (\(path)); it comes back when you open that element")
                } else {
                    kept.append("your unsaved edit of \(edit.element.title) could NOT be kept (the draft file could not be written)")
                }
            } else {
                kept.append("your unsaved edit of \(edit.element.title) was lost (no draft directory: set HOME or XDG_STATE_HOME)")
            }
        }
        if case .form(let form, _) = state.overlay, form.fields.contains(where: {
            if case .text(_, let field) = $0 { return !field.text.isEmpty } else { return false }
        }) {
            kept.append("the open \"\(Sanitizer.singleLine.sanitize(form.title))\" dialog was closed: what was typed in it was NOT saved")
        }
        if let timer = view?.timer {
            let name = Sanitizer.singleLine.sanitize(timerPatientText(timer))
            kept.append("your stopwatch for \(name) keeps \(timer.isPaused ? "paused" : "running") in the store (\(DurationText.format(timer.elapsedSeconds(at: clock.now()))))")
        }
        return kept.isEmpty ? "nothing was left unsaved" : kept.joined(separator: "; ")
    }
}
