import Foundation
import TendDomain

/// One row of the patient list: the patient and, on the call lists, the ranking facts.
struct ListRow: Sendable, Equatable {
    /// The patient.
    var patient: Patient
    /// Minutes, thresholds and call-back facts; nil on the candidate list.
    var entry: CallListEntry?
    /// Where the patient stands (`enrolled`, `candidate`, `not eligible`, `declined`,
    /// `disenrolled`), on the list of every patient; nil elsewhere.
    var status: String? = nil

    /// Whether the row matches a filter typed with `/`, by the one rule of `PatientQuery`.
    func matches(_ query: PatientQuery) -> Bool { query.matches(patient) }
}

extension ListRow {
    /// The status word shown on the list of every patient: the enrollment status, or `not
    /// eligible` for a candidate whose problem list does not qualify.
    static func statusLabel(_ patient: Patient, eligible: Bool) -> String {
        let status = patient.status
        if status == .candidate && !eligible { return "not eligible" }
        return status.rawValue
    }
}
