import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a command reads and writes: the real streams, or buffers in tests.
final class Console: @unchecked Sendable {
    private let writeOut: (String) -> Void
    /// Writes UTF-8 bytes to standard output as they are (nil: through `writeOut`).
    private let writeOutBytes: (([UInt8]) -> Void)?
    private let writeErr: (String) -> Void
    /// Reads standard input to its end, or up to the given number of bytes.
    let readInput: (_ limit: Int) -> [UInt8]
    /// Environment variables.
    let environment: [String: String]
    /// Standard output is a terminal.
    let outputIsTerminal: Bool
    /// Standard error is a terminal.
    let errorIsTerminal: Bool

    init(
        out: @escaping (String) -> Void, err: @escaping (String) -> Void, input: @escaping (_ limit: Int) -> [UInt8],
        environment: [String: String], outputIsTerminal: Bool = false, errorIsTerminal: Bool = false,
        outBytes: (([UInt8]) -> Void)? = nil
    ) {
        self.writeOut = out
        self.writeOutBytes = outBytes
        self.writeErr = err
        self.readInput = input
        self.environment = environment
        self.outputIsTerminal = outputIsTerminal
        self.errorIsTerminal = errorIsTerminal
    }

    /// The process's own streams.
    static func standard() -> Console {
        Console(
            out: { text in FileHandle.standardOutput.write(Data(text.utf8)) },
            err: { text in FileHandle.standardError.write(Data(text.utf8)) },
            input: { limit in
                // Read in chunks and stop past the limit, so a huge stream is refused without being held.
                var bytes: [UInt8] = []
                while bytes.count < limit {
                    let chunk = FileHandle.standardInput.readData(ofLength: min(1 << 16, limit - bytes.count))
                    if chunk.isEmpty { break }
                    bytes += chunk
                }
                return bytes
            },
            environment: ProcessInfo.processInfo.environment,
            outputIsTerminal: isatty(1) == 1,
            errorIsTerminal: isatty(2) == 1,
            outBytes: { bytes in FileHandle.standardOutput.write(Data(bytes)) }
        )
    }

    /// A console that prints nothing and reads nothing.
    static let silent = Console(out: { _ in }, err: { _ in }, input: { _ in [] }, environment: [:])

    func out(_ text: String) { writeOut(text) }
    /// Writes UTF-8 text given as bytes (a report written as bytes is not made a `String` only to be written).
    func out(bytes: [UInt8]) {
        if let writeOutBytes { writeOutBytes(bytes) } else { writeOut(String(decoding: bytes, as: UTF8.self)) }
    }
    func err(_ text: String) { writeErr(text) }

    /// Colors are used only on a terminal, never with NO_COLOR or --no-color.
    func useColor(noColorFlag: Bool) -> Bool {
        outputIsTerminal && !noColorFlag && (environment["NO_COLOR"].map { $0.isEmpty } ?? true) && environment["TERM"] != "dumb"
    }
}

/// A count and its noun, as "1 file" or "3 files" (every noun the CLI counts takes a plain "s").
func plural(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }
