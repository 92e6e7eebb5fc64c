import Foundation
import Testing
import TendDomain

/// Two records are the same identity when name (case, accents and spacing aside) and date of
/// birth are equal.
@Suite struct PatientIdentityKeyTests {
    func key(_ name: String, _ dob: String = "1944-02-03") throws -> PatientIdentityKey {
        PatientIdentityKey(name: try PersonName.parse(name), dateOfBirth: try LocalDate.parse(dob))
    }

    @Test func caseAccentsAndSpacingDoNotMakeAnotherPerson() throws {
        #expect(try key("Lefèvre, Hélène") == key("LEFEVRE, helene"))
        #expect(try key("Nguyễn, Thị Hương") == key("nguyen,  thi   huong"))
        #expect(try key("Øvergård-O'Brien, Zoë") == key("Overgard-O'Brien, Zoe"))
        #expect(try key("Łukasiewicz, Łukasz") == key("Lukasiewicz, Lukasz"))
        #expect(try key("Straße, Jürgen") == key("STRASSE, Jurgen"))
        #expect(try key("Dvořák, Jiří") == key("Dvorak, Jiri"))
    }

    @Test func anotherNameOrBirthDateIsAnotherIdentity() throws {
        #expect(try key("Brown, Charles") != key("Brown, Charlotte"))
        #expect(try key("Brown, Charles") != key("Brown, Charles", "1944-02-04"))
        // The parts are not run together: "Ann, Lee" is not "Annl, Ee".
        #expect(try key("Ann, Lee") != key("Annl, Ee"))
        // Other scripts are compared as written.
        #expect(try key("王, 秀英") == key("王, 秀英"))
        #expect(try key("王, 秀英") != key("王, 秀兰"))
    }

    @Test func foldingKeepsWhatItCannotSpell() {
        #expect(PatientIdentityKey.fold("  Ó  Súilleabháin ") == "o suilleabhain")
        #expect(PatientIdentityKey.fold("山田") == "山田")
    }
}
