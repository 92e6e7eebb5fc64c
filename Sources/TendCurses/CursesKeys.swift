import CNcurses
import TendTerminal

/// Maps ncurses input to `Key`, and back for tests that inject input.
enum CursesKeys {
    /// Function-key codes (`wget_wch` returned `KEY_CODE_YES`) and their keys.
    static let functionCodes: [(code: Int32, key: Key)] = {
        var table: [(Int32, Key)] = [
            (KEY_UP, .up), (KEY_DOWN, .down), (KEY_LEFT, .left), (KEY_RIGHT, .right),
            (KEY_HOME, .home), (KEY_END, .end), (KEY_PPAGE, .pageUp), (KEY_NPAGE, .pageDown),
            (KEY_ENTER, .enter), (KEY_BTAB, .backTab), (KEY_BACKSPACE, .backspace),
            (KEY_DC, .delete), (KEY_RESIZE, .resize),
            (KEY_FIND, .home), (KEY_SELECT, .end),
        ]
        for number in 1...63 {
            table.append((tend_key_f(Int32(number)), .function(number)))
        }
        return table
    }()

    /// The key for a function-key code, or `nil` for codes the workstation does not use.
    static func key(forCode code: Int32) -> Key? {
        if let privateKey = CursesKeyDefinitions.key(forPrivateCode: code) { return privateKey }
        return functionCodes.first { $0.code == code }?.key
    }

    /// The key for a character (`wget_wch` returned `OK`), normalising Enter, Backspace, Tab,
    /// Esc and Ctrl combinations; `nil` for C1 and bidirectional controls.
    static func key(forCharacter value: UInt32) -> Key? {
        if value < 0x20 || value == 0x7F { return Key(controlByte: value) }
        guard let scalar = Unicode.Scalar(value), !(0x80...0x9F).contains(value),
              !Sanitizer.isBidiControl(scalar) else { return nil }
        return .char(Character(scalar))
    }

    /// What ncurses input produces `key`: a function-key code or a character, for injection.
    static func input(for key: Key) -> (isCode: Bool, value: UInt32)? {
        switch key {
        case .char(let character):
            guard character.unicodeScalars.count == 1, let scalar = character.unicodeScalars.first else { return nil }
            return (false, scalar.value)
        case .ctrl(let character):
            guard let ascii = character.asciiValue else { return nil }
            if character == " " { return (false, 0) }
            return (false, UInt32(ascii & 0x1F))
        case .tab: return (false, 9)
        case .escape: return (false, 27)
        case .enter: return (false, 13)
        case .backspace: return (false, 127)
        default:
            guard let code = functionCodes.first(where: { $0.key == key })?.code else { return nil }
            return (true, UInt32(code))
        }
    }
}
