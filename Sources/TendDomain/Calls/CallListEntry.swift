import Foundation

/// One patient's line in a care manager's call list: this month's minutes, what is still
/// needed, call-backs and call window, and why the line ranks where it does.
public struct CallListEntry: Equatable, Sendable {
    /// The patient.
    public var patient: Patient
    /// Clinical-staff minutes counted this month (all staff), as the billing engine counts them.
    public var clinicalMinutes: Int
    /// Practitioner minutes counted this month (all staff), as the billing engine counts them.
    public var practitionerMinutes: Int
    /// `clinicalMinutes + practitionerMinutes`.
    public var totalMinutes: Int
    /// The next time threshold of the program to reach (CCM 20, 40 or 60; PCM 30, 60 or 90);
    /// nil once the last is reached, and for APCM.
    public var nextThreshold: Int?
    /// Minutes still needed to reach `nextThreshold` (0 when there is none).
    public var minutesToNext: Int
    /// Days left in the month, today included (0 once the month is over).
    public var daysLeft: Int
    /// When the patient asked to be called back, unless a later call superseded the request.
    public var callBackDue: Date?
    /// Whether `callBackDue` has come (is at or before now).
    public var isCallBackDue: Bool
    /// Whether now is inside the patient's preferred call window; nil when none is recorded.
    public var inCallWindow: Bool?
    /// The latest call to the patient among the attempts given.
    public var lastAttempt: CallAttempt?
    /// `minutesToNext / max(daysLeft, 1)`: minutes needed per remaining day (0 once 60 are reached).
    public var urgency: Double
    /// Short human reasons for the ranking, most important first, e.g. `call-back due 14:00`,
    /// `needs 12 min, 3 days left`, `0 min this month`.
    public var reasons: [String]
    /// The program the patient is enrolled in this month (its thresholds are the ones above).
    public var program: CareProgram
    /// APCM only: no service (counted time or a reached call) documented yet this month.
    public var needsService: Bool

    /// Creates an entry.
    public init(patient: Patient, clinicalMinutes: Int, practitionerMinutes: Int, totalMinutes: Int,
                nextThreshold: Int?, minutesToNext: Int, daysLeft: Int, callBackDue: Date?, isCallBackDue: Bool,
                inCallWindow: Bool?, lastAttempt: CallAttempt?, urgency: Double, reasons: [String],
                program: CareProgram = .ccm, needsService: Bool = false) {
        self.program = program
        self.needsService = needsService
        self.patient = patient
        self.clinicalMinutes = clinicalMinutes
        self.practitionerMinutes = practitionerMinutes
        self.totalMinutes = totalMinutes
        self.nextThreshold = nextThreshold
        self.minutesToNext = minutesToNext
        self.daysLeft = daysLeft
        self.callBackDue = callBackDue
        self.isCallBackDue = isCallBackDue
        self.inCallWindow = inCallWindow
        self.lastAttempt = lastAttempt
        self.urgency = urgency
        self.reasons = reasons
    }
}
