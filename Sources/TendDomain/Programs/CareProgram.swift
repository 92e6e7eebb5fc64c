import Foundation

/// A monthly care-management program a patient is enrolled in (rules §9). For one patient,
/// billing practitioner and month exactly one applies; APCM excludes CCM and PCM, and CCM
/// excludes PCM, so tend keeps one program per patient-month by construction.
public enum CareProgram: String, Codable, CaseIterable, Comparable, Sendable {
    /// Chronic Care Management: two or more chronic conditions, time-based (99490 family).
    case ccm
    /// Principal Care Management: one high-risk condition, time-based (99424-99427).
    case pcm
    /// Advanced Primary Care Management: a monthly bundle without a time threshold (G0556-G0558).
    case apcm

    /// Upper-case short name, `CCM`, for screens and reports.
    public var name: String { rawValue.uppercased() }

    /// The program in words.
    public var label: String {
        switch self {
        case .ccm: return "Chronic Care Management"
        case .pcm: return "Principal Care Management"
        case .apcm: return "Advanced Primary Care Management"
        }
    }

    /// Parses `ccm`, `pcm` or `apcm` (any case).
    public static func parse(_ text: String) throws -> CareProgram {
        guard let program = CareProgram(rawValue: text.lowercased()) else {
            throw DomainError("'\(text)' is not a program (ccm, pcm or apcm)")
        }
        return program
    }

    /// Orders as declared: CCM, PCM, APCM.
    public static func < (lhs: CareProgram, rhs: CareProgram) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
