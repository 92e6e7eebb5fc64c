/// A colour in a theme: the terminal's own default, or an index into the 256-colour palette.
///
/// Indexes 0–7 are the basic colours, 8–15 their bright variants, 16–255 the xterm palette.
public enum ThemeColor: Sendable, Hashable {
    /// The terminal's own foreground or background.
    case terminalDefault
    /// A palette index, 0–255.
    case index(UInt8)

    /// Basic colour names in palette order (index 0–7); `bright-` adds 8.
    public static let basicNames = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

    /// Reads a colour name: `default`, a basic name, `bright-<name>` (or `bright<name>`),
    /// `gray`/`grey` (bright black), or a number 0–255 (optionally written `color<n>`).
    public init?(name raw: String) {
        let name = raw.lowercased()
        if name == "default" {
            self = .terminalDefault
            return
        }
        if name == "gray" || name == "grey" {
            self = .index(8)
            return
        }
        if let basic = Self.basicNames.firstIndex(of: name) {
            self = .index(UInt8(basic))
            return
        }
        for prefix in ["bright-", "bright"] where name.hasPrefix(prefix) {
            if let basic = Self.basicNames.firstIndex(of: String(name.dropFirst(prefix.count))) {
                self = .index(UInt8(basic + 8))
                return
            }
        }
        let digits = name.hasPrefix("color") ? String(name.dropFirst(5)) : name
        if !digits.isEmpty, digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber),
           digits.count <= 3, let number = Int(digits), number <= 255 {
            self = .index(UInt8(number))
            return
        }
        return nil
    }

    /// The canonical name: `default`, a basic name, `bright-<name>`, or the number.
    public var name: String {
        switch self {
        case .terminalDefault: return "default"
        case .index(let value) where value < 8: return Self.basicNames[Int(value)]
        case .index(let value) where value < 16: return "bright-" + Self.basicNames[Int(value) - 8]
        case .index(let value): return String(value)
        }
    }
}
