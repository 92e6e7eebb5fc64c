import TendDomain

/// A supervisor tab waiting to be read. Reading a whole practice's month takes a moment, so
/// opening such a tab is a state: the loop draws a frame saying "Reading month for 2026-03…",
/// then reads the tab before it takes the next key (`Workstation.performPendingTabRead`).
struct PendingTabRead: Sendable, Equatable {
    /// The tab to read.
    var tab: SupervisorTab
    /// The month it is read for.
    var month: YearMonth
    /// The id of the row to select again once read, if any.
    var keeping: String?

    /// What the status line says while the tab is read.
    var message: StatusMessage {
        switch tab {
        case .programs: return .info("Comparing programs for the \(ProgramsTable.months) months to \(month)\u{2026}")
        default: return .info("Reading \(tab.title.lowercased()) for \(month)\u{2026}")
        }
    }
}
