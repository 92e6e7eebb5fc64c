import Foundation
import Testing
import TendDomain
import TendTerminal
@testable import TendWorkstation

/// The renderers draw a value (`ScreenModel`): a frame is made without a workstation, a
/// session or a store, and what it shows follows from the value alone.
@Suite struct ScreenModelTests {
    static let now = ISO8601DateFormatter().date(from: "2026-03-10T15:00:00Z")!
    static let time = PracticeTime(now: now, timeZone: TimeZone(identifier: "America/New_York")!)

    static func patient(_ id: String, family: String, given: String, dob: String, mrn: String) throws -> Patient {
        Patient(id: try PatientID(validating: id), name: try PersonName(family: family, given: given),
                dateOfBirth: try LocalDate.parse(dob), mrn: mrn, createdAt: now)
    }

    static func model(rows: [ListRow], body: ScreenModel.Body? = nil, message: StatusMessage? = nil,
                      stopwatch: StopwatchModel? = nil) throws -> ScreenModel {
        let labels = PatientLabel(asciiOnly: false)
        let care = CareScreenModel(listKind: .allPatients, filter: "", rows: rows, selection: 0, focus: .list, detailPane: .summary,
                                   planSelection: 0, detail: nil, staffNames: [:], conditions: try ChronicConditionTable.bundled(),
                                   labels: labels, time: time)
        let me = StaffMember(login: "amara", name: "Amara Okafor", credential: .RN, roles: [.nurse])
        return ScreenModel(lock: nil,
                           title: TitleBarModel(practice: "Hillside Clinic", me: me, stopwatch: stopwatch, labels: labels),
                           status: StatusLineModel(message: message, hint: "All patients: \(rows.count) patients", storePath: "/srv/ccm-store"),
                           footer: [FooterItem(key: "q", hint: "quit", essential: true)],
                           body: body ?? .care(care),
                           overlay: OverlayModel(overlay: .none, confirmKeys: (yes: "enter", no: "esc"), goals: nil))
    }

    func render(_ model: ScreenModel, width: Int = 100, height: Int = 24) -> [String] {
        let (grid, _) = ScreenRenderer(glyphs: .unicode).render(model, size: Size(width: width, height: height))
        let screen = VirtualTerminal(width: width, height: height)
        screen.present(grid)
        return screen.screenText()
    }

    @Test func aCareScreenIsDrawnFromItsValueAlone() throws {
        let brown = try Self.patient("P0000001", family: "Brown", given: "Charles", dob: "1944-02-03", mrn: "M100")
        let lines = render(try Self.model(rows: [ListRow(patient: brown, entry: nil, status: "candidate")]))
        let text = lines.joined(separator: "\n")
        #expect(lines[0].contains("tend \u{00B7} Hillside Clinic"))
        #expect(lines[0].contains("Amara Okafor (amara, RN; nurse)"))
        // The row names the patient with two identifiers.
        let row = lines.first { $0.contains("Brown, Charles") } ?? ""
        #expect(row.contains("1944-02-03") && row.contains("candidate"))
        #expect(text.contains("No patient selected."))
        #expect(lines[lines.count - 2].contains("All patients: 1 patients") && lines[lines.count - 2].contains("store: /srv/ccm-store"))
        #expect(lines[lines.count - 1].hasPrefix("q quit"))
    }

    @Test func theStopwatchInTheTitleComesFromTheValue() throws {
        let brown = try Self.patient("P0000001", family: "Brown", given: "Charles", dob: "1944-02-03", mrn: "M100")
        let stopwatch = StopwatchModel(isPaused: true, elapsedSeconds: 3_725, patientId: brown.id, patient: brown)
        let lines = render(try Self.model(rows: [], stopwatch: stopwatch), width: 160)
        #expect(lines[0].contains("paused OVER 1 H"))
        #expect(lines[0].contains("Brown, Charles (DOB 1944-02-03)"))
    }

    @Test func aSupervisorTabBeingReadSaysSoInItsHeading() throws {
        let reading = PendingTabRead(tab: .month, month: try YearMonth.parse("2026-03"), keeping: nil)
        let screen = SupervisorScreenModel(tab: .month, page: nil, rows: [], selection: 0, sort: TableSort(column: 0, descending: false),
                                           filter: "", filterError: nil, marks: [], message: reading.message)
        let lines = render(try Self.model(rows: [], body: .supervisor(screen), message: reading.message), width: 120, height: 30)
        #expect(lines[2].contains("Not read: Reading month for 2026-03\u{2026}"))
        #expect(lines[lines.count - 2].hasPrefix("Reading month for 2026-03\u{2026}"))
    }
}
