/// The panes of the main screen, in Tab order; the digit keys 1–4 focus them directly.
enum Pane: Int, CaseIterable, Sendable {
    case list, summary, consent, plan

    /// The pane's title, with the digit that focuses it.
    var title: String {
        switch self {
        case .list: return "1 Patients"
        case .summary: return "2 Summary"
        case .consent: return "3 Consent"
        case .plan: return "4 Care plan"
        }
    }

    /// The binding context of keys while the pane has focus.
    var context: BindingContext {
        switch self {
        case .list: return .list
        case .summary: return .global
        case .consent: return .consent
        case .plan: return .plan
        }
    }

    /// The pane after this one, wrapping around.
    var next: Pane { Pane(rawValue: (rawValue + 1) % Pane.allCases.count)! }
    /// The pane before this one, wrapping around.
    var previous: Pane { Pane(rawValue: (rawValue + Pane.allCases.count - 1) % Pane.allCases.count)! }
}
