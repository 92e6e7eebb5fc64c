import Foundation
import Testing
@testable import TendServices
import TendDomain
import TendFHIR
import TendStore
import TendTestSupport

/// `Session.exportFHIR`: the files, the manifest, the claims of closed months, the directory
/// rules, the permission and the audit record.
@Suite struct FHIRExportTests {
    /// The resources of one NDJSON file of `directory`, parsed.
    static func resources(_ type: String, in directory: URL) throws -> [[String: Any]] {
        let url = directory.appendingPathComponent("\(type).ndjson")
        guard FileManager.default.fileExists(atPath: url.path) else { return [] }
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(text.hasSuffix("\n"))
        return try text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map {
            try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any]
        }
    }

    static func manifest(in directory: URL) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(contentsOf: directory.appendingPathComponent("manifest.json"))) as! [String: Any]
    }

    @Test func aClosedMonthGoesOutWithEveryResourceTypeAndAManifestThatCountsThem() throws {
        let f = try ServicesFixture()
        try f.giveDoctorNPI()
        let id = try f.octoberPatient(minutes: 45)
        _ = try f.octoberPatient(name: "Baker, Bob", minutes: 5)
        try f.session(f.boss).closeMonth(f.october)
        let out = TempDirectory("fhir-out")
        let result = try f.session(f.boss).exportFHIR(FHIRExportRequest(directory: out.path, mrnSystem: "urn:oid:1.2.3"))
        #expect(result.patients == 2 && result.months == [f.october] && result.problems.isEmpty)
        let counts = Dictionary(uniqueKeysWithValues: result.counts.map { ($0.resourceType, $0.count) })
        #expect(counts == ["Patient": 2, "Condition": 4, "CarePlan": 2, "Goal": 2, "Consent": 2, "ChargeItem": 2, "DocumentReference": 1])

        let manifest = try Self.manifest(in: out.url)
        let files = manifest["output"] as! [[String: Any]]
        #expect(files.map { $0["type"] as! String } == ["Patient", "Condition", "CarePlan", "Goal", "Consent", "ChargeItem", "DocumentReference"])
        for file in files {
            let lines = try Self.resources(file["type"] as! String, in: out.url)
            #expect(lines.count == file["count"] as? Int && file["url"] as? String == "\(file["type"]!).ndjson")
        }
        #expect(manifest["transactionTime"] as? String == "2026-11-16T17:00:00Z" && manifest["requiresAccessToken"] as? Bool == false)

        let charges = try Self.resources("ChargeItem", in: out.url)
        #expect(charges.map { ($0["code"] as! [String: Any])["coding"] as! [[String: Any]] }.map { $0[0]["code"] as! String } == ["99490", "99439"])
        #expect(charges.allSatisfy { ($0["occurrencePeriod"] as! [String: String]) == ["start": "2026-10-01", "end": "2026-10-31"] })
        let performer = ((charges[0]["performer"] as! [[String: Any]])[0]["actor"] as! [String: Any])["identifier"] as! [String: String]
        #expect(performer == ["system": "http://hl7.org/fhir/sid/us-npi", "value": "1234567893"])
        let subject = (charges[0]["subject"] as! [String: Any])["identifier"] as! [String: Any]
        #expect(subject["system"] as? String == "urn:oid:1.2.3" && subject["value"] as? String == "M000001")

        let document = try Self.resources("DocumentReference", in: out.url)[0]
        let attachment = ((document["content"] as! [[String: Any]])[0]["attachment"] as! [String: Any])
        let text = String(decoding: Data(base64Encoded: attachment["data"] as! String)!, as: UTF8.self)
        let packet = AuditPacketRenderer.render(try f.session(f.boss).auditPacket(id, month: f.october), style: .text)
        #expect(text == packet && text.contains(id.rawValue) && text.contains("99490") && attachment["contentType"] as? String == "text/plain; charset=utf-8")
        #expect(document["id"] as? String == "\(id)-2026-10-audit-packet")
    }

    @Test func idsAreStableAndASecondExportReplacesTheFirst() throws {
        let f = try ServicesFixture()
        try f.giveDoctorNPI()
        _ = try f.octoberPatient(minutes: 45)
        try f.session(f.boss).closeMonth(f.october)
        let out = TempDirectory("fhir-out")
        _ = try f.session(f.boss).exportFHIR(FHIRExportRequest(directory: out.path))
        let first = try FHIRBulkOutput.resourceTypes.flatMap { try Self.resources($0, in: out.url).map { $0["id"] as! String } }
        let patientFile = try Data(contentsOf: out.appending("Patient.ndjson"))
        // Later: the store did not change, the same ids and the same bytes (the DocumentReference carries the export's instant).
        _ = try f.session(f.boss, at: f.date("2026-11-20T12:00:00Z")).exportFHIR(FHIRExportRequest(directory: out.path))
        let second = try FHIRBulkOutput.resourceTypes.flatMap { try Self.resources($0, in: out.url).map { $0["id"] as! String } }
        #expect(first == second && !first.isEmpty)
        #expect(try Data(contentsOf: out.appending("Patient.ndjson")) == patientFile)
        // An export with no claims removes the old ChargeItem file instead of leaving it stale.
        _ = try f.session(f.boss).exportFHIR(FHIRExportRequest(directory: out.path, since: try LocalDate.parse("2026-11-17")))
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted() == ["manifest.json"])
        #expect((try Self.manifest(in: out.url)["output"] as! [Any]).isEmpty)
    }

    @Test func aDirectoryWithOtherFilesIsRefusedAndLeftAlone() throws {
        let f = try ServicesFixture()
        _ = try f.patient()
        let out = try TempDirectory("fhir-out").created()
        try Data("keep me".utf8).write(to: out.appending("notes.txt"))
        #expect(throws: DomainError.self) { try f.session(f.boss).exportFHIR(FHIRExportRequest(directory: out.path)) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path) == ["notes.txt"])
        // A manifest that tend did not write does not make the directory an export.
        try Data("{\"output\":[]}".utf8).write(to: out.appending("manifest.json"))
        try FileManager.default.removeItem(at: out.appending("notes.txt"))
        #expect(throws: DomainError.self) { try f.session(f.boss).exportFHIR(FHIRExportRequest(directory: out.path)) }
        // A file, and a directory whose parent is missing.
        #expect(throws: DomainError.self) { try f.session(f.boss).exportFHIR(FHIRExportRequest(directory: out.appending("manifest.json").path)) }
        #expect(throws: DomainError.self) { try f.session(f.boss).exportFHIR(FHIRExportRequest(directory: out.appending("a/b").path)) }
        // A previous tend export with a stranger's file added is refused too.
        let previous = TempDirectory("fhir-out")
        _ = try f.session(f.boss).exportFHIR(FHIRExportRequest(directory: previous.path))
        try Data("x".utf8).write(to: previous.appending("Observation.ndjson"))
        #expect(throws: DomainError.self) { try f.session(f.boss).exportFHIR(FHIRExportRequest(directory: previous.path)) }
        #expect(FileManager.default.fileExists(atPath: previous.appending("Observation.ndjson").path))
    }

    @Test func filesAreReadableByTheExportingAccountOnly() throws {
        let f = try ServicesFixture()
        _ = try f.patient()
        let out = TempDirectory("fhir-out")
        _ = try f.session(f.boss).exportFHIR(FHIRExportRequest(directory: out.path))
        for name in ["Patient.ndjson", "manifest.json"] {
            let mode = try FileManager.default.attributesOfItem(atPath: out.appending(name).path)[.posixPermissions] as! Int
            #expect(mode == 0o600, "\(name): \(String(mode, radix: 8))")
        }
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty)
    }

    @Test func onlyASupervisorOrAdminExportsAndTheExportIsAudited() throws {
        let f = try ServicesFixture()
        _ = try f.patient()
        let out = TempDirectory("fhir-out")
        #expect(throws: StoreError.self) { try f.session(f.nurse).exportFHIR(FHIRExportRequest(directory: out.path)) }
        #expect(!FileManager.default.fileExists(atPath: out.path))
        let denial = try f.lastAudit()
        #expect(denial.action == "export.fhir" && denial.outcome == .denied)
        _ = try f.session(f.admin).exportFHIR(FHIRExportRequest(directory: out.path))
        let record = try f.lastAudit()
        #expect(record.action == "export.fhir" && record.outcome == .ok && record.login == "admin")
        #expect(record.summary.contains("1 Patient") && record.summary.contains(out.url.lastPathComponent))
    }

    @Test func sinceKeepsThePatientsChangedSinceThenAndTheMonthsClosedSinceThen() throws {
        let f = try ServicesFixture()
        try f.giveDoctorNPI()
        let october = try f.octoberPatient(name: "Able, Ann", minutes: 25)
        try f.session(f.boss, at: f.date("2026-11-02T15:00:00Z")).closeMonth(f.october)
        let later = try f.session(f.nurse, at: f.date("2026-11-10T15:00:00Z"))
        let changed = try f.patient(later)
        let out = TempDirectory("fhir-out")
        let result = try f.session(f.boss).exportFHIR(FHIRExportRequest(directory: out.path, since: try LocalDate.parse("2026-11-05")))
        #expect(try Self.resources("Patient", in: out.url).map { $0["id"] as! String } == [changed.rawValue])
        #expect(try result.months.isEmpty && Self.resources("ChargeItem", in: out.url).isEmpty)
        // A change to a care plan counts as a change of its patient; the close on 2026-11-02 counts from that day.
        try f.session(f.nurse, at: f.date("2026-11-12T15:00:00Z")).changePlan(october, [.setElement(.prognosis, text: "Stable")])
        let again = try f.session(f.boss).exportFHIR(FHIRExportRequest(directory: out.path, since: try LocalDate.parse("2026-11-02")))
        #expect(Set(try Self.resources("Patient", in: out.url).map { $0["id"] as! String }) == [changed.rawValue, october.rawValue])
        #expect(try again.months == [f.october] && Self.resources("ChargeItem", in: out.url).count == 1)
    }

    @Test func theClaimsOfAMonthClosedSinceBringTheirPatientsSoEveryReferenceResolves() throws {
        let f = try ServicesFixture()
        try f.giveDoctorNPI()
        let billed = try f.octoberPatient(name: "Able, Ann", minutes: 25) // record and plan written on 2026-10-05
        _ = try f.octoberPatient(name: "Baker, Bob", minutes: 5)
        try f.session(f.boss).closeMonth(f.october) // 2026-11-16
        let out = TempDirectory("fhir-out")
        let result = try f.session(f.boss).exportFHIR(FHIRExportRequest(directory: out.path, since: try LocalDate.parse("2026-11-15")))
        #expect(result.months == [f.october] && result.patients == 1)
        #expect(try Self.resources("Patient", in: out.url).map { $0["id"] as! String } == [billed.rawValue])
        let ids = try Set(FHIRBulkOutput.resourceTypes.flatMap { type in try Self.resources(type, in: out.url).map { "\(type)/\($0["id"] as! String)" } })
        var checked = 0
        for type in FHIRBulkOutput.resourceTypes {
            for resource in try Self.resources(type, in: out.url) {
                for reference in Self.literalReferences(in: resource) {
                    #expect(ids.contains(reference), "\(type) refers to \(reference)")
                    checked += 1
                }
            }
        }
        #expect(checked > 10)
    }

    /// Every `reference` string in a resource.
    static func literalReferences(in value: Any) -> [String] {
        if let object = value as? [String: Any] {
            return ((object["reference"] as? String).map { [$0] } ?? []) + object.values.flatMap(literalReferences)
        }
        return (value as? [Any])?.flatMap(literalReferences) ?? []
    }

    @Test func patientAndMonthNarrowTheExportAndAnOpenMonthIsRefused() throws {
        let f = try ServicesFixture()
        try f.giveDoctorNPI()
        let able = try f.octoberPatient(name: "Able, Ann", minutes: 25)
        _ = try f.octoberPatient(name: "Baker, Bob", minutes: 25)
        let out = TempDirectory("fhir-out")
        #expect(throws: DomainError.self) { try f.session(f.boss).exportFHIR(FHIRExportRequest(directory: out.path, month: f.october)) }
        try f.session(f.boss).closeMonth(f.october)
        let result = try f.session(f.boss).exportFHIR(FHIRExportRequest(directory: out.path, patients: [able], month: f.october))
        #expect(result.patients == 1 && result.months == [f.october])
        #expect(try Self.resources("Patient", in: out.url).map { $0["id"] as! String } == [able.rawValue])
        let subjects = try Self.resources("ChargeItem", in: out.url).map { (($0["subject"] as! [String: Any])["identifier"] as! [String: Any])["value"] as! String }
        #expect(subjects == ["M000001"])
    }

    @Test func aBillableMonthWithoutAnNPIIsReportedNotExported() throws {
        let f = try ServicesFixture()
        _ = try f.octoberPatient(name: "Able, Ann")
        try f.session(f.boss).closeMonth(f.october)
        let out = TempDirectory("fhir-out")
        let result = try f.session(f.boss).exportFHIR(FHIRExportRequest(directory: out.path))
        #expect(result.problems.count == 1 && result.problems[0].problem.message.contains("NPI"))
        #expect(try Self.resources("ChargeItem", in: out.url).isEmpty && Self.resources("Patient", in: out.url).count == 1)
    }
}
