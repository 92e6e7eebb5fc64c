import Foundation
import Testing
import TendTestSupport
@testable import TendDomain

@Suite("Eligibility (rules §1)")
struct EligibilityTests {
    func evaluate(_ codes: [String]) -> EligibilityResult {
        Eligibility.evaluate(codes.map(Fixtures.code), table: Fixtures.table)
    }

    @Test func sameCategoryIsOneCondition() {
        let result = evaluate(["E11.9", "E11.65"])
        #expect(!result.isEligible)
        #expect(result.categories.count == 1)
        #expect(result.categories[0].codes.map(\.rawValue) == ["E11.65", "E11.9"])
        #expect(result.reasons.last == "Not eligible: 1 distinct chronic-condition category; CCM needs 2 or more")
    }

    @Test func distinctCategoriesAreEligible() {
        let result = evaluate(["E11.9", "I10"])
        #expect(result.isEligible)
        #expect(result.categories.map(\.category.id) == ["diabetes", "hypertension"])
        #expect(result.reasons.last == "Eligible: 2 distinct chronic-condition categories")
    }

    @Test func unknownCodesNeverCount() {
        let result = evaluate(["E11.9", "Z00.00", "J06.9"])
        #expect(!result.isEligible)
        #expect(result.notOnChronicList.map(\.rawValue) == ["J06.9", "Z00.00"])
        #expect(result.reasons.contains("J06.9, Z00.00: not on the chronic list (does not count)"))
    }

    @Test func emptyAndDuplicateLists() {
        #expect(!evaluate([]).isEligible)
        #expect(evaluate([]).reasons == ["Not eligible: 0 distinct chronic-condition categories; CCM needs 2 or more"])
        let duplicated = evaluate(["E11.9", "E11.9", "I10"])
        #expect(duplicated.categories.first?.codes.count == 1)
        #expect(duplicated.isEligible)
    }

    @Test func hypertensiveHeartDiseaseWithFailureCountsAsHeartFailure() {
        #expect(!evaluate(["I11.0", "I50.9"]).isEligible)
        #expect(evaluate(["I11.0", "I10"]).isEligible)
    }
}
