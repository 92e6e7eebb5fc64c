import Foundation
import Testing
@testable import TendDomain

/// Fee schedules by calendar year (rules §8): every code has an amount that may be absent and a
/// status; the shipped CY2025 and CY2026 files hold the amounts and statuses of the rules doc.
@Suite("Fee schedules by year (rules §8)")
struct FeeScheduleByYearTests {
    static func money(_ text: String) -> Decimal { Decimal(string: text)! }

    @Test("shipped CY2026", arguments: [
        (CPTCode.c99490, "66.13", FeeStatus.confirmed), (.c99439, "50.44", .unconfirmed), (.c99487, "144.29", .unconfirmed),
        (.c99489, "78.16", .confirmed), (.c99491, nil, .notEntered), (.c99437, nil, .notEntered),
        (.c99424, nil, .notEntered), (.c99425, "61.46", .unconfirmed), (.c99426, nil, .notEntered), (.c99427, "45.42", .unconfirmed),
        (.g0556, nil, .notEntered), (.g0557, nil, .notEntered), (.g0558, nil, .notEntered),
        (.c99495, nil, .notEntered), (.c99496, nil, .notEntered),
    ] as [(CPTCode, String?, FeeStatus)])
    func cy2026(code: CPTCode, amount: String?, status: FeeStatus) throws {
        let fee = try #require(try FeeSchedule.bundled(year: 2026)).fee(for: code)
        #expect(fee.enteredAmount == amount.map(Self.money))
        #expect(fee.status == status)
        #expect(fee.maxUnits == code.defaultMaxUnits)
    }

    @Test("shipped CY2025", arguments: [
        (CPTCode.c99490, "60.49", FeeStatus.confirmed), (.c99437, "57.58", .confirmed), (.c99424, nil, .notEntered),
        (.c99427, nil, .notEntered), (.g0556, "15.00", .unconfirmed), (.g0557, "50.00", .unconfirmed),
        (.g0558, "110.00", .unconfirmed), (.c99495, nil, .notEntered),
    ] as [(CPTCode, String?, FeeStatus)])
    func cy2025(code: CPTCode, amount: String?, status: FeeStatus) throws {
        let fee = try #require(try FeeSchedule.bundled(year: 2025)).fee(for: code)
        #expect(fee.enteredAmount == amount.map(Self.money))
        #expect(fee.status == status)
    }

    @Test func shippedFilesNameEveryCodeTheirYearAndSources() throws {
        #expect(try FeeSchedule.bundled(year: 2027) == nil)
        #expect(try FeeSchedule.bundledSchedules().map(\.year) == [2025, 2026])
        for year in FeeSchedule.bundledYears {
            let data = try BundledData.data(named: "fee-schedule-cy\(year).json")
            let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
            let fees = try #require(object?["fees"] as? [String: Any])
            // Every code is written in the file itself, none left to the reader's default.
            #expect(Set(fees.keys) == Set(CPTCode.allCases.map(\.rawValue)), "CY\(year)")
            #expect(object?["year"] as? Int == year)
            #expect((object?["source"] as? String)?.isEmpty == false)
        }
    }

    @Test func aFeeWithoutStatusIsConfirmedAndContradictionsAreRefused() throws {
        let decoder = JSONDecoder()
        #expect(try decoder.decode(Fee.self, from: Data(#"{"amount":60.49,"maxUnits":1}"#.utf8)).status == .confirmed)
        #expect(try decoder.decode(Fee.self, from: Data(#"{"maxUnits":1}"#.utf8)).status == .notEntered)
        #expect(try decoder.decode(Fee.self, from: Data(#"{"amount":1,"maxUnits":1,"status":"unconfirmed"}"#.utf8)).isPriced == false)
        #expect(throws: DecodingError.self) { try decoder.decode(Fee.self, from: Data(#"{"amount":1,"maxUnits":1,"status":"not-entered"}"#.utf8)) }
        #expect(throws: DecodingError.self) { try decoder.decode(Fee.self, from: Data(#"{"maxUnits":1,"status":"confirmed"}"#.utf8)) }
        // Round trip of each status.
        for fee in [Fee(amount: 5, maxUnits: 1), Fee(amount: 5, confirmed: false, maxUnits: 2), Fee.notEntered(maxUnits: 1)] {
            #expect(try decoder.decode(Fee.self, from: JSONEncoder().encode(fee)) == fee)
        }
        // An absent amount ranks as 0 for the engine.
        #expect(Fee.notEntered(maxUnits: 1).amount == 0)
    }

