/// A multi-line plain-text editing buffer: the state behind a care-plan element editor.
///
/// Pure and value-typed: no drawing, no terminal. Text is kept as logical lines of grapheme
/// clusters, so CJK, emoji and combining sequences move and delete as one character. Rows are
/// soft-wrapped by display width (`layout(width:)`); up, down, Home, End and the page keys work
/// on those rows at the width last given to `setLayoutWidth(_:)`.
///
/// Everything that enters the buffer is sanitised: ESC, C0 controls (except the line break),
/// DEL, C1 controls, bidi controls and byte-order marks are dropped, tabs become spaces and any
/// line break becomes `\n`. Input beyond `maxLength` characters is refused.
public struct TextEditor: Sendable, Equatable {
    /// The text as a list of logical lines (never empty), each an array of grapheme clusters.
    var lines: [[Character]]
    /// The cursor, always inside the text.
    var position: TextPosition
    /// The display column up/down/page moves aim for, kept across consecutive vertical moves.
    var preferredColumn: Int?
    /// Snapshots to return to, oldest first.
    var undoStack: [EditorSnapshot] = []
    /// Snapshots undone, most recently undone last.
    var redoStack: [EditorSnapshot] = []
    /// The kind of the edit group still open (consecutive typing or deleting extends it).
    var openGroup: EditGroup?
    /// The text the editor was created with (sanitised), for `isModified`.
    let initialText: String

    /// The most characters (grapheme clusters, line breaks included) the text may hold. Input
    /// past it is refused; a longer initial text is kept whole.
    public var maxLength: Int = 8000
    /// The width up/down, Home/End and the page keys lay rows out at (see `setLayoutWidth(_:)`).
    public private(set) var layoutWidth: Int = 80
    /// How many rows Page Up and Page Down move (see `setPageHeight(_:)`).
    public private(set) var pageHeight: Int = 10
    /// The most undo steps kept.
    public static let undoLimit = 200

    /// Where the cursor starts in a new editor.
    public enum Opening: Sendable {
        /// Before the first character.
        case atStart
        /// After the last character, where a user adding to a text (or to a restored draft)
        /// types next.
        case atEnd
    }

    /// Creates an editor holding `text` (sanitised), with the cursor at its end unless
    /// `opening` says otherwise.
    public init(text: String, cursor opening: Opening = .atEnd) {
        let clean = EditorInput.clean(text)
        lines = EditorInput.lines(of: clean)
        initialText = clean
        switch opening {
        case .atStart: position = .start
        case .atEnd: position = TextPosition(line: lines.count - 1, column: lines[lines.count - 1].count)
        }
    }

    /// The whole text, lines joined with `\n`. Setting it replaces everything as one undoable
    /// edit (sanitised, not limited by `maxLength`) and keeps the cursor where it still fits.
    public var text: String {
        get { lines.map { String($0) }.joined(separator: "\n") }
        set {
            let replacement = EditorInput.lines(of: EditorInput.clean(newValue))
            guard replacement != lines else { return }
            beginGroup(nil)
            lines = replacement
            position = clamped(position)
        }
    }

    /// The logical lines of the text.
    public var lineTexts: [String] { lines.map { String($0) } }

    /// How many characters the text holds, line breaks included.
    public var characterCount: Int { lines.reduce(lines.count - 1) { $0 + $1.count } }

    /// Whether the text differs from the text the editor was created with.
    public var isModified: Bool { text != initialText }

    /// Whether `undo()` has something to undo.
    public var canUndo: Bool { !undoStack.isEmpty }

    /// Whether `redo()` has something to redo.
    public var canRedo: Bool { !redoStack.isEmpty }

    /// The cursor: a logical line and a grapheme column. Setting it clamps into the text and
    /// ends the edit group in progress.
    public var cursor: TextPosition {
        get { position }
        set {
            position = clamped(newValue)
            preferredColumn = nil
            openGroup = nil
        }
    }

    /// Remembers the width rows are laid out at for up/down, Home/End and the page keys.
    public mutating func setLayoutWidth(_ width: Int) {
        if width != layoutWidth { preferredColumn = nil }
        layoutWidth = max(1, width)
    }

    /// Remembers how many rows a page is for Page Up and Page Down (at least 1).
    public mutating func setPageHeight(_ height: Int) {
        pageHeight = max(1, height)
    }

    /// `position` moved inside the text.
    func clamped(_ position: TextPosition) -> TextPosition {
        let line = min(max(0, position.line), lines.count - 1)
        return TextPosition(line: line, column: min(max(0, position.column), lines[line].count))
    }
}
