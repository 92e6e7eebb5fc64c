/// What the editor returns to on undo: the text and the cursor before an edit group.
struct EditorSnapshot: Sendable, Equatable {
    var lines: [[Character]]
    var position: TextPosition
}

/// Kinds of edits that merge with the same kind right before them into one undo step.
enum EditGroup: Sendable, Equatable {
    /// Consecutive typed characters.
    case typing
    /// Consecutive Backspace presses.
    case deleteBackward
    /// Consecutive Delete presses.
    case deleteForward
}

extension TextEditor {
    /// Undoes the last edit group (consecutive typing, consecutive Backspace or Delete presses,
    /// or one other edit). Returns false when there is nothing to undo.
    @discardableResult
    public mutating func undo() -> Bool {
        guard let snapshot = undoStack.popLast() else { return false }
        redoStack.append(self.snapshot)
        restore(snapshot)
        return true
    }

    /// Redoes the last undone edit group. Returns false when there is nothing to redo.
    /// Any new edit after an undo discards what could be redone.
    @discardableResult
    public mutating func redo() -> Bool {
        guard let snapshot = redoStack.popLast() else { return false }
        undoStack.append(self.snapshot)
        restore(snapshot)
        return true
    }

    /// Starts an edit of `kind`: a new undo step unless it continues the open group of the same
    /// kind (`nil` always starts a step of its own and closes the group).
    mutating func beginGroup(_ kind: EditGroup?) {
        preferredColumn = nil
        if let kind, openGroup == kind { return }
        undoStack.append(snapshot)
        if undoStack.count > Self.undoLimit { undoStack.removeFirst(undoStack.count - Self.undoLimit) }
        redoStack.removeAll()
        openGroup = kind
    }

    private var snapshot: EditorSnapshot { EditorSnapshot(lines: lines, position: position) }

    private mutating func restore(_ snapshot: EditorSnapshot) {
        lines = snapshot.lines
        position = clamped(snapshot.position)
        preferredColumn = nil
        openGroup = nil
    }
}
