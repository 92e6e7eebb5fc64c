/// How long ncurses waits after an Esc for the rest of a key's sequence.
enum EscapeDelay {
    /// 100 ms, vim's `ttimeoutlen`: a bare Esc still feels immediate, and a sequence split by a
    /// slow link (SSH, a multiplexer) is still read whole.
    static let defaultMilliseconds: Int32 = 100

    /// The delay in milliseconds: `ESCDELAY` from the environment when it is a whole number
    /// from 1 to 1000 (ncurses' own convention), the default otherwise.
    static func milliseconds(environment: [String: String]) -> Int32 {
        guard let text = environment["ESCDELAY"], let value = Int32(text), (1...1000).contains(value) else {
            return defaultMilliseconds
        }
        return value
    }
}
