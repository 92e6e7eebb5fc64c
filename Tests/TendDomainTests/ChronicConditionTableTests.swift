import Foundation
import Testing
import TendTestSupport
@testable import TendDomain

@Suite("Chronic-condition table")
struct ChronicConditionTableTests {
    @Test("bundled table maps the CCW categories", arguments: [
        ("E11.9", "diabetes"), ("E08.00", "diabetes"), ("E13.9", "diabetes"), ("I10", "hypertension"), ("I16.0", "hypertension"),
        ("N18.3", "ckd"), ("I50.9", "heart-failure"), ("I11.0", "heart-failure"), ("I11.9", "hypertension"),
        ("I13.0", "heart-failure"), ("I13.2", "heart-failure"), ("I13.10", "hypertension"), ("I25.10", "ischemic-heart-disease"),
        ("I20.9", "ischemic-heart-disease"), ("I48.91", "atrial-fibrillation"), ("J44.9", "copd"), ("J41.0", "copd"),
        ("J47.9", "copd"), ("J45.909", "asthma"), ("F32.9", "depression"), ("F33.1", "depression"), ("F34.1", "depression"),
        ("F34.0", nil), ("G30.9", "alzheimers-dementia"), ("F03.90", "alzheimers-dementia"), ("G31.01", "alzheimers-dementia"),
        ("G31.2", nil), ("M05.79", "arthritis"), ("M17.11", "arthritis"), ("M81.0", "osteoporosis"), ("E78.5", "hyperlipidemia"),
        ("E03.9", "hypothyroidism"), ("I63.9", "stroke-tia"), ("G45.9", "stroke-tia"), ("C50.911", "cancer-breast"),
        ("C18.9", "cancer-colorectal"), ("C20", "cancer-colorectal"), ("C61", "cancer-prostate"), ("C34.90", "cancer-lung"),
        ("C54.1", "cancer-endometrial"), ("D50.9", "anemia"), ("D64.9", "anemia"), ("H40.11X0", "glaucoma"),
        ("H25.9", "cataract"), ("H26.9", "cataract"), ("N40.0", "bph"), ("B20", "hiv"), ("G20", "parkinsons"),
        ("F20.9", "schizophrenia"), ("F31.9", "bipolar"), ("F41.1", "anxiety"), ("E66.9", "obesity"), ("K74.60", "liver-disease"),
        ("K70.30", "liver-disease"), ("G40.909", "epilepsy"), ("G35", "multiple-sclerosis"), ("I73.9", "peripheral-vascular-disease"),
        ("Z00.00", nil), ("J06.9", nil), ("S72.001A", nil),
    ] as [(String, String?)])
    func bundledMapping(code: String, category: String?) throws {
        let table = try ChronicConditionTable.bundled()
        #expect(table.category(for: Fixtures.code(code))?.id == category)
    }

    @Test func longestPrefixWins() throws {
        let table = try ChronicConditionTable(tsv: "prefix\tcategory\tlabel\nI11\thtn\tHypertension\nI11.0\thf\tHeart failure\nI11.01\tx\tX\n")
        #expect(table.category(for: Fixtures.code("I11.9"))?.id == "htn")
        #expect(table.category(for: Fixtures.code("I11.0"))?.id == "hf")
        #expect(table.category(for: Fixtures.code("I11.01"))?.id == "x")
        #expect(table.category(for: Fixtures.code("I12.0")) == nil)
    }

    @Test("malformed tables name the line", arguments: [
        ("prefix\tcategory\tlabel\nE11\tdiabetes\n", "chronic-condition table line 2: expected 3 tab-separated columns (prefix, category, label), found 2"),
        ("# comment\n\nprefix\tcategory\tlabel\nE11\tdiabetes\tDiabetes\n1E1\tx\tX\n", "chronic-condition table line 5: '1E1' is not an ICD-10-CM code prefix (like E11 or I13.0)"),
        ("prefix\tcategory\tlabel\nE11\td\tDiabetes\nE11\td\tDiabetes\n", "chronic-condition table line 3: prefix 'E11' is listed twice"),
        ("prefix\tcategory\tlabel\nE11\td\tDiabetes\nE10\td\tSugar\n", "chronic-condition table line 3: category 'd' already has the label 'Diabetes'"),
        ("code\tcategory\tlabel\n", "chronic-condition table line 1: expected the header 'prefix<TAB>category<TAB>label'"),
        ("prefix\tcategory\tlabel\nE11\t\tDiabetes\n", "chronic-condition table line 2: category and label must not be empty"),
        ("# only comments\n", "chronic-condition table has no header row"),
    ])
    func malformed(tsv: String, message: String) {
        #expect(throws: DomainError(message)) { try ChronicConditionTable(tsv: tsv) }
    }

    @Test func bundledTableHasHeaderCommentAndManyCategories() throws {
        let text = try BundledData.text(named: "chronic-conditions.tsv")
        #expect(text.contains("Chronic Conditions Warehouse"))
        #expect(text.contains("clinical judgment applies"))
        #expect(try ChronicConditionTable.bundled().categories.count >= 30)
    }
}
