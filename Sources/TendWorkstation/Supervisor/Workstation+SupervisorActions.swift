import Foundation
import TendDomain
import TendServices
import TendTerminal

/// What the supervisor's keys do: tabs, months, sort, marks, reassign, not billed, close,
/// the checklist, the audit packet, and voiding or correcting time.
extension Workstation {
    /// Runs a command on the supervisor view; false when the command is not the view's.
    func performSupervisor(_ command: Command) -> Bool {
        let page = max(1, terminal.size.height - 10)
        switch command {
        case .down: selectSupervisorRow(supervisorState.selection + 1)
        case .up: selectSupervisorRow(supervisorState.selection - 1)
        case .pageDown: selectSupervisorRow(supervisorState.selection + page)
        case .pageUp: selectSupervisorRow(supervisorState.selection - page)
        case .top: selectSupervisorRow(0)
        case .bottom: selectSupervisorRow(Int.max)
        case .nextPane: showTab(supervisorState.tab.next)
        case .previousPane: showTab(supervisorState.tab.previous)
        case .supervisor: toggleSupervisorView()
        case .filter: state.overlay = .filter(LineField(supervisorState.filter, maxLength: 100))
        case .back: supervisorBack()
        case .sortNext: changeSort(by: 1)
        case .sortPrevious: changeSort(by: -1)
        case .sortReverse:
            var sort = supervisorSort
            sort.descending.toggle()
            supervisorState.sorts[supervisorState.tab] = sort
            describeSort()
        case .previousMonth: changeMonth(by: -1)
        case .nextMonth: changeMonth(by: 1)
        case .mark: toggleMark()
        case .markAll: toggleMarkAll()
        case .reassign: openReassignForm()
        case .notBilled: openNotBilledForm()
        case .closeMonth: askCloseMonth()
        case .reopenMonth: openReopenForm()
        case .auditPacket: showAuditPacket()
        case .open: showSupervisorDetail()
        case .voidEntry: openVoidForm()
        case .correctEntry: openCorrectForm()
        case .refresh:
            reloadSupervisor()
            state.message = .info("Reloaded from the store.")
        default: return false
        }
        return true
    }

    /// Whether a command applies on the supervisor view now (the footer shows only these).
    func isAvailableOnSupervisor(_ command: Command) -> Bool {
        let tab = supervisorState.tab
        let row = selectedSupervisorRow
        switch command {
        case .down, .up, .pageDown, .pageUp, .top, .bottom: return supervisorPage?.table != nil
        case .nextPane, .previousPane, .supervisor, .back, .help, .quit, .refresh, .lock, .commandLine: return true
        case .stopwatch, .pause, .discard: return view?.timer != nil
        case .filter, .sortNext, .sortPrevious, .sortReverse: return supervisorPage?.table != nil
        case .previousMonth: return tab.followsChosenMonth
        case .nextMonth: return tab.followsChosenMonth && supervisorState.month < session.currentMonth
        case .mark, .markAll: return tab.rowsArePatients && row != nil
        case .reassign: return tab.rowsArePatients && (row != nil || !supervisorState.marks.isEmpty)
        case .notBilled: return tab == .month && (row != nil || !supervisorState.marks.isEmpty)
        case .closeMonth: return tab == .month && supervisorState.month < session.currentMonth && !(supervisorPage?.close?.isClosed ?? true)
        case .reopenMonth: return tab == .month && (supervisorPage?.close?.isClosed ?? false) && (view.map { Permissions.allows($0.me, .monthReopen) } ?? false)
        case .auditPacket: return row?.patient != nil
        case .open: return row?.patient != nil || row?.entry != nil
        case .voidEntry, .correctEntry: return tab == .timeReview && row?.entry != nil && row?.status != .voided
        default: return false
        }
    }

    func showTab(_ tab: SupervisorTab) {
        supervisorState.tab = tab
        supervisorRowsCache = nil
        loadSupervisorTab(force: false, announce: true)
    }

    /// Esc: clear the filter, else the marks, else go back to the care screen.
    func supervisorBack() {
        if !supervisorState.filter.isEmpty {
            supervisorState.filter = ""
            selectSupervisorRow(0)
        } else if !supervisorState.marks.isEmpty {
            supervisorState.marks = []
            state.message = .info("Marks cleared.")
        } else {
            toggleSupervisorView()
        }
    }

    func changeSort(by step: Int) {
        guard let columns = supervisorPage?.table?.columns, !columns.isEmpty else { return }
        let column = (supervisorSort.column + step + columns.count) % columns.count
        supervisorState.sorts[supervisorState.tab] = TableSort(column: column, descending: false)
        describeSort()
    }

