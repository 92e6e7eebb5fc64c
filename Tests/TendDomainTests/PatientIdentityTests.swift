import XCTest
@testable import TendDomain

final class PatientIdentityTests: XCTestCase {
    private func patient(mrn: String?) throws -> Patient {
        Patient(id: try PatientID(validating: "P1234567"), name: try PersonName.parse("Brown, Charles"),
                dateOfBirth: try LocalDate.parse("1944-02-03"), mrn: mrn, createdAt: Date(timeIntervalSince1970: 0))
    }

    func testFullFormCarriesNameBirthDateAndMRN() throws {
        XCTAssertEqual(try patient(mrn: "M0100142").identity.full, "Brown, Charles (DOB 1944-02-03, MRN M0100142)")
    }

    func testWithoutMRNTheBirthDateStillFollowsTheName() throws {
        XCTAssertEqual(try patient(mrn: nil).identity.full, "Brown, Charles (DOB 1944-02-03)")
        XCTAssertEqual(try patient(mrn: "").identity.full, "Brown, Charles (DOB 1944-02-03)")
        XCTAssertEqual(try patient(mrn: "M1").identity.nameAndBirthDate, "Brown, Charles (DOB 1944-02-03)")
    }
}
