import Testing
import TendTerminal

@Suite("Transliteration")
struct TransliterationTests {
    @Test("Latin names are spelled in ASCII, never with '?'", arguments: [
        ("Müller", "Muller"), ("Lefèvre", "Lefevre"), ("Nguyễn, Thị Ánh", "Nguyen, Thi Anh"), ("Øvergård", "Overgard"),
        ("Straße", "Strasse"), ("Ñúñez-Ø, Zoë", "Nunez-O, Zoe"), ("Ekström, Åsa", "Ekstrom, Asa"), ("Łukasz Żółć", "Lukasz Zolc"),
        ("Æsir Œuvre", "AEsir OEuvre"), ("Đặng", "Dang"), ("Çelik", "Celik"), ("Dvořák", "Dvorak"), ("O’Brien", "O'Brien"),
        ("plain ASCII, 1944-02-03", "plain ASCII, 1944-02-03"),
    ])
    func latin(_ input: String, _ expected: String) {
        #expect(Transliteration.ascii(input) == expected)
        #expect(Transliteration.hasASCIIForm(input))
    }

    @Test("Decomposed accents and stacked combining marks are dropped from the letter")
    func combining() {
        #expect(Transliteration.ascii("Le\u{0301}a") == "Lea")
        #expect(Transliteration.ascii("Z̷̢a̸l̵g̶o̴") == "Zalgo")
    }

    @Test("Characters without a Latin form are kept whole, and reported")
    func noLatinForm() {
        #expect(Transliteration.ascii("高橋, 幸子") == "高橋, 幸子")
        #expect(!Transliteration.hasASCIIForm("高橋, 幸子"))
        #expect(!Transliteration.hasASCIIForm("محمدعلي"))
        #expect(!Transliteration.hasASCIIForm("한국"))
        // Half Latin, half not: the Latin half is spelled, the rest kept.
        #expect(Transliteration.ascii("Müller 王") == "Muller 王")
        #expect(!Transliteration.hasASCIIForm("Müller 王"))
    }
}
