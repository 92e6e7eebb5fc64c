extension DisplayWidth {
    /// Word-wraps `string` into lines of at most `width` columns.
    ///
    /// Newlines in the input start new lines (an empty input gives one empty line). Lines break
    /// at spaces and between wide (CJK) characters; the spaces at a break are dropped, leading
    /// spaces of a paragraph are kept. A word longer than `width` is broken hard by columns,
    /// never inside a grapheme cluster. A character wider than `width` is dropped.
    public static func wrap(_ string: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in string.split(separator: "\n", omittingEmptySubsequences: false) {
            lines.append(contentsOf: wrapParagraph(paragraph, width: width))
        }
        return lines
    }

    /// One unbreakable piece of a paragraph: a run of spaces, a word, or a single wide character.
    private struct Token {
        var text: Substring
        var width: Int
        var isSpace: Bool
    }

    private static func tokens(of paragraph: Substring) -> [Token] {
        var tokens: [Token] = []
        var start = paragraph.startIndex
        var width = 0
        var kind: Int? = nil // 0 space, 1 word
        func flush(upTo end: Substring.Index) {
            if let kind, start < end {
                tokens.append(Token(text: paragraph[start..<end], width: width, isSpace: kind == 0))
            }
            start = end
            width = 0
        }
        var index = paragraph.startIndex
        while index < paragraph.endIndex {
            let character = paragraph[index]
            let characterWidth = self.width(of: character)
            if character == " " {
                if kind != 0 { flush(upTo: index); kind = 0 }
            } else if characterWidth == 2 {
                flush(upTo: index)
                kind = 1
                let next = paragraph.index(after: index)
                width = 2
                flush(upTo: next)
                kind = nil
                index = next
                continue
            } else if kind != 1 {
                flush(upTo: index)
                kind = 1
            }
            width += characterWidth
            index = paragraph.index(after: index)
        }
        flush(upTo: paragraph.endIndex)
        return tokens
    }

    private static func wrapParagraph(_ paragraph: Substring, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        var lineWidth = 0
        func emit() {
            while line.last == " " { line.removeLast() }
            lines.append(line)
            line = ""
            lineWidth = 0
        }
        for token in tokens(of: paragraph) {
            if lineWidth + token.width <= width {
                line += token.text
                lineWidth += token.width
            } else if token.isSpace {
                if lineWidth > 0 { emit() }
            } else if token.width <= width {
                emit()
                line += token.text
                lineWidth = token.width
            } else {
                if lineWidth > 0 { emit() }
                for character in token.text {
                    let pieceWidth = self.width(of: character)
                    if pieceWidth > width { continue }
                    if lineWidth + pieceWidth > width { emit() }
                    line.append(character)
                    lineWidth += pieceWidth
                }
            }
        }
        if !line.isEmpty || lines.isEmpty { emit() }
        return lines
    }
}
