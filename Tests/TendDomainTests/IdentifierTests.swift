import Foundation
import Testing
@testable import TendDomain

@Suite("Record identifiers")
struct IdentifierTests {
    @Test("patient ids", arguments: [("P7K3X9Q2", "P7K3X9Q2"), ("p7k3x9q2", "P7K3X9Q2"), (" P0000000 ", "P0000000")])
    func validPatientIDs(input: String, expected: String) throws {
        #expect(try PatientID.validate(input).rawValue == expected)
    }

    @Test("bad patient ids", arguments: ["P7K3X9Q", "P7K3X9Q2Z", "X7K3X9Q2", "P7K3X9QI", "P7K3X9QL", "P7K3X9QO", "P7K3X9QU", "", "P7K3-9Q2"])
    func invalidPatientIDs(input: String) {
        #expect(throws: DomainError.self) { try PatientID.validate(input) }
    }

    @Test func patientIDMessageNamesInput() {
        #expect {
            try PatientID.validate("nope")
        } throws: { error in
            (error as? DomainError)?.message.contains("'nope' is not a valid patient id") == true
        }
    }

    @Test func randomIDsAreValidAndVary() throws {
        var generator = SystemRandomNumberGenerator()
        let ids = (0..<200).map { _ in PatientID.random(using: &generator) }
        for id in ids { #expect(try PatientID.validate(id.rawValue) == id) }
        #expect(Set(ids).count > 190)
        let entry = EntryID.random(using: &generator)
        #expect(entry.rawValue.count == 11)
        #expect(try EntryID.validate(entry.rawValue.lowercased()) == entry)
    }

    @Test("entry ids", arguments: ["T0123456789", "tabcdefghjk"])
    func validEntryIDs(input: String) throws {
        #expect(try EntryID.validate(input).rawValue == input.uppercased())
    }

    @Test("bad entry ids", arguments: ["T012345678", "T01234567890", "P0123456789", "T012345678I"])
    func invalidEntryIDs(input: String) {
        #expect(throws: DomainError.self) { try EntryID.validate(input) }
    }

    @Test func codableAsPlainString() throws {
        let id = try PatientID.validate("P7K3X9Q2")
        let data = try JSONEncoder().encode([id])
        #expect(String(decoding: data, as: UTF8.self) == #"["P7K3X9Q2"]"#)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([PatientID].self, from: Data(#"["bad"]"#.utf8)) }
        #expect(try PatientID.validate("P0000001") < PatientID.validate("P0000002"))
    }

    @Test func entryIDsKeepTheirLetterMessageAndPlainStringForm() throws {
        var generator = SystemRandomNumberGenerator()
        #expect(EntryID.random(using: &generator).rawValue.first == "T")
        #expect(PatientID.random(using: &generator).rawValue.count == 8)
        #expect {
            try EntryID.validate("P7K3X9Q2")
        } throws: { error in
            (error as? DomainError)?.message == "'P7K3X9Q2' is not a valid time entry id (T followed by 10 characters of 0-9 and A-Z without I, L, O, U)"
        }
        let id = try EntryID.validate("t0123456789")
        #expect(String(decoding: try JSONEncoder().encode([id]), as: UTF8.self) == #"["T0123456789"]"#)
        #expect(try JSONDecoder().decode([EntryID].self, from: Data(#"["T0123456789"]"#.utf8)) == [id])
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([EntryID].self, from: Data(#"["P7K3X9Q2"]"#.utf8)) }
    }
}
