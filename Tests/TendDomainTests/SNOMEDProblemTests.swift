import Foundation
import Testing
import TendDomain
import TendTestSupport

@Suite("SNOMED CT problems")
struct SNOMEDProblemTests {
    static let icdTable = "prefix\tcategory\tlabel\nE11\tdiabetes\tDiabetes\nI10\thypertension\tHypertension\n"

    @Test(arguments: ["53741008", " 44054006 ", "368581000119106"])
    func validConcepts(_ text: String) throws {
        #expect(try SNOMEDCode(validating: text).rawValue == text.trimmingCharacters(in: .whitespaces))
    }

    @Test(arguments: ["12345", "0123456", "5374100A", "1234567890123456789", ""])
    func invalidConcepts(_ text: String) {
        #expect(throws: DomainError.self) { try SNOMEDCode(validating: text) }
    }

    @Test func theBundledTableMapsTheSyntheaConceptsAndNotTheFindings() throws {
        let table = try ChronicConditionTable.bundled()
        func category(_ code: String) throws -> String? { table.category(for: try SNOMEDCode(validating: code))?.id }
        #expect(try category("53741008") == "ischemic-heart-disease")
        #expect(try category("55822004") == "hyperlipidemia")
        #expect(try category("49436004") == "atrial-fibrillation")
        #expect(try category("185086009") == "copd")
        #expect(try category("44054006") == "diabetes")
        #expect(try category("162864005") == nil)
        #expect(try category("195662009") == nil)
        // Every category of the SNOMED table is one of the ICD-10-CM table's (checked on load),
        // and the table covers most of them.
        #expect(Set(table.categoriesBySNOMED.values).count >= 40)
    }

    @Test func aSNOMEDRowWithAnUnknownCategoryOrTwiceIsRefusedNamingTheLine() {
        let unknown = "# comment\ncode\tcategory\tname\n44054006\tdiabetez\tDiabetes type 2\n"
        #expect(throws: DomainError("SNOMED CT table line 3: 'diabetez' is not a category of the ICD-10-CM table")) {
            try ChronicConditionTable(tsv: Self.icdTable, snomedTSV: unknown)
        }
        let twice = "code\tcategory\tname\n44054006\tdiabetes\tA\n44054006\tdiabetes\tB\n"
        #expect(throws: DomainError("SNOMED CT table line 3: 44054006 is listed twice")) {
            try ChronicConditionTable(tsv: Self.icdTable, snomedTSV: twice)
        }
        let badCode = "code\tcategory\tname\nE11\tdiabetes\tA\n"
        #expect(throws: DomainError.self) { try ChronicConditionTable(tsv: Self.icdTable, snomedTSV: badCode) }
    }

    @Test func eligibilityCountsSNOMEDAndICDTogetherAndReportsUnlistedConcepts() throws {
        let table = try ChronicConditionTable(tsv: Self.icdTable, snomedTSV: "code\tcategory\tname\n38341003\thypertension\tHypertensive disorder\n")
        let result = Eligibility.evaluate([Fixtures.code("E11.9")], snomed: [try SNOMEDCode(validating: "38341003"), try SNOMEDCode(validating: "162864005")], table: table)
        #expect(result.isEligible)
        #expect(result.categories.map(\.category.id) == ["diabetes", "hypertension"])
        #expect(result.categories[1].snomedCodes?.map(\.rawValue) == ["38341003"])
        #expect(result.snomedNotOnChronicList?.map(\.rawValue) == ["162864005"])
        #expect(result.reasons.contains("SNOMED 162864005: not on the chronic list (does not count)"))
        let icdOnly = Eligibility.evaluate([Fixtures.code("E11.9")], table: table)
        #expect(!icdOnly.isEligible)
        #expect(icdOnly.snomedNotOnChronicList == nil)
    }

    @Test func aPatientRecordWithoutSNOMEDProblemsReadsAndWritesAsBefore() throws {
        var patient = Fixtures.readyPatient()
        patient.snomedProblems = nil
        let json = try JSONEncoder().encode(patient)
        #expect(!String(decoding: json, as: UTF8.self).contains("snomedProblems"))
        #expect(try JSONDecoder().decode(Patient.self, from: json) == patient)
        patient.snomedProblems = [try SNOMEDCode(validating: "53741008")]
        #expect(try JSONDecoder().decode(Patient.self, from: JSONEncoder().encode(patient)) == patient)
        #expect(Eligibility.evaluate(patient, table: try ChronicConditionTable.bundled()).categories.contains { $0.snomedCodes != nil })
    }

    @Test func theVisitCodeTable() throws {
        let table = try VisitCodeTable.bundled()
        #expect(table.meaning(of: "99214", in: .cpt) == .visit(.em))
        #expect(table.meaning(of: "g0439", in: .hcpcs) == .visit(.awv))
        #expect(table.meaning(of: "G0402", in: .hcpcs) == .visit(.ippe))
        #expect(table.meaning(of: "SNF", in: .v3RoleCode) == .snfStay)
        #expect(table.meaning(of: "99284", in: .cpt) == nil)
        #expect(throws: DomainError.self) { try VisitCodeTable(tsv: "system\tcode\tkind\tname\ncpt\t99213\tXX\tbad\n") }
    }
}
