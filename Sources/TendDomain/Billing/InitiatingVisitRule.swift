import Foundation

/// The initiating-visit rule: a qualifying visit within a look-back before the program starts
/// (rules §1, §5, §9). CCM and PCM look back 12 months; APCM 3 years (a patient with no visit on
/// file in those 3 years is, in tend's data, new to the practice and needs an initiating visit).
public enum InitiatingVisitRule {
    /// The look-back in months for `program`: 12 for CCM and PCM, 36 for APCM.
    public static func lookBackMonths(for program: CareProgram) -> Int {
        switch program {
        case .ccm, .pcm: return 12
        case .apcm: return 36
        }
    }

    /// The look-back in words: `12 months` or `3 years`.
    public static func lookBackText(for program: CareProgram) -> String {
        let months = lookBackMonths(for: program)
        return months % 12 == 0 && months > 12 ? "\(months / 12) years" : "\(months) months"
    }

    /// The visits dated in `[consentDate - look-back, consentDate]`, latest first.
    public static func qualifyingVisits(_ visits: [QualifyingVisit], consentDate: LocalDate,
                                        program: CareProgram = .ccm) -> [QualifyingVisit] {
        let earliest = consentDate.adding(months: -lookBackMonths(for: program))
        return visits.filter { $0.date >= earliest && $0.date <= consentDate }.sorted { $0.date > $1.date }
    }

    /// Whether some visit is dated in `[consentDate - look-back, consentDate]`.
    public static func isSatisfied(visits: [QualifyingVisit], consentDate: LocalDate, program: CareProgram = .ccm) -> Bool {
        !qualifyingVisits(visits, consentDate: consentDate, program: program).isEmpty
    }
}
