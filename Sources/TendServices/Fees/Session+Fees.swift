import Foundation
import TendDomain
import TendStore

/// A year's fee schedule as the store has it, and the other years it has one for.
public struct FeeScheduleView: Sendable {
    /// The year asked for.
    public var year: Int
    /// The store's schedule of that year, nil when it has none (its months are unpriced).
    public var schedule: FeeSchedule?
    /// Every year the store has a schedule for, oldest first.
    public var years: [Int]
}

extension Session {
    /// The fee schedule of `year` (supervisor or admin).
    public func feeSchedule(year: Int) throws -> FeeScheduleView {
        try require(.feesShow, doing: "reading the fee schedule")
        try FeeSchedule.checkYear(year)
        return try store.read {
            FeeScheduleView(year: year, schedule: try store.feeSchedule(year: year), years: try store.feeScheduleYears())
        }
    }

    /// Enters the practice's own amount for one code in `year`'s schedule (admin only, audited):
    /// the amount is confirmed from then on. A year without a schedule gets one in which only
    /// this code has an amount. Months already closed keep the schedule frozen at their close.
    @discardableResult
    public func setFee(_ code: String, amount: String, year: Int) throws -> FeeSchedule {
        try require(.feesSet, doing: "changing the fee schedule")
        try FeeSchedule.checkYear(year)
        let code = try FeeInput.code(code)
        let amount = try FeeInput.amount(amount, for: code)
        return try store.commit(account, action: .feesSet, at: now) { change in
            let before = try store.feeSchedule(year: year)
            let schedule = try (before ?? FeeSchedule.empty(year: year)).setting(code, to: amount)
            try change.put(schedule, year: year)
            change.summary = "set \(code.rawValue) to \(Money.format(amount)) (confirmed) in the CY\(year) fee schedule"
                + (before.map { " (was \(FeeInput.describe($0.fee(for: code))))" } ?? " (new schedule for \(year))")
            change.describe(FeeChange(year: year, code: code, fee: schedule.fee(for: code)))
            return schedule
        }
    }

    /// Imports amounts into `year`'s schedule from CSV text with the columns `code` and
    /// `amount`, optionally `max_units` (admin only, audited, one commit). All or nothing: every bad row is named by
    /// its line and nothing is written if any row is bad. Each imported amount is confirmed;
    /// codes the file does not name keep their amounts. Returns the codes set, in file order.
    @discardableResult
    public func importFees(csv text: String, year: Int) throws -> [(line: Int, code: CPTCode, amount: Decimal)] {
        try require(.feesImport, doing: "importing a fee schedule")
        try FeeSchedule.checkYear(year)
        let rows = try FeeInput.rows(csv: text)
        return try store.commit(account, action: .feesImport, at: now) { change in
            var schedule = try store.feeSchedule(year: year) ?? FeeSchedule.empty(year: year)
            for row in rows {
                schedule = try schedule.setting(row.code, to: row.amount)
                if let units = row.maxUnits { schedule.fees[row.code]?.maxUnits = units }
            }
            try schedule.validate()
            try change.put(schedule, year: year)
            change.summary = "imported \(rows.count) amount(s) into the CY\(year) fee schedule: "
                + rows.map { "\($0.code.rawValue) \(Money.format($0.amount))" + ($0.maxUnits.map { " max \($0) units" } ?? "") }.joined(separator: ", ")
            change.describe(rows.map { FeeChange(year: year, code: $0.code, fee: schedule.fee(for: $0.code)) })
            return rows.map { ($0.line, $0.code, $0.amount) }
        }
    }
}

extension Session {
    /// Replaces `year`'s schedule with the one tend ships for it (admin only, audited as an
    /// import): how a store made before schedules by year takes up CY2026, or how a practice
    /// starts over. Amounts keep their shipped status (unconfirmed ones stay unconfirmed).
    @discardableResult
    public func importShippedFees(year: Int) throws -> FeeSchedule {
        try require(.feesImport, doing: "importing a fee schedule")
        try FeeSchedule.checkYear(year)
        guard let shipped = try FeeSchedule.bundled(year: year) else {
            throw DomainError("tend ships no fee schedule for \(year) (it ships \(FeeSchedule.bundledYears.map(String.init).joined(separator: ", "))); "
                              + "enter the year's amounts with tend fees import FILE.csv --year \(year)")
        }
        return try store.commit(account, action: .feesImport, at: now) { change in
            let had = try store.feeSchedule(year: year) != nil
            try change.put(shipped, year: year)
            change.summary = "\(had ? "replaced" : "created") the CY\(year) fee schedule with the shipped \(shipped.name)"
            change.describe(shipped)
            return shipped
        }
    }
}

/// What the audit record of a fee change holds.
struct FeeChange: Encodable {
    var year: Int
    var code: CPTCode
    var fee: Fee
}
