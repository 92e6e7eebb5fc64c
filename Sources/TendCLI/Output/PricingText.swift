import TendDomain

/// How the command line shows a patient-month that is unpriced (rules §8, docs/rules.md).
enum PricingText {
    /// `unpriced: 99439 unconfirmed, 99491 not entered`, or empty when every billed code is priced.
    static func cell(_ unpriced: [UnpricedCode]) -> String {
        unpriced.isEmpty ? "" : "unpriced: " + unpriced.map(\.description).joined(separator: ", ")
    }
}

/// A fee's status after its amount where it is not confirmed.
enum FeesLabel {
    /// ` unconfirmed`, ` not entered`, or empty for a confirmed amount.
    static func suffix(_ fee: Fee) -> String {
        switch fee.status {
        case .confirmed: return ""
        case .unconfirmed: return " unconfirmed"
        case .notEntered: return " not entered"
        }
    }
}
