/// An in-memory terminal for tests: keeps the last presented grid, a cursor, a size, and a
/// queue of keys to hand out.
public final class VirtualTerminal: Terminal {
    /// The current size.
    public private(set) var size: Size
    /// The last presented grid (blank before the first `present`).
    public private(set) var grid: CellGrid
    /// The text cursor, or `nil` when hidden.
    public private(set) var cursor: Position?
    /// The runs the last `present` had to draw.
    public private(set) var lastRuns: [CellRun] = []
    /// How many times `present` was called.
    public private(set) var presentCount = 0
    /// Whether the terminal is suspended.
    public private(set) var isSuspended = false
    private var keys: [Key] = []
    private var previous: CellGrid?

    /// Creates a terminal of `width` × `height`.
    public init(width: Int = 80, height: Int = 24) {
        size = Size(width: width, height: height)
        grid = CellGrid(size: size)
    }

    /// Queues keys for `readKey` to return, in order.
    public func feed(_ keys: Key...) {
        self.keys.append(contentsOf: keys)
    }

    /// Queues keys for `readKey` to return, in order.
    public func feed(_ keys: [Key]) {
        self.keys.append(contentsOf: keys)
    }

    /// Changes the size and queues `.resize`, like a real terminal window being resized.
    public func resize(width: Int, height: Int) {
        size = Size(width: width, height: height)
        keys.append(.resize)
    }

    /// Records `grid` as the screen content and the runs that changed.
    public func present(_ grid: CellGrid) {
        lastRuns = FrameDiff.runs(from: previous, to: grid)
        previous = grid
        self.grid = grid
        presentCount += 1
    }

    /// Shows the cursor at `position`, or hides it.
    public func setCursor(_ position: Position?) {
        cursor = position
    }

    /// The next queued key, or `nil` at once when the queue is empty (no real waiting).
    public func readKey(timeout: Int) -> Key? {
        keys.isEmpty ? nil : keys.removeFirst()
    }

    /// Marks the terminal suspended.
    public func suspend() {
        isSuspended = true
    }

    /// Marks the terminal active; the next `present` counts every cell as changed.
    public func restore() {
        isSuspended = false
        previous = nil
    }

    /// The screen as text, one string per row.
    public func screenText() -> [String] { grid.lines }

    /// The text inside `rect`, one string per row.
    public func text(at rect: Rect) -> [String] { grid.text(in: rect) }
}
