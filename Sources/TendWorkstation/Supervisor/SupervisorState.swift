import TendDomain
import TendTerminal

/// What the supervisor view shows and where the user is in it: the tab, the month, and each
/// tab's sort, filter and selection (kept when switching tabs).
struct SupervisorState: Sendable {
    /// The tab shown.
    var tab: SupervisorTab = .month
    /// The month of the month table, the summary and the time review.
    var month: YearMonth
    /// Each tab's sort, when the user changed it.
    var sorts: [SupervisorTab: TableSort] = [:]
    /// Each tab's filter text.
    var filters: [SupervisorTab: String] = [:]
    /// Each tab's selected row.
    var selections: [SupervisorTab: Int] = [:]
    /// Patients marked for a bulk action (reassign).
    var marks: Set<PatientID> = []

    init(month: YearMonth) {
        self.month = month
    }

    /// The shown tab's filter text.
    var filter: String {
        get { filters[tab] ?? "" }
        set { filters[tab] = newValue }
    }

    /// The shown tab's selected row.
    var selection: Int {
        get { selections[tab] ?? 0 }
        set { selections[tab] = newValue }
    }
}
