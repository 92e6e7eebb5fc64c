import Testing
import TendTerminal

@Suite("Theme parser")
struct ThemeParserTests {
    @Test("Parses colours, backgrounds, attributes, comments and blank lines")
    func parses() throws {
        let text = """
        # comment
          # an indented comment
        selection = black on cyan, bold

        dim = bright-black
        border = on 24
        lock-screen = reverse, underline
        normal = none
        \ttitle\t=\tgray , DIM
        """
        let theme = try ThemeParser.parse(text, name: "t")
        #expect(theme.styles.count == 6)
        #expect(theme.style(for: .selection) == RoleStyle(foreground: .index(0), background: .index(6), attributes: .bold))
        #expect(theme.style(for: .dim) == RoleStyle(foreground: .index(8)))
        #expect(theme.style(for: .border) == RoleStyle(background: .index(24)))
        #expect(theme.style(for: .lockScreen) == RoleStyle(attributes: [.reverse, .underline]))
        #expect(theme.style(for: .title) == RoleStyle(foreground: .index(8), attributes: .dim))
        #expect(theme.style(for: .badgeOK) == theme.style(for: .normal))
    }

    @Test("CRLF files parse")
    func crlf() throws {
        let theme = try ThemeParser.parse("normal = none\r\nselection = reverse\r\n", name: "t")
        #expect(theme.style(for: .selection).attributes == .reverse)
    }

    @Test("Errors carry the line number and name the problem", arguments: [
        ("normal = none\nselecton = reverse", 2, "unknown role 'selecton'"),
        ("\n\nselection = blu on cyan", 3, "unknown colour 'blu'"),
        ("selection reverse", 1, "expected 'role = style'"),
        ("normal = none\n# x\nnormal = bold", 3, "set twice"),
        ("dim = ", 1, "missing style"),
        ("dim = red, blinking", 1, "unknown attribute 'blinking'"),
        ("dim = red on", 1, "one colour after 'on'"),
        ("dim = 256", 1, "unknown colour '256'"),
        ("dim = none, bold", 1, "'none' cannot be combined"),
        ("dim = red green", 1, "expected 'FOREGROUND on BACKGROUND'"),
        ("dim = bold,,", 1, "empty item"),
        ("selection = reverse   # trailing comment", 1, "'#' starts a comment only at the start of a line"),
    ])
    func errors(text: String, line: Int, fragment: String) {
        do {
            _ = try ThemeParser.parse(text, name: "t")
            Issue.record("expected an error for \(text)")
        } catch {
            #expect(error.line == line)
            #expect(error.message.contains(fragment), "\(error.message)")
            #expect(error.description.hasPrefix("line \(line): "))
        }
    }

    @Test("A theme's file text parses back to the same theme")
    func roundTrip() throws {
        for theme in [BuiltinThemes.default, BuiltinThemes.monochrome] {
            #expect(try ThemeParser.parse(theme.fileText, name: theme.name) == theme)
        }
    }

    @Test("Colour names and numbers", arguments: [
        ("default", ThemeColor.terminalDefault), ("red", .index(1)), ("WHITE", .index(7)),
        ("bright-red", .index(9)), ("brightwhite", .index(15)), ("grey", .index(8)),
        ("0", .index(0)), ("255", .index(255)), ("color123", .index(123)),
    ])
    func colorNames(name: String, color: ThemeColor) {
        #expect(ThemeColor(name: name) == color)
        #expect(ThemeColor(name: color.name) == color)
    }

    @Test("Invalid colour names", arguments: ["", "256", "-1", "bright-default", "0x10", "1000", "２"])
    func badColors(name: String) {
        #expect(ThemeColor(name: name) == nil)
    }
}
