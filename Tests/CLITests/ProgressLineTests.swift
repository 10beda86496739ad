@testable import carelint
import Foundation
import Testing

@Suite("Progress line")
struct ProgressLineTests {
    final class Recorder: @unchecked Sendable {
        var err = ""
        var now: UInt64 = 0
    }

    private func console(_ recorder: Recorder, terminal: Bool) -> Console {
        Console(out: { _ in }, err: { recorder.err += $0 }, input: { _ in [] }, environment: [:], outputIsTerminal: terminal, errorIsTerminal: terminal)
    }

    @Test("Shown on a terminal only after a second, at most ten times a second, and wiped at the end")
    func terminal() {
        let recorder = Recorder()
        let progress = ProgressLine(console: console(recorder, terminal: true), total: 4, clock: { recorder.now })
        recorder.now = 500_000_000
        progress.advance()
        #expect(recorder.err.isEmpty)
        recorder.now = 1_200_000_000
        progress.advance()
        #expect(recorder.err == "\r\u{1B}[2Kcarelint: checked 2 of 4 files")
        recorder.now = 1_250_000_000
        progress.advance()
        #expect(recorder.err == "\r\u{1B}[2Kcarelint: checked 2 of 4 files")
        progress.finish()
        #expect(recorder.err == "\r\u{1B}[2Kcarelint: checked 2 of 4 files\r\u{1B}[2K")
    }

    @Test("Never shown when standard error is not a terminal")
    func pipe() {
        let recorder = Recorder()
        let progress = ProgressLine(console: console(recorder, terminal: false), total: 4, clock: { recorder.now })
        recorder.now = 5_000_000_000
        progress.advance()
        progress.finish()
        #expect(recorder.err.isEmpty)
    }
}
