import Foundation
import Testing
@testable import TendDomain

@Suite("National Provider Identifier")
struct NPITests {
    @Test("valid NPIs", arguments: ["1234567893", "1245319599", "1003000126", " 1234567893 "])
    func valid(input: String) throws {
        #expect(try NPI(validating: input).rawValue == input.trimmingCharacters(in: .whitespaces))
    }

    @Test("wrong check digit", arguments: ["1234567890", "1234567891", "1234567892", "1234567894", "1245319598"])
    func wrongCheckDigit(input: String) {
        #expect(throws: DomainError("'\(input)' is not a valid NPI (check digit does not match)")) { try NPI(validating: input) }
    }

    @Test("wrong shape", arguments: ["123456789", "12345678933", "12345A7893", ""])
    func wrongShape(input: String) {
        #expect(throws: DomainError("'\(input)' is not a valid NPI (10 digits)")) { try NPI(validating: input) }
    }

    @Test func checkDigitMatchesCMSExample() {
        // CMS worked example: 123456789 -> check digit 3.
        #expect(NPI.checkDigit(forFirstNine: [1, 2, 3, 4, 5, 6, 7, 8, 9]) == 3)
    }
}
