/// One row of soft-wrapped text as laid out at some width.
public struct VisualLine: Sendable, Hashable {
    /// What to draw: the row's characters that fit the width (spaces hanging past the right
    /// edge at a soft break are left out).
    public var text: String
    /// The logical line this row belongs to.
    public var lineIndex: Int
    /// Grapheme offset in the logical line of the row's first character.
    public var startColumn: Int
    /// How many graphemes of the logical line the row covers (hanging spaces included).
    public var length: Int
    /// Whether this is the last row of its logical line.
    public var endsLine: Bool

    /// Creates a row.
    public init(text: String, lineIndex: Int, startColumn: Int, length: Int, endsLine: Bool) {
        self.text = text
        self.lineIndex = lineIndex
        self.startColumn = startColumn
        self.length = length
        self.endsLine = endsLine
    }

    /// Grapheme offset just past the row's last character.
    public var endColumn: Int { startColumn + length }

    /// Whether the cursor at `column` of this row's logical line is drawn on this row: from the
    /// row's start up to (not including) its end, or up to and including the end on the last row.
    public func holds(column: Int) -> Bool {
        column >= startColumn && (column < endColumn || (endsLine && column == endColumn))
    }
}
