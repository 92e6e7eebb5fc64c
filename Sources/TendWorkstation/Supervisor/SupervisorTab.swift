/// The tabs of the supervisor view, in Tab order.
enum SupervisorTab: Int, CaseIterable, Sendable, Hashable {
    case month, team, atRisk, summary, programs, timeReview

    /// The tab's title.
    var title: String {
        switch self {
        case .month: return "Month"
        case .team: return "Team"
        case .atRisk: return "At risk"
        case .summary: return "Summary"
        case .timeReview: return "Time review"
        case .programs: return "Programs"
        }
    }

    /// Whether the tab shows the month chosen with `[` and `]` (the others show today's month).
    var followsChosenMonth: Bool {
        switch self {
        case .month, .summary, .timeReview, .programs: return true
        case .team, .atRisk: return false
        }
    }

    /// Whether the tab's rows are patients (so they can be marked and reassigned).
    var rowsArePatients: Bool { self == .month || self == .atRisk }

    /// The tab after this one, wrapping around.
    var next: SupervisorTab { SupervisorTab(rawValue: (rawValue + 1) % Self.allCases.count)! }
    /// The tab before this one, wrapping around.
    var previous: SupervisorTab { SupervisorTab(rawValue: (rawValue + Self.allCases.count - 1) % Self.allCases.count)! }
}
