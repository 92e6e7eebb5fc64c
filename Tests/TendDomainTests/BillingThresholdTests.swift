import Foundation
import Testing
import TendTestSupport
@testable import TendDomain

@Suite("Code sets and thresholds (rules §4, §6)")
struct BillingThresholdTests {
    func lines(_ result: BillingResult) -> [String] { result.codes.map(\.description) }

    @Test("non-complex A on total minutes", arguments: [
        (19, [String]()), (20, ["99490"]), (39, ["99490"]), (40, ["99490", "99439"]), (59, ["99490", "99439"]),
        (60, ["99490", "99439 x2"]), (79, ["99490", "99439 x2"]), (80, ["99490", "99439 x2"]), (100, ["99490", "99439 x2"]),
    ])
    func nonComplex(minutes: Int, expected: [String]) {
        let result = Fixtures.engine.evaluate(Fixtures.facts(clinical: minutes))
        #expect(lines(result) == expected)
        #expect(result.isBillable == !expected.isEmpty)
        #expect(result.blockers == (expected.isEmpty ? [.belowThreshold] : []))
    }

    @Test func secondsAreFlooredPerBucket() {
        // 19 min 59 s of RN time is 19 minutes: below threshold.
        let facts = Fixtures.facts(extra: [Fixtures.entry("2026-03-10T14:00:00Z", minutes: 19, extraSeconds: 59)])
        let result = Fixtures.engine.evaluate(facts)
        #expect(result.clinicalSeconds == 1199)
        #expect(result.clinicalMinutes == 19)
        #expect(result.blockers == [.belowThreshold])
        // Two entries of 10 min 30 s make 21 min (seconds summed before flooring).
        let two = Fixtures.facts(extra: [
            Fixtures.entry("2026-03-10T14:00:00Z", minutes: 10, extraSeconds: 30),
            Fixtures.entry("2026-03-11T14:00:00Z", minutes: 10, extraSeconds: 30),
        ])
        #expect(Fixtures.engine.evaluate(two).clinicalMinutes == 21)
    }

    @Test func bucketsFloorSeparately() {
        // 19.5 clinical + 0.5 practitioner minutes: C = 19, P = 0, T = 19, below threshold.
        let facts = Fixtures.facts(extra: [
            Fixtures.entry("2026-03-10T14:00:00Z", minutes: 19, extraSeconds: 30, credential: .RN),
            Fixtures.entry("2026-03-11T14:00:00Z", minutes: 0, extraSeconds: 30, credential: .NP),
        ])
        let result = Fixtures.engine.evaluate(facts)
        #expect(result.totalMinutes == 19)
        #expect(result.blockers == [.belowThreshold])
    }

    @Test("complex month: best of A and B", arguments: [
        (59, ["99490", "99439"], CodeSetKind.nonComplex, "106.42"),
        (60, ["99490", "99439 x2"], .nonComplex, "152.35"),
        (89, ["99490", "99439 x2"], .nonComplex, "152.35"),
        (90, ["99487", "99489"], .complex, "202.17"),
        (119, ["99487", "99489"], .complex, "202.17"),
        (120, ["99487", "99489 x2"], .complex, "272.69"),
    ])
    func complexMonths(minutes: Int, expected: [String], kind: CodeSetKind, payment: String) {
        let result = Fixtures.engine.evaluate(Fixtures.facts(clinical: minutes, complex: true))
        #expect(result.complex)
        #expect(lines(result) == expected)
        #expect(result.recommended?.kind == kind)
        #expect(result.payment == Decimal(payment))
    }

    @Test func complexBelowSixtyHasNoComplexCandidate() {
        let result = Fixtures.engine.evaluate(Fixtures.facts(clinical: 59, complex: true))
        #expect(result.candidates.map(\.kind) == [.nonComplex])
        let atSixty = Fixtures.engine.evaluate(Fixtures.facts(clinical: 60, complex: true))
        #expect(atSixty.candidates.map(\.kind) == [.nonComplex, .complex])
        #expect(atSixty.alternatives.map(\.description) == ["99487"])
        #expect(atSixty.alternatives.first?.payment == Decimal("131.65"))
    }

    @Test func complexNeedsTheMark() {
        let result = Fixtures.engine.evaluate(Fixtures.facts(clinical: 120))
        #expect(!result.complex)
        #expect(!result.candidates.contains { $0.kind == .complex })
    }

