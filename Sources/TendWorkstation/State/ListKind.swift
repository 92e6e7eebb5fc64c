/// Which patients the list shows.
enum ListKind: Sendable, Equatable {
    /// Enrolled patients whose care manager is the acting user, ranked by urgency.
    case myCallList
    /// Every enrolled patient, ranked by urgency.
    case allPatients
    /// Eligible patients with no consent yet.
    case candidates
    /// Every patient in the store, whatever the status, by name.
    case everyone

    /// The list's title.
    var title: String {
        switch self {
        case .myCallList: return "My call list"
        case .allPatients: return "All patients"
        case .candidates: return "Enrollment candidates"
        case .everyone: return "Every patient"
        }
    }
}
