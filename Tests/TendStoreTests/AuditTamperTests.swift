import Foundation
import Testing
import TendTestSupport
@testable import TendStore

@Suite struct AuditTamperTests {
    /// A store with five audit records after init.
    func populated() throws -> (TempDirectory, JSONFileStore) {
        let dir = TempDirectory()
        let store = try makeStore(dir)
        for i in 1...5 {
            try store.writeFiles(tester, action: "note.put", at: fixedNow) { change in
                try change.put(Note(text: "n\(i)", version: i), at: "notes/n.json")
                change.summary = "note \(i)"
            }
        }
        return (dir, store)
    }

    func lines(_ dir: TempDirectory) throws -> [String] {
        String(decoding: try fileData(dir, "audit/trail.jsonl"), as: UTF8.self)
            .split(separator: "\n").map(String.init)
    }

    func write(_ dir: TempDirectory, _ lines: [String]) throws {
        try writeFile(dir, "audit/trail.jsonl", Data((lines.joined(separator: "\n") + "\n").utf8))
    }

    @Test func intactTrailVerifies() throws {
        let (dir, store) = try populated()
        let result = try store.verifyAudit()
        #expect(result.isIntact && result.verifiedRecords == 6)
        withExtendedLifetime(dir) {}
    }

    @Test func editedRecordIsNamed() throws {
        let (dir, store) = try populated()
        var all = try lines(dir)
        all[3] = all[3].replacingOccurrences(of: "note 3", with: "note 9")
        try write(dir, all)
        #expect(try store.verifyAudit().problems == ["record 4 (line 4) was edited: its content does not match its hash"])
    }

    @Test func deletedRecordIsNamed() throws {
        let (dir, store) = try populated()
        var all = try lines(dir)
        all.remove(at: 2)
        try write(dir, all)
        #expect(try store.verifyAudit().problems == ["record 3 is missing before line 3 (deleted)"])
    }

    @Test func reorderedRecordsAreNamed() throws {
        let (dir, store) = try populated()
        var all = try lines(dir)
        all.swapAt(2, 3)
        try write(dir, all)
        #expect(try store.verifyAudit().problems.first?.contains("line 3") == true)
    }

    @Test func insertedRecordIsNamed() throws {
        let (dir, store) = try populated()
        var all = try lines(dir)
        all.insert(all[1], at: 2)
        try write(dir, all)
        #expect(try store.verifyAudit().problems == ["line 3 holds record 2 where record 3 belongs (inserted or reordered)"])
    }

    @Test func truncatedTrailIsNamedAndRefused() throws {
        let (dir, store) = try populated()
        let all = try lines(dir)
        try write(dir, Array(all.prefix(4)))
        #expect(try store.verifyAudit().problems == ["the trail ends at record 4 but its anchor records 6: records 5–6 were cut off the end"])
        #expect(throws: StoreError.self) {
            try store.writeFiles(tester, action: "note.put", at: fixedNow) { try $0.put(Note(text: "x", version: 9), at: "notes/x.json") }
        }
    }

    @Test func truncatedMidRecordIsNamed() throws {
        let (dir, store) = try populated()
        let data = try fileData(dir, "audit/trail.jsonl")
        try writeFile(dir, "audit/trail.jsonl", data.prefix(data.count - 30))
        #expect(try store.verifyAudit().problems.first?.contains("cut mid-record") == true)
    }
}
