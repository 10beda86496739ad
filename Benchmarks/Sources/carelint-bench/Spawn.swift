import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A child process started with posix_spawn (less overhead than Foundation's Process).
///
/// Its peak memory is read from /proc (VmHWM) while it runs, not from `wait4`: a child spawned by this process
/// starts in this process's memory (glibc's posix_spawn shares it until exec, a fork copies it), and Linux
/// carries that memory's high-water mark into the child's `ru_maxrss` at exec, so `wait4` reported the benchmark's
/// own peak (94 MB after the lint runs) instead of `carelint`'s (46 MB; `/usr/bin/time` agrees).
struct Spawned {
    let pid: pid_t
    /// Our end of its standard input, or -1.
    let input: Int32
    /// Our end of its standard output, or -1.
    let output: Int32

    /// What a finished process used.
    struct Exit {
        var status: Int32
        var seconds: Double
        /// Peak resident set size in bytes.
        var peakRSS: Int
    }

    /// Starts `executable` with `arguments`. Standard output goes to a pipe when `pipeOutput`, else /dev/null;
    /// standard input is a pipe when `pipeInput`, else /dev/null; standard error goes to /dev/null unless `showErrors`.
    static func start(_ executable: String, _ arguments: [String], pipeInput: Bool = false, pipeOutput: Bool = false, showErrors: Bool = false) throws -> Spawned {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        var inputPipe: [Int32] = [-1, -1]
        var outputPipe: [Int32] = [-1, -1]
        if pipeInput {
            guard pipe(&inputPipe) == 0 else { throw BenchError("pipe failed") }
            posix_spawn_file_actions_adddup2(&actions, inputPipe[0], 0)
            posix_spawn_file_actions_addclose(&actions, inputPipe[1])
        } else {
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        }
        if pipeOutput {
            guard pipe(&outputPipe) == 0 else { throw BenchError("pipe failed") }
            posix_spawn_file_actions_adddup2(&actions, outputPipe[1], 1)
            posix_spawn_file_actions_addclose(&actions, outputPipe[0])
        } else {
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        }
        if !showErrors { posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0) }
        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, executable, &actions, nil, argv, environ)
        if pipeInput { close(inputPipe[0]) }
        if pipeOutput { close(outputPipe[1]) }
        guard result == 0 else { throw BenchError("cannot start \(executable): \(String(cString: strerror(result)))") }
        return Spawned(pid: pid, input: inputPipe[1], output: outputPipe[0])
    }

    /// Waits for the process to end. With `measureMemory`, reads its VmHWM every 5 ms until then and gives the
    /// last (the high-water mark only grows, so at most the last 5 ms of growth is missed); without, the peak is 0.
    func wait(measureMemory: Bool = false) -> (status: Int32, peakRSS: Int) {
        var status: Int32 = 0
        var usage = rusage()
        var peak = 0
        if measureMemory {
            while true {
                let result = wait4(pid, &status, WNOHANG, &usage)
                if result == pid || (result < 0 && errno != EINTR) { break }
                if result == 0 {
                    if let high = peakRSS() { peak = max(peak, high) }
                    usleep(5_000)
                }
            }
        } else {
            while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        }
        let code = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return (code, peak)
    }

    /// Runs a command to its end, output discarded; returns its wall time and, with `measureMemory`, its peak
    /// memory (polled: see `wait`).
    static func run(_ executable: String, _ arguments: [String], measureMemory: Bool = false) throws -> Exit {
        let start = now()
        let child = try Spawned.start(executable, arguments)
        let (status, peak) = child.wait(measureMemory: measureMemory)
        return Exit(status: status, seconds: now() - start, peakRSS: peak)
    }

    /// The peak resident set size of a running process, from /proc (VmHWM), in bytes.
    func peakRSS() -> Int? {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
              let line = text.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }) else { return nil }
        return line.split(separator: " ").dropFirst().first.flatMap { Int($0) }.map { $0 * 1024 }
    }
}

/// An error that stops one measurement (the others go on).
struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// Finds an executable: next to this benchmark binary first, then on PATH.
func findExecutable(_ name: String) -> String? {
    let own = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
    let beside = own.appendingPathComponent(name).path
    if FileManager.default.isExecutableFile(atPath: beside) { return beside }
    for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
        let path = "\(folder)/\(name)"
        if FileManager.default.isExecutableFile(atPath: path) { return path }
    }
    return nil
}
