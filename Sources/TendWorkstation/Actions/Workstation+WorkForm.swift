import Foundation
import TendDomain

/// What the stop dialog and the manual log dialog ask alike: a note and the conditions the work
/// addressed, and, for a probable duplicate, the reason it is separate work.
extension Workstation {
    /// The note and the ticked condition codes of a stop or log form, or nil after saying on the
    /// status line which one is missing.
    func noteAndConditions(_ form: Form) -> (note: String, conditions: [String])? {
        let note = form.text(.note).trimmingCharacters(in: .whitespacesAndNewlines)
        guard !note.isEmpty else {
            state.message = .error("A note is required: say what was done and said.")
            return nil
        }
        let codes = form.checkedIDs.compactMap { id -> String? in
            if case .condition(let code) = id { return code.rawValue }
            return nil
        }
        guard !codes.isEmpty else {
            state.message = .error("Tick at least one condition addressed.")
            return nil
        }
        return (note, codes)
    }

    /// The reason given in the separate-work question, or nil after saying it is required.
    func separateWorkReason(_ form: Form) -> String? {
        guard let reason = SeparateWorkForm.reason(form) else {
            state.message = .error("Say why it is a separate piece of work, or Esc to go back.")
            return nil
        }
        return reason
    }
}
