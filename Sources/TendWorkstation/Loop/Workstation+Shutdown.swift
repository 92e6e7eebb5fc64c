import TendDomain
import Foundation
import TendTerminal

extension Workstation {
    /// Persists what a signal or a lost terminal would otherwise lose and says what was kept.
    ///
    /// The stopwatch needs nothing: it has been in the store since it started and keeps running
    /// there. An open care-plan edit with changes is written as a draft file, restored the next
    /// time the element is opened; so is what was entered in an open form (or a form waiting
    /// on a question), restored the next time that dialog opens.
    func shutdown(cause: ShutdownCause = .requested) -> ExitReason {
        .shutdown(message: "tend: closed the workstation \(cause.explanation): \(preserveUnsavedWork()).")
    }

    /// Writes an open care-plan edit or form with entries as a draft, and says what was kept
    /// (the drafts, the stopwatch in the store) or "nothing was left unsaved". Every way the
    /// workstation ends without the user's own quit goes through here.
    func preserveUnsavedWork() -> String {
        var kept: [String] = []
        var edit: PlanEdit?
        var open = state.overlay
        if case .confirm(let confirmation) = open, let back = confirmation.back { open = back }
        switch open {
        case .editor(let current): edit = current
        case .conflict(let conflict): edit = conflict.edit
        case .form(let form, let purpose):
            let (keptForm, keptPurpose) = FormPurpose.preserved(form, purpose)
            kept += keepForm(keptForm, keptPurpose)
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
        if case .form(let shown, let shownPurpose) = open, case let (form, purpose) = FormPurpose.preserved(shown, shownPurpose),
           form.hasEntries, purpose.draftKey == nil {
            kept.append("the open \"\(Sanitizer.singleLine.sanitize(form.title))\" dialog was closed: what was typed in it was NOT saved")
        }
        if let timer = view?.timer {
            let name = Sanitizer.singleLine.sanitize(timerPatientText(timer))
            kept.append("your stopwatch for \(name) keeps \(timer.isPaused ? "paused" : "running") in the store (\(DurationText.format(timer.elapsedSeconds(at: clock.now()))))")
        }
        return kept.isEmpty ? "nothing was left unsaved" : kept.joined(separator: "; ")
    }

    /// Keeps what was entered in an open form as a draft; says what became of it.
    func keepForm(_ form: Form, _ purpose: FormPurpose) -> [String] {
        guard form.hasEntries, let key = purpose.draftKey else { return [] }
        let title = Sanitizer.singleLine.sanitize(form.title)
        guard let drafts else {
            return ["what you entered in \"\(title)\" was lost (no draft directory: set HOME or XDG_STATE_HOME)"]
        }
        guard let path = try? drafts.save(FormDraft(key: key, form: form, savedAt: clock.now())) else {
            return ["what you entered in \"\(title)\" could NOT be kept (the draft file could not be written)"]
        }
        return ["what you entered in \"\(title)\" was kept as a draft (\(path)); it comes back when you open that dialog again"]
    }
}
