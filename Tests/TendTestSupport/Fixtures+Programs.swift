import Foundation
import TendDomain

/// Builders for PCM and APCM months (rules §9): a schedule that prices every program's codes,
/// consents per program, and `readyPatient()` moved to another program.
extension Fixtures {
    /// The bundled CCM fees plus test amounts for PCM (99425 and 99427 up to 3 units) and APCM.
    /// The amounts are the tests' own, chosen so that practitioner PCM pays more than staff PCM.
    public static let programFees: FeeSchedule = {
        var fees = Fixtures.fees.fees
        fees[.c99424] = Fee(amount: Decimal("80.00"), maxUnits: 1)
        fees[.c99425] = Fee(amount: Decimal("59.00"), maxUnits: 3)
        fees[.c99426] = Fee(amount: Decimal("62.00"), maxUnits: 1)
        fees[.c99427] = Fee(amount: Decimal("45.42"), maxUnits: 3)
        fees[.g0556] = Fee(amount: Decimal("15.00"), maxUnits: 1)
        fees[.g0557] = Fee(amount: Decimal("50.00"), maxUnits: 1)
        fees[.g0558] = Fee(amount: Decimal("110.00"), maxUnits: 1)
        return try! FeeSchedule(name: "test programs", fees: fees)
    }()

    /// A billing engine on `programFees`.
    public static let programEngine = BillingEngine(feeSchedule: programFees)

    /// A consent for `program` dated `date` with the disclosures that program requires.
    public static func consent(_ date: String, program: CareProgram, practitioner: String? = "drlee") -> Consent {
        Consent(date: Fixtures.date(date), method: .verbal, obtainedBy: "nurse1", billingPractitioner: practitioner,
                disclosuresGiven: Set(Disclosure.required(for: program)), recordedAt: instant("\(date)T12:00:00Z"),
                program: program)
    }

    /// `readyPatient()` enrolled in `program` from `from` (PCM on `condition`), with a consent for
    /// that program dated 2026-01-05 instead of the CCM one (unless `keepCCMConsent`).
    public static func patient(in program: CareProgram, from: String = "2026-01", condition: String? = "E11.9",
                               conditions: [String]? = nil, qmb: Bool? = nil, keepCCMConsent: Bool = false) -> Patient {
        var patient = readyPatient()
        if let conditions { patient.conditions = conditions.map(code) }
        patient.programs = [ProgramEnrollment(program: program, from: month(from),
                                              condition: program == .pcm ? condition.map(code) : nil,
                                              by: "drlee", recordedAt: instant("2026-01-04T12:00:00Z"))]
        patient.consents = (keepCCMConsent ? patient.consents : []) + [consent("2026-01-05", program: program)]
        patient.qmb = qmb
        return patient
    }

    /// An inpatient stay from `admit` to `discharge` (whole days).
    public static func stay(_ admit: String, _ discharge: String, kind: StayKind = .hospital) -> InpatientStay {
        try! InpatientStay(id: "S\(nextID())", kind: kind, admit: date(admit), discharge: date(discharge),
                           recordedBy: "nurse1", recordedAt: instant("\(discharge)T18:00:00Z"))
    }
}
