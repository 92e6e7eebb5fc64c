import Foundation
import Testing
import TendDomain
import TendServices
import TendStore
import TendTestSupport

@Suite("FHIR import")
struct FHIRImportTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("TendFHIRTests/Fixtures")
    static func path(_ relative: String) -> String { fixtures.appendingPathComponent(relative).path }

    @Test func syntheaBundlesImportWithProblemsEligibilityAndVisits() throws {
        let f = try ServicesFixture()
        let session = try f.session(f.nurse)
        let result = try session.importFHIR(paths: [Self.path("synthea")], dryRun: false)
        #expect(result.files.count == 3)
        #expect(result.files.allSatisfy { $0.refused == nil && $0.created == 1 })
        #expect(result.created.count == 3)
        let patients = try session.patients()
        let cody = try #require(patients.first { $0.name.family == "Larson" })
        #expect(cody.mrn == "c0b14001-6297-4537-ab1b-6bf1c193e880")
        #expect(cody.dateOfBirth == (try LocalDate.parse("1951-04-30")))
        #expect(cody.snomedProblems?.map(\.rawValue) == ["162864005", "53741008", "55822004"])
        #expect(cody.conditions.isEmpty)
        #expect(session.eligibility(cody).isEligible)
        #expect(cody.lastVisit?.kind == .em)
        #expect(cody.consents.isEmpty && cody.careManager == nil)
        let frank = try #require(patients.first { $0.name.family == "McDermott" })
        #expect(frank.snomedProblems == nil)
        #expect(!session.eligibility(frank).isEligible)
        #expect(result.notes.contains { $0.contains("NPI not used") })
    }

    @Test func reimportChangesNothingAndSaysSo() throws {
        let f = try ServicesFixture()
        let session = try f.session(f.nurse)
        _ = try session.importFHIR(paths: [Self.path("synthea"), Self.path("uscore/export")], dryRun: false)
        let before = try session.patients()
        let auditCount = try f.store.auditRecords().count
        let again = try session.importFHIR(paths: [Self.path("synthea"), Self.path("uscore/export")], dryRun: false)
        #expect(again.nothingChanged)
        #expect(again.unchanged == 5)
        #expect(try session.patients() == before)
        #expect(try f.store.auditRecords().count == auditCount)
    }

    @Test func usCoreExportMapsIdentifiersStaysAndPractitioner() throws {
        let f = try ServicesFixture()
        let admin = try f.session(f.admin)
        try admin.updateStaff(login: "doctor", name: nil, credential: nil, roles: nil, npi: try NPI(validating: "1234567893"), active: nil)
        let result = try admin.importFHIR(paths: [Self.path("uscore/export")], dryRun: false)
        #expect(result.created.count == 2)
        #expect(result.notImported.count == 1 && result.notImported[0].contains("Nobody"))
        #expect(result.unlinked.count == 1)
        let patients = try admin.patients()
        let ada = try #require(patients.first { $0.mrn == "EHR-1001" })
        #expect(ada.mbi?.rawValue == "1EG4TE5MK73")
        #expect(ada.billingPractitioner == "doctor")
        #expect(ada.conditions.map(\.rawValue) == ["E11.9", "I10"])
        #expect(ada.stays?.map(\.kind) == [.hospital, .snf])
        #expect(ada.stays?.allSatisfy { $0.source?.hasSuffix("Encounter.ndjson") == true } == true)
        let wilhelm = try #require(patients.first { $0.mrn == "EHR-1002" })
        #expect(wilhelm.mbi?.rawValue == "2EG4TE5MK74")
        #expect(wilhelm.billingPractitioner == nil)
        #expect(admin.eligibility(wilhelm).isEligible)   // heart failure + COPD, in SNOMED CT
        #expect(result.staysAdded == 2)
    }

    @Test func aRefusedFileCommitsNothingAndTheOthersImport() throws {
        let f = try ServicesFixture()
        let session = try f.session(f.nurse)
        let result = try session.importFHIR(paths: [Self.path("refusals"), Self.path("synthea/Cody_Larson_c0b14001-6297-4537-ab1b-6bf1c193e880.json")], dryRun: false)
        #expect(result.anyRefused)
        #expect(result.files.filter { $0.refused != nil }.count == 6)
        #expect(result.files.first { $0.path.hasSuffix("not-json.ndjson") }?.refused?.hasPrefix("line 2:") == true)
        let names = try session.patients().map(\.name.family)
        #expect(names == ["Larson"])   // nothing from not-json.ndjson's valid first line, nor from truncated.json
    }

    @Test func dryRunWritesNothing() throws {
        let f = try ServicesFixture()
        let session = try f.session(f.nurse)
        let result = try session.importFHIR(paths: [Self.path("synthea")], dryRun: true)
        #expect(result.created.count == 3)
        #expect(try session.patients().isEmpty)
    }

    @Test func sameNameAndBirthDateWithoutIdentifierIsReportedNotMerged() throws {
        let f = try ServicesFixture()
        let session = try f.session(f.nurse)
        _ = try session.addPatient(PatientDraft(name: "Larson, Cody", dateOfBirth: "1951-04-30", mrn: "LOCAL-9"))
        let result = try session.importFHIR(paths: [Self.path("synthea/Cody_Larson_c0b14001-6297-4537-ab1b-6bf1c193e880.json")], dryRun: false)
        #expect(result.created.isEmpty && result.updated.isEmpty)
        #expect(result.forAPersonToDecide.count == 1 && result.forAPersonToDecide[0].contains("same name and date of birth"))
        #expect(try session.patients().count == 1)
    }

    @Test func laterExportUpdatesWhatTheEHROwnsAndKeepsWhatTendOwns() throws {
        let f = try ServicesFixture()
        let session = try f.session(f.nurse)
        let dir = try TempDirectory("fhir-update").created()
        let file = dir.appending("Patient.ndjson")
        func write(_ lines: [String]) throws { try lines.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8) }
        let mr = #""identifier":[{"type":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/v2-0203","code":"MR"}]},"value":"M000001"}]"#
        let id = try f.patient(session)   // "Ramírez, José", MRN M000001, E11.9 + I10, care manager nurse
        let consented = try session.patient(id)
        try write([#"{"resourceType":"Patient","id":"x",\#(mr),"name":[{"family":"Ramírez","given":["José"]}],"birthDate":"1950-03-04","telecom":[{"system":"phone","value":"555-123-4567"}]}"#,
                   #"{"resourceType":"Condition","id":"c","clinicalStatus":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/condition-clinical","code":"active"}]},"code":{"coding":[{"system":"http://hl7.org/fhir/sid/icd-10-cm","code":"E11.9"}]},"subject":{"reference":"Patient/x"}}"#])
        let result = try session.importFHIR(paths: [file.path], dryRun: false)
        #expect(result.updated.count == 1)
        let after = try session.patient(id)
        #expect(after.phone?.rawValue == "555-123-4567")
        #expect(after.conditions.map(\.rawValue) == ["E11.9"])          // I10 no longer sent as active
        #expect(after.careManager == consented.careManager)
        #expect(after.billingPractitioner == consented.billingPractitioner)
        #expect(after.consents == consented.consents && after.plan == consented.plan && after.enrollment == consented.enrollment)
        let audit = try #require(try f.store.auditRecords().last)
        #expect(audit.action == AuditAction.patientImportFHIR.rawValue)
        #expect(audit.summary.contains("1 updated"))
    }
}
