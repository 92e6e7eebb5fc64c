import Foundation
import TendDomain
import TendFHIR

/// What `tend export fhir` was asked to write.
public struct FHIRExportRequest: Sendable {
    /// The directory (new, empty, or a previous tend export).
    public var directory: String
    /// Only these patients (empty: every patient).
    public var patients: [PatientID]
    /// Only what changed on or after this day (practice's time zone); see ``Session/exportFHIR(_:)``.
    public var since: LocalDate?
    /// Only this closed month's claims (default: every closed month).
    public var month: YearMonth?
    /// The system of the EHR's MRNs, written on MRN identifiers.
    public var mrnSystem: String

    /// The MRN system written when none is given (`urn:tend:mrn`).
    public static let defaultMRNSystem = FHIRExportSystem.defaultMRNSystem

    /// Creates a request.
    public init(directory: String, patients: [PatientID] = [], since: LocalDate? = nil, month: YearMonth? = nil,
                mrnSystem: String = FHIRExportSystem.defaultMRNSystem) {
        self.directory = directory
        self.patients = patients
        self.since = since
        self.month = month
        self.mrnSystem = mrnSystem
    }

    /// The request as a command line, for the manifest's `request`.
    var commandLine: String {
        var words = ["tend", "export", "fhir", "--out", directory]
        for id in patients { words += ["--patient", id.rawValue] }
        if let since { words += ["--since", since.description] }
        if let month { words += ["--month", month.description] }
        if mrnSystem != FHIRExportSystem.defaultMRNSystem { words += ["--mrn-system", mrnSystem] }
        return words.joined(separator: " ")
    }
}

/// What an export wrote.
public struct FHIRExportResult: Sendable {
    /// The directory written.
    public var directory: String
    /// Resources written per type, in the manifest's order (types with none are absent).
    public var counts: [(resourceType: String, count: Int)]
    /// Patients exported.
    public var patients: Int
    /// The closed months whose claims went out.
    public var months: [YearMonth]
    /// Billable patient-months whose claim lines could not be exported (no MBI, no NPI...), by month.
    public var problems: [(month: YearMonth, problem: ClaimProblem)]
}
