import Foundation
import TendDomain
import TendServices
import TendTerminal

/// The supervisor view's data: opening it, reading its tabs, and the rows after sort and filter.
extension Workstation {
    /// Whether the acting user may see the supervisor view.
    var canSupervise: Bool {
        guard let me = view?.me else { return false }
        return Permissions.allows(me, .supervisorTable)
    }

    /// The supervisor view's state (created on first open).
    var supervisorState: SupervisorState {
        get { state.supervisor ?? SupervisorState(month: session.currentMonth) }
        set { state.supervisor = newValue }
    }

    /// The page of the shown tab, if read.
    var supervisorPage: SupervisorPage? { supervisorPages[supervisorState.tab] }

    /// Opens the supervisor view, or returns to the care screen. A nurse's attempt goes through
    /// the session, which records the denial, and shows its message.
    func toggleSupervisorView() {
        if state.screen == .supervisor {
            state.screen = .care
            reload(keepSelection: true)
            return
        }
        guard canSupervise else {
            attempt { _ = try session.supervisorTable(session.currentMonth) }
            return
        }
        if state.supervisor == nil { state.supervisor = SupervisorState(month: session.currentMonth) }
        state.screen = .supervisor
        loadSupervisorTab(force: true, announce: true)
    }

    /// Reads the shown tab when it was never read, is about another month, or `force`. With
    /// `announce`, a tab other than the team's is not read here: it becomes a pending read,
    /// which the loop shows on screen first and then performs (`performPendingTabRead`).
    func loadSupervisorTab(force: Bool, keeping selected: String? = nil, announce: Bool = false) {
        let tab = supervisorState.tab
        let month = tab.followsChosenMonth ? supervisorState.month : session.currentMonth
        if !force, let page = supervisorPages[tab], page.month == month { return }
        let selectedID = selected ?? selectedSupervisorRow?.id
        if announce, tab != .team {
            // A whole practice's month takes a moment to read: the frame says so first.
            state.message = nil
            state.pendingTabRead = PendingTabRead(tab: tab, month: month, keeping: selectedID)
            needsRender = true
            return
        }
        state.pendingTabRead = nil
        readSupervisorTab(tab, month: month, keeping: selectedID)
    }

    /// Reads the tab the last key asked for, once its "Reading…" frame is on screen.
    func performPendingTabRead() {
        guard let read = state.pendingTabRead else { return }
        state.pendingTabRead = nil
        readSupervisorTab(read.tab, month: read.month, keeping: read.keeping)
    }

    /// Reads `tab` for `month` through the session and selects the row `selectedID` again.
    private func readSupervisorTab(_ tab: SupervisorTab, month: YearMonth, keeping selectedID: String?) {
        let reader = SupervisorReader(session: session, staffNames: view?.staffNames ?? [:], patients: knownPatients, labels: labels)
        do {
            let page = try reader.load(tab, month: month, now: clock.now())
            supervisorPages[tab] = page
            knownPatients.merge(page.patients) { _, new in new }
        } catch {
            state.message = .error(Format.errorText(error))
        }
        supervisorRowsCache = nil
        supervisorChangePending = false
        let rows = visibleSupervisorRows
        if let selectedID, let index = rows.firstIndex(where: { $0.id == selectedID }) {
            supervisorState.selection = index
        } else {
            supervisorState.selection = min(supervisorState.selection, max(0, rows.count - 1))
        }
        needsRender = true
    }

    /// Drops every tab's page (after a change made here) and reads the shown one again.
    func reloadSupervisor() {
        let selected = selectedSupervisorRow?.id
        supervisorPages = [:]
        loadSupervisorTab(force: true, keeping: selected)
    }

    /// The sort in force on the shown tab.
    var supervisorSort: TableSort {
        supervisorState.sorts[supervisorState.tab] ?? supervisorPage?.table?.defaultSort ?? TableSort(column: 0, descending: false)
    }

    /// The shown tab's filter, parsed (the empty filter when it does not parse; the message says why).
    var supervisorFilter: Result<TableFilter, TableFilterError> {
        guard let table = supervisorPage?.table else { return .success(.none) }
        do {
            return .success(try TableFilter.parse(supervisorState.filter, columns: table.columns))
        } catch {
            return .failure(error)
        }
    }

