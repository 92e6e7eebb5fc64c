import CNcurses
import TendTerminal

/// Teaches ncurses the key sequences a terminfo entry lacks (see `KnownKeySequences`), with
/// `key_defined` to leave the entry's own bindings alone and `define_key` to add the rest.
enum CursesKeyDefinitions {
    /// The first of the codes tend binds for keys that have no ncurses code: `privateKeys[i]`
    /// is bound to `firstPrivateCode + i`. ncurses keeps key codes in 16 bits and numbers the
    /// extended keys of an entry (xterm's kUP5 and so on) from `KEY_MAX + 1` up, far below this.
    static let firstPrivateCode: Int32 = 0x4000

    /// The keys behind the private codes: `nil` (a key that is recognised and ignored), then the
    /// characters of the numeric keypad in application mode.
    static let privateKeys: [Key?] = [nil] + "0123456789*+,-./=".map { Key.char($0) }

    /// The key for a private code: `.some(nil)` for an ignored key, `nil` when `code` is not private.
    static func key(forPrivateCode code: Int32) -> Key?? {
        let index = Int(code - firstPrivateCode)
        guard code >= firstPrivateCode, index < privateKeys.count else { return nil }
        return .some(privateKeys[index])
    }

    /// The code to bind for `meaning`: ncurses' own code for a named key, a private one otherwise.
    static func code(for meaning: KnownKeySequences.Meaning) -> Int32? {
        switch meaning {
        case .ignored:
            return firstPrivateCode
        case .key(let key):
            if let index = privateKeys.firstIndex(of: key) { return firstPrivateCode + Int32(index) }
            return CursesKeys.functionCodes.first { $0.key == key }?.code
        }
    }

    /// Whether a keypad character replaces the entry's binding: vt100 names its keypad digits
    /// kf0 and kf5-kf10 (it has no such function keys), but a nurse typing a number on the keypad means the digit.
    static func keypadCharacterWins(_ meaning: KnownKeySequences.Meaning, over current: Key) -> Bool {
        guard case .key(.char) = meaning, case .function = current else { return false }
        return true
    }

    /// Binds, on the current screen, every known sequence that its terminfo entry does not bind
    /// to a key tend uses. Needs keypad mode to take effect.
    static func defineMissing() {
        for (bytes, meaning) in KnownKeySequences.all {
            guard let wanted = code(for: meaning) else { continue }
            let existing = key_defined(bytes)
            if existing > 0 {
                // Keep the entry's binding when it means something (kf13 for Shift-F1, say);
                // replace it when it decodes to nothing tend uses (vt100's ka1 for keypad 1)
                // or names a keypad digit a function key (vt100's kf5 for keypad 4).
                if meaning == .ignored { continue }
                if let current = CursesKeys.key(forCode: existing), !Self.keypadCharacterWins(meaning, over: current) { continue }
                define_key(bytes, 0)
            }
            define_key(bytes, wanted)
        }
    }
}

extension CursesKeyDefinitions {
    /// The terminfo key capabilities tend reads, with their keys.
    static let terminfoCapabilities: [(name: String, key: Key)] = [
        ("kcbt", .backTab), ("kcuu1", .up), ("kcud1", .down), ("kcub1", .left), ("kcuf1", .right),
        ("khome", .home), ("kend", .end), ("kdch1", .delete), ("kpp", .pageUp), ("knp", .pageDown),
    ] + (1...12).map { ("kf\($0)", Key.function($0)) }

    /// The sequences the current screen's terminfo entry gives for `terminfoCapabilities` (those
    /// it defines), for tests that feed each entry's own bytes.
    static func terminfoSequences() -> [(bytes: String, key: Key)] {
        terminfoCapabilities.compactMap { capability in
            guard let value = tigetstr(capability.name), Int(bitPattern: value) > 0 else { return nil }
            return (String(cString: value), capability.key)
        }
    }
}

extension CursesKeyDefinitions {
    /// The key the current screen binds `bytes` to (`nil` when unbound or unused), for tests.
    static func boundKey(for bytes: String) -> Key? {
        let code = key_defined(bytes)
        return code > 0 ? CursesKeys.key(forCode: code) : nil
    }
}
