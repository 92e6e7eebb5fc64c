import TendDomain

/// The supervisor view: the tab, its page as read, and the rows after sort and filter.
struct SupervisorScreenModel: Sendable {
    /// The tab shown.
    var tab: SupervisorTab
    /// The tab's page, once read.
    var page: SupervisorPage?
    /// The table's rows after the filter, in the sort's order.
    var rows: [TableRow]
    /// The selected row.
    var selection: Int
    /// The sort in force.
    var sort: TableSort
    /// The filter typed.
    var filter: String
    /// Why the filter does not apply, when it does not parse.
    var filterError: TableFilterError?
    /// Patients marked for a bulk action.
    var marks: Set<PatientID>
    /// The status message (the heading says it when the page could not be read).
    var message: StatusMessage?
}
