import Dispatch

/// "checked 120 of 2000 files" on standard error, only on a terminal and only once a run has taken a second;
/// redrawn at most ten times a second and wiped before other output and at the end.
final class ProgressLine: @unchecked Sendable {
    private let console: Console
    private let total: Int
    private let enabled: Bool
    private let clock: @Sendable () -> UInt64
    private let start: UInt64
    private var lastDraw: UInt64 = 0
    private var done = 0
    private var shown = false

    /// `clock` gives monotonic nanoseconds (tests pass their own).
    init(console: Console, total: Int, clock: @escaping @Sendable () -> UInt64 = { DispatchTime.now().uptimeNanoseconds }) {
        self.console = console
        self.total = total
        self.clock = clock
        self.start = clock()
        self.enabled = console.errorIsTerminal && total > 1 && console.environment["TERM"] != "dumb"
    }

    /// One more file is done.
    func advance() {
        done += 1
        guard enabled else { return }
        let now = clock()
        guard now - start >= 1_000_000_000, now - lastDraw >= 100_000_000 else { return }
        lastDraw = now
        console.err("\r\u{1B}[2Kcarelint: checked \(done) of \(total) files")
        shown = true
    }

    /// Wipes the line (before other output goes to the terminal).
    func clear() {
        guard shown else { return }
        console.err("\r\u{1B}[2K")
        shown = false
    }

    /// The run is over.
    func finish() { clear() }
}
