import TendTerminal

/// The byte sequences common terminals send for the keys the workstation uses, whether or not a
/// terminfo entry names them.
///
/// terminfo entries are incomplete: vt100, vt220 and linux have no `kcbt` (Shift-Tab, `ESC [ Z`),
/// vt100 has no Home, End, Delete or PgUp/PgDn, and every entry names only one of the cursor
/// modes (`ESC [ A` or, in keypad mode, `ESC O A`) although a terminal or multiplexer may send
/// either. Without a definition ncurses reads such a key as a bare Esc followed by letters, which
/// closes a dialog and types the rest. `CursesKeyDefinitions` binds each sequence here that the
/// entry lacks.
enum KnownKeySequences {
    /// What a sequence means: a key, or a key the workstation does not use and ignores (a
    /// modified arrow or function key, Insert) instead of reading it as Esc plus letters.
    enum Meaning: Hashable {
        case key(Key)
        case ignored
    }

    /// Every known sequence with its meaning, in a stable order.
    static let all: [(bytes: String, meaning: Meaning)] = {
        var table: [(String, Meaning)] = []
        func add(_ bytes: String, _ key: Key) { table.append((bytes, .key(key))) }
        let csi = "\u{1B}[", ss3 = "\u{1B}O"
        // Cursor keys in normal (CSI) and application (SS3) mode.
        for (final, key) in [("A", Key.up), ("B", .down), ("C", .right), ("D", .left), ("H", .home), ("F", .end)] {
            add(csi + final, key)
            add(ss3 + final, key)
        }
        // The editing keypad, VT220 and rxvt numbering.
        add(csi + "1~", .home)
        add(csi + "7~", .home)
        add(csi + "4~", .end)
        add(csi + "8~", .end)
        add(csi + "3~", .delete)
        add(csi + "5~", .pageUp)
        add(csi + "6~", .pageDown)
        table.append((csi + "2~", .ignored))
        add(csi + "Z", .backTab)
        // Function keys: SS3 P-S (xterm, vt100), CSI 11-14 ~ (rxvt, old xterm), CSI [ A-E (linux).
        for (index, final) in ["P", "Q", "R", "S"].enumerated() { add(ss3 + final, .function(index + 1)) }
        for number in 1...4 { add(csi + "1\(number)~", .function(number)) }
        for (index, final) in ["A", "B", "C", "D", "E"].enumerated() { add(csi + "[" + final, .function(index + 1)) }
        for (number, code) in functionKeyNumbers { add(csi + "\(code)~", .function(number)) }
        // The numeric keypad in application mode (DECKPAM, which keypad mode turns on).
        add(ss3 + "M", .enter)
        for (final, character) in zip("pqrstuvwxyjklmnoX", "0123456789*+,-./=") {
            add(ss3 + String(final), .char(character))
        }
        // Keys with Shift, Alt or Ctrl (xterm's CSI 1;m X and CSI n;m ~) are not used: ignore them.
        for modifier in 2...8 {
            for final in ["A", "B", "C", "D", "H", "F", "P", "Q", "R", "S"] {
                table.append((csi + "1;\(modifier)" + final, .ignored))
            }
            for code in [2, 3, 5, 6] + functionKeyNumbers.map(\.code) {
                table.append((csi + "\(code);\(modifier)~", .ignored))
            }
        }
        return table
    }()

    /// F5-F12 as `CSI n ~` (the numbers skip 16 and 22).
    static let functionKeyNumbers: [(number: Int, code: Int)] = [
        (5, 15), (6, 17), (7, 18), (8, 19), (9, 20), (10, 21), (11, 23), (12, 24),
    ]
}
