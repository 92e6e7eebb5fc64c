import XCTest
@testable import TendDomain

final class PatientQueryTests: XCTestCase {
    private func patient(_ name: String, dob: String = "1944-02-03", mrn: String? = "M0100142", phone: String? = nil,
                         mbi: String? = nil) throws -> Patient {
        Patient(id: try PatientID(validating: "P1234567"), name: try PersonName.parse(name), dateOfBirth: try LocalDate.parse(dob),
                mrn: mrn, mbi: try mbi.map { try MBI(validating: $0) }, phone: try phone.map { try PhoneNumber(validating: $0) },
                createdAt: Date(timeIntervalSince1970: 0))
    }

    private func finds(_ query: String, _ patient: Patient, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertTrue(PatientQuery(query).matches(patient), "'\(query)' should find \(patient.name)", file: file, line: line)
    }

    private func misses(_ query: String, _ patient: Patient, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertFalse(PatientQuery(query).matches(patient), "'\(query)' should not find \(patient.name)", file: file, line: line)
    }

    func testNamesIgnoreCaseAndAccents() throws {
        let lefevre = try patient("Lefèvre, Anne")
        for query in ["lefevre", "LEFEVRE", "Lefèvre", "lefèvre, anne", "anne lefevre", "lefe", "ANNE"] { finds(query, lefevre) }
        misses("lefebvre", lefevre)
        let nguyen = try patient("Nguyễn, Thị Ánh")
        for query in ["nguyen", "thi anh", "Nguyễn", "NGUYEN THI"] { finds(query, nguyen) }
        finds("overgard", try patient("Øvergård-O'Brien, Zoë"))
        finds("zoe", try patient("Øvergård-O'Brien, Zoë"))
        finds("strasse", try patient("Straße, Karl"))
        finds("muller", try patient("Müller, Jörg"))
        finds("jorg", try patient("Müller, Jörg"))
        finds("łukasz", try patient("Nowak, Łukasz"))
        finds("lukasz", try patient("Nowak, Łukasz"))
        finds("高橋", try patient("高橋, 幸子"))
    }

    func testEveryWordMustMatch() throws {
        let brown = try patient("Brown, Charles")
        finds("brown charles", brown)
        misses("brown mary", brown)
        finds("brown 1944", brown)
        misses("brown 1950", brown)
    }

    func testMRNAndMBIAndId() throws {
        let brown = try patient("Brown, Charles", mbi: "1EG4TE5MK73")
        finds("M0100142", brown)
        finds("m0100", brown)
        finds("1eg4te5mk73", brown)
        finds("P1234567", brown)
        misses("M0100143", brown)
    }

    func testDateOfBirthInISOAndUSForms() throws {
        let brown = try patient("Brown, Charles")
        for query in ["1944-02-03", "02/03/1944", "2/3/1944", "2/03/1944", "brown 2/3/1944"] { finds(query, brown) }
        // A date is the date of birth, exactly: the US form is month first.
        for query in ["1944-03-02", "03/02/1944", "3/2/1944", "2/3/1945"] { misses(query, brown) }
        XCTAssertNil(SearchText.date("13/40/1944"))
        XCTAssertNil(SearchText.date("2/3/44"))
    }

    func testPhoneDigitsIgnorePunctuation() throws {
        let brown = try patient("Brown, Charles", mrn: nil, phone: "(555) 201-0001")
        for query in ["5552010001", "555-201-0001", "555.201.0001", "(555) 201-0001", "201-0001", "555 201 0001", "+555 2010001"] {
            finds(query, brown)
        }
        misses("555-201-0002", brown)
        misses("5552010002", brown)
        // No phone: digits are still looked for in the other identifiers.
        misses("5552010001", try patient("Brown, Charles", mrn: nil))
        finds("0100142", try patient("Brown, Charles"))
    }

    func testEmptyQueryMatchesEveryone() throws {
        XCTAssertTrue(PatientQuery("").matches(try patient("Brown, Charles")))
        XCTAssertTrue(PatientQuery("   ").isEmpty)
    }

    func testFoldingIsLowerCaseWithoutMarks() {
        XCTAssertEqual(SearchText.fold("Lefèvre"), "lefevre")
        XCTAssertEqual(SearchText.fold("NGUYỄN"), "nguyen")
        XCTAssertEqual(SearchText.fold("Øvergård"), "overgard")
        XCTAssertEqual(SearchText.fold("STRAẞE"), "strasse")
        XCTAssertEqual(SearchText.fold("ＡＢＣ"), "abc")
        XCTAssertEqual(SearchText.fold("Le\u{0301}a"), "lea")
    }
}