    func describeSort() {
        guard let columns = supervisorPage?.table?.columns else { return }
        let sort = supervisorSort
        state.message = .info("Sorted by \(columns[sort.column].title), \(sort.descending ? "descending" : "ascending").")
        selectSupervisorRow(0)
    }

    func changeMonth(by step: Int) {
        let month = supervisorState.month.adding(months: step)
        guard month <= session.currentMonth else { return }
        supervisorState.month = month
        supervisorState.marks = []
        loadSupervisorTab(force: false, announce: true)
    }

    func toggleMark() {
        guard let id = selectedSupervisorRow?.patient else { return }
        if supervisorState.marks.remove(id) == nil { supervisorState.marks.insert(id) }
        selectSupervisorRow(supervisorState.selection + 1)
        state.message = .info("\(plural(supervisorState.marks.count, "patient")) marked.")
    }

    func toggleMarkAll() {
        let ids = Set(visibleSupervisorRows.compactMap(\.patient))
        if ids.isSubset(of: supervisorState.marks) {
            supervisorState.marks.subtract(ids)
        } else {
            supervisorState.marks.formUnion(ids)
        }
        state.message = .info("\(plural(supervisorState.marks.count, "patient")) marked.")
    }

    /// Patient `id` with two identifiers and the MRN, for the supervisor's dialogs and messages.
    func supervisedPatientText(_ id: PatientID) -> String {
        if let patient = knownPatients[id] { return labels.full(patient) }
        return patientText(id)
    }

    /// The patients a bulk action applies to: the marked ones, else the selected one.
    var chosenPatients: [PatientID] {
        if !supervisorState.marks.isEmpty { return supervisorState.marks.sorted() }
        return selectedSupervisorRow?.patient.map { [$0] } ?? []
    }

    func openReassignForm() {
        let ids = chosenPatients
        guard !ids.isEmpty else { return }
        let staff = ((try? session.staff()) ?? []).filter { $0.active && !$0.roles.isDisjoint(with: [.nurse, .supervisor]) }
            .map(\.login).sorted()
        guard !staff.isEmpty else {
            state.message = .error("No active nurse or supervisor to reassign to.")
            return
        }
        // The patients' care manager as the table holds it: when they share one, offer someone
        // else first.
        let managers = Set(visibleSupervisorRows.filter { $0.patient.map(ids.contains) ?? false }
            .map(\.careManager).filter { $0 != .notShown })
        let currentManager: String? = if managers.count == 1, case .login(let login) = managers.first { login } else { nil }
        let names = ids.prefix(3).map(supervisedPatientText).joined(separator: "; ")
        let more = ids.count > 3 ? " and \(ids.count - 3) more" : ""
        let form = Form(title: "Reassign \(plural(ids.count, "patient"))",
                        intro: ["\(names)\(more).", "The new care manager sees them on their call list; the change is audited."],
                        fields: [.choice(.careManager, label: "To care manager", options: staff, selected: staff.firstIndex { $0 != currentManager } ?? 0)])
        openForm(form, .reassign(ids))
    }

    /// One change for every chosen patient, whoever their care manager was: all move or none
    /// does. On failure the table is reloaded (the store may have changed under it).
    func submitReassign(_ form: Form, patients: [PatientID]) {
        guard let target = form.chosenOption(.careManager) else { return }
        guard let moved = attempt({ try session.reassignPatients(patients, to: target).count }) else {
            reloadAfterFailure()
            return
        }
        state.overlay = .none
        supervisorState.marks = []
        reloadSupervisor()
        state.message = .success("Reassigned \(plural(moved, "patient")) to \(target); recorded in the audit trail.")
    }

    /// Reloads the tables after a failed change and keeps its error message on the status line.
    func reloadAfterFailure() {
        let message = state.message
        reloadSupervisor()
        state.message = message
    }

    func openNotBilledForm() {
        if !supervisorState.marks.isEmpty {
            openBulkNotBilledForm(supervisorState.marks.sorted())
            return
        }
        guard let id = selectedSupervisorRow?.patient else { return }
        let month = supervisorState.month
        let current = supervisorPage?.close?.notBilled(id)
        var fields: [FormField] = [.text(.reason, label: "Reason", field: LineField(current?.reason ?? "", maxLength: 500))]
        if current != nil { fields.append(.check(.clearNotBilledMark, label: "Clear the mark (bill if the gates pass)", checked: false)) }
        let form = Form(title: "Not billed: \(supervisedPatientText(id)), \(month)",
                        intro: [(supervisorPage?.close?.isClosed ?? false)
                                    ? "The month is closed: the mark (or clearing it) is recorded as an amendment with your reason."
                                    : "The patient-month is left off the claims, with your reason; close is no longer blocked by it.",
                                current.map { "Marked by \($0.by): \($0.reason)" } ?? "A reason is required."],
                        fields: fields)
        openForm(form, .notBilled(id, month))
    }

