import Foundation
import Testing
@testable import TendServices
import TendDomain
import TendStore

/// The demo store has same-name patients on purpose, a realistic few, told apart by date of birth,
/// recorded in its creation record; never two of the same name and date of birth.
@Suite struct DemoNamesakeTests {
    static let now = ISO8601DateFormatter().date(from: "2026-11-16T17:00:00Z")!

    func demo(patients: Int, months: Int = 2, seed: UInt64) throws -> (JSONFileStore, URL) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tend-demo-names-\(UUID().uuidString)")
        let (store, _) = try DemoGenerator(patients: patients, months: months, seed: seed).create(
            at: dir, account: Account(uid: 1, login: "demo"), timeZone: "America/New_York", now: Self.now)
        return (store, dir)
    }

    /// Patients grouped by folded name, for the names that more than one patient has.
    func namesakes(_ patients: [Patient]) -> [[Patient]] {
        Dictionary(grouping: patients) { PatientIdentityKey.fold($0.name.family) + "," + PatientIdentityKey.fold($0.name.given) }
            .values.filter { $0.count > 1 }.map { $0.sorted { $0.id < $1.id } }
    }

    @Test func aDemoOf150HasThreeSameNamePairsToldApartByBirthDateAndAudited() throws {
        let (store, dir) = try demo(patients: 150, seed: 7)
        defer { try? FileManager.default.removeItem(at: dir) }
        let patients = try store.allPatients()
        let pairs = namesakes(patients)
        #expect(pairs.count == 3 && pairs.allSatisfy { $0.count == 2 })
        #expect(Set(patients.map(\.identityKey)).count == patients.count)
        let creation = try #require(try store.auditRecords().first)
        #expect(creation.summary.contains("3 same-name pair(s) on purpose"))
        for pair in pairs {
            #expect(pair[0].dateOfBirth != pair[1].dateOfBirth)
            #expect(creation.summary.contains(pair[0].id.rawValue) && creation.summary.contains(pair[1].id.rawValue))
        }
        let change = "\(String(describing: creation.change))"
        #expect(change.contains("sameNamePairs") && change.contains("a different person with the same name"))
    }

    @Test func theDemoIsTheSameForTheSameSeed() throws {
        let (first, a) = try demo(patients: 120, seed: 3)
        defer { try? FileManager.default.removeItem(at: a) }
        let (second, b) = try demo(patients: 120, seed: 3)
        defer { try? FileManager.default.removeItem(at: b) }
        let one = try first.allPatients().sorted { $0.id < $1.id }
        let two = try second.allPatients().sorted { $0.id < $1.id }
        #expect(one.map(\.id) == two.map(\.id))
        #expect(one.map(\.name) == two.map(\.name) && one.map(\.dateOfBirth) == two.map(\.dateOfBirth))
        #expect(namesakes(one).count == 2)
    }

    @Test func aLargeDemoNeverHasTwoPatientsOfTheSameNameAndBirthDate() throws {
        // Past the ~2,900 names with one middle initial, two initials keep names apart.
        let (store, dir) = try demo(patients: 3200, months: 1, seed: 2)
        defer { try? FileManager.default.removeItem(at: dir) }
        let patients = try store.allPatients()
        #expect(Set(patients.map(\.identityKey)).count == patients.count)
        #expect(Set(patients.map(\.id)).count == 3200)
        let groups = namesakes(patients)
        #expect(groups.count == 3200 / DemoNamePicker.pairEvery && groups.allSatisfy { $0.count == 2 })
    }
}
