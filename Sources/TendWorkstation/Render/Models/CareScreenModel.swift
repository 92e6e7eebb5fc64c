import TendDomain

/// The care screen: the patient list and the selected patient's panes.
struct CareScreenModel: Sendable {
    /// Which patients the list shows.
    var listKind: ListKind
    /// The filter typed with `/`.
    var filter: String
    /// The list's rows after the filter.
    var rows: [ListRow]
    /// The selected row.
    var selection: Int
    /// The pane with focus.
    var focus: Pane
    /// The detail pane shown beside the list.
    var detailPane: Pane
    /// The selected care-plan element.
    var planSelection: Int
    /// The selected patient's details, if a patient is selected.
    var detail: PatientDetail?
    /// Staff display names by login.
    var staffNames: [String: String]
    /// The chronic-condition table (the header names each condition's category).
    var conditions: ChronicConditionTable
    /// How patients are named on this terminal.
    var labels: PatientLabel
    /// Now, in the practice's zone.
    var time: PracticeTime
}
