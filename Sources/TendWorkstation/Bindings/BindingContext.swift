/// Where a key binding applies.
public enum BindingContext: String, CaseIterable, Sendable, Hashable {
    /// The main screen, whatever pane has focus (no dialog open).
    case global
    /// The patient list has focus.
    case list
    /// The consent pane has focus.
    case consent
    /// The care-plan pane has focus.
    case plan
    /// A form or confirmation dialog is open.
    case dialog
    /// The multi-line care-plan editor is open.
    case editor
    /// The goals dialog is open (Enter on the care plan's goals element).
    case goals
    /// The supervisor view is shown (supervisors and admins).
    case supervisor

    /// The heading used in the help overlay and the documentation.
    public var title: String {
        switch self {
        case .global: return "Everywhere on the main screen"
        case .list: return "Patient list"
        case .consent: return "Consent pane"
        case .plan: return "Care-plan pane"
        case .dialog: return "Dialogs and forms"
        case .editor: return "Care-plan editor"
        case .goals: return "Goals dialog (Enter on the measurable goals element)"
        case .supervisor: return "Supervisor view (supervisors and admins)"
        }
    }
}
