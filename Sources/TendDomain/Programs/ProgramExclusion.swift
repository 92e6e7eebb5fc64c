import Foundation

/// What another practitioner's billing of a program does to this practice's month (rules §9;
/// docs/rules.md "Billed elsewhere across programs"). Within the practice one program per
/// patient-month holds by construction (``Patient/enrollment(in:)``); across practitioners:
///
/// - the same program billed elsewhere is `billed-elsewhere`: only one practitioner bills CCM,
///   PCM or APCM for a patient in a month;
/// - CCM and APCM exclude each other (`program-excluded`): both are the patient's comprehensive
///   primary care management, APCM's consent tells the patient only one practitioner bills it,
///   and CMS built APCM to take CCM's place;
/// - PCM stands beside the other two: a specialist may bill PCM for one condition while the
///   primary practice bills CCM or APCM, so neither blocks the other.
public enum ProgramExclusion {
    /// The gate that fails for a month billed under `ours` when another practitioner billed
    /// `theirs`, or nil when both may be billed.
    public static func gate(ours: CareProgram, theirs: CareProgram) -> Gate? {
        if ours == theirs { return .billedElsewhere }
        switch (ours, theirs) {
        case (.ccm, .apcm), (.apcm, .ccm): return .programExcluded
        default: return nil
        }
    }
}
