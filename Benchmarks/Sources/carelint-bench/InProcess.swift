import CareLint
import Dispatch
import Foundation

/// Measurements inside this process: the floor, lint throughput, the large vocabulary and the adversarial pack.
enum InProcess {
    /// The floor: the fastest split of bytes into lowercased words we can write (a byte table, a fixed buffer,
    /// a hash per word so the work is not optimised away). Returns seconds for one pass over `files`.
    static func floorPass(_ files: [(name: String, bytes: [UInt8])]) -> (seconds: Double, words: Int, checksum: UInt32) {
        var table = [UInt8](repeating: 0, count: 256)
        for byte in 0..<256 {
            switch byte {
            case 0x41...0x5A: table[byte] = UInt8(byte) | 0x20
            case 0x61...0x7A, 0x30...0x39, 0x80...0xFF, 0x27: table[byte] = UInt8(byte)
            default: table[byte] = 0
            }
        }
        var checksum: UInt32 = 0
        var words = 0
        let seconds = measure {
            table.withUnsafeBufferPointer { table in
                withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 256) { word in
                    for file in files {
                        file.bytes.withUnsafeBufferPointer { bytes in
                            var length = 0
                            for byte in bytes {
                                let folded = table[Int(byte)]
                                if folded != 0 {
                                    word[length & 255] = folded
                                    length += 1
                                } else if length > 0 {
                                    var hash: UInt32 = 2_166_136_261
                                    for k in 0..<min(length, 256) { hash = (hash ^ UInt32(word[k])) &* 16_777_619 }
                                    checksum &+= hash
                                    words += 1
                                    length = 0
                                }
                            }
                            if length > 0 { words += 1 }
                        }
                    }
                }
            }
        }
        return (seconds, words, checksum)
    }

    /// Lints every file once on this thread; returns seconds and the number of diagnostics.
    static func lintPass(_ files: [(name: String, bytes: [UInt8])], linter: Linter) -> (seconds: Double, diagnostics: Int) {
        var diagnostics = 0
        let configuration = ResolvedConfiguration()
        let seconds = measure {
            for file in files {
                guard let source = SourceDocument(path: file.name, bytes: file.bytes) else { continue }
                diagnostics += linter.lint(source, configuration: configuration).count
            }
        }
        return (seconds, diagnostics)
    }

    /// Lints every file once on all cores (files handed out one at a time).
    static func parallelLintPass(_ files: [(name: String, bytes: [UInt8])], linter: Linter) -> Double {
        let configuration = ResolvedConfiguration()
        let next = Counter()
        let workers = ProcessInfo.processInfo.activeProcessorCount
        return measure {
            DispatchQueue.concurrentPerform(iterations: workers) { _ in
                while true {
                    let index = next.increment()
                    guard index < files.count else { return }
                    guard let source = SourceDocument(path: files[index].name, bytes: files[index].bytes) else { continue }
                    _ = linter.lint(source, configuration: configuration)
                }
            }
        }
    }

    /// The median of `runs` timings of `body` (at least one).
    static func median(runs: Int, _ body: () -> Double) -> Sample {
        Sample((0..<max(1, runs)).map { _ in body() })
    }
}

/// A shared counter for handing out work.
final class Counter: @unchecked Sendable {
    private var value = 0
    private let lock = NSLock()

    func increment() -> Int {
        lock.lock()
        defer { lock.unlock() }
        value += 1
        return value - 1
    }
}
