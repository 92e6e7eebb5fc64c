import Foundation
import Testing
import TendDomain
import TendServices
import TendTerminal
import TendTestSupport
@testable import TendWorkstation

/// At 80x24 the chosen option and the focused field are always on screen, and pages wrap
/// words instead of cutting them.
@Suite struct DialogLayoutTests {
    @Test func theStopDialogShowsEveryActivityChosenAt80x24() throws {
        let fixture = try Fixture.standard()
        let terminal = ScriptedTerminal(width: 80, height: 24)
        let workstation = fixture.workstation(terminal)
        terminal.press(.char("s"), .char("s"), .backTab, .backTab, .backTab)
        for activity in Activity.allCases.dropFirst() {
            terminal.press(.right)
            terminal.then {
                #expect(terminal.text.contains("[\(activity.label)]"), "the chosen activity \(activity.label) is not on screen")
            }
        }
        terminal.press(.escape, .enter, .char("q"))
        try terminal.run(workstation)
    }

    @Test func theCallOutcomeDialogShowsCallBackChosenAt80x24() throws {
        let fixture = try Fixture.standard()
        let terminal = ScriptedTerminal(width: 80, height: 24)
        let workstation = fixture.workstation(terminal)
        terminal.press(.char("o"))
        for result in CallResult.allCases.dropFirst() {
            terminal.press(.char(" "))
            terminal.then { #expect(terminal.text.contains("[\(result.label)]"), "the chosen result \(result.label) is not on screen") }
        }
        terminal.press(.escape, .enter, .char("q"))
        try terminal.run(workstation)
    }

    @Test func theFocusedFieldStaysOnScreenWithManyConditions() throws {
        let fixture = try Fixture.standard()
        try fixture.addPatient("many", name: "Many, Conditions", mrn: "A300",
                               conditions: ["E11.9", "I10", "I50.9", "N18.3", "J44.9", "F03.90", "I48.91", "E78.5", "M81.0", "G20",
                                            "F32.9", "K21.9", "E03.9", "M17.11", "H40.9"])
        let terminal = ScriptedTerminal(width: 80, height: 24)
        let workstation = fixture.workstation(terminal)
        terminal.type("/A300")
        terminal.press(.enter, .char("s"), .char("s"))
        terminal.type("Reviewed every condition")
        terminal.then { #expect(terminal.text.contains("Note:") && terminal.text.contains("Reviewed every condition")) }
        terminal.press(.tab)
        terminal.then { #expect(terminal.text.contains("Activity:")) }
        terminal.press(.backTab, .backTab)
        terminal.then { #expect(terminal.text.contains("H40.9")) }
        terminal.press(.escape, .enter, .char("q"))
        try terminal.run(workstation)
    }

    @Test func helpWrapsInsteadOfCuttingWordsAt80x24() throws {
        let fixture = try Fixture.standard()
        let terminal = ScriptedTerminal(width: 80, height: 24)
        let workstation = fixture.workstation(terminal)
        terminal.press(.char("?"))
        terminal.then {
            // "Start the stopwatch for the selected patient; when it runs, stop it and log the time."
            #expect(terminal.text.contains("log the time."))
            // Inside the page's box no line is cut with an ellipsis.
            #expect(!Self.pageRows(terminal).contains { $0.contains("…") }, "\(terminal.text)")
        }
        terminal.press(.escape, .char("q"))
        try terminal.run(workstation)
    }

    @Test func thePrintPreviewWrapsInsteadOfCuttingWordsAt80x24() throws {
        let fixture = try Fixture.standard()
        let anh = fixture.ids["anh"]!
        let long = "Type 2 diabetes with peripheral neuropathy, hypertension, and chronic kidney disease stage 3 followed by nephrology quarterly"
        try fixture.nurse.changePlan(anh, [.setElement(.problems, text: long)])
        let terminal = ScriptedTerminal(width: 80, height: 24)
        let workstation = fixture.workstation(terminal)
        terminal.type("/A100")
        terminal.press(.enter, .char("4"), .char("P"))
        terminal.then {
            let words = long.split(separator: " ")
            for word in words { #expect(terminal.text.contains(word), "'\(word)' is cut") }
            #expect(terminal.text.contains("nephrology quarterly"))
            // Inside the page's box no line is cut with an ellipsis.
            #expect(!Self.pageRows(terminal).contains { $0.contains("…") }, "\(terminal.text)")
        }
        terminal.press(.escape, .char("q"))
        try terminal.run(workstation)
    }

    /// The text inside the page's box (drawn over the list and the panes at 80 columns).
    static func pageRows(_ terminal: ScriptedTerminal) -> [String] {
        terminal.lines[2..<20].map { line in
            let parts = line.split(separator: "│", omittingEmptySubsequences: false)
            return parts.count > 2 ? String(parts[2]) : line
        }
    }

    @Test func pageLayoutWrapsToTheWidthWithAHangingIndent() {
        let page = TextPage(title: "t", lines: ["  s               Start the stopwatch for the selected patient", "short"], hangingIndent: 18)
        let lines = PageLayout.lines(of: page, width: 40)
        #expect(lines == ["  s               Start the stopwatch", "                  for the selected", "                  patient", "short"])
        #expect(lines.allSatisfy { DisplayWidth.width(of: $0) <= 40 })
    }
}
