import Foundation
import TendDomain

/// How a closed month's snapshot is kept in `closed_snapshots`: part 0 the header, then the
/// frozen patients in parts of ``partSize``.
enum SnapshotRows {
    /// Patients per part.
    static let partSize = 250

    /// Part 0.
    struct Header: Codable, Sendable {
        var month: YearMonth
        var closedAt: Date
        var feeSchedule: FeeSchedule
        var parts: Int
    }

    /// Parts 1...
    struct Part: Codable, Sendable {
        var patients: [Patient]
    }
}

/// The columns derived from a patient record.
enum PatientColumns {
    /// Whether a patient's JSON holds an enrollment status or a stay (the same test on the
    /// record's text as the file store's: an enum value is always a whole JSON string; a free
    /// text equal to one only costs a decode).
    static func everEnrolled(json: String) -> Bool {
        json.contains("\"enrolled\"") || json.contains("\"disenrolled\"") || json.contains("\"stays\"")
    }
}
