import Foundation
import TendTerminal

/// Draws text, boxes and bars into a cell grid; every string is sanitised and cut by display
/// width (`CellGrid.put` does both), with the glyph set's ellipsis marking a cut.
struct Painter {
    /// The grid drawn into.
    var grid: CellGrid
    /// Borders and state symbols.
    let glyphs: Glyphs

    /// Writes `text` at (`x`, `y`) in at most `width` columns; returns the columns used.
    @discardableResult
    mutating func text(_ text: String, x: Int, y: Int, width: Int, style: Style = .normal) -> Int {
        guard width > 0 else { return 0 }
        let shown = glyphs == .ascii ? Transliteration.ascii(Self.asciiPunctuation(text)) : text
        return grid.put(shown, x: x, y: y, style: style, maxWidth: width, ellipsis: glyphs.ellipsis)
    }

    /// Writes `text` in `rect`'s row `row` (relative), clipped to the rectangle.
    @discardableResult
    mutating func line(_ text: String, in rect: Rect, row: Int, style: Style = .normal, indent: Int = 0) -> Int {
        guard row >= 0, row < rect.height else { return 0 }
        return self.text(text, x: rect.x + indent, y: rect.y + row, width: rect.width - indent, style: style)
    }

    /// Fills a row of `rect` with a style (for selection bars).
    mutating func highlight(_ rect: Rect, row: Int, style: Style) {
        guard row >= 0, row < rect.height else { return }
        grid.fill(Rect(x: rect.x, y: rect.y + row, width: rect.width, height: 1), with: " ", style: style)
    }

    /// Draws a border around `rect` with a title; a focused box marks its title with the arrow
    /// glyph and reverse video (never by colour alone). Returns the inside.
    @discardableResult
    mutating func box(_ rect: Rect, title: String, focused: Bool = false, style: Style = Style(.border)) -> Rect {
        guard rect.width >= 2, rect.height >= 2 else { return Rect(x: rect.x, y: rect.y, width: 0, height: 0) }
        let right = rect.x + rect.width - 1
        let bottom = rect.y + rect.height - 1
        for x in (rect.x + 1)..<right {
            grid.put(glyphs.horizontal, x: x, y: rect.y, style: style)
            grid.put(glyphs.horizontal, x: x, y: bottom, style: style)
        }
        for y in (rect.y + 1)..<bottom {
            grid.put(glyphs.vertical, x: rect.x, y: y, style: style)
            grid.put(glyphs.vertical, x: right, y: y, style: style)
        }
        grid.put(glyphs.topLeft, x: rect.x, y: rect.y, style: style)
        grid.put(glyphs.topRight, x: right, y: rect.y, style: style)
        grid.put(glyphs.bottomLeft, x: rect.x, y: bottom, style: style)
        grid.put(glyphs.bottomRight, x: right, y: bottom, style: style)
        // A title naming a patient keeps the date of birth (and MRN) when it must be cut.
        let fitted = PatientLabel.fit(title, width: rect.width - 4 - (focused ? DisplayWidth.width(of: glyphs.arrow) : 0),
                                      ellipsis: glyphs.ellipsis)
        let label = focused ? "\(glyphs.arrow) \(fitted) " : " \(fitted) "
        let titleStyle = focused ? Style(.title, attributes: .reverse) : Style(.title)
        text(label, x: rect.x + 1, y: rect.y, width: rect.width - 2, style: titleStyle)
        return rect.inset(by: 1)
    }

    /// A progress bar of `width` cells, filled in proportion to `value` of `total`.
    mutating func bar(x: Int, y: Int, width: Int, value: Int, total: Int) {
        guard width > 0 else { return }
        let filled = total <= 0 ? width : min(width, max(0, value) * width / total)
        for column in 0..<width {
            let isFilled = column < filled
            grid.put(isFilled ? glyphs.barFilled : glyphs.barEmpty, x: x + column, y: y,
                     style: Style(isFilled ? .barFilled : .barEmpty))
        }
    }

    /// The screens' own non-ASCII punctuation replaced for terminals without UTF-8 (Latin
    /// letters are then spelled in ASCII by `Transliteration`, never drawn as '?').
    static func asciiPunctuation(_ text: String) -> String {
        guard !text.allSatisfy(\.isASCII) else { return text }
        return text.replacingOccurrences(of: "\u{00B7}", with: "-").replacingOccurrences(of: "\u{2502}", with: "|")
            .replacingOccurrences(of: "\u{00D7}", with: "x")
            .replacingOccurrences(of: "\u{2191}", with: "^").replacingOccurrences(of: "\u{2193}", with: "v")
    }

    /// A check or cross glyph for a yes/no state.
    func mark(_ yes: Bool) -> String { yes ? glyphs.check : glyphs.cross }
}
