import Foundation
import TendDomain

/// What was entered in a form when the workstation was closed by a signal (or Ctrl-C), kept in
/// the user's draft directory and put back the next time the same dialog opens for the same
/// patient, entry or month.
struct FormDraft: Codable, Equatable {
    /// Which dialog, for whom (`FormPurpose.draftKey`).
    var key: String
    /// The text fields, by `FieldID.draftKey` (by label in drafts kept before fields had ids).
    var texts: [String: String]
    /// The checkboxes, by `FieldID.draftKey` (or label).
    var checks: [String: Bool]
    /// The choices' selected options, by `FieldID.draftKey` (or label).
    var choices: [String: Int]
    /// When it was kept.
    var savedAt: Date

    /// The entries of `form`.
    init(key: String, form: Form, savedAt: Date) {
        self.key = key
        self.savedAt = savedAt
        var texts: [String: String] = [:], checks: [String: Bool] = [:], choices: [String: Int] = [:]
        for field in form.fields {
            switch field {
            case .text(let id, _, let line): texts[id.draftKey] = line.text
            case .check(let id, _, let checked): checks[id.draftKey] = checked
            case .choice(let id, _, _, let selected): choices[id.draftKey] = selected
            }
        }
        (self.texts, self.checks, self.choices) = (texts, checks, choices)
    }

    /// `form` with the kept entries put back into the fields of the same id, whatever their
    /// labels say now (a field the dialog no longer has is left as the dialog opened it). A
    /// draft kept by an earlier version, keyed by label, is put back by label.
    func restored(into form: Form) -> Form {
        var form = form
        form.fields = form.fields.map { field in
            let key = field.id.draftKey
            switch field {
            case .text(let id, let label, let line):
                guard let text = texts[key] ?? texts[label] else { return field }
                return .text(id, label: label, field: LineField(text, maxLength: line.maxLength))
            case .check(let id, let label, let checked):
                return .check(id, label: label, checked: checks[key] ?? checks[label] ?? checked)
            case .choice(let id, let label, let options, let selected):
                let kept = (choices[key] ?? choices[label]).flatMap { options.indices.contains($0) ? $0 : nil }
                return .choice(id, label: label, options: options, selected: kept ?? selected)
            }
        }
        return form
    }
}

extension FormPurpose {
    /// The dialog that asked this question, with everything typed there: the stop or log dialog
    /// behind a probable-duplicate question; nil for a dialog of its own.
    var askedFrom: (form: Form, purpose: FormPurpose)? {
        switch self {
        case .separateStop(let id, let stopForm): return (stopForm, .stopTimer(id))
        case .separateLog(let id, let logForm): return (logForm, .logTime(id))
        default: return nil
        }
    }

    /// The form to keep as a draft when this one is open: a question keeps the dialog that
    /// asked it (`askedFrom`).
    static func preserved(_ form: Form, _ purpose: FormPurpose) -> (Form, FormPurpose) {
        purpose.askedFrom ?? (form, purpose)
    }

    /// The name a form's draft is kept under: the dialog and whom it is for (nil for a dialog
    /// with nothing to type).
    var draftKey: String? {
        switch self {
        case .stopTimer(let id): return "stop-\(id.rawValue)"
        case .logTime(let id): return "log-\(id.rawValue)"
        // The duplicate question is kept as the dialog it came from (see `preservedForm`).
        case .separateStop, .separateLog: return nil
        case .callOutcome(let id): return "call-\(id.rawValue)"
        case .recordConsent(let id): return "consent-\(id.rawValue)"
        case .addStay(let id): return "stay-add-\(id.rawValue)"
        case .recordTransition(let id, let stay): return "transition-\(stay)-\(id.rawValue)"
        case .addGoal(let id, _): return "goal-add-\(id.rawValue)"
        case .editGoal(let id, let goal): return "goal-\(goal)-\(id.rawValue)"
        case .sharePlan(let id): return "share-\(id.rawValue)"
        case .reassign: return nil
        case .notBilled(let id, let month): return "not-billed-\(id.rawValue)-\(month)"
        case .notBilledMany(let ids, let month): return "not-billed-\(ids.count)-\(ids.first?.rawValue ?? "")-\(month)"
        case .voidEntry(let id, _): return "void-\(id.rawValue)"
        case .correctEntry(let id, _): return "correct-\(id.rawValue)"
        case .reopenMonth(let month): return "reopen-\(month)"
        }
    }
}

extension DraftStore {
    private func formURL(_ key: String) -> URL {
        let safe = String(key.map { $0.isLetter || $0.isNumber || $0 == "-" ? $0 : "_" })
        return directory.appendingPathComponent("\(account)-form-\(safe).json")
    }

    /// Writes a form's draft; returns the file's path.
    @discardableResult
    func save(_ draft: FormDraft) throws -> String {
        try write(draft, to: formURL(draft.key))
    }

    /// Takes the draft kept for a dialog, if any: it is read and deleted (from then on it lives
    /// in the open form, which is kept again if the workstation is closed once more).
    func takeForm(_ key: String) -> FormDraft? {
        let url = formURL(key)
        guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
        guard let draft = try? JSONOutput.decoder().decode(FormDraft.self, from: data) else { return nil }
        try? FileManager.default.removeItem(at: url)
        return draft
    }
}
