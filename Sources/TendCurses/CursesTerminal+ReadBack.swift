import CNcurses
import TendTerminal

/// One cell as ncurses holds it in its virtual screen.
struct CursesScreenCell: Hashable {
    /// The characters stored in the cell.
    var text: String
    /// The cell's attributes, as the four the workstation uses.
    var attributes: TextAttributes
    /// The cell's colour pair number.
    var pair: Int
}

extension CursesTerminal {
    /// The characters of row `y` of ncurses' virtual screen, read with `mvwin_wchnstr` (for tests).
    ///
    /// ncurses returns one entry per character, skipping the second column of wide characters,
    /// so the list has `size.width` entries with empty ones at the end when the row holds wide text.
    func readBackCells(row y: Int) -> [CursesScreenCell] {
        let count = size.width
        var buffer = [cchar_t](repeating: cchar_t(), count: count + 1)
        let status = mvwin_wchnstr(tend_stdscr(), Int32(y), 0, &buffer, Int32(count))
        guard status != ERR else { return [] }
        return buffer.prefix(count).map { cell in
            var cell = cell
            var characters = [wchar_t](repeating: 0, count: Int(CCHARW_MAX) + 1)
            var attributes: attr_t = 0
            var pair: Int16 = 0
            getcchar(&cell, &characters, &attributes, &pair, nil)
            let scalars = characters.prefix { $0 != 0 }.compactMap { Unicode.Scalar(UInt32(bitPattern: $0)) }
            var text = ""
            text.unicodeScalars.append(contentsOf: scalars)
            var decoded: TextAttributes = []
            for attribute in [TextAttributes.bold, .underline, .reverse, .dim]
            where attributes & CursesPalette.cursesAttributes(attribute) != 0 {
                decoded.insert(attribute)
            }
            return CursesScreenCell(text: text, attributes: decoded, pair: Int(pair))
        }
    }

    /// The text of row `y` of ncurses' virtual screen, read with `mvwinnwstr`, which
    /// leaves out the second column of wide characters (for tests).
    func readBackText(row y: Int) -> String {
        // The limit counts wchar_t, and a cell can hold a base character plus combining marks.
        let count = size.width * Int(CCHARW_MAX)
        var buffer = [wchar_t](repeating: 0, count: count + 1)
        let status = mvwinnwstr(tend_stdscr(), Int32(y), 0, &buffer, Int32(count))
        guard status != ERR else { return "" }
        var text = ""
        text.unicodeScalars.append(contentsOf: buffer.prefix { $0 != 0 }.compactMap { Unicode.Scalar(UInt32(bitPattern: $0)) })
        return text
    }

    /// Queues `keys` as if typed, through ncurses' own input queue (for tests).
    func injectKeys(_ keys: [Key]) {
        // ungetch and unget_wch push onto the front of the queue: push in reverse.
        for key in keys.reversed() {
            guard let input = CursesKeys.input(for: key) else { continue }
            if input.isCode {
                ungetch(Int32(bitPattern: input.value))
            } else {
                unget_wch(wchar_t(bitPattern: input.value))
            }
        }
    }

    /// The colour pair's foreground and background numbers (for tests).
    func pairColors(_ pair: Int) -> (foreground: Int, background: Int) {
        var foreground: Int16 = 0
        var background: Int16 = 0
        pair_content(Int16(pair), &foreground, &background)
        return (Int(foreground), Int(background))
    }
}
