import TendServices
import TendTerminal

/// The question asked when new time repeats an earlier entry (a probable duplicate): is it a
/// second, separate piece of work, and why (the reason goes to the audit trail).
enum SeparateWorkForm {
    static func make(_ duplicate: ProbableDuplicate, what: String, back: String) -> Form {
        Form(title: "Probable duplicate: nothing logged yet",
             intro: DisplayWidth.wrap("\(what) is probably a duplicate of \(duplicate.firstDescribed).", width: 72)
                 + ["If it is a second, separate piece of work, say why and press Enter (recorded",
                    "in the audit trail). \(back)"],
             fields: [.text(.reason, label: "Reason", field: LineField("", maxLength: 500))])
    }

    /// The reason typed, or nil (with the message to show) when it is empty.
    static func reason(_ form: Form) -> String? {
        let reason = form.text(.reason).trimmingCharacters(in: .whitespacesAndNewlines)
        return reason.isEmpty ? nil : reason
    }
}
