import Foundation
import Testing
import TendTestSupport
@testable import TendDomain

/// The program comparison's rules (docs/rules.md, "Comparing programs"): which programs are
/// offered, the what-if facts, pricing and ranking. Independent of the PCM and APCM engines.
@Suite("Comparing programs")
struct ProgramComparisonTests {
    let march = Fixtures.month("2026-03")

    func patient(_ conditions: [String], program: CareProgram = .ccm, condition: String? = nil,
                 consents: [Consent] = [Fixtures.consent("2026-01-05")]) -> Patient {
        var patient = Fixtures.readyPatient()
        patient.conditions = conditions.map(Fixtures.code)
        patient.consents = consents
        if program != .ccm {
            patient.programs = [ProgramEnrollment(program: program, from: Fixtures.month("2026-01"), condition: condition.map(Fixtures.code),
                                                  by: "drlee", recordedAt: Fixtures.instant("2026-01-05T12:00:00Z"))]
        }
        return patient
    }

    func compare(_ facts: PatientMonthFacts, isPriced: (CPTCode) -> Bool = { _ in true }) -> ProgramMonthComparison {
        ProgramMonthComparison.compare(facts, result: Fixtures.engine.evaluate(facts), closed: true, engine: Fixtures.engine,
                                       isPriced: isPriced)
    }

    @Test func onlyTheProgramsThePatientIsEligibleForAreOffered() {
        func offered(_ codes: [String]) -> [CareProgram] {
            ProgramWhatIf.offered(Eligibility.evaluate(codes.map(Fixtures.code), table: Fixtures.table))
        }
        #expect(offered(["E11.9", "I10"]) == [.ccm, .pcm, .apcm])
        // One chronic category (two diabetes codes are one condition): no CCM.
        #expect(offered(["E11.9", "E11.65"]) == [.pcm, .apcm])
        // Nothing on the chronic list: APCM's first tier only.
        #expect(offered([]) == [.apcm])
        // A PCM patient with one chronic category is offered APCM, never CCM.
        let pcm = Fixtures.facts(clinical: 35, patient: patient(["E11.9"], program: .pcm, condition: "E11.9"))
        #expect(compare(pcm).alternatives.map(\.program) == [.apcm])
        #expect(compare(pcm).current.program == .pcm)
    }

    @Test func anAPCMPatientWithSeventyMinutesShowsWhatCCMWouldPay() {
        let apcmConsent = Fixtures.consent("2026-01-05", disclosures: Set(Disclosure.required(for: .apcm)))
        var consent = apcmConsent
        consent.program = .apcm
        let facts = Fixtures.facts(clinical: 70, patient: patient(["E11.9", "I10"], program: .apcm, consents: [consent]))
        let month = compare(facts)
        #expect(month.current.program == .apcm && month.current.isCurrent)
        let ccm = try! #require(month.outcome(.ccm))
        #expect(ccm.codes == [CodeLine(code: .c99490, units: 1), CodeLine(code: .c99439, units: 2)])
        #expect(ccm.payment == Decimal("152.35") && ccm.blockers.isEmpty)
        // The APCM consent was taken as obtained for CCM, with CCM's four disclosures.
        #expect(ccm.assumedConsent && !ccm.isCurrent)
        #expect(month.alternatives.map(\.program) == [.ccm, .pcm])
    }

    @Test func theWhatIfEnrollsThePatientAndCarriesTheConsentDateButNothingElse() {
        let facts = Fixtures.facts(clinical: 25, patient: patient(["E11.9", "I10"]))
        let whatIf = ProgramWhatIf.facts(facts, as: .apcm)
        #expect(whatIf.enrollment.program == .apcm && whatIf.patient.program(in: march) == .apcm)
        let status = ConsentStatus.evaluate(for: whatIf.patient, month: march, program: .apcm)
        #expect(status.effectiveDate == Fixtures.date("2026-01-05"))
        #expect(whatIf.entries == facts.entries && whatIf.patient.visits == facts.patient.visits)
        // The month's own program is the facts unchanged.
        #expect(ProgramWhatIf.facts(facts, as: .ccm).patient == facts.patient)
        // A revoked consent stays revoked under the other program.
        let revoked = Fixtures.facts(clinical: 25, patient: patient(["E11.9", "I10"], consents: [Fixtures.consent("2026-01-05", revokedOn: "2026-02-10")]))
        #expect(ConsentStatus.evaluate(for: ProgramWhatIf.facts(revoked, as: .pcm).patient, month: march, program: .pcm).revokedBeforeMonth)
    }

    @Test func aMonthWithoutConsentEarnsNothingUnderAnyProgram() {
        let facts = Fixtures.facts(clinical: 70, patient: patient(["E11.9", "I10"], program: .apcm, consents: []))
        let ccm = try! #require(compare(facts).outcome(.ccm))
        #expect(!ccm.assumedConsent && ccm.payment == 0 && ccm.blockers.contains(.noConsent))
    }

