import Testing
import TendTerminal

@Suite("Settings-file lines (themes and the workstation configuration)")
struct SettingLineTests {
    @Test("Only a line whose first non-blank character is # is a comment")
    func commentsTakeAWholeLine() {
        let lines = SettingLine.lines(of: "# a comment\n   \t# indented comment\n\nkey.filter = #\r\nselection = reverse # not a comment\n")
        #expect(lines.map(\.number) == [4, 5])
        #expect(lines.map(\.name) == ["key.filter", "selection"])
        #expect(lines.map(\.value) == ["#", "reverse # not a comment"])
    }

    @Test("Name and value are split at the first = and trimmed; a line without = keeps its text")
    func splitsAtTheFirstEquals() {
        let lines = SettingLine.lines(of: "\tKey.Quit\t=  a = b  \n  theme  ")
        #expect(lines.count == 2)
        #expect(lines[0].name == "Key.Quit" && lines[0].value == "a = b")
        #expect(lines[1].number == 2 && lines[1].text == "theme" && lines[1].name == nil && lines[1].value == nil)
        #expect(SettingLine.lines(of: "dim =").first?.value == "")
    }
}
