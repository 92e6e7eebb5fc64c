import Foundation
import Testing
import TendTestSupport
@testable import TendDomain

@Suite("Programs across months and practitioners (rules §9)")
struct ProgramBoundaryTests {
    let engine = Fixtures.programEngine

    @Test func enrollmentChangeAtAMonthBoundary() {
        // CCM until January (the default), APCM from February, with both consents.
        var patient = Fixtures.patient(in: .apcm, from: "2026-02", keepCCMConsent: true)
        patient.conditions = [Fixtures.code("E11.9"), Fixtures.code("I10")]
        let january = Fixtures.facts(clinical: 25, patient: patient, month: "2026-01",
                                     extra: [Fixtures.entry("2026-01-20T14:00:00Z", minutes: 1)])
        let february = Fixtures.facts(clinical: 25, patient: patient, month: "2026-02")
        let jan = engine.evaluate(january), feb = engine.evaluate(february)
        #expect(jan.program == .ccm && feb.program == .apcm)
        #expect(jan.codes == [CodeLine(code: .c99490, units: 1)])
        #expect(feb.codes == [CodeLine(code: .g0557, units: 1)])
        // Without the CCM consent January is blocked: an APCM consent never counts for CCM.
        patient.consents.removeAll { $0.program == .ccm }
        let blocked = engine.evaluate(Fixtures.facts(clinical: 25, patient: patient, month: "2026-01"))
        #expect(blocked.program == .ccm && blocked.blockers == [.noConsent])
    }

    @Test("a stay over a month end excludes time in both months", arguments: [CareProgram.ccm, .pcm])
    func stayOverAMonthEnd(program: CareProgram) {
        var patient = program == .ccm ? Fixtures.readyPatient() : Fixtures.patient(in: .pcm)
        patient.stays = [Fixtures.stay("2026-03-30", "2026-04-02")]
        let march = [Fixtures.entry("2026-03-29T14:00:00Z", minutes: 30), Fixtures.entry("2026-03-31T14:00:00Z", minutes: 40)]
        let april = [Fixtures.entry("2026-04-02T14:00:00Z", minutes: 40), Fixtures.entry("2026-04-03T14:00:00Z", minutes: 30)]
        let inMarch = engine.evaluate(Fixtures.facts(patient: patient, month: "2026-03", extra: march))
        let inApril = engine.evaluate(Fixtures.facts(patient: patient, month: "2026-04", extra: april))
        for result in [inMarch, inApril] {
            #expect(result.program == program)
            #expect(result.totalMinutes == 30)
            #expect(result.excluded.filter { $0.reason == .inpatient }.map(\.seconds) == [40 * 60])
        }
    }

    @Test("another practitioner's billing, per program", arguments: [
        // ours, theirs (nil: a mark from before programs, CCM), the gate
        (CareProgram.ccm, CareProgram?.none, Gate?.some(.billedElsewhere)),
        (.ccm, .ccm, .billedElsewhere), (.ccm, .apcm, .programExcluded), (.ccm, .pcm, nil),
        (.pcm, .pcm, .billedElsewhere), (.pcm, .ccm, nil), (.pcm, .apcm, nil),
        (.apcm, .apcm, .billedElsewhere), (.apcm, .ccm, .programExcluded), (.apcm, nil, .programExcluded), (.apcm, .pcm, nil),
    ])
    func billedElsewhere(ours: CareProgram, theirs: CareProgram?, gate: Gate?) {
        let patient = ours == .ccm ? Fixtures.readyPatient() : Fixtures.patient(in: ours)
        let flags = PatientMonthFlags(patientId: patient.id, month: Fixtures.month("2026-03"),
                                      billedElsewhere: BilledElsewhereMark(by: "nurse1", at: Fixtures.instant("2026-03-20T12:00:00Z"),
                                                                           note: "told by the patient", program: theirs))
        var facts = Fixtures.facts(clinical: 45, patient: patient, flags: flags)
        facts.reachedCalls = 1
        let result = engine.evaluate(facts)
        #expect(result.blockers == (gate.map { [$0] } ?? []))
        #expect(result.isBillable == (gate == nil))
        if gate != nil {
            // A decision already taken: close does not wait for it.
            #expect(ClaimChecklist.disposition(result, notBilled: nil) == .billedElsewhere)
            let item = ClaimChecklist.build(facts: facts, result: result, plan: nil, notBilled: nil).items.first { $0.gate == gate }
            #expect(item?.evidence.contains("another practitioner billed \((theirs ?? .ccm).name)") == true)
        }
    }

    @Test func oldBilledElsewhereMarksDecodeAsCCM() throws {
        let json = #"{"by":"nurse1","at":"2026-03-20T12:00:00Z","note":"x"}"#
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        let mark = try decoder.decode(BilledElsewhereMark.self, from: Data(json.utf8))
        #expect(mark.program == nil && mark.billedProgram == .ccm)
    }

    @Test func evaluatingAsAnotherProgramUsesThatProgramsConsent() {
        // Enrolled in CCM with a CCM consent: as APCM there is no consent; as CCM it bills.
        let facts = Fixtures.facts(clinical: 25)
        #expect(engine.evaluate(facts, as: .apcm).blockers == [.noConsent])
        #expect(engine.evaluate(facts, as: .ccm).isBillable)
    }

    @Test func checklistEvidenceNamesTheProgramsRules() {
        let pcm = Fixtures.facts(clinical: 20, patient: Fixtures.patient(in: .pcm))
        let pcmList = ClaimChecklist.build(facts: pcm, result: engine.evaluate(pcm), plan: nil, notBilled: nil)
        #expect(pcmList.items.first { $0.gate == .belowThreshold }?.evidence.hasSuffix("reaches no code (99426 and 99424 need 30)") == true)
        #expect(pcmList.items.first { $0.gate == .noPCMCondition }?.evidence
            == "PCM condition E11.9: on the problem list and the chronic list (Diabetes)")
        var apcm = Fixtures.facts(clinical: 0, patient: Fixtures.patient(in: .apcm, qmb: true))
        apcm.reachedCalls = 2
        let apcmList = ClaimChecklist.build(facts: apcm, result: engine.evaluate(apcm), plan: nil, notBilled: nil)
        #expect(apcmList.items.first { $0.gate == .noServiceDocumented }?.evidence
            == "0 counting time entries and 2 calls that reached the patient this month; the month's tier: 2 chronic categories, QMB: G0558")
        // Each program's checklist holds its own gates only.
        #expect(apcmList.items.map(\.gate) == [.noConsent, .consentRevoked, .noInitiatingVisit, .noCarePlan, .carePlanNotShared,
                                                .billedElsewhere, .programExcluded, .noServiceDocumented])
        #expect(pcmList.items.map(\.gate).first == .noPCMCondition && !pcmList.items.contains { $0.gate == .notEligible })
        #expect(apcmList.items.first { $0.gate == .noInitiatingVisit }?.evidence.contains("within the 3 years") == true)
    }
}
