import Foundation
import Testing
@testable import TendDomain

@Suite("Fee schedule and money (rules §6)")
struct FeeScheduleTests {
    @Test("bundled CY2025 defaults", arguments: [
        (CPTCode.c99490, "60.49", 1), (.c99439, "45.93", 2), (.c99487, "131.65", 1),
        (.c99489, "70.52", 10), (.c99491, "82.16", 1), (.c99437, "57.58", 2),
    ])
    func defaults(code: CPTCode, amount: String, maxUnits: Int) throws {
        let fee = try FeeSchedule.bundledDefault().fee(for: code)
        #expect(fee.amount == Decimal(amount))
        #expect(fee.maxUnits == maxUnits)
    }

    @Test func rulesExampleTotals() throws {
        let fees = try FeeSchedule.bundledDefault()
        #expect(fees.fee(for: .c99490).amount + 2 * fees.fee(for: .c99439).amount == Decimal("152.35"))
        #expect(fees.fee(for: .c99487).amount + fees.fee(for: .c99489).amount == Decimal("202.17"))
        #expect(fees.name == "CY2025 national non-facility")
    }

    func json(_ fees: String) -> Data {
        Data(#"{"name":"Test","fees":{\#(fees)}}"#.utf8)
    }

    static let complete = #""99490":{"amount":60.49,"maxUnits":1},"99439":{"amount":45.93,"maxUnits":2},"99487":{"amount":131.65,"maxUnits":1},"99489":{"amount":70.52,"maxUnits":10},"99491":{"amount":82.16,"maxUnits":1},"99437":{"amount":57.58,"maxUnits":2}"#

    @Test func roundTripsAndKeysByCode() throws {
        let schedule = try FeeSchedule(json: json(Self.complete))
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let text = String(decoding: try encoder.encode(schedule), as: UTF8.self)
        #expect(text.contains(#""99490":{"amount":60.49,"maxUnits":1,"status":"confirmed"}"#))
        #expect(try FeeSchedule(json: Data(text.utf8)) == schedule)
    }

    @Test("validation errors", arguments: [
        (complete.replacingOccurrences(of: #""99491":{"amount":82.16,"maxUnits":1},"#, with: ""), "fee schedule has no fee for 99491"),
        (complete.replacingOccurrences(of: "60.49", with: "-1"), "fee for 99490 must not be negative"),
        (complete.replacingOccurrences(of: "60.49", with: "60.495"), "fee for 99490 must be in whole cents"),
        (complete.replacingOccurrences(of: #""99487":{"amount":131.65,"maxUnits":1}"#, with: #""99487":{"amount":131.65,"maxUnits":0}"#),
         "max units for 99487 must be between 1 and 99"),
        (complete.replacingOccurrences(of: #""maxUnits":10"#, with: #""maxUnits":-1"#), "max units for 99489 must be between 0 and 99"),
    ])
    func invalid(fees: String, message: String) {
        #expect(throws: DomainError(message)) { try FeeSchedule(json: json(fees)) }
    }

    @Test func addOnsMayHaveZeroUnits() throws {
        let fees = Self.complete.replacingOccurrences(of: #""maxUnits":10"#, with: #""maxUnits":0"#)
        #expect(try FeeSchedule(json: json(fees)).fee(for: .c99489).maxUnits == 0)
    }

    @Test func malformedJSONHasClearMessage() {
        #expect {
            try FeeSchedule(json: Data(#"{"fees":{}}"#.utf8))
        } throws: { error in
            (error as? DomainError)?.message.contains("missing 'name'") == true
        }
    }

    @Test("money formatting", arguments: [
        ("152.35", "$152.35"), ("0", "$0.00"), ("60.4", "$60.40"), ("0.05", "$0.05"), ("12096", "$12,096.00"),
        ("1234567.891", "$1,234,567.89"), ("-5", "-$5.00"), ("0.005", "$0.01"),
    ])
    func format(amount: String, expected: String) {
        #expect(Money.format(Decimal(amount)) == expected)
    }

    @Test func parseMoney() throws {
        #expect(try Money.parse("$60.49") == Decimal("60.49"))
        #expect(try Money.parse("7") == Decimal(7))
        for bad in ["", "1.234", "-1", "abc", "1,000", "1."] {
            #expect(throws: DomainError.self) { try Money.parse(bad) }
        }
    }
}
