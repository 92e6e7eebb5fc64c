import Foundation
import Testing
@testable import TendFHIR
import TendDomain

@Suite("FHIR mapping")
struct FHIRMappingTests {
    static func batch(_ urls: [URL]) throws -> FHIRImportBatch {
        var mapped: [MappedResource] = []
        for url in urls {
            mapped += try FHIRFixtures.read(url).items.map { FHIRFixtures.mapper.map($0, file: url.lastPathComponent) }
        }
        return FHIRImportBatch(mapped)
    }

    static var usCore: [URL] {
        ["Patient", "Practitioner", "Coverage", "Condition", "Encounter"].map { FHIRFixtures.url("uscore/export/\($0).ndjson") }
    }

    @Test func syntheaPatientsIdentifiersProblemsAndVisits() throws {
        let batch = try Self.batch(FHIRFixtures.synthea)
        #expect(batch.patients.count == 3)
        let cody = try #require(batch.patients.first { $0.patient.name?.family == "Larson" })
        #expect(cody.patient.name == (try PersonName(family: "Larson", given: "Cody")))
        #expect(cody.patient.dateOfBirth == (try LocalDate.parse("1951-04-30")))
        #expect(cody.patient.mrn == "c0b14001-6297-4537-ab1b-6bf1c193e880")
        #expect(cody.mbi == nil)
        #expect(cody.patient.phone?.rawValue == "555-256-8188")
        #expect(cody.patient.language == "English")
        #expect(cody.icd10.isEmpty)
        #expect(cody.snomed.map(\.rawValue) == ["162864005", "53741008", "55822004"])
        #expect(cody.visits.count >= 20)
        #expect(cody.visits.allSatisfy { $0.kind == .em })
        #expect(cody.stays.isEmpty)
        let frank = try #require(batch.patients.first { $0.patient.name?.family == "McDermott" })
        #expect(frank.problemsSent)
        #expect(frank.snomed.isEmpty && frank.icd10.isEmpty)
        #expect(batch.conditionsNotCounted["clinical status resolved"] != nil)
        #expect(batch.ignoredEncounters["encounter class EMER is not an office, home or telehealth visit"] == 1)
        #expect(batch.unlinked.isEmpty)
    }

    @Test func syntheaEligibilityThroughTheSNOMEDTable() throws {
        let table = try ChronicConditionTable.bundled()
        let batch = try Self.batch(FHIRFixtures.synthea)
        func eligibility(_ family: String) -> EligibilityResult {
            let p = batch.patients.first { $0.patient.name?.family == family }!
            return Eligibility.evaluate(p.icd10, snomed: p.snomed, table: table)
        }
        let cody = eligibility("Larson")
        #expect(cody.isEligible)
        #expect(cody.categories.map(\.category.id) == ["hyperlipidemia", "ischemic-heart-disease"])
        #expect(cody.snomedNotOnChronicList?.map(\.rawValue) == ["162864005"])
        let cruz = eligibility("Halvorson")
        #expect(cruz.isEligible)
        #expect(Set(cruz.categories.map(\.category.id)) == ["atrial-fibrillation", "copd", "ischemic-heart-disease"])
        #expect(!eligibility("McDermott").isEligible)
    }

    @Test func syntheaPractitionerNPIsFailTheirCheckAndAreReported() throws {
        let url = FHIRFixtures.synthea.first { $0.lastPathComponent.hasPrefix("Cruz") }!
        let practitioners = try FHIRFixtures.read(url).items.compactMap { item -> MappedPractitioner? in
            if case .practitioner(let p) = FHIRFixtures.mapper.map(item, file: "x") { return p }
            return nil
        }
        #expect(!practitioners.isEmpty)
        #expect(practitioners.allSatisfy { $0.npi == nil && $0.notes.first?.contains("NPI") == true })
    }

