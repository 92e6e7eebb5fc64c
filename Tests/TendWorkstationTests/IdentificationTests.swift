import Foundation
import Testing
import TendDomain
import TendServices
import TendTerminal
import TendTestSupport
@testable import TendWorkstation

/// Two identifiers everywhere on the workstation: name and date of birth on every row, header,
/// table, dialog and message, at 80x24 too; Latin names in ASCII on terminals without UTF-8;
/// one search rule; every patient reachable.
@Suite(.serialized) struct IdentificationTests {
    /// Two Charles Browns, an accented name, two CJK names born the same day, a declined
    /// patient and one who is not eligible.
    static func sameNames() throws -> Fixture {
        let fixture = try Fixture()
        try fixture.addPatient("brown1", name: "Brown, Charles", mrn: "M0100142", conditions: ["E11.9", "I10"], dob: "1944-02-03")
        try fixture.addPatient("brown2", name: "Brown, Charles", mrn: "M0200977", conditions: ["E11.9", "I10"], dob: "1951-11-30")
        try fixture.addPatient("lefevre", name: "Lefèvre, Anne", mrn: "M0300001", conditions: ["E11.9", "I10"],
                               phone: "(555) 201-0007", dob: "1939-07-14")
        try fixture.addPatient("muller", name: "Müller, Jörg", mrn: "M0400001", conditions: ["E11.9", "I10"], dob: "1948-05-05")
        try fixture.addPatient("takahashi", name: "高橋, 幸子", mrn: "J1", conditions: ["E11.9", "I10"], dob: "1940-01-01")
        try fixture.addPatient("tanaka", name: "田中, 花子", mrn: "J2", conditions: ["E11.9", "I10"], dob: "1940-01-01")
        let declined = try fixture.addPatient("declined", name: "Declined, Dora", mrn: "M0500001", conditions: ["E11.9", "I10"],
                                              enrolled: false, dob: "1945-01-01")
        try fixture.nurse.recordConsent(declined, date: fixture.nurse.today, method: .verbal, notGiven: [], declined: true)
        try fixture.addPatient("ineligible", name: "Single, Sam", mrn: "M0600001", conditions: ["I10"], enrolled: false, dob: "1946-01-01")
        return fixture
    }

    /// Plays `keys` at `size` and returns the screen text after them.
    func screen(_ fixture: Fixture, width: Int = 80, height: Int = 24, glyphs: Glyphs = .unicode, keys: [Key],
                inspect: ((Workstation) -> Void)? = nil) throws -> String {
        let terminal = ScriptedTerminal(width: width, height: height)
        let workstation = fixture.workstation(terminal, configuration: WorkstationConfiguration(glyphs: glyphs))
        for key in keys { terminal.press(key) }
        var text = ""
        terminal.then {
            text = terminal.text
            inspect?(workstation)
        }
        terminal.press(.escape, .escape, .char("q"))
        _ = try terminal.run(workstation)
        return text
    }

    func rows(_ text: String, containing name: String) -> [String] {
        text.split(separator: "\n").map(String.init).filter { $0.contains(name) }
    }

