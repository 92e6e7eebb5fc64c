import Foundation

/// The CCM procedure codes (rules §4).
public enum CPTCode: String, Codable, CaseIterable, Comparable, CodingKeyRepresentable, Sendable {
    /// CCM, first 20 minutes of clinical-staff time.
    case c99490 = "99490"
    /// Each additional full 20 minutes (add-on to 99490).
    case c99439 = "99439"
    /// Complex CCM, first 60 minutes.
    case c99487 = "99487"
    /// Each additional full 30 minutes of complex CCM (add-on to 99487).
    case c99489 = "99489"
    /// CCM by the practitioner personally, first 30 minutes.
    case c99491 = "99491"
    /// Each additional full 30 minutes by the practitioner (add-on to 99491).
    case c99437 = "99437"

    /// Whether this is an add-on code billed only with its base code.
    public var isAddOn: Bool { self == .c99439 || self == .c99489 || self == .c99437 }

    /// What the code is for.
    public var label: String {
        switch self {
        case .c99490: return "CCM, first 20 minutes"
        case .c99439: return "CCM, each additional 20 minutes"
        case .c99487: return "complex CCM, first 60 minutes"
        case .c99489: return "complex CCM, each additional 30 minutes"
        case .c99491: return "CCM by the practitioner, first 30 minutes"
        case .c99437: return "CCM by the practitioner, each additional 30 minutes"
        }
    }

    /// Orders as declared.
    public static func < (lhs: CPTCode, rhs: CPTCode) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
