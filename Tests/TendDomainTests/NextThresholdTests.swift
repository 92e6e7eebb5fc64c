import Foundation
import Testing
import TendTestSupport
@testable import TendDomain

@Suite("Next threshold (rules §4)")
struct NextThresholdTests {
    /// The definition itself: try every minute above the current total up to the same limit.
    static func everyMinute(_ result: BillingResult, _ schedule: FeeSchedule) -> Int? {
        let calculator = CodeSetCalculator(feeSchedule: schedule)
        let current = result.recommended?.payment ?? 0
        let limit = result.totalMinutes + 60 + 30 * max(0, schedule.fee(for: .c99489).maxUnits)
        for minutes in (result.totalMinutes + 1)...limit {
            let sets = calculator.candidates(totalMinutes: minutes, practitionerMinutes: result.practitionerMinutes, complex: result.complex)
            if let best = CodeSetCalculator.recommend(sets), best.payment > current { return minutes }
        }
        return nil
    }

    static func schedule(_ name: String, _ change: (inout [CPTCode: Fee]) -> Void) throws -> FeeSchedule {
        var fees = Fixtures.fees.fees
        change(&fees)
        return try FeeSchedule(name: name, fees: fees)
    }

    /// Schedules that move the answer around; 99489 is capped low so the reference stays quick.
    static func schedules() throws -> [FeeSchedule] {
        [
            try schedule("bundled, 99489 x2") { fees in fees[.c99489]!.maxUnits = 2 },
            try schedule("no add-ons") { fees in for code in CPTCode.allCases where code.isAddOn && code.family == .ccm { fees[code]!.maxUnits = 0 } },
            try schedule("practitioner pays most") { fees in fees[.c99491]!.amount = 500; fees[.c99437]!.maxUnits = 3; fees[.c99489]!.maxUnits = 1 },
            try schedule("complex pays little, many units") { fees in
                fees[.c99487]!.amount = 10
                fees[.c99489]!.amount = 1
                fees[.c99489]!.maxUnits = 3
                fees[.c99439]!.maxUnits = 6
            },
        ]
    }

    @Test func stepsAreWhereASetAppearsOrGainsAUnit() throws {
        let calculator = CodeSetCalculator(feeSchedule: try Self.schedule("few add-ons") { fees in
            fees[.c99439]!.maxUnits = 2
            fees[.c99489]!.maxUnits = 1
        })
        #expect(calculator.totalMinuteSteps(complex: false) == [20, 40, 60])
        #expect(calculator.totalMinuteSteps(complex: true) == [20, 40, 60, 90])
        let noA = CodeSetCalculator(feeSchedule: try Self.schedule("no 99490") { fees in fees[.c99490]!.amount = 0 })
        #expect(noA.totalMinuteSteps(complex: false) == [20, 40, 60])
    }

    /// Checking only the steps must give what checking every minute gives, for any minutes,
    /// practitioner share, complexity and schedule.
    @Test func matchesTryingEveryMinute() throws {
        for schedule in try Self.schedules() {
            let engine = BillingEngine(feeSchedule: schedule)
            let calculator = CodeSetCalculator(feeSchedule: schedule)
            for complex in [false, true] {
                let base = engine.evaluate(Fixtures.facts(complex: complex))
                for practitioner in [0, 30, 95] {
                    for total in practitioner...150 {
                        let sets = calculator.candidates(totalMinutes: total, practitionerMinutes: practitioner, complex: complex)
                        var result = base
                        result.complex = complex
                        result.totalMinutes = total
                        result.practitionerMinutes = practitioner
                        result.clinicalMinutes = total - practitioner
                        result.candidates = sets
                        result.recommended = CodeSetCalculator.recommend(sets)
                        let fast = NextThreshold.after(result, feeSchedule: schedule)
                        let slow = Self.everyMinute(result, schedule)
                        #expect(fast == slow, "\(schedule.name) complex \(complex) total \(total) practitioner \(practitioner)")
                        // Without a recommendation (e.g. a blocked month) the answer is the first billing minute.
                        result.recommended = nil
                        #expect(NextThreshold.after(result, feeSchedule: schedule) == Self.everyMinute(result, schedule))
                    }
                }
            }
        }
    }
}