    @Test func unpricedCodesOfASetOfLines() throws {
        let cy2026 = try #require(try FeeSchedule.bundled(year: 2026))
        let lines = [CodeLine(code: .c99490, units: 1), CodeLine(code: .c99439, units: 2), CodeLine(code: .c99491, units: 1)]
        #expect(cy2026.unpriced(lines) == [UnpricedCode(code: .c99439, status: .unconfirmed), UnpricedCode(code: .c99491, status: .notEntered)])
        #expect(cy2026.unpriced(lines).map(\.description) == ["99439 unconfirmed", "99491 not entered"])
        #expect(cy2026.isPriced([CodeLine(code: .c99490, units: 1), CodeLine(code: .c99489, units: 3)]))
        #expect(!cy2026.isPriced([CodeLine(code: .c99487, units: 1)]))
        #expect(cy2026.isPriced([]))
        let month = try YearMonth.parse("2026-12")
        #expect(cy2026.monthWarning(month, unpricedPatients: 0) == nil)
        #expect(cy2026.monthWarning(month, unpricedPatients: 2)?.hasPrefix("unpriced: 2 patient-months bill codes without a confirmed amount in CY2026") == true)
    }

    @Test func aYearWithoutScheduleHasNoAmountsButTheDefaultUnits() throws {
        let missing = FeeSchedule.missing(year: 2027)
        #expect(missing.isMissing && missing.year == 2027)
        for code in CPTCode.allCases {
            #expect(missing.fee(for: code).status == .notEntered && missing.fee(for: code).maxUnits == code.defaultMaxUnits)
        }
        let january = try YearMonth.parse("2027-01")
        #expect(missing.monthWarning(january, unpricedPatients: 0)?.hasPrefix("unpriced: no fee schedule for 2027") == true)
        #expect(try !#require(try FeeSchedule.bundled(year: 2026)).isMissing)
    }

    @Test func thePracticesAmountIsConfirmedInWholeCents() throws {
        let cy2026 = try #require(try FeeSchedule.bundled(year: 2026))
        let set = try cy2026.setting(.c99439, to: Self.money("50.44"))
        #expect(set.fee(for: .c99439) == Fee(amount: Self.money("50.44"), confirmed: true, maxUnits: 2))
        #expect(set.fee(for: .c99487).status == .unconfirmed)
        #expect(throws: DomainError("the amount for 99439 must not be negative (got -1)")) { try cy2026.setting(.c99439, to: -1) }
        #expect(throws: DomainError("the amount for 99439 must be in whole cents (got 50.445)")) {
            try cy2026.setting(.c99439, to: Self.money("50.445"))
        }
    }

    @Test("years", arguments: [(2014, false), (2015, true), (2099, true), (2100, false)])
    func yearRange(year: Int, accepted: Bool) throws {
        if accepted {
            try FeeSchedule.checkYear(year)
            #expect(try FeeSchedule.empty(year: year).year == year)
        } else {
            #expect(throws: DomainError("year \(year) is out of range: a fee schedule is for a year from 2015 to 2099")) {
                try FeeSchedule.checkYear(year)
            }
        }
    }

    @Test("the year a name says", arguments: [
        ("CY2025 national non-facility", nil, 2025), ("Riverside 2026 locality", nil, 2026), ("Fees", "2024-01-01", 2024),
        ("Fees", nil, nil), ("Plan 12026", nil, nil), ("Fees 1999", nil, nil), ("Fees 2024", "2023-01-01", 2024),
    ] as [(String, String?, Int?)])
    func yearNamed(name: String, effective: String?, year: Int?) throws {
        #expect(try FeeSchedule(name: name, effective: effective, fees: FeeSchedule.bundledDefault().fees).yearNamed == year)
    }
}
