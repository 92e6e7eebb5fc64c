import Foundation
import Testing

/// `tend patient import` reads CSV as RFC 4180 defines it, and refuses a malformed file naming
/// the line, with nothing imported.
@Suite(.serialized) struct ImportCSVCLITests {
    func importing(_ s: StoreFixture, _ bytes: Data, _ extra: String...) throws -> TendProcess.Result {
        let file = try s.scratchFile("import.csv", bytes)
        return try s.tend(arguments: ["patient", "import", file.path] + extra)
    }

    @Test func aSpreadsheetExportWithBOMCRLFAndQuotedFieldsImports() throws {
        let s = try StoreFixture.initialized()
        let text = "\u{FEFF}name,dob,mrn,call_window\r\n\"García, Inés\",1948-05-06,C1,\"mon,wed 9-12\"\r\n\"O'Neil, \"\"Pat\"\"\",1950-01-01,C2,\r\n"
        let r = try importing(s, Data(text.utf8))
        #expect(r.status == 0, "\(r.stderr)")
        let patients = try s.json("patient", "list", "--format", "json") as! [[String: Any]]
        #expect(Set(patients.compactMap { $0["name"] as? String }) == ["García, Inés", "O'Neil, \"Pat\""])
    }

    @Test func textAfterAClosingQuoteRefusesTheFileNamingTheLine() throws {
        let s = try StoreFixture.initialized()
        let r = try importing(s, Data("name,dob\n\"Lee, Ann\",1950-01-01\n\"Brown, Charles\" Jr,1944-02-03\n".utf8), "--skip-invalid")
        #expect(r.status == 1)
        #expect(r.stderr.hasPrefix("tend: error: CSV line 3: text after the closing quote"), "\(r.stderr)")
        #expect((try s.json("patient", "list", "--format", "json") as! [Any]).isEmpty)
    }

    @Test func aBareCarriageReturnRefusesTheFileInsteadOfBeingDropped() throws {
        let s = try StoreFixture.initialized()
        let r = try importing(s, Data("name,dob\r\"Lee, Ann\",1950-01-01\r".utf8))
        #expect(r.status == 1)
        #expect(r.stderr.contains("CSV line 1: a carriage return (CR) not followed by a line feed"), "\(r.stderr)")
    }
}
