import Foundation
import Testing
import TendTestSupport
@testable import TendDomain

@Suite("Consent (rules §2)")
struct ConsentTests {
    @Test func countsOnlyWithAllDisclosuresAndNotDeclined() {
        #expect(Fixtures.consent("2026-01-05").counts)
        #expect(!Fixtures.consent("2026-01-05", declined: true).counts)
        let partial = Fixtures.consent("2026-01-05", disclosures: [.availability, .stopAnyTime])
        #expect(!partial.counts)
        #expect(partial.missingDisclosures == [.costSharing, .onePractitioner])
    }

    @Test func latestCountingConsentWins() {
        let older = Fixtures.consent("2026-01-05")
        let newer = Fixtures.consent("2026-02-05")
        let declinedLater = Fixtures.consent("2026-02-20", declined: true)
        let status = ConsentStatus.evaluate(consents: [newer, older, declinedLater], billingPractitioner: "drlee", month: Fixtures.month("2026-03"))
        #expect(status.counting == newer)
        #expect(status.allowsBilling)
        let february = ConsentStatus.evaluate(consents: [newer, older], billingPractitioner: "drlee", month: Fixtures.month("2026-01"))
        #expect(february.counting == older)
    }

    @Test func revocationEffectiveAtEndOfMonthRecorded() {
        let consents = [Fixtures.consent("2026-01-05", revokedOn: "2026-03-31")]
        let march = ConsentStatus.evaluate(consents: consents, billingPractitioner: "drlee", month: Fixtures.month("2026-03"))
        #expect(!march.revokedBeforeMonth)
        #expect(march.allowsBilling)
        let april = ConsentStatus.evaluate(consents: consents, billingPractitioner: "drlee", month: Fixtures.month("2026-04"))
        #expect(april.revokedBeforeMonth)
        #expect(!april.allowsBilling)
        #expect(april.counting != nil)
    }

    @Test func practitionerMustMatch() {
        let consents = [Fixtures.consent("2026-01-05", practitioner: "drlee")]
        #expect(ConsentStatus.evaluate(consents: consents, billingPractitioner: "drkim", month: Fixtures.month("2026-03")).counting == nil)
        #expect(ConsentStatus.evaluate(consents: consents, billingPractitioner: nil, month: Fixtures.month("2026-03")).counting == nil)
        let unnamed = [Fixtures.consent("2026-01-05", practitioner: nil)]
        #expect(ConsentStatus.evaluate(consents: unnamed, billingPractitioner: nil, month: Fixtures.month("2026-03")).counting != nil)
    }

    @Test func encodesDisclosuresSortedInRulesOrder() throws {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        let text = String(decoding: try encoder.encode(Fixtures.consent("2026-01-05")), as: UTF8.self)
        #expect(text.contains(#""disclosuresGiven":["availability","cost-sharing","one-practitioner","stop-any-time"]"#))
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        #expect(try decoder.decode(Consent.self, from: Data(text.utf8)) == Fixtures.consent("2026-01-05"))
    }

    @Test func disclosureLabelsAreDistinct() {
        #expect(Set(Disclosure.allCases.map(\.label)).count == 4)
        #expect(Disclosure.allCases.map(\.rawValue) == ["availability", "cost-sharing", "one-practitioner", "stop-any-time"])
    }
}
