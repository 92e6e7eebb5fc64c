import Foundation
import Testing
import TendDomain

/// docs/roles.md is generated from the permission table; this fails when it is stale.
/// Regenerate with `TEND_RECORD_DOCS=1 swift test --filter RolesDocTests`.
@Suite struct RolesDocTests {
    static let docURL = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../docs/roles.md").standardized

    @Test func docsMatchTheTable() throws {
        let expected = Permissions.markdown()
        if ProcessInfo.processInfo.environment["TEND_RECORD_DOCS"] == "1" {
            try expected.write(to: Self.docURL, atomically: true, encoding: .utf8)
        }
        let onDisk = try String(contentsOf: Self.docURL, encoding: .utf8)
        #expect(onDisk == expected, "docs/roles.md is stale: run TEND_RECORD_DOCS=1 swift test --filter RolesDocTests")
    }

    @Test func everyActionAndRoleIsDocumented() {
        let markdown = Permissions.markdown()
        for rule in Permissions.table {
            #expect(markdown.contains("| `\(rule.action.rawValue)` | \(rule.summary)"), "\(rule.action)")
        }
        for role in Role.allCases { #expect(markdown.contains("| `\(role.rawValue)` | \(role.summary) |")) }
        // Closing a month: supervisor only (not admin), as the table says.
        #expect(markdown.contains("| `month.close` | close a month | no | no | yes | no |"))
        #expect(markdown.contains("| `time.log` | the same, for another staff member (`--as`) or on their entries | no | no | yes | yes |"))
    }
}
