import Foundation
import TendDomain
import TendTerminal

/// A care-plan element open in the multi-line editor.
struct PlanEdit: Sendable {
    /// The patient.
    var patientId: PatientID
    /// The patient's name, for the title.
    var patientName: String
    /// The element edited.
    var element: CarePlanElement
    /// The editor holding the text in progress.
    var editor: TextEditor
    /// The plan version the edit started from (a save checks it).
    var baseVersion: Int
    /// The element's text at that version.
    var baseText: String
    /// The first visible row of the editor.
    var scrollTop: Int = 0

    /// Whether the text differs from the stored one.
    var hasChanges: Bool { editor.text != baseText }
}

/// A save that found the plan changed by someone else meanwhile.
struct PlanConflict: Sendable {
    /// The edit in progress (mine), kept whole so the user can go back to it.
    var edit: PlanEdit
    /// The element's text as the other person saved it.
    var theirText: String
    /// Who saved it and when, e.g. `jdoe, 2026-03-04 14:05`.
    var theirRevision: String
    /// The plan's version now.
    var currentVersion: Int
    /// The choice highlighted: 0 keep mine, 1 take theirs, 2 edit mine again.
    var choice: Int = 0

    /// The choices, in order.
    static let choices = ["Save mine over theirs", "Keep theirs, drop mine", "Go back to editing mine"]
}
