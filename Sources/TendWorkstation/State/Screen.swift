/// The two screens of the workstation.
enum Screen: Sendable, Equatable {
    /// The care screen: the call list and the patient panes.
    case care
    /// The supervisor view: the month table, team, at risk, summary and time review.
    case supervisor
}
