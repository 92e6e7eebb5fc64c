/// Where padding goes when text is narrower than its field.
public enum TextAlignment: Sendable, Hashable {
    /// Text at the left, spaces after it.
    case left
    /// Text at the right, spaces before it.
    case right
    /// Text centred; an odd extra column goes after it.
    case center
}
