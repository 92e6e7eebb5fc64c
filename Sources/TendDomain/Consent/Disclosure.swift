import Foundation

/// How consent was given.
public enum ConsentMethod: String, Codable, CaseIterable, Sendable {
    /// Spoken, documented by staff.
    case verbal
    /// Signed.
    case written
}

/// The things the patient must be told before a program starts: four for CCM and PCM (rules §2),
/// three for APCM (rules §9; ``required(for:)``).
public enum Disclosure: String, Codable, CaseIterable, Comparable, Sendable {
    /// CCM is available to them.
    case availability
    /// Cost sharing (coinsurance) applies.
    case costSharing = "cost-sharing"
    /// Only one practitioner can furnish and be paid for CCM in a calendar month.
    case onePractitioner = "one-practitioner"
    /// They may stop at any time, effective at the end of the calendar month.
    case stopAnyTime = "stop-any-time"

    /// What the patient was told about CCM, in words (``label(for:)`` for another program).
    public var label: String { label(for: .ccm) }

    /// What the patient was told, in words, for a consent to `program` (`APCM is available…`).
    public func label(for program: CareProgram) -> String {
        let name = program.name
        switch self {
        case .availability: return "\(name) is available to the patient"
        case .costSharing: return "cost sharing (coinsurance) applies"
        case .onePractitioner: return "only one practitioner can furnish and be paid for \(name) in a calendar month"
        case .stopAnyTime: return "the patient may stop at any time, effective at the end of the calendar month"
        }
    }

    /// What the patient was told about CCM, short enough for an 80-column dialog; the CLI and
    /// the workstation both show it after the disclosure's name (`cost-sharing: cost sharing
    /// (coinsurance) applies`). ``shortLabel(for:)`` for another program.
    public var shortLabel: String { shortLabel(for: .ccm) }

    /// The short label for a consent to `program` (`only one practitioner bills APCM a month`).
    public func shortLabel(for program: CareProgram) -> String {
        let name = program.name
        switch self {
        case .availability: return "\(name) is available to the patient"
        case .costSharing: return "cost sharing (coinsurance) applies"
        case .onePractitioner: return "only one practitioner bills \(name) a month"
        case .stopAnyTime: return "may stop any time (end of that month)"
        }
    }

    /// `name: short label` for CCM, the way both the CLI and the workstation name a disclosure.
    public var namedLabel: String { namedLabel(for: .ccm) }

    /// `name: short label` for a consent to `program`.
    public func namedLabel(for program: CareProgram) -> String { "\(rawValue): \(shortLabel(for: program))" }

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
