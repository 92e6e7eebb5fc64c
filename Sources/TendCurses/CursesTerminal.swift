import CNcurses
import Foundation
import TendTerminal

/// The real terminal, through ncursesw: presents `CellGrid`s and reads keys.
///
/// Only one can be open at a time (ncurses state is global) and it must be used from one
/// thread. Open with `open(environment:theme:)`; always `close()` (also done on `exit`).
public final class CursesTerminal: Terminal {
    /// The current size in columns and rows.
    public private(set) var size: Size
    /// Whether the locale's character set is UTF-8.
    public let isUTF8: Bool
    /// The locale's character set as reported by `nl_langinfo(nl_item(CODESET))`.
    public let codeset: String
    /// The glyphs to draw with: Unicode under UTF-8, ASCII otherwise.
    public let glyphs: Glyphs
    /// Colours the terminal can show (0 when it has none).
    public let colorCount: Int
    /// Things the user should know about how the terminal was set up (e.g. ASCII fallback).
    public let notices: [String]
    /// The theme in use; on a terminal with fewer than 8 colours roles are drawn with `monochrome`.
    public var theme: Theme {
        get { palette.theme }
        set {
            palette.setTheme(newValue)
            previous = nil
        }
    }

    private let screen: OpaquePointer
    private let ownedFiles: [UnsafeMutablePointer<FILE>]
    private var palette: CursesPalette
    private var previous: CellGrid?
    private var cursor: Position?
    private var cursorVisible = false
    private var isClosed = false
    private var inputWatch: InputLossDetector

    /// Whether the terminal's input is gone for good (end-of-file, EIO, a hang-up): the loop
    /// should keep what it can and exit. Once set, `readKey` returns `nil` at once.
    public var isInputLost: Bool { inputWatch.isLost }
    /// Why the input was taken as lost (`nil` while it is not).
    public var inputLossReason: String? { inputWatch.reason }

    private init(
        screen: OpaquePointer,
        ownedFiles: [UnsafeMutablePointer<FILE>],
        inputDescriptor: Int32,
        escapeDelay: Int32,
        codeset: String,
        theme: Theme
    ) {
        self.screen = screen
        self.ownedFiles = ownedFiles
        inputWatch = InputLossDetector(descriptor: inputDescriptor)
        self.codeset = codeset
        isUTF8 = Self.isUTF8(codeset: codeset)
        glyphs = Glyphs.forTerminal(utf8: isUTF8)

        raw()
        noecho()
        nonl()
        keypad(tend_stdscr(), true)
        CursesKeyDefinitions.defineMissing()
        set_escdelay(escapeDelay)
        curs_set(0)
        var hasDefaultColors = false
        if has_colors() {
            start_color()
            hasDefaultColors = use_default_colors() == OK
        }
        colorCount = has_colors() ? Int(tend_colors()) : 0
        palette = CursesPalette(
            theme: theme, colorCount: colorCount, hasDefaultColors: hasDefaultColors,
            maxPair: Int(tend_color_pairs()) - 1
        )
        size = Size(width: Int(tend_cols()), height: Int(tend_lines()))
        var notices: [String] = []
        if !isUTF8 {
            notices.append("the locale's character set is \(codeset), not UTF-8: using ASCII symbols "
                + "and Latin letters without accents; other characters show as '?' (run with LANG=C.UTF-8)")
        }
        if colorCount < 8 {
            notices.append("the terminal has no colours: using the monochrome theme")
        }
        self.notices = notices
        CursesSession.shared.enterProgramMode()
    }

    deinit {
        close()
    }