    func submitNotBilled(_ form: Form, patient: PatientID, month: YearMonth) {
        let clear = form.isChecked(.clearNotBilledMark)
        let reason = form.text(.reason)
        guard attempt({ try session.markNotBilled(patient, month: month, reason: clear ? nil : reason) }) != nil else {
            reloadAfterFailure()
            return
        }
        state.overlay = .none
        reloadSupervisor()
        let who = supervisedPatientText(patient)
        state.message = .success(clear ? "Cleared the not-billed mark of \(who) for \(month)." : "Marked \(who) not billed for \(month).")
    }

    /// `N` with marked rows: one reason for every marked patient-month, in one change.
    func openBulkNotBilledForm(_ ids: [PatientID]) {
        let month = supervisorState.month
        let close = supervisorPage?.close
        let already = ids.filter { close?.notBilled($0) != nil }.count
        let names = ids.prefix(3).map(supervisedPatientText).joined(separator: "; ")
        let more = ids.count > 3 ? " and \(ids.count - 3) more" : ""
        var intro = ["\(names)\(more).",
                     (close?.isClosed ?? false)
                        ? "The month is closed: each mark is recorded as an amendment with your reason."
                        : "They are left off the claims with your reason, in one change; close is no longer blocked by them."]
        if already > 0 { intro.append("\(already) already marked: the new reason replaces theirs.") }
        let form = Form(title: "Not billed: \(plural(ids.count, "patient-month")), \(month)",
                        intro: intro, fields: [.text(.reason, label: "Reason", field: LineField("", maxLength: 500))])
        openForm(form, .notBilledMany(ids, month))
    }

    func submitNotBilled(_ form: Form, patients: [PatientID], month: YearMonth) {
        guard attempt({ try session.markNotBilled(patients, month: month, reason: form.text(.reason)) }) != nil else {
            reloadAfterFailure()
            return
        }
        state.overlay = .none
        supervisorState.marks = []
        reloadSupervisor()
        state.message = .success("Marked \(plural(patients.count, "patient-month")) not billed for \(month); recorded in the audit trail.")
    }

    func askCloseMonth() {
        let month = supervisorState.month
        guard let page = supervisorPages[.month], page.month == month, let facts = page.closeFacts else { return }
        guard facts.blocked.isEmpty else {
            state.overlay = .page(blockedPage(month: month, blockers: facts.blocked))
            return
        }
        let notBilled = facts.covered - facts.billable
        state.overlay = .confirm(Confirmation(lines: [
            "Close \(month)?",
            "\(plural(facts.billable, "patient-month")) billable, \(Money.format(facts.payment)) expected;",
            "\(notBilled) not billed (below threshold, billed elsewhere or by decision).",
            "A closed month is frozen: later changes are amendments with a reason.",
        ], action: .closeMonth(month)))
    }

    func closeMonth(_ month: YearMonth) {
        do {
            try session.closeMonth(month)
            reloadSupervisor()
            state.message = .success("Closed \(month). Claims: tend export claims \(month).")
        } catch let blocked as MonthCloseBlocked {
            state.overlay = .page(blockedPage(month: month, blockers: blocked.blockers))
            reloadSupervisor()
        } catch {
            state.message = .error(Format.errorText(error))
        }
    }

    func blockedPage(month: YearMonth, blockers: [MonthCloseBlocked.Blocker]) -> TextPage {
        var lines = ["\(month) cannot be closed: \(plural(blockers.count, "patient-month")) reach a code but fail a gate.",
                     "Fix each (consent, care plan, copy given...), or select it in the month table and press N to mark it not billed with a reason.", ""]
        for blocker in blockers {
            lines.append("\(blocker.patientId)  \(Sanitizer.singleLine.sanitize(blocker.identity?.full ?? blocker.name))")
            for gate in blocker.gates where gate != .belowThreshold { lines.append("    \(gate.rawValue): \(gate.explanation(for: blocker.program))") }
        }
        return wrappedPage(title: "Close refused: \(month)", lines: lines)
    }

    func openReopenForm() {
        let month = supervisorState.month
        let amendments = supervisorPage?.close?.amendments.count ?? 0
        let form = Form(title: "Reopen \(month)",
                        intro: ["The month is evaluated on current records again until it is closed anew; the frozen facts are dropped.",
                                "The close history and its \(plural(amendments, "amendment")) are kept. A reason is required."],
                        fields: [.text(.reason, label: "Reason", field: LineField("", maxLength: 500))])
        openForm(form, .reopenMonth(month))
    }

