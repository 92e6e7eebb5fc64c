import Foundation
import Testing
@testable import TendServices
import TendDomain
import TendStore
import TendTestSupport

/// Exporting a store and importing the export into a fresh store (`tend import fhir` of the
/// export's directory: it reads Patient and Condition and skips the rest) gives the same
/// patients, identifiers and eligibility.
@Suite struct FHIRRoundTripTests {
    /// What must survive the round trip, for one patient.
    struct Identity: Equatable, CustomStringConvertible {
        var name: String
        var dateOfBirth: LocalDate
        var mrn: String?
        var mbi: String?
        var phone: String?
        var language: String?
        var conditions: [String]
        var snomed: [String]
        var eligibility: EligibilityResult

        init(_ p: Patient, _ session: Session) {
            name = p.name.displayName
            dateOfBirth = p.dateOfBirth
            mrn = p.mrn
            mbi = p.mbi?.rawValue
            phone = p.phone?.rawValue
            language = p.language
            conditions = p.conditions.map(\.rawValue).sorted()
            snomed = (p.snomedProblems ?? []).map(\.rawValue).sorted()
            eligibility = session.eligibility(p)
        }

        var description: String { "\(name) \(dateOfBirth) mrn=\(mrn ?? "-") mbi=\(mbi ?? "-") \(conditions) \(snomed) eligible=\(eligibility.isEligible)" }
    }

    static func identities(_ session: Session) throws -> [Identity] {
        try session.patients().map { Identity($0, session) }.sorted { ($0.mrn ?? "", $0.name) < ($1.mrn ?? "", $1.name) }
    }

    @Test func patientsIdentifiersProblemsAndEligibilitySurviveExportThenImport() throws {
        let source = try ServicesFixture()
        try source.giveDoctorNPI()
        let nurse = try source.session(source.nurse)
        _ = try source.octoberPatient(minutes: 45)
        _ = try nurse.addPatient(PatientDraft(name: "O'Brien \"Zoë\", Ana\u{200F} María", dateOfBirth: "1944-02-29", mrn: "M-77",
                                              mbi: "1EG4TE5MK74", phone: "555-0142", conditions: ["I50.9"], language: "es"))
        _ = try nurse.addPatient(PatientDraft(name: "李, 小龍", dateOfBirth: "1940-11-27", mrn: "M-88", conditions: ["E11.9", "N18.3", "Z99.2"]))
        // Problems coded only in SNOMED CT (Synthea), imported from the EHR in the first place.
        _ = try nurse.importFHIR(paths: [FHIRImportTests.path("synthea")], dryRun: false)
        try source.session(source.boss).closeMonth(source.october)
        let out = TempDirectory("fhir-roundtrip")
        _ = try source.session(source.boss).exportFHIR(FHIRExportRequest(directory: out.path, mrnSystem: "urn:oid:1.2.3"))

        let fresh = try ServicesFixture()
        let imported = try fresh.session(fresh.nurse).importFHIR(paths: [out.path], dryRun: false)
        #expect(imported.files.allSatisfy { $0.refused == nil }, "\(imported.files.map { "\($0.path): \($0.refused ?? "")" })")
        #expect(imported.notImported.isEmpty && imported.forAPersonToDecide.isEmpty, "\(imported.notImported) \(imported.forAPersonToDecide)")
        let before = try Self.identities(nurse)
        let after = try Self.identities(fresh.session(fresh.nurse))
        #expect(before.count == 6)
        #expect(before == after)
        #expect(before.filter(\.eligibility.isEligible).count >= 3)

        // Importing the same export again changes nothing.
        let again = try fresh.session(fresh.nurse).importFHIR(paths: [out.path], dryRun: false)
        #expect(again.created.isEmpty && again.updated.isEmpty && again.unchanged == 6)
    }
}
