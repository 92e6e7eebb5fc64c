import Foundation

/// A SNOMED CT concept id such as `53741008` (6 to 18 digits, no leading zero), as EHRs code
/// problems and encounter types. tend stores it as written and maps it to a chronic-condition
/// category through the bundled table (`Data/snomed-ct.tsv`); it never guesses one.
public struct SNOMEDCode: ValidatedString {
    /// The digits.
    public let rawValue: String

    /// Validates a concept id (surrounding whitespace ignored).
    public init(validating text: String) throws {
        let digits = text.trimmingCharacters(in: .whitespaces)
        guard (6...18).contains(digits.count), digits.allSatisfy({ $0.isASCII && $0.isNumber }),
              digits.first != "0" else {
            throw DomainError("'\(text)' is not a SNOMED CT concept id (6 to 18 digits, no leading zero)")
        }
        rawValue = digits
    }
}
