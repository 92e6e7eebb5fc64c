import Foundation

/// How far a fee's amount can be relied on (rules §8): a practice owns its schedule, and an
/// amount it has not confirmed is never used as if it were certain.
public enum FeeStatus: String, Codable, CaseIterable, Sendable {
    /// Entered or confirmed by the practice (`tend fees set`, `tend fees import`), or a shipped
    /// figure the rules doc gives as the published one (rules §6, §8 "corroborated").
    case confirmed
    /// A shipped default the practice must confirm: one secondary source, or a CMS estimate.
    case unconfirmed
    /// No amount entered: the practice must enter it.
    case notEntered = "not-entered"
}

/// The payment for one unit of a code, how far it can be relied on, and how many units a month
/// may bill. Encoded as `{"amount": 60.49, "maxUnits": 1, "status": "confirmed"}`; `amount` is
/// left out when none is entered, and a file without `status` (written before statuses
/// existed) means confirmed.
public struct Fee: Codable, Equatable, Hashable, Sendable {
    /// The amount per unit, nil when none is entered.
    public var enteredAmount: Decimal?
    /// Whether an entered amount is confirmed (meaningless without an amount).
    public var isConfirmed: Bool
    /// Most units per patient-month.
    public var maxUnits: Int

    /// Creates a confirmed fee.
    public init(amount: Decimal, maxUnits: Int) {
        self.init(amount: amount, confirmed: true, maxUnits: maxUnits)
    }

    /// Creates a fee; `amount` nil is a code with no amount entered.
    public init(amount: Decimal?, confirmed: Bool, maxUnits: Int) {
        enteredAmount = amount
        isConfirmed = amount != nil && confirmed
        self.maxUnits = maxUnits
    }

    /// A code with no amount entered.
    public static func notEntered(maxUnits: Int) -> Fee { Fee(amount: nil, confirmed: false, maxUnits: maxUnits) }

    /// Payment per unit for ranking code sets and adding up payments: the entered amount, 0 when
    /// none is entered. Setting it enters the amount and keeps the status.
    public var amount: Decimal {
        get { enteredAmount ?? 0 }
        set { enteredAmount = newValue }
    }

    /// Confirmed, unconfirmed or not entered.
    public var status: FeeStatus {
        guard enteredAmount != nil else { return .notEntered }
        return isConfirmed ? .confirmed : .unconfirmed
    }

    /// Whether the amount is entered and confirmed: the only amount a month is priced with.
    public var isPriced: Bool { status == .confirmed }

    private enum CodingKeys: String, CodingKey { case amount, maxUnits, status }

    /// Decodes; an amount with status `not-entered`, or a status without an amount other than
    /// `not-entered`, is refused.
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let amount = try container.decodeIfPresent(Decimal.self, forKey: .amount)
        let status = try container.decodeIfPresent(FeeStatus.self, forKey: .status)
        switch (amount, status) {
        case (.some, .notEntered):
            throw DecodingError.dataCorruptedError(forKey: .status, in: container,
                                                   debugDescription: "status not-entered with an amount")
        case (nil, .some(let given)) where given != .notEntered:
            throw DecodingError.dataCorruptedError(forKey: .status, in: container,
                                                   debugDescription: "status \(given.rawValue) without an amount")
        default:
            break
        }
        self.init(amount: amount, confirmed: status.map { $0 == .confirmed } ?? true,
                  maxUnits: try container.decode(Int.self, forKey: .maxUnits))
    }

    /// Encodes the amount (when entered), the units and the status.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(enteredAmount, forKey: .amount)
        try container.encode(maxUnits, forKey: .maxUnits)
        try container.encode(status, forKey: .status)
    }
}

extension CPTCode {
    /// Most units per patient-month when a schedule does not say (rules §4, §9): one for every
    /// base code, APCM and TCM code; 2 for 99439 and 99437 and 10 for 99489 (claims edits);
    /// 2 for the PCM add-ons 99425 and 99427 (docs/rules.md, "Fee schedules by year").
    public var defaultMaxUnits: Int {
        switch self {
        case .c99439, .c99437, .c99425, .c99427: return 2
        case .c99489: return 10
        default: return 1
        }
    }
}
