import Foundation

/// Makes any stored string safe to draw on a terminal.
///
/// Removes ESC, NUL, every other C0 control, DEL, C1 controls (U+0080–U+009F, including the
/// one-byte CSI U+009B) and bidirectional controls; turns tabs into spaces; handles line breaks
/// (`\r\n`, `\r`, `\n`, U+2028, U+2029) according to `newlines`; caps the length before any
/// width work, and caps runaway combining sequences inside one grapheme cluster.
public struct Sanitizer: Sendable, Hashable {
    /// What to do with a line break.
    public enum NewlinePolicy: Sendable, Hashable {
        /// Replace each line break with one space (single-line fields).
        case space
        /// Drop line breaks.
        case remove
        /// Keep line breaks as `\n` (multi-line text, wrapped by the caller).
        case keep
    }

    /// What happens to line breaks.
    public var newlines: NewlinePolicy
    /// The most characters (grapheme clusters) kept; the rest is cut.
    public var maxCharacters: Int
    /// The most Unicode scalars kept in one grapheme cluster (ZWJ emoji need up to ~10).
    public var maxScalarsPerCharacter: Int

    /// Creates a sanitizer.
    public init(newlines: NewlinePolicy = .space, maxCharacters: Int = 4_096, maxScalarsPerCharacter: Int = 16) {
        self.newlines = newlines
        self.maxCharacters = max(0, maxCharacters)
        self.maxScalarsPerCharacter = max(1, maxScalarsPerCharacter)
    }

    /// For one-line fields: line breaks become spaces.
    public static let singleLine = Sanitizer(newlines: .space)
    /// For multi-line text: line breaks are kept as `\n`.
    public static let multiLine = Sanitizer(newlines: .keep)

    /// Whether a scalar is a bidirectional formatting control (LRE…RLO, LRI…PDI, LRM, RLM, ALM).
    public static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: return true
        default: return false
        }
    }

    /// Returns `string` made safe to draw.
    public func sanitize(_ string: String) -> String {
        // Generous scalar budget: enough for maxCharacters full clusters, bounded for huge input.
        let scalarBudget = maxCharacters.multipliedReportingOverflow(by: maxScalarsPerCharacter).partialValue
        var scalars = String.UnicodeScalarView()
        var previousWasCR = false
        var taken = 0
        for scalar in string.unicodeScalars {
            if taken >= scalarBudget { break }
            taken += 1
            let value = scalar.value
            if value == 0x0A && previousWasCR {
                previousWasCR = false
                continue // second half of \r\n
            }
            previousWasCR = value == 0x0D
            switch value {
            case 0x0A, 0x0D, 0x0B, 0x0C, 0x85, 0x2028, 0x2029:
                switch newlines {
                case .space: scalars.append(" ")
                case .remove: break
                case .keep: scalars.append("\n")
                }
            case 0x09:
                scalars.append(" ")
            case 0x00..<0x20, 0x7F...0x9F:
                break
            default:
                if !Self.isBidiControl(scalar) { scalars.append(scalar) }
            }
        }
        return capped(String(scalars))
    }

    /// Decodes `data` as UTF-8, replacing invalid bytes and lone surrogates with U+FFFD, and sanitizes it.
    public func sanitize(_ data: Data) -> String {
        let byteBudget = maxCharacters.multipliedReportingOverflow(by: maxScalarsPerCharacter * 4).partialValue
        return sanitize(String(decoding: data.prefix(byteBudget), as: UTF8.self))
    }

    private func capped(_ string: String) -> String {
        var result = ""
        var count = 0
        for character in string {
            if count == maxCharacters { break }
            count += 1
            let scalars = character.unicodeScalars
            if scalars.count > maxScalarsPerCharacter {
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars.prefix(maxScalarsPerCharacter))
                result.append(contentsOf: String(view))
            } else {
                result.append(character)
            }
        }
        return result
    }
}
