import Testing
import TendTerminal

@Suite("Key names")
struct KeyNameTests {
    @Test("Config-file names parse to keys", arguments: [
        ("j", Key.char("j")), ("G", .char("G")), ("?", .char("?")), ("space", .char(" ")),
        ("ctrl-c", .ctrl("c")), ("C-x", .ctrl("x")), ("Ctrl+A", .ctrl("a")), ("ctrl-space", .ctrl(" ")),
        ("enter", .enter), ("Return", .enter), ("f1", .function(1)), ("F12", .function(12)),
        ("pgdn", .pageDown), ("PageUp", .pageUp), ("S-tab", .backTab), ("shift-tab", .backTab),
        ("esc", .escape), ("backspace", .backspace), ("del", .delete), ("home", .home), ("é", .char("é")),
    ])
    func parses(name: String, key: Key) throws {
        #expect(try Key(name: name) == key)
    }

    @Test("Every key's canonical name parses back to the same key")
    func roundTrip() throws {
        var keys: [Key] = [
            .up, .down, .left, .right, .home, .end, .pageUp, .pageDown, .enter, .tab, .backTab,
            .backspace, .delete, .escape, .resize, .char(" "), .char("-"), .char("中"), .ctrl(" "), .ctrl("\\"),
        ]
        keys += (1...63).map(Key.function)
        keys += "abcdefghijklmnopqrstuvwxyz".map(Key.ctrl)
        keys += "azAZ09!@#~".map(Key.char)
        for key in keys {
            #expect(try Key(name: key.name) == key, "\(key.name)")
        }
        #expect(Key.ctrl("c").name == "ctrl-c")
        #expect(Key.pageDown.name == "pgdn")
        #expect(Key.backTab.name == "S-tab")
        #expect(Key.function(1).name == "f1")
    }

    @Test("Unknown names give an error that quotes the name", arguments: [
        "", "ctrl-", "ctrl-f1", "ctl-c", "f0", "f64", "pgdown2", "\u{7}", "jj", "\u{202E}",
    ])
    func rejects(name: String) {
        #expect(throws: KeyNameError.self) { try Key(name: name) }
        do {
            _ = try Key(name: name)
        } catch {
            #expect(error.description.contains("unknown key name '\(Sanitizer.singleLine.sanitize(name))'"))
            #expect(!error.description.unicodeScalars.contains { $0.value < 0x20 || Sanitizer.isBidiControl($0) })
        }
    }

    @Test("Control bytes normalise Enter, Backspace, Tab, Esc and Ctrl letters")
    func controlBytes() {
        #expect(Key(controlByte: 13) == .enter)
        #expect(Key(controlByte: 10) == .enter)
        #expect(Key(controlByte: 127) == .backspace)
        #expect(Key(controlByte: 8) == .backspace)
        #expect(Key(controlByte: 9) == .tab)
        #expect(Key(controlByte: 27) == .escape)
        #expect(Key(controlByte: 3) == .ctrl("c"))
        #expect(Key(controlByte: 0) == .ctrl(" "))
        #expect(Key(controlByte: 0x1C) == .ctrl("\\"))
        #expect(Key(controlByte: 65) == nil)
    }
}
