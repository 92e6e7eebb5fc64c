import Foundation
import TendDomain

/// Maps a medical record number to its patient (`index/mrn/<hex>.json`), so that MRNs stay
/// unique and can be used wherever a patient id is asked for, without reading every patient.
struct MRNIndexEntry: Codable, Equatable, Sendable {
    /// The MRN as entered.
    var mrn: String
    /// The patient who holds it.
    var patientId: PatientID

    /// Creates an index entry.
    init(mrn: String, patientId: PatientID) {
        self.mrn = mrn
        self.patientId = patientId
    }

    /// The file name of an MRN's index entry: its UTF-8 bytes in hex, so any MRN is a safe name.
    static func path(for mrn: String) -> String {
        "index/mrn/" + mrn.utf8.map { String(format: "%02x", $0) }.joined() + ".json"
    }
}
