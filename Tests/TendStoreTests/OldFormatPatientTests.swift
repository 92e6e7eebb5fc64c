import Foundation
import Testing
import TendDomain
import TendTestSupport
@testable import TendStore

/// A patient file written before programs existed (no `programs`, `qmb` or `stays`, consents
/// without `program`) reads as a CCM patient with CCM consents.
@Suite struct OldFormatPatientTests {
    /// A patient document as tend wrote it before issue 10.
    static let oldDocument = """
        {"id":"P0BD0001","name":{"family":"Brown","given":"Charles"},"dateOfBirth":"1944-02-03",
         "mrn":"M0100142","conditions":["E11.9","I10"],"careManager":"nurse1","billingPractitioner":"drlee",
         "visits":[{"date":"2026-01-10","kind":"AWV"}],
         "enrollment":[{"status":"enrolled","date":"2026-02-01","by":"nurse1"}],
         "consents":[{"date":"2026-02-01","method":"verbal","obtainedBy":"nurse1","billingPractitioner":"drlee",
                      "disclosuresGiven":["availability","cost-sharing","one-practitioner","stop-any-time"],
                      "declined":false,"recordedAt":"2026-02-01T15:00:00Z"}],
         "plan":{"establishedOn":"2026-02-01","sharedOn":["2026-02-01"],"missingElements":[]},
         "version":3,"createdAt":"2026-01-05T15:00:00Z"}
        """

    @Test func anOldPatientFileIsACCMPatientWithACCMConsent() throws {
        let dir = TempDirectory()
        let store = try makeStore(dir)
        let document = try StoreCoding.decoder().decode(JSONValue.self, from: Data(Self.oldDocument.utf8))
        try store.writeFiles(tester, action: "test.add", at: fixedNow) { change in
            try change.put(document, at: StoreLayout.patient("P0BD0001"))
            change.summary = "an old-format patient"
        }
        let patient = try store.read { try store.patient(PatientID.validate("P0BD0001")) }
        #expect(patient.programs == nil && patient.qmb == nil && patient.stays == nil)
        #expect(patient.programHistory.isEmpty)
        let month = try YearMonth.parse("2026-03")
        #expect(patient.program(in: month) == .ccm)
        #expect(patient.consents.map(\.program) == [.ccm])
        let status = ConsentStatus.evaluate(for: patient, month: month)
        let consentDay = try LocalDate.parse("2026-02-01")
        #expect(status.allowsBilling && status.counting?.date == consentDay)
        // Written back, it keeps reading the same (the program now spelled out on the consent).
        let again = try StoreCoding.decoder().decode(Patient.self, from: try StoreCoding.encoder().encode(patient))
        #expect(again == patient)
    }
}
