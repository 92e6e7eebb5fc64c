/// A key press, independent of the terminal backend that produced it.
///
/// Backends normalise: Enter arrives as `.enter` (never `.char("\r")`), Backspace as
/// `.backspace`, Tab as `.tab`, Esc as `.escape`, and Ctrl+letter as `.ctrl` with a lowercase letter.
public enum Key: Sendable, Hashable {
    /// A printable character (including space).
    case char(Character)
    /// Cursor up.
    case up
    /// Cursor down.
    case down
    /// Cursor left.
    case left
    /// Cursor right.
    case right
    /// Home.
    case home
    /// End.
    case end
    /// Page Up.
    case pageUp
    /// Page Down.
    case pageDown
    /// Enter or Return.
    case enter
    /// Tab.
    case tab
    /// Shift+Tab.
    case backTab
    /// Backspace.
    case backspace
    /// Delete (forward).
    case delete
    /// Escape.
    case escape
    /// Ctrl with a lowercase letter, or one of `space @ [ \ ] ^ _`.
    case ctrl(Character)
    /// A function key F1…F63.
    case function(Int)
    /// The terminal changed size.
    case resize
}

extension Key {
    /// The key for a control byte (0–31 or 127) as a terminal sends it, normalised.
    ///
    /// `\r`, `\n` → enter; 8, 127 → backspace; 9 → tab; 27 → escape; 0 → ctrl-space;
    /// 1…26 → ctrl-a…ctrl-z; 28…31 → ctrl-\ ] ^ _. Returns `nil` for other values.
    public init?(controlByte value: UInt32) {
        switch value {
        case 0x0D, 0x0A: self = .enter
        case 0x08, 0x7F: self = .backspace
        case 0x09: self = .tab
        case 0x1B: self = .escape
        case 0x00: self = .ctrl(" ")
        case 0x01...0x1A: self = .ctrl(Character(Unicode.Scalar(UInt8(0x60 + value))))
        case 0x1C...0x1F: self = .ctrl(Character(Unicode.Scalar(UInt8(0x40 + value))))
        default: return nil
        }
    }
}
