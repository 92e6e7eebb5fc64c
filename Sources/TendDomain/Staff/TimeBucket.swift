import Foundation

/// Whose time an entry is: clinical staff (C) or a billing-eligible practitioner (P).
public enum TimeBucket: String, Codable, CaseIterable, Sendable {
    /// Clinical staff: RN, LPN, MA.
    case clinicalStaff = "clinical"
    /// Physician or qualified health professional: MD, DO, NP, PA, CNS.
    case practitioner
}
