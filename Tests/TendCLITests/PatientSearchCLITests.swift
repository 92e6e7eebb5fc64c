import Foundation
import Testing

/// The command line finds patients by the same rule as the workstation's filters.
@Suite(.serialized) struct PatientSearchCLITests {
    func add(_ s: StoreFixture, name: String, dob: String, mrn: String, phone: String? = nil) throws -> String {
        var args = ["patient", "add", "--name", name, "--dob", dob, "--mrn", mrn, "--condition", "E11.9", "--condition", "I10"]
        if let phone { args += ["--phone", phone] }
        let r = try s.tend(arguments: args)
        try require(r.status == 0, "patient add failed: \(r.stderr)")
        return r.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test func listSearchIgnoresAccentsAndReadsDatesAndPhoneDigits() throws {
        let s = try StoreFixture.initialized()
        let lefevre = try add(s, name: "Lefèvre, Anne", dob: "1939-07-14", mrn: "M3", phone: "(555) 201-0007")
        let brown1 = try add(s, name: "Brown, Charles", dob: "1944-02-03", mrn: "M1")
        let brown2 = try add(s, name: "Brown, Charles", dob: "1951-11-30", mrn: "M2")
        func found(_ text: String) throws -> [String] {
            (try s.json("patient", "list", "--search", text, "--format", "json") as! [[String: Any]]).compactMap { $0["id"] as? String }
        }
        #expect(try found("lefevre") == [lefevre])
        #expect(try found("LEFÈVRE anne") == [lefevre])
        #expect(try found("555.201.0007") == [lefevre])
        #expect(try found("2/3/1944") == [brown1])
        #expect(try found("1951-11-30") == [brown2])
        #expect(Set(try found("brown")) == [brown1, brown2])
        #expect(try found("nobody").isEmpty)
    }

    @Test func aPatientNamedByTextIsNotGuessedButTheMatchesAreNamed() throws {
        let s = try StoreFixture.initialized()
        let brown1 = try add(s, name: "Brown, Charles", dob: "1944-02-03", mrn: "M1")
        _ = try add(s, name: "Brown, Charles", dob: "1951-11-30", mrn: "M2")
        let r = try s.tend("patient", "show", "brown")
        #expect(r.status != 0)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains("\(brown1) Brown, Charles (DOB 1944-02-03, MRN M1)"), "\(r.stderr)")
        #expect(r.stderr.contains("Brown, Charles (DOB 1951-11-30, MRN M2)"), "\(r.stderr)")
        #expect(r.stderr.contains("give the id or MRN"))
    }
}
