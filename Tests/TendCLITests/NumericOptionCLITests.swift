import Foundation
import Testing

/// Every numeric option refuses a negative, zero or too large value with a usage error (exit
/// status 64) naming the option and its range: nothing traps, nothing is written.
@Suite(.serialized) struct NumericOptionCLITests {
    @Test func outOfRangeValuesAreUsageErrorsNotCrashes() throws {
        let s = try StoreFixture.initialized()
        let id = try s.addPatient()
        let cases: [([String], String)] = [
            (["audit", "log", "--last", "-1"], "--last must be at least 1 (got -1)"),
            (["audit", "log", "--last", "0"], "--last must be at least 1 (got 0)"),
            (["audit", "log", "--last=-1"], "--last must be at least 1 (got -1)"),
            (["audit", "log", "--last", "-9223372036854775808"], "--last must be at least 1"),
            (["patient", "update", id, "--phone", "555-0100", "--expect-version", "-1"], "--expect-version must be at least 1 (got -1)"),
            (["patient", "update", id, "--phone", "555-0100", "--expect-version", "0"], "--expect-version must be at least 1 (got 0)"),
            (["plan", "set", id, "problems", "x", "--expect-version", "-1"], "--expect-version must be at least 0 (got -1)"),
            (["time", "log", id, "--minutes=-5", "--activity", "call", "--note", "n"], "--minutes must be between 1 and 1440 (got -5)"),
            (["time", "log", id, "--minutes", "0", "--activity", "call", "--note", "n"], "--minutes must be between 1 and 1440 (got 0)"),
            (["time", "log", id, "--minutes", "-5", "--activity", "call", "--note", "n"], "--minutes must be between 1 and 1440 (got -5)"),
            (["time", "log", id, "--minutes", "9223372036854775807", "--activity", "call", "--note", "n"], "--minutes must be between 1 and 1440"),
            (["demo", "--patients", "0"], "--patients must be between 1 and 200000 (got 0)"),
            (["demo", "--patients", "-3"], "--patients must be between 1 and 200000 (got -3)"),
            (["demo", "--patients", "9223372036854775807"], "--patients must be between 1 and 200000"),
            (["demo", "--months", "0"], "--months must be between 1 and 120 (got 0)"),
            (["demo", "--months", "121"], "--months must be between 1 and 120 (got 121)"),
            (["demo", "--seed", "-1"], "The value '-1' is invalid for '--seed"),
        ]
        let trail = s.root.appendingPathComponent("audit/trail.jsonl")
        let before = try Data(contentsOf: trail)
        for (arguments, message) in cases {
            let r = try s.tend(arguments: arguments)
            #expect(r.status == 64, "\(arguments): status \(r.status), \(r.stderr)")
            #expect(r.stderr.contains(message), "\(arguments): \(r.stderr)")
        }
        // Refused before anything ran: the audit trail holds no new record.
        #expect(try Data(contentsOf: trail) == before)
    }

    @Test func valuesAtTheLimitsWork() throws {
        let s = try StoreFixture.initialized()
        let all = try s.tend("audit", "log", "--last", "9223372036854775807")
        #expect(all.status == 0, "\(all.stderr)")
        let one = try s.tend("audit", "log", "--last", "1", "--format", "json")
        #expect(one.status == 0, "\(one.stderr)")
        #expect((try JSONSerialization.jsonObject(with: Data(one.stdout.utf8)) as? [Any])?.count == 1)
        // A number too large for the type is refused by the parser, also as a usage error.
        #expect(try s.tend("audit", "log", "--last", "99999999999999999999").status == 64)
    }
}
