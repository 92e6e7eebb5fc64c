/// The symbols screens draw, in a UTF-8 set and an ASCII set for terminals without UTF-8.
///
/// No state is shown by colour alone: every state glyph is a visible symbol or word, and the two
/// sides of each state pair (check/cross, running/paused, filled/empty) differ in both sets.
public struct Glyphs: Sendable, Hashable {
    /// Horizontal border line.
    public var horizontal: String
    /// Vertical border line.
    public var vertical: String
    /// Top-left corner.
    public var topLeft: String
    /// Top-right corner.
    public var topRight: String
    /// Bottom-left corner.
    public var bottomLeft: String
    /// Bottom-right corner.
    public var bottomRight: String
    /// Filled part of a progress bar.
    public var barFilled: String
    /// Empty part of a progress bar.
    public var barEmpty: String
    /// Something done or present.
    public var check: String
    /// Something not done or missing.
    public var cross: String
    /// Points at the current item or a consequence.
    public var arrow: String
    /// Marks text that was cut.
    public var ellipsis: String
    /// A running timer.
    public var timerRunning: String
    /// A paused timer.
    public var timerPaused: String

    /// Box drawing and symbols from Unicode; every glyph is one column wide.
    public static let unicode = Glyphs(
        horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘",
        barFilled: "█", barEmpty: "░", check: "✓", cross: "✗", arrow: "→", ellipsis: "…",
        timerRunning: "●", timerPaused: "‖"
    )

    /// Plain ASCII for terminals and locales without UTF-8.
    public static let ascii = Glyphs(
        horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+",
        barFilled: "#", barEmpty: ".", check: "[x]", cross: "[ ]", arrow: "->", ellipsis: "~",
        timerRunning: "*", timerPaused: "="
    )

    /// The set for a terminal: `unicode` when `utf8` is true, else `ascii`.
    public static func forTerminal(utf8: Bool) -> Glyphs { utf8 ? unicode : ascii }

    /// Every glyph with its name, for checks and documentation.
    public var all: [(name: String, glyph: String)] {
        [
            ("horizontal", horizontal), ("vertical", vertical), ("topLeft", topLeft), ("topRight", topRight),
            ("bottomLeft", bottomLeft), ("bottomRight", bottomRight), ("barFilled", barFilled),
            ("barEmpty", barEmpty), ("check", check), ("cross", cross), ("arrow", arrow),
            ("ellipsis", ellipsis), ("timerRunning", timerRunning), ("timerPaused", timerPaused),
        ]
    }
}
