import Foundation
import TendDomain
import TendServices

extension Workstation {
    /// The rows of the list after the filter.
    var visibleRows: [ListRow] {
        guard let rows = view?.rows else { return [] }
        guard !state.filter.isEmpty else { return rows }
        let query = PatientQuery(state.filter)
        return rows.filter { $0.matches(query) }
    }

    /// The selected row, if the list is not empty.
    var selectedRow: ListRow? {
        let rows = visibleRows
        return rows.indices.contains(state.selection) ? rows[state.selection] : nil
    }

    /// Reads the list, the stopwatch and the selected patient again. With `keepSelection`, the
    /// same patient stays selected when still listed.
    func reload(keepSelection: Bool) {
        guard confirmStanding() else { return }
        let selectedID = keepSelection ? selectedRow?.patient.id : nil
        stamp = session.changeStamp()
        do {
            let loaded = try StoreReader(session: session).load(state.listKind)
            if loaded.timer?.startedAt != view?.timer?.startedAt { state.warnedLongTimer = false }
            view = loaded
        } catch {
            state.message = .error("Could not read the store: \(error)")
        }
        let rows = visibleRows
        if let selectedID, let index = rows.firstIndex(where: { $0.patient.id == selectedID }) {
            state.selection = index
        } else {
            state.selection = min(state.selection, max(0, rows.count - 1))
        }
        loadDetail()
        needsRender = true
    }

    /// Reads the selected patient's details (or clears them when nothing is selected).
    func loadDetail() {
        guard let row = selectedRow else {
            detail = nil
            return
        }
        do {
            detail = try StoreReader(session: session).detail(row.patient.id, callEntry: row.entry)
        } catch {
            detail = nil
            state.message = .error("Could not read patient \(row.patient.id): \(error)")
        }
    }

    /// Selects row `index` (clamped) and reads its details.
    func select(_ index: Int) {
        let count = visibleRows.count
        let clamped = count == 0 ? 0 : max(0, min(count - 1, index))
        let changed = clamped != state.selection || detail?.patient.id != selectedRowID(at: clamped)
        state.selection = clamped
        state.planSelection = changed ? 0 : state.planSelection
        if changed { loadDetail() }
    }

    private func selectedRowID(at index: Int) -> PatientID? {
        let rows = visibleRows
        return rows.indices.contains(index) ? rows[index].patient.id : nil
    }

    /// Runs a use case; on failure shows its message and returns nil.
    @discardableResult
    func attempt<T>(_ body: () throws -> T) -> T? {
        do {
            return try body()
        } catch {
            state.message = .error(Format.errorText(error))
            return nil
        }
    }
}
