import Foundation
import TendDomain

/// Unsaved care-plan edits kept on disk when the workstation is closed by a signal, one file per
/// user, patient and element (mode 0600, in the user's own state directory, never in the store).
/// The next time the user opens that element, the draft is restored into the editor.
struct DraftStore {
    /// A kept edit.
    struct Draft: Codable, Equatable {
        var patientId: PatientID
        var element: CarePlanElement
        var text: String
        var baseVersion: Int
        var savedAt: Date
    }

    let directory: URL
    let account: String

    private func url(_ patient: PatientID, _ element: CarePlanElement) -> URL {
        directory.appendingPathComponent("\(account)-\(patient.rawValue)-\(element.rawValue).json")
    }

    /// Writes a draft; returns the file's path.
    @discardableResult
    func save(_ draft: Draft) throws -> String {
        try write(draft, to: url(draft.patientId, draft.element))
    }

    /// Writes `value` as JSON to `target` (mode 0600, in a directory of mode 0700); returns its path.
    func write(_ value: some Encodable, to target: URL) throws -> String {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        guard FileManager.default.createFile(atPath: target.path, contents: try JSONOutput.encoder().encode(value),
                                             attributes: [.posixPermissions: 0o600]) else {
            throw CocoaError(.fileWriteUnknown)
        }
        return target.path
    }

    /// The draft for an element, if one was kept.
    func load(patient: PatientID, element: CarePlanElement) -> Draft? {
        guard let data = FileManager.default.contents(atPath: url(patient, element).path) else { return nil }
        return try? JSONOutput.decoder().decode(Draft.self, from: data)
    }

    /// Deletes the draft of an element (after it was saved or dropped).
    func remove(patient: PatientID, element: CarePlanElement) {
        try? FileManager.default.removeItem(at: url(patient, element))
    }
}
