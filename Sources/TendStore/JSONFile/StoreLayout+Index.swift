import Foundation
import TendDomain

/// Where the store's indexes live. Indexes are derived from the records (patients, time
/// entries), written in the same commit as the records they follow, checked by
/// `tend audit verify` and rebuilt by `tend audit reindex`. They let one nurse's call list read
/// her patients and their month's time without reading every patient of the practice.
extension StoreLayout {
    /// The index format marker; a store without it has its indexes built once.
    static let indexVersion = "index/version.json"

    /// Directory of one care manager's patient markers.
    static func careManagerDirectory(_ login: String) -> String { "index/care-manager/\(login)" }

    /// One patient's marker under their care manager.
    static func careManagerMarker(_ login: String, patient id: PatientID) -> String {
        "index/care-manager/\(login)/\(id.rawValue).json"
    }

    /// Which staff members have time entries for a patient in a month.
    static func patientMonthStaff(month: YearMonth, patient id: PatientID) -> String {
        "index/patient-month/\(month)/\(id.rawValue).json"
    }
}

/// The index format marker (`index/version.json`).
struct IndexVersion: Codable, Equatable, Sendable {
    /// The format of the indexes.
    var version: Int
    /// The format this program writes.
    static let current = 1

    /// Creates a marker.
    init(version: Int = IndexVersion.current) { self.version = version }
}

/// A patient's marker in their care manager's index directory.
struct CareManagerMarker: Codable, Equatable, Sendable {
    /// The patient.
    var patientId: PatientID

    /// Creates a marker.
    init(patientId: PatientID) { self.patientId = patientId }
}

/// The staff members who have time entries for one patient in one month: the month files the
/// patient's time is in.
struct PatientMonthStaff: Codable, Equatable, Sendable {
    /// The patient.
    var patientId: PatientID
    /// The month.
    var month: YearMonth
    /// Logins, sorted.
    var staff: [String]

    /// Creates an index record.
    init(patientId: PatientID, month: YearMonth, staff: [String]) {
        self.patientId = patientId
        self.month = month
        self.staff = Array(Set(staff)).sorted()
    }
}