    @Test func usCoreExportFieldByField() throws {
        let batch = try Self.batch(Self.usCore)
        #expect(batch.patients.count == 3)
        let ada = try #require(batch.patients.first { $0.patient.mrn == "EHR-1001" })
        #expect(ada.patient.name == (try PersonName(family: "Okoye", given: "Adaeze N.")))   // official before usual
        #expect(ada.mbi?.rawValue == "1EG4TE5MK73")
        #expect(ada.patient.phone?.rawValue == "(555) 010-2000")                             // the old number skipped
        #expect(ada.patient.language == "Yoruba")
        #expect(ada.practitionerNPIs.map(\.rawValue) == ["1234567893"])
        #expect(ada.icd10.map(\.rawValue) == ["E11.9", "I10"])                               // ICD-10-CM wins over SNOMED in one Condition
        #expect(ada.snomed.isEmpty)
        #expect(ada.visits == [QualifyingVisit(date: try LocalDate.parse("2026-03-10"), kind: .em)])
        #expect(ada.stays == [
            MappedStay(kind: .hospital, admit: try LocalDate.parse("2026-10-02"), discharge: try LocalDate.parse("2026-10-06"), facility: "Riverside General"),
            MappedStay(kind: .snf, admit: try LocalDate.parse("2026-10-06"), discharge: try LocalDate.parse("2026-10-20"), facility: nil),
        ])
        let wilhelm = try #require(batch.patients.first { $0.patient.mrn == "EHR-1002" })
        #expect(wilhelm.patient.mbi == nil)
        #expect(wilhelm.mbi?.rawValue == "2EG4TE5MK74")                                      // from the Medicare Coverage
        #expect(wilhelm.notes.contains { $0.contains("MBI not stored") && $0.contains("123-NOT-MBI") })
        #expect(batch.practitionerNotes.count == 1 && batch.practitionerNotes[0].contains("Practitioner/dr-bad") && batch.practitionerNotes[0].contains("NPI not used"))
        #expect(wilhelm.practitionerNPIs.isEmpty)
        #expect(wilhelm.snomed.map(\.rawValue) == ["13645005", "162864005", "84114007"])
        #expect(wilhelm.visits.map(\.kind) == [.awv])
        let noah = try #require(batch.patients.first { $0.patient.name?.family == "Nobody" })
        #expect(noah.patient.unusable?.contains("no MRN") == true)
        #expect(batch.unlinked.count == 1 && batch.unlinked[0].reason.contains("Patient/unknown"))
        #expect(batch.conditionsNotCounted["clinical status resolved"] == 1)
        #expect(batch.conditionsNotCounted["verification status entered-in-error"] == 1)
        #expect(batch.conditionsNotCounted["abated"] == 1)
        #expect(batch.conditionsNotCounted.keys.contains { $0.hasPrefix("category social-history") })
        #expect(batch.ignoredEncounters["inpatient encounter in-progress: no discharge yet"] == 1)
    }

    @Test func anAbatementInTheFutureStillCounts() throws {
        var condition = FHIRCondition()
        condition.code = FHIRCodeableConcept(coding: [FHIRCoding(system: FHIRSystem.icd10CM, code: "E11.9")])
        condition.abatementDateTime = "2027-01-01"
        let mapped = FHIRFixtures.mapper.map(condition, source: FHIRSource(file: "f", line: 1, resource: "Condition/x"))
        #expect(mapped.notCounted == nil)
        condition.abatementDateTime = "2026-11-16"
        #expect(FHIRFixtures.mapper.map(condition, source: FHIRSource(file: "f", line: 1, resource: "Condition/x")).notCounted != nil)
    }

    @Test func aSubjectGivenByIdentifierLinksByMRNOrMBI() throws {
        let text = """
        {"resourceType":"Patient","id":"x","identifier":[{"type":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/v2-0203","code":"MR"}]},"value":"M7"},{"system":"http://hl7.org/fhir/sid/us-mbi","value":"1EG4TE5MK73"}],"name":[{"family":"Lee","given":["Ann"]}],"birthDate":"1950-01-01"}
        {"resourceType":"Condition","id":"a","code":{"coding":[{"system":"http://hl7.org/fhir/sid/icd-10-cm","code":"E11.9"}]},"subject":{"identifier":{"system":"urn:oid:1.2.3","value":"M7"}}}
        {"resourceType":"Condition","id":"b","code":{"coding":[{"system":"http://hl7.org/fhir/sid/icd-10-cm","code":"I10"}]},"subject":{"identifier":{"system":"http://hl7.org/fhir/sid/us-mbi","value":"1EG4-TE5-MK73"}}}
        {"resourceType":"Condition","id":"c","code":{"coding":[{"system":"http://hl7.org/fhir/sid/icd-10-cm","code":"J44.9"}]},"subject":{"identifier":{"value":"M8"}}}
        """
        let items = try FHIRFixtures.read(Data(text.utf8)).items
        let batch = FHIRImportBatch(items.map { FHIRFixtures.mapper.map($0, file: "f.ndjson") })
        #expect(batch.patients.count == 1)
        #expect(batch.patients[0].icd10.map(\.rawValue) == ["E11.9", "I10"])
        #expect(batch.unlinked.count == 1 && batch.unlinked[0].source.resource == "Condition/c")
    }

    @Test func referenceKeys() {
        #expect(FHIRReferenceKey.key("Patient/1") == "Patient/1")
        #expect(FHIRReferenceKey.key("https://ehr.example/fhir/Patient/1/_history/3") == "Patient/1")
        #expect(FHIRReferenceKey.key("urn:uuid:abc") == "urn:uuid:abc")
    }
}
