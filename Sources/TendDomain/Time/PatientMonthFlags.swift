import Foundation

/// A practitioner's record that a patient-month is complex CCM (a clinical judgment, rules §4).
public struct ComplexMark: Codable, Equatable, Sendable {
    /// Login of the practitioner whose judgment it is.
    public var by: String
    /// Login of the person who recorded it.
    public var recordedBy: String
    /// When it was recorded.
    public var at: Date

    /// Creates a mark.
    public init(by: String, recordedBy: String, at: Date) {
        self.by = by
        self.recordedBy = recordedBy
        self.at = at
    }
}

/// A record that another practitioner billed a care-management program for the patient-month.
public struct BilledElsewhereMark: Codable, Equatable, Sendable {
    /// Login of the person who recorded it.
    public var by: String
    /// When it was recorded.
    public var at: Date
    /// Optional detail (who billed, how it was learned).
    public var note: String?
    /// The program the other practitioner billed; nil in marks recorded before programs
    /// existed, which were CCM (read it through ``billedProgram``).
    public var program: CareProgram?

    /// Creates a mark.
    public init(by: String, at: Date, note: String? = nil, program: CareProgram? = nil) {
        self.by = by
        self.at = at
        self.note = note
        self.program = program
    }

    /// The program the other practitioner billed (CCM for a mark without one).
    public var billedProgram: CareProgram { program ?? .ccm }
}

/// Per patient-month facts that people record: complexity and billing elsewhere.
public struct PatientMonthFlags: Codable, Equatable, Sendable {
    /// The patient.
    public var patientId: PatientID
    /// The month.
    public var month: YearMonth
    /// Set when a practitioner marked the month complex.
    public var complex: ComplexMark?
    /// Set when someone recorded that another practitioner billed the month.
    public var billedElsewhere: BilledElsewhereMark?
    /// Optimistic-concurrency version kept by the store.
    public var version: Int

    /// Creates flags.
    public init(patientId: PatientID, month: YearMonth, complex: ComplexMark? = nil,
                billedElsewhere: BilledElsewhereMark? = nil, version: Int = 1) {
        self.patientId = patientId
        self.month = month
        self.complex = complex
        self.billedElsewhere = billedElsewhere
        self.version = version
    }
}
