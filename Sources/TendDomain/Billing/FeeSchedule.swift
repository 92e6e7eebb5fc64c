import Foundation

/// A practice's fee schedule for one calendar year, for every code tend bills (rules §6, §8).
/// Encoded with `fees` keyed by code. A month is priced with the schedule of its own year.
public struct FeeSchedule: Codable, Equatable, Sendable {
    /// Name, e.g. "CY2025 national non-facility".
    public var name: String
    /// Effective date or period, free text.
    public var effective: String?
    /// The calendar year it prices; nil in a schedule written before schedules had years (a
    /// closed month's snapshot, the old single `fee-schedule.json`).
    public var year: Int?
    /// Where the amounts come from, free text.
    public var source: String?
    /// Fee per code; every code is present (a code missing from a file other than a CCM code,
    /// which files written before PCM, APCM and TCM existed lack, reads as not entered).
    public var fees: [CPTCode: Fee]

    /// Creates a schedule, validating it (see `validate`); codes missing other than CCM codes
    /// are added as not entered.
    public init(name: String, effective: String? = nil, year: Int? = nil, source: String? = nil,
                fees: [CPTCode: Fee]) throws {
        self.name = name
        self.effective = effective
        self.year = year
        self.source = source
        self.fees = fees
        for code in CPTCode.allCases where code.family != .ccm && fees[code] == nil {
            self.fees[code] = .notEntered(maxUnits: code.defaultMaxUnits)
        }
        try validate()
    }

    /// Decodes and validates a schedule from JSON.
    public init(json: Data) throws {
        let decoded: FeeSchedule
        do {
            decoded = try JSONDecoder().decode(FeeSchedule.self, from: json)
        } catch let error as DomainError {
            throw error
        } catch {
            throw DomainError("fee schedule is not valid JSON of the expected shape (name, fees keyed by code with amount and maxUnits): \(FeeSchedule.describe(error))")
        }
        self = decoded
    }

    /// The shipped CY2025 national non-facility defaults.
    public static func bundledDefault() throws -> FeeSchedule {
        try FeeSchedule(json: BundledData.data(named: "fee-schedule-cy2025.json"))
    }

    /// The fee for `code` (every code is present in a validated schedule; one taken out by hand
    /// reads as not entered, with no units).
    public func fee(for code: CPTCode) -> Fee { fees[code] ?? .notEntered(maxUnits: 0) }

    /// Throws when the year is out of range, a CCM code is missing, an amount is negative or has
    /// fractions of a cent, or units are out of range (base codes at least 1, add-ons at least 0).
    public func validate() throws {
        try TextValidation.checkRequiredText(name, field: "fee schedule name", maxLength: 200)
        if let year { try FeeSchedule.checkYear(year) }
        for code in CPTCode.allCases {
            guard let fee = fees[code] else {
                if code.family != .ccm { continue }
                throw DomainError("fee schedule has no fee for \(code.rawValue)")
            }
            guard fee.amount >= 0 else { throw DomainError("fee for \(code.rawValue) must not be negative") }
            guard Money.roundedToCents(fee.amount) == fee.amount else {
                throw DomainError("fee for \(code.rawValue) must be in whole cents")
            }
            let minimum = code.isAddOn ? 0 : 1
            guard fee.maxUnits >= minimum, fee.maxUnits <= 99 else {
                throw DomainError("max units for \(code.rawValue) must be between \(minimum) and 99")
            }
        }
    }

    private enum CodingKeys: String, CodingKey { case name, effective, year, source, fees }

    /// Decodes and validates.
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(name: container.decode(String.self, forKey: .name),
                      effective: container.decodeIfPresent(String.self, forKey: .effective),
                      year: container.decodeIfPresent(Int.self, forKey: .year),
                      source: container.decodeIfPresent(String.self, forKey: .source),
                      fees: container.decode([CPTCode: Fee].self, forKey: .fees))
    }

    private static func describe(_ error: Error) -> String {
        guard let error = error as? DecodingError else { return String(describing: error) }
        switch error {
        case .keyNotFound(let key, let context):
            return "missing '\(key.stringValue)' at \(path(context))"
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            return "\(context.debugDescription) at \(path(context))"
        @unknown default:
            return String(describing: error)
        }
    }

    private static func path(_ context: DecodingError.Context) -> String {
        let keys = context.codingPath.map(\.stringValue)
        return keys.isEmpty ? "top level" : keys.joined(separator: ".")
    }
}
