import Foundation

/// Instants written as ISO 8601 text in tests, so that every fixture date is fixed and readable.
public enum FixedInstant {
    /// The instant of ISO 8601 text with an offset or `Z`, e.g. `2026-03-31T23:30:00-04:00`;
    /// stops the test run on text that is not one (a fixture typo, not a case under test).
    public static func parse(_ text: String) -> Date {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        guard let date = formatter.date(from: text) else { preconditionFailure("not an ISO 8601 instant: \(text)") }
        return date
    }
}
