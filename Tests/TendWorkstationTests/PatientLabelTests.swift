import Foundation
import Testing
import TendDomain
import TendTerminal
@testable import TendWorkstation

/// How a patient is named on screen: name and date of birth, the MRN where it fits, and an
/// identifier in front of a name a non-UTF-8 terminal cannot draw.
@Suite struct PatientLabelTests {
    func patient(_ name: String, mrn: String? = "M0100142") throws -> Patient {
        Patient(id: try PatientID(validating: "P1234567"), name: try PersonName.parse(name),
                dateOfBirth: try LocalDate.parse("1944-02-03"), mrn: mrn, createdAt: Date(timeIntervalSince1970: 0))
    }

    @Test func onAUTF8TerminalNamesAreShownAsWritten() throws {
        let labels = PatientLabel(asciiOnly: false)
        #expect(labels.name(try patient("高橋, 幸子")) == "高橋, 幸子")
        #expect(labels.full(try patient("Brown, Charles")) == "Brown, Charles (DOB 1944-02-03, MRN M0100142)")
        #expect(labels.nameAndBirthDate(try patient("Brown, Charles")) == "Brown, Charles (DOB 1944-02-03)")
    }

    @Test func withoutUTF8ANameWithNoLatinFormLeadsWithItsMRNOrId() throws {
        let labels = PatientLabel(asciiOnly: true)
        #expect(labels.name(try patient("Müller, Jörg")) == "Müller, Jörg")
        #expect(labels.name(try patient("高橋, 幸子", mrn: "J1")) == "[MRN J1] 高橋, 幸子")
        #expect(labels.name(try patient("高橋, 幸子", mrn: nil)) == "[id P1234567] 高橋, 幸子")
        #expect(labels.nameAndBirthDate(try patient("高橋, 幸子", mrn: "J1")) == "高橋, 幸子 (DOB 1944-02-03, MRN J1)")
        #expect(labels.full(try patient("高橋, 幸子", mrn: nil)) == "高橋, 幸子 (DOB 1944-02-03, id P1234567)")
    }

    @Test func aFittedNameIsCutBeforeTheBirthDate() throws {
        let labels = PatientLabel(asciiOnly: false)
        #expect(labels.fitted(try patient("Brown, Charles"), width: 21, ellipsis: "…") == "Brown, Ch… 1944-02-03")
        #expect(labels.fitted(try patient("Brown, Charles"), width: 40, ellipsis: "…") == "Brown, Charles 1944-02-03")
        let ascii = PatientLabel(asciiOnly: true)
        #expect(ascii.fitted(try patient("高橋, 幸子", mrn: "J1"), width: 25, ellipsis: "~") == "[MRN J1] 高橋~ 1944-02-03")
        #expect(ascii.fitted(try patient("高橋, 幸子", mrn: "A103"), width: 20, ellipsis: "~") == "[MRN A103] 1944-02-03")
    }

    @Test func aTitleNamingAPatientIsCutBeforeTheBirthDate() {
        let title = "Stop the stopwatch: Brown, Charles (DOB 1944-02-03, MRN M0100142)"
        #expect(PatientLabel.fit(title, width: 80, ellipsis: "…") == title)
        #expect(PatientLabel.fit(title, width: 50, ellipsis: "…") == "Stop the stopwatch… (DOB 1944-02-03, MRN M0100142)")
        #expect(PatientLabel.fit("Not billed: Brown, Charles (DOB 1944-02-03), 2026-03", width: 40, ellipsis: "…")
            == "Not billed: B… (DOB 1944-02-03), 2026-03")
        // No date of birth in it: cut at the end as usual (by the painter).
        #expect(PatientLabel.fit("Reassign 3 patients", width: 10, ellipsis: "…") == "Reassign 3 patients")
    }
}
