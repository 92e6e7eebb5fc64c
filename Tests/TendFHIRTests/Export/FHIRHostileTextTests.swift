import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import TendDomain
@testable import TendFHIR

/// Names and plan text that try to break the output: quotes, backslashes, markup, newlines,
/// control characters and right-to-left marks stay text, each resource stays one JSON line.
@Suite struct FHIRHostileTextTests {
    static let hostileFamilies = [
        "O'Brien \"the\" \\Great\\", "<script>alert(1)</script> & Co", "\u{200F}عبد الله\u{200E}", "Ñúñez-d’Arc 👩🏽‍⚕️",
        "Zalgo Z̸̢͓a̵l", "}{\"resourceType\":\"Bundle\"",
    ]

    @Test func hostileNamesRoundTripThroughOneJSONLine() throws {
        for family in Self.hostileFamilies {
            let sample = try ExportSample(family: family, given: "Mary\u{200F} \"Ann\"")
            for (type, json, line) in try sample.resources() {
                #expect(!line.contains(0x0A) && !line.contains(0x0D), "\(type) line holds a raw line break")
                #expect(json["resourceType"] as? String == type)
            }
            let patient = try sample.resources().first { $0.type == "Patient" }!.json
            let name = (patient["name"] as! [[String: Any]])[0]
            #expect(name["family"] as? String == family)
            #expect((name["given"] as? [String]) == ["Mary\u{200F} \"Ann\""])
        }
    }

    @Test func controlCharactersAndNewlinesInPlanTextStayOneLineAndValidXHTML() throws {
        // The store refuses control characters in typed text, but a plan is exported as stored:
        // the mapping must not rely on that.
        let text = "line one\nline two\r\n\u{1B}[31mred\u{07} & <b>bold</b> \"quoted\" \u{0}nul\u{85}end"
        let sample = try ExportSample(planText: text, goalText: "goal\u{1B}]0;title\u{07}", responsible: "Dr. <Who>\n& co")
        let resources = try sample.resources()
        for (type, _, line) in resources {
            #expect(!line.contains(0x0A) && !line.contains(0x0D), "\(type)")
        }
        let plan = resources.first { $0.type == "CarePlan" }!.json
        let div = (plan["text"] as! [String: Any])["div"] as! String
        #expect(div.hasPrefix("<div xmlns=\"http://www.w3.org/1999/xhtml\">") && div.hasSuffix("</div>"))
        #expect(div.contains("line one<br/>line two&#13;<br/>[U+001B][31mred[U+0007] &amp; &lt;b&gt;bold&lt;/b&gt; &quot;quoted&quot; [U+0000]nul[U+0085]end"))
        #expect(!div.contains("<b>") && !div.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" })
        #expect(try Self.parsesAsXML(div), "narrative is not well-formed XML: \(div)")
        // The structured text keeps the stored text as it is (JSON escapes it).
        let goal = resources.first { $0.type == "Goal" }!.json
        #expect((goal["description"] as! [String: Any])["text"] as? String == "goal\u{1B}]0;title\u{07}")
        let detail = ((plan["activity"] as! [[String: Any]])[0]["detail"] as! [String: Any])
        #expect(((detail["performer"] as! [[String: Any]])[0]["display"] as? String) == "Dr. <Who>\n& co")
    }

    @Test func consentNarrativeIsWellFormedForHostileNames() throws {
        for family in Self.hostileFamilies {
            for (type, json, _) in try ExportSample(family: family).resources() where type == "Consent" || type == "CarePlan" {
                let div = (json["text"] as! [String: Any])["div"] as! String
                #expect(try Self.parsesAsXML(div), "\(type): \(div)")
            }
        }
    }

    @Test func xhtmlEscapeCoversEveryMarkupCharacter() {
        #expect(XHTML.escape("a&b<c>d\"e'f") == "a&amp;b&lt;c&gt;d&quot;e&#39;f")
        #expect(XHTML.escape("\u{1}\u{7F}\u{FFFE}") == "[U+0001][U+007F][U+FFFE]")
        #expect(XHTML.escape("\u{200F}é\t\n") == "\u{200F}é\t\n")
    }

    /// Whether `text` is well-formed XML (the parser Foundation ships).
    static func parsesAsXML(_ text: String) throws -> Bool {
        XMLParser(data: Data(text.utf8)).parse()
    }
}