    @Test func pcmManagesTheConditionTheMonthsTimeAddressedMost() {
        let plain = Fixtures.facts(clinical: 0, patient: patient(["I10", "E11.9"]))
        #expect(ProgramWhatIf.pcmCondition(plain) == Fixtures.code("I10"))
        var entry = Fixtures.entry("2026-03-11T14:00:00Z", minutes: 40)
        entry.conditions = [Fixtures.code("E11.9")]
        let diabetes = Fixtures.facts(clinical: 0, patient: patient(["I10", "E11.9"]), extra: [entry])
        #expect(ProgramWhatIf.pcmCondition(diabetes) == Fixtures.code("E11.9"))
        #expect(ProgramWhatIf.facts(diabetes, as: .pcm).enrollment.condition == Fixtures.code("E11.9"))
        // A PCM patient keeps the enrollment's condition.
        let enrolled = Fixtures.facts(clinical: 0, patient: patient(["I10", "E11.9"], program: .pcm, condition: "I10"), extra: [entry])
        #expect(ProgramWhatIf.pcmCondition(enrolled) == Fixtures.code("I10"))
        #expect(ProgramWhatIf.pcmCondition(Fixtures.facts(patient: patient(["Z00.00"]))) == nil)
    }

    @Test func anUnpricedCodeIsReportedAsSuchAndNeverRanked() {
        let facts = Fixtures.facts(clinical: 25, patient: patient(["E11.9", "I10"]))
        let unpriced = compare(facts, isPriced: { $0 != .c99490 })
        #expect(unpriced.current.payment == nil && unpriced.current.unpricedCodes == [.c99490])
        #expect(unpriced.current.bills)
        let comparison = PatientProgramComparison(patientId: Fixtures.patientID, months: [unpriced])
        #expect(!comparison.earned.isPriced && comparison.earned.unpricedMonths == [march])
        #expect(comparison.best == nil && comparison.gain == nil)
        let totals = ProgramComparisonTotals([comparison])
        #expect(totals.unpriced == [Fixtures.patientID] && totals.gainers.isEmpty)
        #expect(totals.programs.first { $0.program == .ccm }?.unpricedPatientMonths == 1)
        // Blocked months bill nothing, priced or not.
        let blocked = compare(Fixtures.facts(clinical: 5, patient: patient(["E11.9", "I10"])), isPriced: { _ in false })
        #expect(blocked.current.payment == 0 && blocked.current.unpricedCodes.isEmpty)
    }

    @Test func gainersAreRankedByGainAndTotalsAddTheSwitches() {
        func outcome(_ program: CareProgram, _ amount: String, current: Bool) -> ProgramOutcome {
            ProgramOutcome(program: program, isCurrent: current, assumedConsent: !current, codes: [], payment: Decimal(amount),
                           blockers: [], unpricedCodes: [])
        }
        func person(_ id: String, ccm: String, apcm: String) -> PatientProgramComparison {
            PatientProgramComparison(patientId: try! PatientID.validate(id), months: [
                ProgramMonthComparison(month: march, closed: true, minutes: 0, current: outcome(.ccm, ccm, current: true),
                                       alternatives: [outcome(.apcm, apcm, current: false)]),
            ])
        }
        let small = person("PA000001", ccm: "0", apcm: "50")
        let large = person("PA000002", ccm: "10", apcm: "110")
        let loser = person("PA000003", ccm: "152.35", apcm: "50")
        #expect(large.gain == Decimal(100) && loser.gain == Decimal("-102.35") && loser.best?.program == .apcm)
        let totals = ProgramComparisonTotals([small, large, loser])
        #expect(totals.gainers.map(\.rawValue) == ["PA000002", "PA000001"])
        #expect(totals.earned == Decimal("162.35") && totals.earnedWithSwitches == Decimal("312.35"))
        #expect(totals.programs.map(\.patients) == [3, 0, 0])
    }

    @Test func theProjectionUsesEachPatientsProgramAndLeavesUnpricedCodesOut() throws {
        #expect(ProgramProjection.baseCode(.ccm, chronicCategories: 2, qmb: false) == .c99490)
        #expect(ProgramProjection.baseCode(.pcm, chronicCategories: 1, qmb: false) == .c99426)
        #expect(ProgramProjection.baseCode(.apcm, chronicCategories: 1, qmb: true) == .g0556)
        #expect(ProgramProjection.baseCode(.apcm, chronicCategories: 2, qmb: false) == .g0557)
        #expect(ProgramProjection.baseCode(.apcm, chronicCategories: 3, qmb: true) == .g0558)
        var fees = Fixtures.fees.fees
        fees[.g0557] = Fee(amount: Decimal("50.00"), maxUnits: 1)
        fees[.g0558] = Fee(amount: nil, confirmed: false, maxUnits: 1)
        let schedule = try FeeSchedule(name: "test", fees: fees)
        let projections = ProgramProjection.make([(.ccm, .c99490), (.ccm, .c99490), (.apcm, .g0557), (.apcm, .g0558)], schedule: schedule)
        #expect(projections.map(\.patients) == [2, 0, 2])
        #expect(projections[0].yearly == Decimal("1451.76"))
        #expect(projections[2].yearly == Decimal(600) && projections[2].hasUnpriced)
        #expect(projections[2].text == "APCM: 1 \u{00D7} G0557 $50.00 + 1 \u{00D7} G0558 unpriced \u{00D7} 12 = $600.00")
    }
}
