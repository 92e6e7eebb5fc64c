/// Splits one logical line into rows of at most `width` display columns, keeping grapheme offsets.
///
/// Breaks at spaces and between wide (CJK) characters; spaces at a break stay at the end of the
/// row they follow (hanging past the edge if need be), so every grapheme belongs to exactly one
/// row. A word wider than the row is broken by columns, never inside a grapheme and never
/// splitting a wide character. A character wider than the whole width sits alone on its row.
enum SoftWrap {
    /// The rows of `line`, as half-open grapheme ranges; an empty line gives one empty range.
    static func ranges(of line: [Character], width: Int) -> [Range<Int>] {
        let width = max(1, width)
        guard !line.isEmpty else { return [0..<0] }
        var rows: [Range<Int>] = []
        var rowStart = 0
        var used = 0
        var full = false // spaces overflowed: the next word starts a new row
        func breakRow(at index: Int) {
            if index > rowStart { rows.append(rowStart..<index) }
            rowStart = index
            used = 0
            full = false
        }
        var index = 0
        while index < line.count {
            if line[index] == " " {
                if !full && used < width { used += 1 } else { full = true }
                index += 1
                continue
            }
            let (end, wordWidth) = word(line, from: index)
            if !full && used + wordWidth <= width {
                used += wordWidth
                index = end
                continue
            }
            if full || used > 0 { breakRow(at: index) }
            if wordWidth <= width {
                used = wordWidth
            } else {
                for offset in index..<end {
                    let characterWidth = DisplayWidth.width(of: line[offset])
                    if used > 0 && used + characterWidth > width { breakRow(at: offset) }
                    used += characterWidth
                }
            }
            index = end
        }
        rows.append(rowStart..<line.count)
        return rows
    }

    /// The end and display width of the unbreakable piece starting at `start`: one wide
    /// character, or a run of narrow non-space characters.
    private static func word(_ line: [Character], from start: Int) -> (end: Int, width: Int) {
        let first = DisplayWidth.width(of: line[start])
        if first == 2 { return (start + 1, 2) }
        var end = start + 1
        var width = first
        while end < line.count, line[end] != " " {
            let characterWidth = DisplayWidth.width(of: line[end])
            if characterWidth == 2 { break }
            width += characterWidth
            end += 1
        }
        return (end, width)
    }

    /// The characters of `range` that fit in `width` columns, from its start.
    static func visibleText(_ line: [Character], _ range: Range<Int>, width: Int) -> String {
        var text = ""
        var used = 0
        for character in line[range] {
            let characterWidth = DisplayWidth.width(of: character)
            if used + characterWidth > width { break }
            used += characterWidth
            text.append(character)
        }
        return text
    }
}
