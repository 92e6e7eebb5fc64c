import Foundation
import Testing
@testable import TendDomain

/// The byte-level shortcuts for values as the store holds them must accept only text that the
/// full checks would return unchanged, and trimming must match Foundation's.
@Suite struct CanonicalFastPathTests {
    /// Deterministic pseudo-random strings over `alphabet`.
    static func strings(_ alphabet: [String], count: Int, length: ClosedRange<Int>, seed: UInt64) -> [String] {
        var state = seed
        func next() -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(truncatingIfNeeded: state >> 33)
        }
        return (0..<count).map { _ in
            let n = length.lowerBound + next() % (length.count)
            return (0..<n).map { _ in alphabet[next() % alphabet.count] }.joined()
        }
    }

    @Test func phoneShortcutAgreesWithTheFullCheck() {
        let alphabet = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", " ", "+", "-", "(", ")", ".", "\t", "x", "٣", "\u{A0}", "\u{1B}"]
        var canonical = 0
        for text in Self.strings(alphabet, count: 20_000, length: 5...22, seed: 1) + ["555-1234", " 555-1234", "555-1234 ", "5551234\t"] {
            let full = try? PhoneNumber.normalized(text)
            if PhoneNumber.isCanonical(text) {
                canonical += 1
                #expect(full == text, "\(text.debugDescription)")
            }
            if let full { #expect(PhoneNumber.isCanonical(full), "\(full.debugDescription) from \(text.debugDescription)") }
            #expect((try? PhoneNumber(validating: text))?.rawValue == full)
        }
        #expect(canonical > 100)
    }

    @Test func mbiShortcutAgreesWithTheFullCheck() {
        let alphabet = ["1", "0", "9", "A", "E", "K", "S", "Z", "e", "k", "-", " ", "Ä", "١"]
        var canonical = 0
        let generated = Self.strings(alphabet, count: 40_000, length: 10...13, seed: 2)
        for text in generated + ["1EG4TE5MK73", "1eg4te5mk73", "1EG4-TE5-MK73", "1EG4TE5MK7٣"] {
            let full = try? MBI.normalized(text)
            if MBI.isCanonical(text) {
                canonical += 1
                #expect(full == text, "\(text.debugDescription)")
            }
            if let full { #expect(MBI.isCanonical(full), "\(full.debugDescription) from \(text.debugDescription)") }
            #expect((try? MBI(validating: text))?.rawValue == full)
        }
        #expect(canonical > 0)
    }

    @Test func trimmingMatchesFoundation() {
        let alphabet = ["a", "É", " ", "\t", "\n", "\r\n", "\u{A0}", "\u{3000}", "\u{2009}", "\u{85}", "\u{301}", "漢", "-"]
        for text in Self.strings(alphabet, count: 5_000, length: 0...6, seed: 3) + ["", " ", "a", " a ", "\u{3000}a"] {
            #expect(TextValidation.trimmingWhitespace(text) == text.trimmingCharacters(in: .whitespaces), "\(text.debugDescription)")
            let blank = text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
            #expect((try? TextValidation.checkRequiredText(text, field: "f", maxLength: 100, allowNewlines: true)) == nil ? true : !blank,
                    "\(text.debugDescription)")
            if blank { #expect(throws: DomainError("f must not be empty")) { try TextValidation.checkRequiredText(text, field: "f", maxLength: 100, allowNewlines: true) } }
        }
        #expect((try? PersonName(family: " Lee\u{3000}", given: "\tAnn ")) == (try? PersonName(family: "Lee", given: "Ann")))
    }
}