    @Test func complex99489CapsAtTen() {
        // 60 + 11*30 = 390 minutes would earn 11 units; the cap is 10.
        let result = Fixtures.engine.evaluate(Fixtures.facts(clinical: 390, complex: true))
        #expect(lines(result) == ["99487", "99489 x10"])
        #expect(result.payment == Decimal("131.65") + Decimal("70.52") * 10)
        let below = Fixtures.engine.evaluate(Fixtures.facts(clinical: 359, complex: true))
        #expect(lines(below) == ["99487", "99489 x9"])
    }

    @Test("practitioner Cp on P alone", arguments: [
        (29, [String]()), (30, ["99491"]), (59, ["99491"]), (60, ["99491", "99437"]), (89, ["99491", "99437"]),
        (90, ["99491", "99437 x2"]), (150, ["99491", "99437 x2"]),
    ])
    func practitionerSet(minutes: Int, expected: [String]) {
        let result = Fixtures.engine.evaluate(Fixtures.facts(practitioner: minutes))
        let cp = result.candidates.first { $0.kind == .practitioner }
        #expect((cp?.lines.map(\.description) ?? []) == expected)
    }

    @Test func practitionerMinutesAlsoCountInA() {
        // 25 practitioner minutes: below 99491 but A on T = 25 pays 99490.
        let result = Fixtures.engine.evaluate(Fixtures.facts(practitioner: 25))
        #expect(result.practitionerMinutes == 25)
        #expect(result.totalMinutes == 25)
        #expect(lines(result) == ["99490"])
        #expect(result.candidates.map(\.kind) == [.nonComplex])
    }

    @Test func practitionerOnlyMonthPrefersBetterPayingSet() {
        // 30 P minutes: A = 99490 ($60.49), Cp = 99491 ($82.16) -> Cp.
        let thirty = Fixtures.engine.evaluate(Fixtures.facts(practitioner: 30))
        #expect(thirty.recommended?.kind == .practitioner)
        #expect(thirty.payment == Decimal("82.16"))
        #expect(thirty.alternatives.map(\.kind) == [.nonComplex])
        // 60 P minutes: A = 99490 + 2x99439 ($152.35), Cp = 99491 + 99437 ($139.74) -> A.
        let sixty = Fixtures.engine.evaluate(Fixtures.facts(practitioner: 60))
        #expect(sixty.recommended?.kind == .nonComplex)
        #expect(sixty.payment == Decimal("152.35"))
    }

    @Test func mixedBucketsAddForAButNotForCp() {
        let result = Fixtures.engine.evaluate(Fixtures.facts(clinical: 20, practitioner: 20))
        #expect(result.clinicalMinutes == 20)
        #expect(result.practitionerMinutes == 20)
        #expect(result.totalMinutes == 40)
        #expect(lines(result) == ["99490", "99439"])
        #expect(result.candidates.map(\.kind) == [.nonComplex])
    }

    @Test func tieBreakPrefersAThenBThenCp() throws {
        var fees = Fixtures.fees.fees
        for code in CPTCode.allCases { fees[code] = Fee(amount: 100, maxUnits: code.isAddOn ? 0 : 1) }
        let equal = BillingEngine(feeSchedule: try FeeSchedule(name: "flat", fees: fees))
        let all = equal.evaluate(Fixtures.facts(practitioner: 60, complex: true))
        #expect(all.candidates.map(\.kind) == [.nonComplex, .complex, .practitioner])
        #expect(all.recommended?.kind == .nonComplex)

        var noA = fees
        noA[.c99490] = Fee(amount: 50, maxUnits: 1)
        let bAndCp = BillingEngine(feeSchedule: try FeeSchedule(name: "b-cp tie", fees: noA))
        #expect(bAndCp.evaluate(Fixtures.facts(practitioner: 60, complex: true)).recommended?.kind == .complex)
        #expect(bAndCp.evaluate(Fixtures.facts(practitioner: 60)).recommended?.kind == .practitioner)
    }

    @Test func maxUnitsComeFromTheSchedule() throws {
        var fees = Fixtures.fees.fees
        fees[.c99439] = Fee(amount: Decimal("45.93"), maxUnits: 0)
        let engine = BillingEngine(feeSchedule: try FeeSchedule(name: "no add-ons", fees: fees))
        #expect(engine.evaluate(Fixtures.facts(clinical: 100)).codes.map(\.description) == ["99490"])
    }
}
