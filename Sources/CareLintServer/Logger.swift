import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// How much the server logs.
public enum LogLevel: Int, Sendable, Comparable, CaseIterable {
    case error, warning, info, debug

    /// The level for a name (`error`, `warning`, `info`, `debug`).
    public init?(name: String) {
        guard let level = LogLevel.allCases.first(where: { "\($0)" == name.lowercased() }) else { return nil }
        self = level
    }

    public static func < (lhs: LogLevel, rhs: LogLevel) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// Writes log lines to a descriptor (standard error): never to the protocol stream.
final class Logger: Sendable {
    let level: LogLevel
    private let descriptor: Int32

    init(level: LogLevel, descriptor: Int32) {
        self.level = level
        self.descriptor = descriptor
    }

    func error(_ message: @autoclosure () -> String) { log(.error, message()) }
    func warning(_ message: @autoclosure () -> String) { log(.warning, message()) }
    func info(_ message: @autoclosure () -> String) { log(.info, message()) }
    func debug(_ message: @autoclosure () -> String) { log(.debug, message()) }

    /// True when messages of `level` are written.
    func logs(_ level: LogLevel) -> Bool { level <= self.level }

    private func log(_ level: LogLevel, _ message: String) {
        guard logs(level), descriptor >= 0 else { return }
        let line = Array("carelint-lsp: \(level): \(message)\n".utf8)
        line.withUnsafeBytes { buffer in
            _ = write(descriptor, buffer.baseAddress!, buffer.count)
        }
    }
}
