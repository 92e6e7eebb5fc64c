extension TextEditor {
    /// Applies a key press. Returns true when the key belongs to the editor (even if it changed
    /// nothing, e.g. Backspace at the start), false for keys it leaves to the caller: Tab,
    /// Shift+Tab, Esc, function keys, resize and the Ctrl keys not listed below.
    ///
    /// Characters insert (typing merges into one undo step); Enter breaks the line; Backspace
    /// and Delete delete a character; arrows move (up/down by row at `layoutWidth`, keeping the
    /// column); Home/End go to the row's start/end; Page Up/Down move `pageHeight` rows;
    /// Ctrl-A/Ctrl-E go to the line's start/end; Ctrl-U deletes to the line's start, Ctrl-K to
    /// its end, Ctrl-W the word before the cursor; Ctrl-Z undoes and Ctrl-Y redoes.
    @discardableResult
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .char(let character): _ = insert(String(character), group: .typing)
        case .enter: insertLineBreak()
        case .backspace: deleteBackward()
        case .delete: deleteForward()
        case .left: moveLeft()
        case .right: moveRight()
        case .up: moveRows(-1)
        case .down: moveRows(1)
        case .pageUp: moveRows(-pageHeight)
        case .pageDown: moveRows(pageHeight)
        case .home: moveToRowBoundary(toEnd: false)
        case .end: moveToRowBoundary(toEnd: true)
        case .ctrl(let letter): return handleControl(letter)
        case .tab, .backTab, .escape, .function, .resize: return false
        }
        return true
    }

    private mutating func handleControl(_ letter: Character) -> Bool {
        switch letter {
        case "a": moveToLineBoundary(toEnd: false)
        case "e": moveToLineBoundary(toEnd: true)
        case "u": deleteToLineStart()
        case "k": deleteToLineEnd()
        case "w": deleteWordBackward()
        case "z": undo()
        case "y": redo()
        default: return false
        }
        return true
    }
}
