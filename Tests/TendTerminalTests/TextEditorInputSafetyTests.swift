import Testing
@testable import TendTerminal

@Suite("Text editor: hostile input")
struct TextEditorInputSafetyTests {
    func pasted(_ text: String) -> TextEditor {
        var editor = TextEditor(text: "", cursor: .atStart)
        editor.insert(text)
        return editor
    }

    @Test func escapeSequencesLoseTheirEscape() {
        #expect(pasted("a\u{1B}[31mred\u{1B}]0;title\u{07}b").text == "a[31mred]0;titleb")
    }

    @Test func c0ControlsExceptLineBreaksAreDropped() {
        #expect(pasted("\u{0}x\u{7}\u{8}y\r\nz\rw\u{0C}v").text == "xy\nz\nw\nv")
        #expect(pasted("a\tb").text == "a b")
    }

    @Test func c1ControlsBidiOverridesAndByteOrderMarksAreDropped() {
        #expect(pasted("\u{9B}2J\u{85}ok\u{9D}").text == "2J\nok")
        #expect(pasted("\u{202E}gnp.exe\u{202C} \u{2066}iso\u{2069} \u{200F}x").text == "gnp.exe iso x")
        #expect(pasted("\u{FEFF}start\u{FEFF}").text == "start")
        #expect(pasted("one\u{2028}two\u{2029}three").lineTexts == ["one", "two", "three"])
    }

    @Test func hostileKeysAreSwallowed() {
        var editor = TextEditor(text: "ok", cursor: .atStart)
        #expect(editor.handle(.char("\u{1B}")) == true)
        #expect(editor.handle(.char("\u{9B}")) == true)
        #expect(editor.handle(.char("\u{202E}")) == true)
        #expect(editor.text == "ok")
        #expect(!editor.isModified)
    }

    @Test func theInitialTextIsSanitisedToo() {
        let editor = TextEditor(text: "plan\u{1B}[2J\r\nline\u{202E}2", cursor: .atStart)
        #expect(editor.text == "plan[2J\nline2")
        #expect(!editor.isModified)
    }

    @Test func runawayCombiningSequencesAreCut() {
        let zalgo = "Z" + String(repeating: "\u{301}", count: 200)
        let editor = pasted(zalgo + "x")
        #expect(editor.characterCount == 2)
        #expect(editor.text.unicodeScalars.count <= 18)
    }

    @Test func aHugePasteStopsAtTheLimit() {
        let editor = pasted(String(repeating: "血糖 ", count: 5000))
        #expect(editor.characterCount == 8000)
        #expect(editor.cursor.column == 8000)
    }
}
