import Foundation

/// The codes of a problem list that fall in one chronic-condition category.
public struct CategoryMatch: Codable, Equatable, Hashable, Sendable {
    /// The category.
    public let category: ChronicCategory
    /// The patient's codes in that category, sorted.
    public let codes: [ICD10Code]
    /// The patient's SNOMED CT problems in that category, sorted; nil when none.
    public let snomedCodes: [SNOMEDCode]?

    /// Creates a match.
    public init(category: ChronicCategory, codes: [ICD10Code], snomedCodes: [SNOMEDCode]? = nil) {
        self.category = category
        self.codes = codes
        self.snomedCodes = snomedCodes
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
    /// SNOMED CT problems that map to no category; they never count. Sorted; nil when none.
    public let snomedNotOnChronicList: [SNOMEDCode]?
    /// Human explanations: one per category, one for unlisted codes, and the verdict last.
    public let reasons: [String]

    /// Creates a result.
    public init(isEligible: Bool, categories: [CategoryMatch], notOnChronicList: [ICD10Code],
                snomedNotOnChronicList: [SNOMEDCode]? = nil, reasons: [String]) {
        self.isEligible = isEligible
        self.categories = categories
        self.notOnChronicList = notOnChronicList
        self.snomedNotOnChronicList = snomedNotOnChronicList
        self.reasons = reasons
    }
}

/// The eligibility rule: two or more distinct chronic-condition categories.
public enum Eligibility {
    /// The minimum number of distinct categories.
    public static let requiredCategories = 2

    /// Evaluates a patient's problem list (ICD-10-CM codes and SNOMED CT problems) against `table`.
    public static func evaluate(_ patient: Patient, table: ChronicConditionTable) -> EligibilityResult {
        evaluate(patient.conditions, snomed: patient.snomedProblems ?? [], table: table)
    }

    /// Evaluates a problem list against `table`: ICD-10-CM codes by their longest listed prefix,
    /// SNOMED CT concepts exactly. Duplicate codes are counted once.
    public static func evaluate(_ codes: [ICD10Code], snomed: [SNOMEDCode] = [], table: ChronicConditionTable) -> EligibilityResult {
        var byCategory: [ChronicCategory: Set<ICD10Code>] = [:]
        var snomedByCategory: [ChronicCategory: Set<SNOMEDCode>] = [:]
        var unlisted: Set<ICD10Code> = []
        var snomedUnlisted: Set<SNOMEDCode> = []
        for code in codes {
            if let category = table.category(for: code) {
                byCategory[category, default: []].insert(code)
            } else {
                unlisted.insert(code)
            }
        }
        for code in snomed {
            if let category = table.category(for: code) {
                snomedByCategory[category, default: []].insert(code)
            } else {
                snomedUnlisted.insert(code)
            }
        }
        let categories = Set(byCategory.keys).union(snomedByCategory.keys).sorted()
        let matches = categories.map { category in
            CategoryMatch(category: category, codes: (byCategory[category] ?? []).sorted(),
                          snomedCodes: snomedByCategory[category].map { $0.sorted() })
        }
        let notListed = unlisted.sorted()
        let snomedNotListed = snomedUnlisted.sorted()
        var reasons = matches.map { match in
            let texts = match.codes.map(\.rawValue) + (match.snomedCodes ?? []).map { "SNOMED \($0)" }
            return "\(texts.joined(separator: ", ")): \(match.category.label)"
        }
        let unlistedTexts = notListed.map(\.rawValue) + snomedNotListed.map { "SNOMED \($0)" }
        if !unlistedTexts.isEmpty {
            reasons.append("\(unlistedTexts.joined(separator: ", ")): not on the chronic list (does not count)")
        }
        let eligible = matches.count >= requiredCategories
        let count = plural(matches.count, "distinct chronic-condition category", "distinct chronic-condition categories")
        reasons.append(eligible
            ? "Eligible: \(count)"
            : "Not eligible: \(count); CCM needs \(requiredCategories) or more")
        return EligibilityResult(isEligible: eligible, categories: matches, notOnChronicList: notListed,
                                 snomedNotOnChronicList: snomedNotListed.isEmpty ? nil : snomedNotListed, reasons: reasons)
    }
}
