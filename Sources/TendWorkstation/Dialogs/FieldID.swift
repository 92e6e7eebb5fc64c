import TendDomain

/// What a form field holds, independent of the words of its label: code reads a field by its
/// id, so rewording a label (or a condition's description) never changes what is read, and a
/// draft is put back into the same field.
enum FieldID: Hashable, Sendable {
    case activity, minutes, date, method, result, callBackAt, note, reason
    case goal, target, due
    case careManager, clearNotBilledMark
    case start, end
    case declined
    case admit, discharge, kind, facility, step, complexity, practitioner
    /// A condition the work addressed (stop and log dialogs).
    case condition(ICD10Code)
    /// A disclosure told to the patient (consent dialog).
    case disclosure(Disclosure)

    /// The name a draft keeps the field's entry under: `note`, `condition:E11.9`, `disclosure:cost-sharing`.
    var draftKey: String {
        switch self {
        case .activity: return "activity"
        case .minutes: return "minutes"
        case .date: return "date"
        case .method: return "method"
        case .result: return "result"
        case .callBackAt: return "call-back-at"
        case .note: return "note"
        case .reason: return "reason"
        case .goal: return "goal"
        case .target: return "target"
        case .due: return "due"
        case .careManager: return "care-manager"
        case .clearNotBilledMark: return "clear-not-billed-mark"
        case .start: return "start"
        case .end: return "end"
        case .declined: return "declined"
        case .admit: return "admit"
        case .discharge: return "discharge"
        case .kind: return "kind"
        case .facility: return "facility"
        case .step: return "step"
        case .complexity: return "complexity"
        case .practitioner: return "practitioner"
        case .condition(let code): return "condition:\(code.rawValue)"
        case .disclosure(let disclosure): return "disclosure:\(disclosure.rawValue)"
        }
    }
}
