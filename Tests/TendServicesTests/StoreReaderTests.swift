import Foundation
import Testing
@testable import TendStore
@testable import TendServices
import TendDomain
import TendTestSupport

/// The store's own JSON reader against JSONDecoder on every record of a generated store, and of
/// a closed month: it must decode each exactly the same, and must not quietly hand the common
/// records back to the slow path.
@Suite struct StoreReaderTests {
    /// Decodes every `.json` file under `directory` both ways; returns how many the reader took.
    @discardableResult
    func compare<T: Decodable & Equatable>(_ type: T.Type, under directory: URL, in root: URL) throws -> (files: Int, fast: Int) {
        var counts = (files: 0, fast: 0)
        let files = directory.pathExtension == "json" ? [directory]
            : FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil)?
                .compactMap { $0 as? URL }.filter { $0.pathExtension == "json" } ?? []
        for file in files {
            let data = try Data(contentsOf: file)
            let expected = try StoreCoding.decoder().decode(type, from: data)
            counts.files += 1
            guard let fast = StoreJSONDecoding.decode(type, from: data) else { continue }
            counts.fast += 1
            #expect(fast == expected, "\(file.path.dropFirst(root.path.count))")
        }
        return counts
    }

    @Test func everyDemoRecordDecodesAsWithJSONDecoder() throws {
        let demo = try TempDemoStore(patients: 120, months: 3, seed: 11)
        for (type, directory) in [(Patient.self as any (Decodable & Equatable).Type, "patients"), (CarePlan.self, "plans"),
                                  (StaffMonthLog.self, "time"), (PatientMonthFlags.self, "months")] {
            let counts = try compare(type, under: demo.root.appendingPathComponent(directory), in: demo.root)
            #expect(counts.files > 0 && counts.fast == counts.files, "\(directory): \(counts)")
        }
        #expect(try compare(StaffRoster.self, under: demo.root.appendingPathComponent("staff.json"), in: demo.root) == (1, 1))
        // Through the store: the same patients as one JSONDecoder call over the joined files.
        let names = try demo.store.list(StoreLayout.patients).map { "\(StoreLayout.patients)/\($0)" }
        let joined = "[" + (try names.map { String(decoding: try Data(contentsOf: demo.root.appendingPathComponent($0)), as: UTF8.self) }).joined(separator: ",") + "]"
        #expect(try demo.store.allPatients() == StoreCoding.decoder().decode([Patient].self, from: Data(joined.utf8)))
    }

    @Test(.enabled(if: !TestPostgres.fixturesOnPostgres, "reads the file store's files"))
    func closedMonthRecordsDecodeAsWithJSONDecoder() throws {
        let f = try ServicesFixture()
        _ = try f.octoberPatient(name: "Able, Ann", minutes: 25)
        _ = try f.octoberPatient(name: "Baker, Bob", minutes: 5)
        try f.session(f.boss).markNotBilled(try f.store.allPatients()[0].id, month: f.october, reason: "billed by the hospital")
        try f.session(f.boss).closeMonth(f.october)
        try f.session(f.nurse).recordCall(try f.store.allPatients()[1].id, result: .reached, callBackAt: nil, note: "fine")
        #expect(try compare(MonthClose.self, under: f.root.appendingPathComponent("close/2026-10/state.json"), in: f.root) == (1, 1))
        #expect(try compare(CallLog.self, under: f.root.appendingPathComponent("calls"), in: f.root) == (1, 1))
        try compare(SnapshotHeader.self, under: f.root.appendingPathComponent("close/2026-10/snapshot.json"), in: f.root)
        // The frozen patient records, in parts, take the fast path.
        #expect(try compare(SnapshotPart.self, under: f.root.appendingPathComponent("close/2026-10/snapshot-000.json"), in: f.root) == (1, 1))
    }
}
