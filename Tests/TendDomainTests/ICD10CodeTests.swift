import Foundation
import Testing
@testable import TendDomain

@Suite("ICD-10-CM codes")
struct ICD10CodeTests {
    @Test("valid codes normalise", arguments: [
        ("E11.9", "E11.9"), ("e11.65", "E11.65"), ("E1165", "E11.65"), ("I10", "I10"), ("M1A.0710", "M1A.0710"),
        ("S72001A", "S72.001A"), (" z00.00 ", "Z00.00"), ("U07.1", "U07.1"),
    ])
    func valid(input: String, expected: String) throws {
        #expect(try ICD10Code(validating: input).rawValue == expected)
    }

    @Test("invalid codes", arguments: ["E1", "11.9", "EE1.9", "E11.", "E11.12345", "E11..9", "E11-9", "", "E1.19", "É11.9", "E11.9!"])
    func invalid(input: String) {
        #expect(throws: DomainError.self) { try ICD10Code(validating: input) }
    }

    @Test func messageNamesInput() {
        #expect {
            try ICD10Code(validating: "E11.")
        } throws: { error in
            (error as? DomainError)?.message.hasPrefix("'E11.' is not a valid ICD-10-CM code") == true
        }
    }

    @Test func categoryAndOrdering() throws {
        let code = try ICD10Code(validating: "E11.65")
        #expect(code.category3 == "E11")
        #expect(code.compact == "E1165")
        #expect(try ICD10Code(validating: "E11.65") < ICD10Code(validating: "I10"))
        let data = try JSONEncoder().encode([code])
        #expect(String(decoding: data, as: UTF8.self) == #"["E11.65"]"#)
    }
}
