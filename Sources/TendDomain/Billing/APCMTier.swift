import Foundation

/// The APCM tier of a patient-month (rules §9): G0556 for zero or one chronic-condition
/// category, G0557 for two or more, G0558 for two or more and a Qualified Medicare Beneficiary.
/// Categories are those of the chronic list (rules §1): E11.9 and E11.65 are one condition.
public enum APCMTier {
    /// The tier's code for `categories` distinct chronic-condition categories; `qmb` is true only
    /// when the patient is recorded as a QMB (not recorded counts as not a QMB).
    public static func code(categories: Int, qmb: Bool) -> CPTCode {
        guard categories >= 2 else { return .g0556 }
        return qmb ? .g0558 : .g0557
    }

    /// Why the tier is what it is, in words: `2 chronic categories, QMB: G0558`.
    public static func reason(categories: Int, qmb: Bool?) -> String {
        let code = code(categories: categories, qmb: qmb == true)
        let qmbText: String
        switch qmb {
        case true?: qmbText = "QMB"
        case false?: qmbText = "not a QMB"
        case nil: qmbText = "QMB not recorded"
        }
        return "\(plural(categories, "chronic category", "chronic categories")), \(qmbText): \(code.rawValue)"
    }
}
