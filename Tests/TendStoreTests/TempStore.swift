import Foundation
@testable import TendStore

/// A fresh store in a temporary directory, removed when the test's scope ends.
final class TempDirectory {
    let url: URL
    init() {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("tend-store-test-\(UUID().uuidString)")
    }
    deinit { try? FileManager.default.removeItem(at: url) }
}

struct Note: Codable, Equatable, Sendable {
    var text: String
    var version: Int
}

let tester = Account(uid: 4242, login: "tester")
let fixedNow = Date(timeIntervalSince1970: 1_764_000_000)

func makeStore(_ dir: TempDirectory) throws -> JSONFileStore {
    let settings = StoreSettings(schemaVersion: JSONFileStore.schemaVersion, practice: "Test Practice",
                                 timeZone: "America/New_York", createdAt: fixedNow, createdBy: tester.login)
    return try JSONFileStore.create(at: dir.url, settings: settings, account: tester, at: fixedNow) { _ in }
}

func fileData(_ dir: TempDirectory, _ path: String) throws -> Data {
    try Data(contentsOf: dir.url.appendingPathComponent(path))
}

func writeFile(_ dir: TempDirectory, _ path: String, _ data: Data) throws {
    try data.write(to: dir.url.appendingPathComponent(path))
}
