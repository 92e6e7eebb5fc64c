import Foundation
import Testing
import TendDomain

/// The permission table is complete, and it is the only place that names an audit action.
@Suite struct PermissionsTests {
    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Sources").standardized
    static let actionFile = "TendDomain/Staff/AuditAction.swift"

    @Test func everyActionHasExactlyOneRow() {
        #expect(Set(AuditAction.allCases.map(\.rawValue)).count == AuditAction.allCases.count)
        #expect(Permissions.table.map(\.action) == AuditAction.allCases)
        for action in AuditAction.allCases {
            #expect(Permissions.table.filter { $0.action == action }.count == 1, "\(action) needs one row")
            #expect(Permissions.rule(for: action).action == action)
        }
    }

    /// A constant declared in AuditAction.swift but left out of `allCases` would have no row and
    /// no walk test: every declared constant is in `allCases`.
    @Test func everyDeclaredActionIsInAllCases() throws {
        let text = try String(contentsOf: Self.sources.appendingPathComponent(Self.actionFile), encoding: .utf8)
        let declared = text.matches(of: /static let \w+ = AuditAction\(rawValue: "([^"]+)"\)/).map { String($0.output.1) }
        #expect(declared.count > 40)
        #expect(Set(declared) == Set(AuditAction.allCases.map(\.rawValue)))
        #expect(declared.count == AuditAction.allCases.count)
    }

    /// No source file but AuditAction.swift names an action by its text: not as a literal equal
    /// to an action's name, not by building an `AuditAction` from text, not as `action: "…"`.
    @Test func noSourceNamesAnActionByItsText() throws {
        let names = Set(AuditAction.allCases.map(\.rawValue))
        var offences: [String] = []
        let files = FileManager.default.enumerator(at: Self.sources, includingPropertiesForKeys: nil)!
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" }
        #expect(files.count > 100)
        for file in files {
            let path = file.standardized.path.replacingOccurrences(of: Self.sources.path + "/", with: "")
            guard path != Self.actionFile else { continue }
            let text = try String(contentsOf: file, encoding: .utf8)
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let literals = line.matches(of: /"([a-z][a-z]*\.[a-z][a-z.-]*)"/).map { String($0.output.1) }
                if literals.contains(where: names.contains) || line.contains("AuditAction(rawValue:") || line.contains("action: \"") {
                    offences.append("\(path):\(number + 1): \(line.trimmingCharacters(in: .whitespaces))")
                }
            }
        }
        #expect(offences.isEmpty, "audit actions named by text outside \(Self.actionFile):\n\(offences.joined(separator: "\n"))")
    }

    @Test func specialRulesAreRowsOfTheTable() {
        let supervisorOrAdmin: Set<Role> = [.supervisor, .admin]
        #expect(Permissions.rule(for: .timeLog).forAnotherStaffMember == supervisorOrAdmin)
        #expect(Permissions.rule(for: .monthComplex).forAnotherStaffMember == supervisorOrAdmin)
        for action in [AuditAction.timeLog, .timeVoid, .timeCorrect, .monthComplex, .monthBilledElsewhere] {
            #expect(Permissions.rule(for: action).amendingClosedMonth == supervisorOrAdmin, "\(action)")
        }
        #expect(Permissions.rule(for: .patientAdd).amendingClosedMonth == nil)
        #expect(Permissions.rule(for: .monthClose).deniedRoles == [.nurse, .practitioner, .admin])
        #expect(Permissions.rule(for: .monthReopen).deniedRoles == [.nurse, .practitioner, .supervisor])
    }

    @Test func allowsNeedsAnActiveMemberWithAnAllowedRole() {
        var nurse = StaffMember(login: "n", name: "N", credential: .RN, roles: [.nurse])
        #expect(Permissions.allows(nurse, .timeLog))
        #expect(!Permissions.allows(nurse, .supervisorTable))
        nurse.roles.insert(.supervisor)
        #expect(Permissions.allows(nurse, .supervisorTable))
        nurse.active = false
        #expect(!Permissions.allows(nurse, .timeLog))
    }
}
