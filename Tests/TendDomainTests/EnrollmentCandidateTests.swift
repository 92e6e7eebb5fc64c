import Foundation
import Testing
import TendTestSupport
@testable import TendDomain

@Suite("Enrollment candidates")
struct EnrollmentCandidateTests {
    typealias F = CallFixtures

    /// A candidate with two chronic conditions (eligible) and no consent.
    func candidate(_ number: Int, _ name: String) -> Patient {
        var patient = F.patient(number, name, status: .candidate)
        patient.enrollment = []
        patient.consents = []
        return patient
    }

    @Test func eligibleCandidatesWithoutConsentAreListedByName() {
        let list = CallListRanking.enrollmentCandidates(
            patients: [candidate(2, "Baker, Bo"), candidate(1, "Adams, Al")], table: Fixtures.table)
        #expect(list.map(\.name.family) == ["Adams", "Baker"])
    }

    @Test func ineligibleConsentedDeclinedAndEnrolledPatientsAreLeftOut() {
        var oneCondition = candidate(1, "Adams, Al")
        oneCondition.conditions = [Fixtures.code("E11.9")]
        var consented = candidate(2, "Baker, Bo")
        consented.consents = [Fixtures.consent("2026-03-01")]
        var declinedConsent = candidate(3, "Cole, Cy")
        declinedConsent.consents = [Fixtures.consent("2026-03-01", declined: true)]
        let declinedStatus = F.patient(4, "Dunn, Di", status: .declined)
        let enrolled = F.patient(5, "Eddy, Ed")
        let disenrolled = F.patient(6, "Funk, Flo", status: .disenrolled)
        var partialConsent = candidate(7, "Gray, Gus") // a consent missing a disclosure does not count
        partialConsent.consents = [Fixtures.consent("2026-03-01", disclosures: [])]
        let list = CallListRanking.enrollmentCandidates(
            patients: [oneCondition, consented, declinedConsent, declinedStatus, enrolled, disenrolled, partialConsent],
            table: Fixtures.table)
        #expect(list.map(\.name.family) == ["Gray"])
    }
}
