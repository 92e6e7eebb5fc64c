import Foundation
import TendDomain

/// What one file of a FHIR import gave.
public struct FHIRFileSummary: Encodable, Sendable {
    /// The file's path.
    public var path: String
    /// Why the file was refused (nothing from it is used), with its line; nil when read.
    public var refused: String?
    /// Resources read, by type.
    public var read: [String: Int] = [:]
    /// Resources skipped (types tend does not read), by type.
    public var skipped: [String: Int] = [:]
    /// Patients of this file created, updated and unchanged.
    public var created = 0, updated = 0, unchanged = 0
}

/// One patient the import created or changed.
public struct FHIRPatientChange: Encodable, Sendable {
    /// The tend patient id.
    public var patient: PatientID
    /// Name, for people (with the date of birth: two identifiers).
    public var name: String
    /// Date of birth.
    public var dateOfBirth: LocalDate
    /// What changed, in words.
    public var changes: [String]
    /// The files it came from.
    public var files: [String]
}

/// The outcome of `tend import fhir`.
public struct FHIRImportResult: Encodable, Sendable {
    /// Whether nothing was written (`--dry-run`).
    public var dryRun: Bool
    /// Per file.
    public var files: [FHIRFileSummary] = []
    /// Patients created.
    public var created: [FHIRPatientChange] = []
    /// Patients updated.
    public var updated: [FHIRPatientChange] = []
    /// Patients matched with nothing to change.
    public var unchanged = 0
    /// ICD-10-CM and SNOMED CT problems added, and removed (no longer sent as active).
    public var problemsAdded = 0, problemsRemoved = 0
    /// Qualifying visits added.
    public var visitsAdded = 0
    /// Stays added or changed.
    public var staysAdded = 0, staysChanged = 0
    /// Patients not imported for a person to decide (same name and date of birth as a patient
    /// without a matching identifier; identifiers naming two different patients).
    public var forAPersonToDecide: [String] = []
    /// Patient resources that cannot be imported (no name, no birth date, no MRN or MBI).
    public var notImported: [String] = []
    /// Resources not linked to an imported patient.
    public var unlinked: [String] = []
    /// Conditions not put on a problem list, by reason.
    public var conditionsNotCounted: [String: Int] = [:]
    /// Encounters not used, by reason.
    public var encountersIgnored: [String: Int] = [:]
    /// Things reported and not stored, per patient (invalid MBI, NPI, phone; unmapped codes...).
    public var notes: [String] = []

    /// Whether a file was refused (the command exits 1).
    public var anyRefused: Bool { files.contains { $0.refused != nil } }
    /// Whether the import changed (or, in a dry run, would change) nothing.
    public var nothingChanged: Bool { created.isEmpty && updated.isEmpty }
}
