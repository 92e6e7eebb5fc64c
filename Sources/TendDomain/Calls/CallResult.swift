import Foundation

/// How one outreach call to a patient ended.
public enum CallResult: String, Codable, CaseIterable, Sendable {
    /// The patient (or their caregiver) was reached.
    case reached
    /// Nobody answered.
    case noAnswer = "no-answer"
    /// A voicemail was left.
    case voicemail
    /// The number on file does not reach the patient.
    case wrongNumber = "wrong-number"
    /// The patient asked to be called back at a given time.
    case callBack = "call-back"

    /// Words for screens and reports, e.g. `no answer`.
    public var label: String {
        switch self {
        case .reached: "reached"
        case .noAnswer: "no answer"
        case .voicemail: "voicemail"
        case .wrongNumber: "wrong number"
        case .callBack: "call back"
        }
    }
}
