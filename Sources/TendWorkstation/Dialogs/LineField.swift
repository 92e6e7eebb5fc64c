import TendTerminal

/// A one-line text field: characters, a cursor, and the usual editing keys.
struct LineField: Sendable, Equatable {
    /// The text.
    var text: String
    /// The cursor, as a number of characters from the start.
    var cursor: Int
    /// The most characters accepted.
    var maxLength: Int
    /// The text is still the value the field was opened with (today's date, say), not typed.
    private var prefilled: Bool

    /// Creates a field with the cursor at the end.
    init(_ text: String = "", maxLength: Int = 500) {
        self.text = String(text.prefix(maxLength))
        self.cursor = self.text.count
        self.maxLength = maxLength
        self.prefilled = !self.text.isEmpty
    }

    /// Fields are equal by what they show: text, cursor and limit.
    static func == (lhs: LineField, rhs: LineField) -> Bool {
        lhs.text == rhs.text && lhs.cursor == rhs.cursor && lhs.maxLength == rhs.maxLength
    }

    /// Applies an editing key; returns false for keys a field does not use.
    mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .char(let character):
            guard DisplayWidth.width(of: character) > 0 else { return true }
            guard text.count < maxLength else {
                // A full field opened with a value (a date filled in as today) is typed over,
                // not silently kept: otherwise a date typed without Ctrl-U first was dropped and
                // Enter recorded the prefilled one.
                if prefilled && cursor == text.count {
                    text = String(character)
                    cursor = 1
                    prefilled = false
                }
                return true
            }
            let index = text.index(text.startIndex, offsetBy: cursor)
            text.insert(character, at: index)
            cursor += 1
            prefilled = false
        case .backspace:
            guard cursor > 0 else { return true }
            text.remove(at: text.index(text.startIndex, offsetBy: cursor - 1))
            cursor -= 1
            prefilled = false
        case .delete:
            guard cursor < text.count else { return true }
            text.remove(at: text.index(text.startIndex, offsetBy: cursor))
            prefilled = false
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(text.count, cursor + 1)
        case .home, .ctrl("a"): cursor = 0
        case .end, .ctrl("e"): cursor = text.count
        case .ctrl("u"):
            text.removeSubrange(text.startIndex..<text.index(text.startIndex, offsetBy: cursor))
            cursor = 0
            prefilled = false
        default:
            return false
        }
        return true
    }

    /// The visible part of the text in `width` columns, scrolled so the cursor shows, and the
    /// cursor's column within it.
    func visible(width: Int) -> (text: String, cursorColumn: Int) {
        guard width > 1 else { return ("", 0) }
        let characters = Array(text)
        var start = 0
        func columns(_ range: Range<Int>) -> Int { characters[range].reduce(0) { $0 + DisplayWidth.width(of: $1) } }
        while columns(start..<cursor) > width - 1 { start += 1 }
        var end = start
        var used = 0
        while end < characters.count, used + DisplayWidth.width(of: characters[end]) <= width {
            used += DisplayWidth.width(of: characters[end])
            end += 1
        }
        return (String(characters[start..<end]), columns(start..<cursor))
    }
}