    @Test func twoPatientsOfTheSameNameAt80x24ShowBothBirthDatesOnTheList() throws {
        let text = try screen(try Self.sameNames(), keys: [])
        let browns = rows(text, containing: "Brown, Charl")
        #expect(browns.contains { $0.contains("1944-02-03") }, "\(text)")
        #expect(browns.contains { $0.contains("1951-11-30") }, "\(text)")
        for line in text.split(separator: "\n") { #expect(DisplayWidth.width(of: line) <= 80) }
    }

    @Test func theHeaderShowsTheDateOfBirthNotOnlyTheAge() throws {
        let fixture = try Self.sameNames()
        let text = try screen(fixture, keys: [.char("/")] + "M0200977".map(Key.char) + [.enter])
        #expect(text.contains("DOB 1951-11-30 (74 y)"), "\(text)")
    }

    @Test func theMRNIsShownOnTheListWhereThereIsRoom() throws {
        let text = try screen(try Self.sameNames(), width: 160, height: 48, keys: [])
        #expect(rows(text, containing: "1944-02-03").first?.contains("M0100142") == true, "\(text)")
    }

    @Test func withoutUTF8LatinNamesAreTransliteratedAndOthersCarryTheirMRN() throws {
        let text = try screen(try Self.sameNames(), glyphs: .ascii, keys: [])
        #expect(text.contains("Muller, Jorg"), "\(text)")
        #expect(text.contains("Lefevre, Anne"))
        #expect(!text.contains("Müller"))
        // Same birth date, names a non-UTF-8 terminal shows as '?': the MRN tells them apart.
        #expect(rows(text, containing: "[MRN J1]").count == 1, "\(text)")
        #expect(rows(text, containing: "[MRN J2]").count == 1)
    }

    @Test func theFilterIgnoresAccentsAndReadsDatesAndPhoneDigits() throws {
        let fixture = try Self.sameNames()
        for (query, expected) in [("lefevre", "lefevre"), ("LEFEVRE anne", "lefevre"), ("2/3/1944", "brown1"), ("02/03/1944", "brown1"),
                                  ("1951-11-30", "brown2"), ("5552010007", "lefevre"), ("555.201.0007", "lefevre"), ("muller", "muller")] {
            var found: [PatientID] = []
            _ = try screen(fixture, keys: [.char("/")] + query.map(Key.char) + [.enter]) { workstation in
                found = workstation.visibleRows.map(\.patient.id)
            }
            #expect(found == [fixture.ids[expected]!], "'\(query)'")
        }
    }

    @Test func everyPatientInTheStoreIsReachableAndLabelledByStatus() throws {
        let fixture = try Self.sameNames()
        var kinds: [String: String] = [:]
        let text = try screen(fixture, width: 120, height: 32, keys: [.char("e")]) { workstation in
            for row in workstation.visibleRows { kinds[row.patient.name.family] = row.status }
        }
        #expect(text.contains("Every patient (8)"), "\(text)")
        #expect(kinds["Declined"] == "declined")
        #expect(kinds["Single"] == "not eligible")
        #expect(kinds["Brown"] == "enrolled")
        #expect(rows(text, containing: "Declined, Dora").first?.contains("declined") == true)
        #expect(rows(text, containing: "Single, Sam").first?.contains("not eligible") == true)
        // Opened like any other: the header names the declined patient.
        let opened = try screen(fixture, keys: [.char("e"), .char("/")] + "dora".map(Key.char) + [.enter])
        #expect(opened.contains("DOB 1945-01-01"), "\(opened)")
        #expect(opened.contains("declined"))
    }

    @Test func dialogsAndMessagesNameThePatientWithBirthDateAndMRN() throws {
        let fixture = try Self.sameNames()
        let query = [Key.char("/")] + "M0100142".map(Key.char) + [.enter]
        let started = try screen(fixture, width: 120, height: 32, keys: query + [.char("s")])
        #expect(started.contains("Stopwatch started for Brown, Charles (DOB 1944-02-03, MRN M0100142)"), "\(started)")
        let revoke = try screen(fixture, width: 120, height: 32, keys: query + [.char("3"), .char("R")])
        #expect(revoke.contains("Record that Brown, Charles (DOB 1944-02-03, MRN M0100142) revoked CCM"), "\(revoke)")
        let consent = try screen(fixture, width: 120, height: 32, keys: query + [.char("3"), .char("r")])
        #expect(consent.contains("Record CCM consent: Brown, Charles (DOB 1944-02-03, MRN M0100142)"), "\(consent)")
        let call = try screen(fixture, width: 120, height: 32, keys: query + [.char("o")])
        #expect(call.contains("Call outcome: Brown, Charles (DOB 1944-02-03, MRN M0100142)"), "\(call)")
    }

    @Test func theRunningStopwatchInTheTitleKeepsTheBirthDateAt80Columns() throws {
        let fixture = try Self.sameNames()
        let text = try screen(fixture, keys: [.char("/")] + "M0200977".map(Key.char) + [.enter, .char("s")])
        let title = String(text.split(separator: "\n")[0])
        #expect(title.contains("running"), "\(title)")
        #expect(title.contains("1951-11-30"), "\(title)")
    }

    @Test func everySupervisorTabShowsTheBirthDateAt80Columns() throws {
        let fixture = try Self.sameNames()
        try fixture.nurse.logTime(fixture.ids["brown1"]!, TimeRequest(span: .minutes(12, on: nil), activity: .call, note: "Call", conditions: []))
        try fixture.colleague.startTimer(fixture.ids["brown2"]!, activity: nil)
        let month = try screen(fixture, keys: [.char("S")])
        #expect(rows(month, containing: "Brown, Cha").contains { $0.contains("1944-02-03") }, "\(month)")
        #expect(rows(month, containing: "Brown, Cha").contains { $0.contains("1951-11-30") })
        let team = try screen(fixture, keys: [.char("S"), .tab])
        #expect(rows(team, containing: "boris").contains { $0.contains("1951-11-30") }, "\(team)")
        let atRisk = try screen(fixture, keys: [.char("S"), .tab, .tab])
        #expect(rows(atRisk, containing: "Brown, Cha").contains { $0.contains("1944-02-03") }, "\(atRisk)")
        let review = try screen(fixture, keys: [.char("S"), .backTab])
        #expect(rows(review, containing: "Brown, Cha").contains { $0.contains("1944-02-03") }, "\(review)")
        for text in [month, team, atRisk, review] {
            for line in text.split(separator: "\n") { #expect(DisplayWidth.width(of: line) <= 80) }
        }
    }

    @Test func theSupervisorFilterUsesTheSameRule() throws {
        let fixture = try Self.sameNames()
        var shown: [PatientID?] = []
        _ = try screen(fixture, keys: [.char("S"), .char("/")] + "2/3/1944".map(Key.char) + [.enter]) { workstation in
            shown = workstation.visibleSupervisorRows.map(\.patient)
        }
        #expect(shown == [fixture.ids["brown1"]!])
        _ = try screen(fixture, keys: [.char("S"), .char("/")] + "lefevre".map(Key.char) + [.enter]) { workstation in
            shown = workstation.visibleSupervisorRows.map(\.patient)
        }
        #expect(shown == [fixture.ids["lefevre"]!])
    }

    @Test func searchFoldingAgreesWithTheTerminalsTransliteration() {
        // The two tables (search in TendDomain, display in TendTerminal) must not drift apart.
        for letter in ["Ø", "ø", "ß", "ẞ", "Æ", "æ", "Œ", "œ", "Đ", "đ", "Ð", "ð", "Þ", "þ", "Ł", "ł", "Ħ", "ħ", "ı", "Ŋ", "ŋ", "Ŧ", "ŧ",
                       "é", "ễ", "Å", "ñ", "ç"] {
            #expect(SearchText.fold(letter) == Transliteration.ascii(letter).lowercased(), "\(letter)")
        }
    }
}
