import Foundation

/// A staff member's professional credential; decides the time bucket of their entries.
public enum Credential: String, Codable, CaseIterable, Sendable {
    /// Registered nurse.
    case RN
    /// Licensed practical nurse.
    case LPN
    /// Medical assistant.
    case MA
    /// Doctor of medicine.
    case MD
    /// Doctor of osteopathic medicine.
    case DO
    /// Nurse practitioner.
    case NP
    /// Physician assistant.
    case PA
    /// Clinical nurse specialist.
    case CNS

    /// `.practitioner` for MD, DO, NP, PA, CNS; `.clinicalStaff` for RN, LPN, MA.
    public var bucket: TimeBucket { isPractitioner ? .practitioner : .clinicalStaff }

    /// Whether this credential is a physician or qualified health professional.
    public var isPractitioner: Bool {
        switch self {
        case .MD, .DO, .NP, .PA, .CNS: return true
        case .RN, .LPN, .MA: return false
        }
    }

    /// Parses a credential case-insensitively, e.g. `rn`.
    public static func parse(_ text: String) throws -> Credential {
        guard let credential = Credential(rawValue: text.trimmingCharacters(in: .whitespaces).uppercased()) else {
            throw DomainError("'\(text)' is not a credential (one of \(allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        return credential
    }
}
