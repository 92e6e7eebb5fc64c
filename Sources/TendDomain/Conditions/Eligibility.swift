import Foundation

/// The codes of a problem list that fall in one chronic-condition category.
public struct CategoryMatch: Codable, Equatable, Hashable, Sendable {
    /// The category.
    public let category: ChronicCategory
    /// The patient's codes in that category, sorted.
    public let codes: [ICD10Code]

    /// Creates a match.
    public init(category: ChronicCategory, codes: [ICD10Code]) {
        self.category = category
        self.codes = codes
    }
}

/// Whether a problem list qualifies for CCM (rules §1), with its reasons.
public struct EligibilityResult: Codable, Equatable, Sendable {
    /// True when the codes span two or more distinct chronic-condition categories.
    public let isEligible: Bool
    /// Matched categories, sorted by label.
    public let categories: [CategoryMatch]
    /// Codes that map to no category; they never count. Sorted.
    public let notOnChronicList: [ICD10Code]
    /// Human explanations: one per category, one for unlisted codes, and the verdict last.
    public let reasons: [String]

    /// Creates a result.
    public init(isEligible: Bool, categories: [CategoryMatch], notOnChronicList: [ICD10Code], reasons: [String]) {
        self.isEligible = isEligible
        self.categories = categories
        self.notOnChronicList = notOnChronicList
        self.reasons = reasons
    }
}

/// The eligibility rule: two or more distinct chronic-condition categories.
public enum Eligibility {
    /// The minimum number of distinct categories.
    public static let requiredCategories = 2

    /// Evaluates a problem list against `table`. Duplicate codes are counted once.
    public static func evaluate(_ codes: [ICD10Code], table: ChronicConditionTable) -> EligibilityResult {
        var byCategory: [ChronicCategory: Set<ICD10Code>] = [:]
        var unlisted: Set<ICD10Code> = []
        for code in codes {
            if let category = table.category(for: code) {
                byCategory[category, default: []].insert(code)
            } else {
                unlisted.insert(code)
            }
        }
        let matches = byCategory.keys.sorted().map { CategoryMatch(category: $0, codes: byCategory[$0]!.sorted()) }
        let notListed = unlisted.sorted()
        var reasons = matches.map { match in
            "\(match.codes.map(\.rawValue).joined(separator: ", ")): \(match.category.label)"
        }
        if !notListed.isEmpty {
            reasons.append("\(notListed.map(\.rawValue).joined(separator: ", ")): not on the chronic list (does not count)")
        }
        let eligible = matches.count >= requiredCategories
        let count = plural(matches.count, "distinct chronic-condition category", "distinct chronic-condition categories")
        reasons.append(eligible
            ? "Eligible: \(count)"
            : "Not eligible: \(count); CCM needs \(requiredCategories) or more")
        return EligibilityResult(isEligible: eligible, categories: matches, notOnChronicList: notListed, reasons: reasons)
    }
}