    func submitReopen(_ form: Form, month: YearMonth) {
        guard attempt({ try session.reopenMonth(month, reason: form.text(.reason)) }) != nil else { return }
        state.overlay = .none
        reloadSupervisor()
        state.message = .success("Reopened \(month); close it again with M when it is ready.")
    }

    func showAuditPacket() {
        guard let id = selectedSupervisorRow?.patient else { return }
        let month = supervisorPage?.month ?? supervisorState.month
        guard let packet = attempt({ try session.auditPacket(id, month: month) }) else { return }
        var lines = ["Print: tend audit packet \(id) \(month) > packet.txt   (Markdown: --format markdown)", ""]
        lines += AuditPacketRenderer.render(packet, style: .text).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        state.overlay = .page(wrappedPage(title: "Audit packet \(month): \(supervisedPatientText(id))", lines: lines))
    }

    /// Enter: a patient's pre-claim checklist, or a time entry in full.
    func showSupervisorDetail() {
        guard let row = selectedSupervisorRow else { return }
        if let entryID = row.entry {
            guard let entry = attempt({ try session.findEntry(entryID) }) else { return }
            state.overlay = .page(wrappedPage(title: "Time entry \(entry.id)", lines: EntryDetail.lines(entry, session: session, patientName: supervisedPatientText(entry.patientId))))
            return
        }
        guard let id = row.patient else { return }
        if let comparison = supervisorPage?.comparisons[id] {
            state.overlay = .page(wrappedPage(title: "Programs: \(supervisedPatientText(id))", lines: ProgramDetailText.lines(comparison)))
            return
        }
        let month = supervisorPage?.month ?? supervisorState.month
        guard let view = attempt({ try session.monthChecklist(month, patient: id) }), let item = view.patients.first else { return }
        state.overlay = .page(wrappedPage(title: "Checklist \(month): \(supervisedPatientText(id))", lines: ChecklistText.lines(item, close: view.close, glyphs: configuration.glyphs)))
    }

    func openVoidForm() {
        guard let id = selectedSupervisorRow?.entry, let entry = attempt({ try session.findEntry(id) }) else { return }
        let closed = supervisorPage?.close?.isClosed ?? false
        let form = Form(title: "Void \(id)",
                        intro: [EntryDetail.summary(entry, session: session, patientName: supervisedPatientText(entry.patientId)),
                                closed ? "The month is closed: the void is recorded as an amendment with this reason." : "The entry stays visible, marked voided with your reason."],
                        fields: [.text(.reason, label: "Reason", field: LineField("", maxLength: 500))])
        openForm(form, .voidEntry(id, amend: closed))
    }

    func submitVoid(_ form: Form, entry: EntryID, amend: Bool) {
        guard attempt({ try session.voidEntry(entry, reason: form.text(.reason), amend: amend) }) != nil else { return }
        state.overlay = .none
        reloadSupervisor()
        state.message = .success("Voided \(entry); it stays listed with the reason.")
    }

    func openCorrectForm() {
        guard let id = selectedSupervisorRow?.entry, let entry = attempt({ try session.findEntry(id) }) else { return }
        let zone = session.timeZone
        let closed = supervisorPage?.close?.isClosed ?? false
        let form = Form(title: "Correct \(id)",
                        intro: [EntryDetail.summary(entry, session: session, patientName: supervisedPatientText(entry.patientId)),
                                "The original is voided and points to the corrected entry\(closed ? "; the month is closed, so this is an amendment" : "")."],
                        fields: [.text(.start, label: "Start", field: LineField(LocalDateTimeText.full(entry.start, in: zone), maxLength: 19)),
                                 .text(.end, label: "End", field: LineField(LocalDateTimeText.full(entry.end, in: zone), maxLength: 19)),
                                 .text(.note, label: "Note", field: LineField(entry.note, maxLength: 2000)),
                                 .text(.reason, label: "Reason", field: LineField("", maxLength: 500))])
        openForm(form, .correctEntry(id, amend: closed))
    }

    func submitCorrect(_ form: Form, entry: EntryID, amend: Bool) {
        let zone = session.timeZone
        let created: [TimeEntry]? = attempt {
            let start = try LocalDateTimeText.parse(form.text(.start), field: "Start", in: zone)
            let end = try LocalDateTimeText.parse(form.text(.end), field: "End", in: zone)
            return try session.correctEntry(entry, start: start, end: end, note: form.text(.note), reason: form.text(.reason), amend: amend)
        }
        guard let created else { return }
        state.overlay = .none
        reloadSupervisor()
        state.message = .success("Corrected \(entry): replaced by \(created.map(\.id.rawValue).joined(separator: ", ")); the original stays, voided.")
    }
}
