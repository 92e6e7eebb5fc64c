import Foundation
import Testing
@testable import TendDomain

@Suite("Medicare Beneficiary Identifier")
struct MBITests {
    @Test("valid MBIs normalise", arguments: [
        ("1EG4-TE5-MK73", "1EG4TE5MK73"), ("1eg4te5mk73", "1EG4TE5MK73"), ("1EG4 TE5 MK73", "1EG4TE5MK73"),
        ("9AA0AA0AA00", "9AA0AA0AA00"), ("2C34D56EF78", "2C34D56EF78"),
    ])
    func valid(input: String, normalised: String) throws {
        let mbi = try MBI(validating: input)
        #expect(mbi.rawValue == normalised)
        #expect(mbi.formatted.replacingOccurrences(of: "-", with: "") == normalised)
    }

    @Test("invalid MBIs", arguments: [
        "0EG4TE5MK73",  // position 1 zero
        "1SG4TE5MK73",  // position 2 excluded letter S
        "14G4TE5MK73",  // position 2 digit
        "1ES4TE5MK73",  // position 3 excluded letter
        "1EGATE5MK73",  // position 4 letter
        "1EG41E5MK73",  // position 5 digit
        "1EG4TB5MK73",  // position 6 excluded letter B
        "1EG4TEXMK73",  // position 7 letter
        "1EG4TE5ZK73",  // position 8 excluded letter Z
        "1EG4TE5MI73",  // position 9 excluded letter I
        "1EG4TE5MKA3",  // position 10 letter
        "1EG4TE5MK7L",  // position 11 letter
        "1EG4TE5MK7", "1EG4TE5MK733", "", "1EG4_TE5_MK73",
    ])
    func invalid(input: String) {
        #expect(throws: DomainError.self) { try MBI(validating: input) }
    }

    @Test func codable() throws {
        let data = try JSONEncoder().encode(try MBI(validating: "1eg4-te5-mk73"))
        #expect(String(decoding: data, as: UTF8.self) == #""1EG4TE5MK73""#)
    }
}
