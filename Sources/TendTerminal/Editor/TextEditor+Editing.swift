extension TextEditor {
    /// Inserts `text` at the cursor as one undoable edit (a paste), after sanitising it (see
    /// the type's documentation). Only as many characters as `maxLength` still allows go in.
    /// Returns false when nothing was inserted.
    @discardableResult
    public mutating func insert(_ text: String) -> Bool {
        insert(text, group: nil)
    }

    /// Inserts sanitised `text` at the cursor as part of `group`; false when nothing fits.
    mutating func insert(_ text: String, group: EditGroup?) -> Bool {
        let room = maxLength - characterCount
        guard room > 0 else { return false }
        let clean = String(EditorInput.clean(text).prefix(room))
        guard !clean.isEmpty else { return false }
        beginGroup(group)
        let line = lines[position.line]
        let before = String(line[..<position.column])
        let after = String(line[position.column...])
        var pieces = EditorInput.lines(of: clean)
        let lastPiece = String(pieces.removeLast())
        if pieces.isEmpty {
            let joined = before + lastPiece
            lines[position.line] = Array(joined + after)
            position.column = min(joined.count, lines[position.line].count)
        } else {
            var replacement = [Array(before + String(pieces.removeFirst()))] + pieces
            replacement.append(Array(lastPiece + after))
            lines.replaceSubrange(position.line...position.line, with: replacement)
            position.line += replacement.count - 1
            position.column = min(lastPiece.count, lines[position.line].count)
        }
        return true
    }

    /// Deletes the character before the cursor, joining with the previous line at a line's start.
    mutating func deleteBackward() {
        if position.column > 0 {
            beginGroup(.deleteBackward)
            removeInLine(from: position.column - 1, to: position.column)
        } else if position.line > 0 {
            beginGroup(.deleteBackward)
            joinWithPrevious()
        }
    }

    /// Deletes the character after the cursor, joining the next line at a line's end.
    mutating func deleteForward() {
        if position.column < lines[position.line].count {
            beginGroup(.deleteForward)
            removeInLine(from: position.column, to: position.column + 1)
        } else if position.line + 1 < lines.count {
            beginGroup(.deleteForward)
            position.line += 1
            position.column = 0
            joinWithPrevious()
        }
    }

    /// Deletes from the start of the line to the cursor.
    mutating func deleteToLineStart() {
        guard position.column > 0 else { return }
        beginGroup(nil)
        removeInLine(from: 0, to: position.column)
    }

    /// Deletes from the cursor to the end of the line.
    mutating func deleteToLineEnd() {
        guard position.column < lines[position.line].count else { return }
        beginGroup(nil)
        removeInLine(from: position.column, to: lines[position.line].count)
    }

    /// Deletes the word before the cursor and the spaces after it; at a line's start, joins
    /// with the previous line.
    mutating func deleteWordBackward() {
        guard position.column > 0 else {
            if position.line > 0 {
                beginGroup(nil)
                joinWithPrevious()
            }
            return
        }
        let line = lines[position.line]
        var start = position.column
        while start > 0, line[start - 1] == " " { start -= 1 }
        while start > 0, line[start - 1] != " " { start -= 1 }
        beginGroup(nil)
        removeInLine(from: start, to: position.column)
    }

    /// Inserts a line break at the cursor as an edit of its own.
    mutating func insertLineBreak() {
        _ = insert("\n", group: nil)
        openGroup = nil
    }

    /// Removes graphemes `start..<end` of the cursor's line and puts the cursor at `start`,
    /// re-forming grapheme clusters that the removal brings together.
    private mutating func removeInLine(from start: Int, to end: Int) {
        let line = lines[position.line]
        let before = String(line[..<start])
        lines[position.line] = Array(before + String(line[end...]))
        position.column = min(before.count, lines[position.line].count)
    }

    /// Joins the cursor's line onto the previous one, the cursor at the join.
    private mutating func joinWithPrevious() {
        let before = String(lines[position.line - 1])
        let joined = Array(before + String(lines[position.line]))
        lines.replaceSubrange(position.line - 1...position.line, with: [joined])
        position.line -= 1
        position.column = min(before.count, joined.count)
    }
}
