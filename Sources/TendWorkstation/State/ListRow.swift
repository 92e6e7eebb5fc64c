import Foundation
import TendDomain

/// One row of the patient list: the patient and, on the call lists, the ranking facts.
struct ListRow: Sendable, Equatable {
    /// The patient.
    var patient: Patient
    /// Minutes, thresholds and call-back facts; nil on the candidate list.
    var entry: CallListEntry?

    /// Whether the row matches a filter: name, MRN, phone or MBI, case-insensitively;
    /// digits-only filters also match phone numbers written with punctuation.
    func matches(_ filter: String) -> Bool {
        let needle = filter.trimmingCharacters(in: .whitespaces).lowercased()
        guard !needle.isEmpty else { return true }
        var haystacks = [patient.name.displayName, patient.name.given + " " + patient.name.family, patient.id.rawValue]
        if let mrn = patient.mrn { haystacks.append(mrn) }
        if let mbi = patient.mbi { haystacks.append(mbi.rawValue) }
        if let phone = patient.phone {
            haystacks.append(phone.rawValue)
            haystacks.append(String(phone.rawValue.filter(\.isNumber)))
        }
        return haystacks.contains { $0.lowercased().contains(needle) }
    }
}
