import Foundation

/// How consent was given.
public enum ConsentMethod: String, Codable, CaseIterable, Sendable {
    /// Spoken, documented by staff.
    case verbal
    /// Signed.
    case written
}

/// The four things the patient must be told before CCM starts (rules §2).
public enum Disclosure: String, Codable, CaseIterable, Comparable, Sendable {
    /// CCM is available to them.
    case availability
    /// Cost sharing (coinsurance) applies.
    case costSharing = "cost-sharing"
    /// Only one practitioner can furnish and be paid for CCM in a calendar month.
    case onePractitioner = "one-practitioner"
    /// They may stop at any time, effective at the end of the calendar month.
    case stopAnyTime = "stop-any-time"

    /// What the patient was told, in words.
    public var label: String {
        switch self {
        case .availability: return "CCM is available to the patient"
        case .costSharing: return "cost sharing (coinsurance) applies"
        case .onePractitioner: return "only one practitioner can furnish and be paid for CCM in a calendar month"
        case .stopAnyTime: return "the patient may stop at any time, effective at the end of the calendar month"
        }
    }

    /// What the patient was told, short enough for an 80-column dialog; the CLI and the
    /// workstation both show it after the disclosure's name (`cost-sharing: cost sharing
    /// (coinsurance) applies`).
    public var shortLabel: String {
        switch self {
        case .availability: return "CCM is available to the patient"
        case .costSharing: return "cost sharing (coinsurance) applies"
        case .onePractitioner: return "only one practitioner bills CCM a month"
        case .stopAnyTime: return "may stop any time (end of that month)"
        }
    }

    /// `name: short label`, the way both the CLI and the workstation name a disclosure.
    public var namedLabel: String { "\(rawValue): \(shortLabel)" }

    /// The disclosures a consent for `program` must record (rules §2 for CCM and PCM, §9 for
    /// APCM: one practitioner a month, cost sharing, stop at any time).
    public static func required(for program: CareProgram) -> [Disclosure] {
        switch program {
        case .ccm, .pcm: return allCases
        case .apcm: return [.costSharing, .onePractitioner, .stopAnyTime]
        }
    }

    /// Orders as the rules list them.
    public static func < (lhs: Disclosure, rhs: Disclosure) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