    /// The shown tab's rows after the filter, in the sort's order (cached until one changes).
    var visibleSupervisorRows: [TableRow] {
        guard let page = supervisorPage, let table = page.table else { return [] }
        let key = SupervisorRowsCache.Key(tab: supervisorState.tab, loadedAt: page.loadedAt, sort: supervisorSort,
                                          filter: supervisorState.filter)
        if let cache = supervisorRowsCache, cache.key == key { return cache.rows }
        let filter = (try? supervisorFilter.get()) ?? .none
        let rows = table.view(sort: supervisorSort, filter: filter)
        supervisorRowsCache = SupervisorRowsCache(key: key, rows: rows)
        return rows
    }

    /// The selected row of the shown tab.
    var selectedSupervisorRow: TableRow? {
        let rows = visibleSupervisorRows
        return rows.indices.contains(supervisorState.selection) ? rows[supervisorState.selection] : nil
    }

    /// Selects a row of the shown tab (clamped).
    func selectSupervisorRow(_ index: Int) {
        let count = visibleSupervisorRows.count
        supervisorState.selection = count == 0 ? 0 : max(0, min(count - 1, index))
    }

    /// Reads the shown tab again when the store changed: at once for the team, at most every
    /// five seconds for the heavier tabs, so that a busy practice does not make the view sluggish.
    func refreshSupervisor(now: Date, storeChanged: Bool) {
        if storeChanged { supervisorChangePending = true }
        guard supervisorChangePending, state.pendingTabRead == nil, let page = supervisorPage else { return }
        let tab = supervisorState.tab
        guard tab == .team || now.timeIntervalSince(page.loadedAt) >= 5 || now < page.loadedAt else { return }
        let selected = selectedSupervisorRow?.id
        for other in SupervisorTab.allCases where other != tab { supervisorPages[other] = nil }
        loadSupervisorTab(force: true, keeping: selected)
    }

    /// Redraws the team table's running stopwatches at `now` (the table is rebuilt from what was
    /// read; nothing is read again).
    func redrawTeamStopwatches(now: Date) {
        guard supervisorState.tab == .team, var page = supervisorPage, page.team.contains(where: { $0.timer != nil }) else { return }
        page.table = TeamTable.make(page.team, patients: page.patients, labels: labels, now: now)
        supervisorPages[.team] = page
        supervisorRowsCache = nil
        needsRender = true
    }
}

/// The shown tab's rows after sort and filter, with what they were computed from.
struct SupervisorRowsCache {
    struct Key: Equatable {
        var tab: SupervisorTab
        var loadedAt: Date
        var sort: TableSort
        var filter: String
    }
    var key: Key
    var rows: [TableRow]
}

extension Workstation {
    /// The filter line over a supervisor table: typing filters at once; Enter keeps the filter,
    /// Esc clears it. A filter that does not parse (an unknown column) filters nothing and says why.
    func handleSupervisorFilter(_ key: Key, _ field: LineField) {
        editFilterLine(key, field, keep: {
            switch supervisorFilter {
            case .success:
                let count = visibleSupervisorRows.count
                state.message = .info("\(plural(count, "row")) match '\(supervisorState.filter)'.")
            case .failure(let error):
                state.message = .error("Filter not applied: \(error.message)")
            }
        }, clear: {
            supervisorState.filter = ""
            selectSupervisorRow(0)
        }, apply: { text in
            supervisorState.filter = text
            selectSupervisorRow(0)
        })
    }
}

extension Workstation {
    /// A page of text with its lines wrapped to the width the page overlay has on this terminal;
    /// a wrapped line keeps the indentation of its first part.
    func wrappedPage(title: String, lines: [String]) -> TextPage {
        let body = terminal.size.width
        let inner = max(20, min(body - 2, max(60, body * 9 / 10)) - 2)
        var wrapped: [String] = []
        for line in lines {
            let indent = String(line.prefix { $0 == " " })
            let text = String(line.dropFirst(indent.count))
            let parts = DisplayWidth.wrap(text, width: max(10, inner - indent.count))
            if parts.isEmpty { wrapped.append(line) }
            for (index, part) in parts.enumerated() {
                wrapped.append((index == 0 ? indent : indent + "  ") + part)
            }
        }
        return TextPage(title: title, lines: wrapped)
    }
}
