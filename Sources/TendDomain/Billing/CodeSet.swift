import Foundation

/// The mutually exclusive ways to bill a patient-month: CCM's three (rules §4), PCM's two and
/// APCM's one (rules §9). Declared in tie-break order: among sets paying the same, the earlier wins.
public enum CodeSetKind: String, Codable, CaseIterable, Sendable {
    /// Non-complex CCM on all minutes: 99490 + 99439.
    case nonComplex = "A"
    /// Complex CCM on all minutes (month marked complex): 99487 + 99489.
    case complex = "B"
    /// Practitioner CCM on practitioner minutes: 99491 + 99437.
    case practitioner = "Cp"
    /// PCM on all minutes (clinical staff, practitioner time counting as staff time): 99426 + 99427.
    case pcmStaff = "PCM-S"
    /// PCM on practitioner minutes: 99424 + 99425.
    case pcmPractitioner = "PCM-P"
    /// APCM: the month's tier, G0556, G0557 or G0558.
    case apcm = "APCM"

    /// Human label.
    public var label: String {
        switch self {
        case .nonComplex: return "non-complex CCM"
        case .complex: return "complex CCM"
        case .practitioner: return "practitioner CCM"
        case .pcmStaff: return "clinical-staff PCM"
        case .pcmPractitioner: return "practitioner PCM"
        case .apcm: return "APCM tier"
        }
    }
}

/// A code and its units on a claim.
public struct CodeLine: Codable, Equatable, Hashable, Sendable {
    /// The code.
    public var code: CPTCode
    /// Units, at least 1.
    public var units: Int

    /// Creates a line.
    public init(code: CPTCode, units: Int) {
        self.code = code
        self.units = units
    }

    /// `99439 x2` or `99490`.
    public var description: String { units == 1 ? code.rawValue : "\(code.rawValue) x\(units)" }
}

/// A valid set of lines for one patient-month and what it pays.
public struct CodeSet: Codable, Equatable, Sendable {
    /// Which way of billing.
    public var kind: CodeSetKind
    /// Base code first, then its add-on when earned.
    public var lines: [CodeLine]
    /// Total payment under the fee schedule.
    public var payment: Decimal

    /// Creates a set.
    public init(kind: CodeSetKind, lines: [CodeLine], payment: Decimal) {
        self.kind = kind
        self.lines = lines
        self.payment = payment
    }

    /// `99490 + 99439 x2`.
    public var description: String { lines.map(\.description).joined(separator: " + ") }
}
