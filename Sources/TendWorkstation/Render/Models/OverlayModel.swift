import TendDomain

/// What covers the body, with what drawing it needs beyond the overlay's own state.
struct OverlayModel: Sendable {
    /// The overlay.
    var overlay: Overlay
    /// The keys a confirmation names for yes and no.
    var confirmKeys: (yes: String, no: String)
    /// The goals dialog's plan and keys, when it is open.
    var goals: GoalsDialogModel?
}

/// The goals dialog's data: the plan as last read (nil when the patient is no longer shown).
struct GoalsDialogModel: Sendable {
    /// The plan whose goals are shown.
    var plan: CarePlan?
    /// The dialog's keys, from the binding table.
    var keys: String
    /// Now, in the practice's zone (the history's times).
    var time: PracticeTime
}
