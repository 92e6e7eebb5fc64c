import Foundation
import Testing
import TendTestSupport
@testable import TendStore

@Suite struct CommitTests {
    @Test func writeIsReadableAndAudited() throws {
        let dir = TempDirectory()
        let store = try makeStore(dir)
        try store.writeFiles(tester, action: "note.put", patient: "P1", at: fixedNow) { change in
            try change.put(Note(text: "hello", version: 1), at: "notes/a.json")
            change.summary = "wrote a"
            change.describe(Note(text: "hello", version: 1))
        }
        #expect(try store.document(Note.self, at: "notes/a.json").text == "hello")
        let records = try store.auditRecords()
        #expect(records.map(\.action) == ["store.init", "note.put"])
        #expect(records[1].login == "tester" && records[1].uid == 4242 && records[1].patient == "P1")
        #expect(records[1].ops.map(\.path) == ["notes/a.json"])
        #expect(records[1].change == .object(["text": .string("hello"), "version": .number(1)]))
        #expect(try store.verifyAudit().isIntact)
    }

    @Test func filesGetExplicitModesWhateverTheUmask() throws {
        let old = umask(0o077)
        defer { umask(old) }
        let dir = TempDirectory()
        let store = try makeStore(dir)
        try store.writeFiles(tester, action: "note.put", at: fixedNow) { try $0.put(Note(text: "x", version: 1), at: "notes/a.json") }
        func mode(_ path: String) throws -> Int {
            let attributes = try FileManager.default.attributesOfItem(atPath: dir.url.appendingPathComponent(path).path)
            return (attributes[.posixPermissions] as! NSNumber).intValue
        }
        #expect(try mode("notes/a.json") == 0o660)
        #expect(try mode("audit/trail.jsonl") == 0o660)
        #expect(try mode("store.json") == 0o660)
        #expect(try mode("notes") & 0o777 == 0o770)
        #expect(try mode("") & 0o777 == 0o770)
    }

    @Test func openRefusesANewerStore() throws {
        let dir = TempDirectory()
        _ = try makeStore(dir)
        let newer = StoreSettings(schemaVersion: 99, practice: "P", timeZone: "UTC", createdAt: fixedNow, createdBy: "x")
        try writeFile(dir, "store.json", SealedDocument.seal(newer))
        #expect(throws: StoreError.tooNew(path: dir.url.path, found: 99, supported: JSONFileStore.schemaVersion)) {
            try JSONFileStore.open(at: dir.url)
        }
    }

    @Test func missingStoreIsNamed() throws {
        let dir = TempDirectory()
        #expect(throws: StoreError.notAStore(path: dir.url.path)) { try JSONFileStore.open(at: dir.url) }
    }

    @Test(arguments: [CrashPoint.afterStaging, .afterAuditAppend, .afterFirstApply])
    func crashAtAnyStepRecovers(point: CrashPoint) throws {
        let dir = TempDirectory()
        var store = try makeStore(dir)
        try store.writeFiles(tester, action: "note.put", at: fixedNow) { try $0.put(Note(text: "v1", version: 1), at: "notes/a.json") }
        store.log.crashPoint = point
        #expect(throws: SimulatedCrash.self) {
            try store.writeFiles(tester, action: "note.put", at: fixedNow) { change in
                try change.put(Note(text: "v2", version: 2), at: "notes/a.json")
                try change.put(Note(text: "b", version: 1), at: "notes/b.json")
            }
        }
        store = try JSONFileStore.open(at: dir.url)
        let a = try store.document(Note.self, at: "notes/a.json")
        let b = try store.optionalDocument(Note.self, at: "notes/b.json")
        if point == .afterStaging {
            // Not committed: never acknowledged, and nothing of it is visible.
            #expect(a.text == "v1" && b == nil)
            #expect(try store.auditRecords().count == 2)
        } else {
            // Committed: both files are in place, as the audit record says.
            #expect(a.text == "v2" && b?.text == "b")
            #expect(try store.auditRecords().count == 3)
            #expect(store.recoveryMessage?.contains("completed") == true)
        }
        #expect(try store.list("txn").isEmpty)
        #expect(try store.verifyAudit().isIntact)
    }

    @Test func tornAuditRecordIsSetAsideNotLost() throws {
        let dir = TempDirectory()
        _ = try makeStore(dir)
        let handle = try FileHandle(forWritingTo: dir.url.appendingPathComponent("audit/trail.jsonl"))
        handle.seekToEndOfFile()
        handle.write(Data("{\"seq\":2,\"prev\":\"abc".utf8))
        try handle.close()
        let store = try JSONFileStore.open(at: dir.url)
        #expect(store.recoveryMessage?.contains("discarded") == true)
        #expect(try store.verifyAudit().isIntact)
        let kept = try FileManager.default.contentsOfDirectory(atPath: dir.url.appendingPathComponent("audit").path)
        #expect(kept.contains { $0.hasPrefix("discarded-2-") })
    }
}

@Suite struct BatchReadTests {
    struct Other: Codable, Sendable { var unrelated: Int }

    @Test func manyDocumentsReadInOrderAndAWrongShapedOneIsNamed() throws {
        let dir = TempDirectory()
        let store = try makeStore(dir)
        try store.writeFiles(tester, action: "note.put", at: fixedNow) { change in
            for i in 0..<50 { try change.put(Note(text: "n\(i)", version: i), at: "notes/\(String(format: "%03d", i)).json") }
        }
        let paths = (0..<50).map { "notes/\(String(format: "%03d", $0)).json" }
        #expect(try store.documents(Note.self, at: paths).map(\.version) == Array(0..<50))
        // Every count, including those that leave the last batches empty.
        for count in 0...50 {
            #expect(try store.documents(Note.self, at: Array(paths.prefix(count))).map(\.version) == Array(0..<count))
        }
        // A sealed file of another shape: the batch fails, and the per-file retry names it.
        try writeFile(dir, "notes/017.json", SealedDocument.seal(Other(unrelated: 1)))
        do {
            _ = try store.documents(Note.self, at: paths)
            Issue.record("expected an error")
        } catch let error as StoreError {
            #expect(error.description.contains("notes/017.json"))
        }
    }
}
