import Foundation

/// The care-management procedure codes tend bills: CPT for CCM, PCM and TCM, HCPCS for APCM
/// (rules §4, §9). Declared in program order; each code belongs to one ``CodeFamily``.
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
    /// PCM by the practitioner personally, first 30 minutes.
    case c99424 = "99424"
    /// PCM by the practitioner, each additional 30 minutes (add-on to 99424).
    case c99425 = "99425"
    /// PCM by clinical staff, first 30 minutes.
    case c99426 = "99426"
    /// PCM by clinical staff, each additional 30 minutes (add-on to 99426).
    case c99427 = "99427"
    /// APCM, zero or one chronic condition.
    case g0556 = "G0556"
    /// APCM, two or more chronic conditions.
    case g0557 = "G0557"
    /// APCM, two or more chronic conditions and a Qualified Medicare Beneficiary.
    case g0558 = "G0558"
    /// TCM, moderate decision making, visit within 14 days.
    case c99495 = "99495"
    /// TCM, high decision making, visit within 7 days.
    case c99496 = "99496"

    /// Whether this is an add-on code billed only with its base code.
    public var isAddOn: Bool { [.c99439, .c99489, .c99437, .c99425, .c99427].contains(self) }

    /// The program (or TCM) the code bills.
    public var family: CodeFamily {
        switch self {
        case .c99490, .c99439, .c99487, .c99489, .c99491, .c99437: return .ccm
        case .c99424, .c99425, .c99426, .c99427: return .pcm
        case .g0556, .g0557, .g0558: return .apcm
        case .c99495, .c99496: return .tcm
        }
    }

    /// What the code is for.
    public var label: String {
        switch self {
        case .c99490: return "CCM, first 20 minutes"
        case .c99439: return "CCM, each additional 20 minutes"
        case .c99487: return "complex CCM, first 60 minutes"
        case .c99489: return "complex CCM, each additional 30 minutes"
        case .c99491: return "CCM by the practitioner, first 30 minutes"
        case .c99437: return "CCM by the practitioner, each additional 30 minutes"
        case .c99424: return "PCM by the practitioner, first 30 minutes"
        case .c99425: return "PCM by the practitioner, each additional 30 minutes"
        case .c99426: return "PCM by clinical staff, first 30 minutes"
        case .c99427: return "PCM by clinical staff, each additional 30 minutes"
        case .g0556: return "APCM, 0 or 1 chronic condition"
        case .g0557: return "APCM, 2 or more chronic conditions"
        case .g0558: return "APCM, 2 or more chronic conditions, QMB"
        case .c99495: return "TCM, moderate complexity, visit within 14 days"
        case .c99496: return "TCM, high complexity, visit within 7 days"
        }
    }

    /// Orders as declared.
    public static func < (lhs: CPTCode, rhs: CPTCode) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// Which program a code bills: the three monthly programs, or a care transition.
public enum CodeFamily: String, Codable, CaseIterable, Sendable {
    /// Chronic Care Management.
    case ccm
    /// Principal Care Management.
    case pcm
    /// Advanced Primary Care Management.
    case apcm
    /// Transitional Care Management (billed per discharge, not by enrollment).
    case tcm

    /// The enrollment program of the family; nil for TCM.
    public var program: CareProgram? {
        switch self {
        case .ccm: return .ccm
        case .pcm: return .pcm
        case .apcm: return .apcm
        case .tcm: return nil
        }
    }
}
