import TendDomain

/// The goals dialog's state: whose plan, and which goal is selected. The goals themselves are
/// read from the shown patient's plan each time the dialog is drawn.
struct GoalsView: Sendable, Equatable {
    /// The patient.
    var patientId: PatientID
    /// The patient's name, for the title and questions.
    var patientName: String
    /// The selected goal's index in the plan's goals.
    var selection: Int = 0
}
