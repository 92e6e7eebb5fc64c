/// A place in a multi-line text: a logical line and a grapheme-cluster column within it.
///
/// Column 0 is before the first character; a column equal to the line's character count is
/// after its last one.
public struct TextPosition: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Logical line index, from 0.
    public var line: Int
    /// Grapheme-cluster (Swift `Character`) offset within the line, from 0.
    public var column: Int

    /// Creates a position.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// The start of the text.
    public static let start = TextPosition(line: 0, column: 0)

    /// Orders by line, then column.
    public static func < (lhs: TextPosition, rhs: TextPosition) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }

    /// `line:column`, both from 0.
    public var description: String { "\(line):\(column)" }
}
