import Foundation
import Testing
import TendDomain
import TendServices
import TendTestSupport

/// The shared fixtures give the same identifiers on every run: a failing test names the same
/// patients each time, and no test passes or fails by the luck of a random MRN or id.
@Suite struct FixtureIdentifierTests {
    @Test func servicesFixturePatientsGetCountedIdsMRNsAndBirthDates() throws {
        let f = try ServicesFixture()
        let first = try f.patient()
        let second = try f.octoberPatient(name: "Lee, Ann")
        let third = try f.patient(try f.session(f.boss))
        #expect([first, second, third].map(\.rawValue) == ["PF000001", "PF000002", "PF000003"])
        let patients = try f.store.allPatients().sorted { $0.id < $1.id }
        #expect(patients.map(\.mrn) == ["M000001", "M000002", "M000003"])
        #expect(patients.map(\.dateOfBirth.description) == ["1950-03-04", "1950-03-05", "1950-03-06"])
    }

    @Test func aNewFixtureStartsItsSequenceAgain() throws {
        let one = try ServicesFixture()
        let two = try ServicesFixture()
        #expect(try one.patient() == two.patient())
    }

    @Test func theWorkstationCastHasFixedIdsWhicheverSessionAddsThem() throws {
        let fixture = try Fixture.standard()
        #expect(["anh", "wang", "zoe", "hostile", "carla"].map { fixture.ids[$0]?.rawValue }
                    == ["PF000001", "PF000002", "PF000003", "PF000004", "PF000005"])
        let sixth = try fixture.addPatient("sixth", name: "Sixth, Sam", mrn: "A105", conditions: ["E11.9", "I10"])
        #expect(sixth.rawValue == "PF000006")
        #expect(try fixture.colleague.addPatient(PatientDraft(name: "Seventh, Sue", dateOfBirth: "1950-01-01", mrn: "A106",
                                                              conditions: ["E11.9", "I10"])).rawValue == "PF000007")
    }

    @Test func domainEntryIdsComeFromACounter() throws {
        let a = Fixtures.entry("2026-03-02T14:00:00Z", minutes: 5).id.rawValue
        let b = Fixtures.entry("2026-03-02T15:00:00Z", minutes: 5).id.rawValue
        #expect(a.hasPrefix("TFX") && b.hasPrefix("TFX") && a < b)
    }

    @Test func aTemporaryDirectoryIsRemovedWithItsLastReference() throws {
        var path = ""
        do {
            let directory = try TempDirectory("removal").created()
            try Data("x".utf8).write(to: directory.appending("file"))
            path = directory.path
            #expect(FileManager.default.fileExists(atPath: path))
        }
        #expect(!path.isEmpty && !FileManager.default.fileExists(atPath: path))
    }
}
