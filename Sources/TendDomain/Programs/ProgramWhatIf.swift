import Foundation

/// The facts of a patient-month as they would stand had the patient been enrolled in another
/// program for that month, on the same documented work (docs/rules.md, "Comparing programs").
///
/// The patient's counting consent for the program they are in is assumed to have been obtained
/// for the other program too, on the same date, with that program's disclosures: minutes before
/// it still do not count, a revocation still applies, and a month without any counting consent
/// earns nothing under any program. Every other gate is judged on the record as it is.
public enum ProgramWhatIf {
    /// Who recorded the assumed enrollment (it is never stored).
    public static let assumedBy = "program-comparison"

    /// The programs a patient with `eligibility` may be offered: CCM with two or more chronic
    /// categories, PCM with at least one, APCM always (G0556 covers zero or one condition).
    public static func offered(_ eligibility: EligibilityResult) -> [CareProgram] {
        CareProgram.allCases.filter { program in
            switch program {
            case .ccm: return eligibility.isEligible
            case .pcm: return !eligibility.categories.isEmpty
            case .apcm: return true
            }
        }
    }

    /// The one condition PCM would manage for the month: the enrollment's when the patient is in
    /// PCM; otherwise the chronic condition the month's entries address longest, ties (and a
    /// month whose entries name none) going to the earlier code on the problem list. Nil when no
    /// condition is on the chronic list.
    public static func pcmCondition(_ facts: PatientMonthFacts) -> ICD10Code? {
        if facts.enrollment.program == .pcm, let condition = facts.enrollment.condition { return condition }
        let chronic = Set(facts.eligibility.categories.flatMap(\.codes))
        let candidates = facts.patient.conditions.filter(chronic.contains)
        guard !candidates.isEmpty else { return nil }
        var seconds: [ICD10Code: Int] = [:]
        for entry in facts.entries where !entry.isVoided && entry.patientId == facts.patient.id {
            for code in Set(entry.conditions) where chronic.contains(code) { seconds[code, default: 0] += entry.seconds }
        }
        return candidates.enumerated()
            .max { (seconds[$0.element] ?? 0, -$0.offset) < (seconds[$1.element] ?? 0, -$1.offset) }?
            .element
    }

    /// `facts` with the patient enrolled in `program` for the month and the consent assumed as
    /// described above; `facts` unchanged when `program` is the month's own.
    public static func facts(_ facts: PatientMonthFacts, as program: CareProgram) -> PatientMonthFacts {
        let current = facts.enrollment
        guard program != current.program else { return facts }
        let enrollment = ProgramEnrollment(program: program, from: facts.month,
                                           condition: program == .pcm ? pcmCondition(facts) : nil,
                                           by: assumedBy, recordedAt: current.recordedAt,
                                           reason: "assumed by the program comparison")
        var patient = facts.patient
        patient.programs = (patient.programs ?? []) + [enrollment]
        if let consent = ConsentStatus.evaluate(for: facts.patient, month: facts.month, program: current.program).counting {
            var assumed = consent
            assumed.program = program
            assumed.disclosuresGiven.formUnion(Disclosure.required(for: program))
            patient.consents.append(assumed)
        }
        var whatIf = facts
        whatIf.patient = patient
        whatIf.enrollment = enrollment
        return whatIf
    }
}