    /// Starts ncurses on standard input and output.
    ///
    /// Sets the locale from the environment (`setlocale(LC_ALL, "")`) and checks that it is
    /// UTF-8, falling back to ASCII glyphs and saying so in `notices` when it is not. Uses
    /// `environment["TERM"]` as the terminal type; refuses an unset or `dumb` TERM, and an unknown
    /// one, with an error that suggests `TERM=xterm-256color`. `theme` defaults to the built-in
    /// default, or monochrome when `NO_COLOR` is set.
    public static func open(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        theme: Theme? = nil
    ) throws(TerminalOpenError) -> CursesTerminal {
        guard let term = environment["TERM"], !term.isEmpty else { throw .terminalTypeNotSet }
        guard term != "dumb" else { throw .dumbTerminal }
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw .notATerminal }
        setlocale(LC_ALL, "")
        let codeset = String(cString: nl_langinfo(nl_item(CODESET)))
        try CursesSession.shared.claim()
        guard let screen = newterm(term, tend_stdout(), tend_stdin()) else {
            CursesSession.shared.release()
            throw .unknownTerminalType(Sanitizer.singleLine.sanitize(term))
        }
        let chosen = theme ?? effectiveTheme(requested: BuiltinThemes.default, environment: environment)
        return CursesTerminal(screen: screen, ownedFiles: [], inputDescriptor: STDIN_FILENO,
                              escapeDelay: EscapeDelay.milliseconds(environment: environment), codeset: codeset, theme: chosen)
    }

    /// Starts ncurses with no real terminal, for tests: output goes to `/dev/null`, input comes
    /// from `/dev/null` (plus injected keys), or from `inputDescriptor` (a pipe or pty the test
    /// writes raw bytes to; it stays the caller's to close), the screen is `width` × `height`,
    /// the locale UTF-8.
    static func openHeadless(
        width: Int,
        height: Int,
        term: String = "xterm-256color",
        theme: Theme = BuiltinThemes.default,
        inputDescriptor: Int32? = nil,
        escapeDelay: Int32 = EscapeDelay.defaultMilliseconds
    ) throws(TerminalOpenError) -> CursesTerminal {
        if setlocale(LC_ALL, "C.UTF-8") == nil { setlocale(LC_ALL, "en_US.UTF-8") }
        let codeset = String(cString: nl_langinfo(nl_item(CODESET)))
        try CursesSession.shared.claim()
        let openInput = { () -> UnsafeMutablePointer<FILE>? in
            guard let inputDescriptor else { return fopen("/dev/null", "r") }
            let copy = dup(inputDescriptor)
            return copy < 0 ? nil : fdopen(copy, "r")
        }
        guard let output = fopen("/dev/null", "w"), let input = openInput() else {
            CursesSession.shared.release()
            throw .initializationFailed("cannot open /dev/null or the input")
        }
        guard let screen = newterm(term, output, input) else {
            fclose(output)
            fclose(input)
            CursesSession.shared.release()
            throw .unknownTerminalType(term)
        }
        let terminal = CursesTerminal(screen: screen, ownedFiles: [output, input], inputDescriptor: fileno(input),
                                      escapeDelay: escapeDelay, codeset: codeset, theme: theme)
        resizeterm(Int32(height), Int32(width))
        flushinp()
        terminal.size = Size(width: Int(tend_cols()), height: Int(tend_lines()))
        return terminal
    }

    /// Whether a `nl_langinfo(nl_item(CODESET))` name means UTF-8.
    static func isUTF8(codeset: String) -> Bool {
        let normalized = codeset.uppercased().replacingOccurrences(of: "-", with: "")
        return normalized == "UTF8"
    }

    /// Draws the runs that changed since the last frame, then updates the screen once.
    public func present(_ grid: CellGrid) {
        guard !isClosed else { return }
        let window = tend_stdscr()
        if previous == nil || previous?.size != grid.size { werase(window) }
        for run in FrameDiff.runs(from: previous, to: grid) {
            for (offset, cell) in run.cells.enumerated() where !cell.isContinuation {
                draw(cell, x: run.startColumn + offset, y: run.row)
            }
        }
        previous = grid
        if let cursor, cursor.x >= 0, cursor.y >= 0, cursor.x < size.width, cursor.y < size.height {
            wmove(window, Int32(cursor.y), Int32(cursor.x))
            if !cursorVisible { curs_set(1) }
            cursorVisible = true
        } else if cursorVisible {
            curs_set(0)
            cursorVisible = false
        }
        wnoutrefresh(window)
        doupdate()
    }

    /// Shows the text cursor at `position` from the next `present`, or hides it for `nil`.
    public func setCursor(_ position: Position?) {
        cursor = position
    }

    /// Waits up to `timeout` milliseconds (negative: forever) for a key.
    ///
    /// Returns `.resize` after the terminal changed size (and `size` is updated); `nil` on
    /// timeout or for keys the workstation does not use. When no key came, checks whether the
    /// input is lost (`isInputLost`); once it is, returns `nil` at once.
    public func readKey(timeout: Int) -> Key? {
        guard !isClosed, !inputWatch.isLost else { return nil }
        let window = tend_stdscr()
        wtimeout(window, Int32(clamping: timeout))
        var value: wint_t = 0
        let status = wget_wch(window, &value)
        if status == KEY_CODE_YES || status == OK {
            inputWatch.keyArrived()
        } else {
            _ = inputWatch.noKeyArrived()
        }
        switch status {
        case KEY_CODE_YES:
            let key = CursesKeys.key(forCode: Int32(bitPattern: value))
            if key == .resize {
                size = Size(width: Int(tend_cols()), height: Int(tend_lines()))
                previous = nil
            }
            return key
        case OK:
            return CursesKeys.key(forCharacter: value)
        default:
            return nil
        }
    }

    /// Gives the terminal back to the shell, keeping ncurses' settings for `restore()`.
    public func suspend() {
        guard !isClosed else { return }
        def_prog_mode()
        CursesSession.shared.leaveProgramMode()
    }

    /// Takes the terminal back after `suspend()`; the next `present` repaints everything.
    public func restore() {
        guard !isClosed else { return }
        reset_prog_mode()
        CursesSession.shared.enterProgramMode()
        clearok(tend_curscr(), true)
        previous = nil
    }

    /// Ends ncurses and restores the terminal; safe to call more than once.
    public func close() {
        guard !isClosed else { return }
        isClosed = true
        CursesSession.shared.leaveProgramMode()
        delscreen(screen)
        for file in ownedFiles { fclose(file) }
        CursesSession.shared.release()
    }

    private func draw(_ cell: Cell, x: Int, y: Int) {
        guard y < size.height, x < size.width else { return }
        var grapheme = cell.grapheme
        var width = cell.width
        if x + width > size.width || (!isUTF8 && !grapheme.allSatisfy(\.isASCII)) {
            grapheme = width == 2 && x + 1 < size.width ? "??" : "?"
            width = 1
        }
        if grapheme == "??" {
            put("?", style: cell.style, x: x, y: y)
            put("?", style: cell.style, x: x + 1, y: y)
            return
        }
        let status = put(grapheme, style: cell.style, x: x, y: y)
        // A wide character leaves the cursor two columns on, or wraps it to column 0; in the
        // bottom-right corner it fails to wrap, returns ERR and leaves the cursor one column on.
        // OK with the cursor one column on means the C library's wcwidth thinks this grapheme is
        // narrow: define the second column instead of leaving stale content there.
        if width == 2 && status == OK && Int(getcurx(tend_stdscr())) == x + 1 {
            put(" ", style: cell.style, x: x + 1, y: y)
        }
    }

    @discardableResult
    private func put(_ grapheme: String, style: Style, x: Int, y: Int) -> Int32 {
        let (attributes, pair) = palette.resolve(style)
        var characters = grapheme.unicodeScalars.prefix(Int(CCHARW_MAX)).map { wchar_t(bitPattern: $0.value) }
        if characters.isEmpty { characters = [wchar_t(32)] }
        characters.append(0)
        var complex = cchar_t()
        setcchar(&complex, characters, attributes, pair, nil)
        return mvwadd_wch(tend_stdscr(), Int32(y), Int32(x), &complex)
    }
}
