import Foundation
import TendDomain

/// A stay as a person or an import describes it, before it is recorded (`Session.addStay`).
public struct StayDraft: Sendable {
    /// Hospital or SNF.
    public var kind: StayKind
    /// Admission date.
    public var admit: LocalDate
    /// Discharge date (not after today).
    public var discharge: LocalDate
    /// Facility name, optional.
    public var facility: String?
    /// Where it comes from: `manual` for the CLI and the workstation, an import names its file
    /// or system (e.g. a FHIR Encounter's source).
    public var source: String

    /// Creates a draft.
    public init(kind: StayKind, admit: LocalDate, discharge: LocalDate, facility: String? = nil, source: String = "manual") {
        self.kind = kind
        self.admit = admit
        self.discharge = discharge
        self.facility = facility
        self.source = source
    }
}

/// A patient with the transitions of their stays judged today.
public struct PatientTransitions: Sendable {
    /// The patient.
    public var patient: Patient
    /// Every stay's transition, in discharge order.
    public var transitions: [TransitionStatus]
}
