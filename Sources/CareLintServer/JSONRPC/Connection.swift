import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Limits that protect the server from its peer.
public struct ConnectionLimits: Sendable, Equatable {
    /// The largest message body accepted (bytes).
    public var maximumContentLength: Int
    /// The deepest JSON nesting accepted.
    public var maximumDepth: Int
    /// Messages read but not yet handled before reading pauses (keeps memory bounded under a flood).
    public var maximumPendingBatches: Int

    /// The defaults: 128 MiB messages, 64 levels of nesting, 32 pending reads.
    public init(maximumContentLength: Int = 128 << 20, maximumDepth: Int = 64, maximumPendingBatches: Int = 32) {
        self.maximumContentLength = maximumContentLength
        self.maximumDepth = maximumDepth
        self.maximumPendingBatches = maximumPendingBatches
    }
}

/// Writes framed messages to a file descriptor. Each message is written whole, under a lock, and reaches the
/// descriptor at once (no buffering), so a client never waits for a flush.
final class MessageWriter: @unchecked Sendable {
    private let descriptor: Int32
    private let lock = NSLock()
    private var isClosed = false
    private let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        return encoder
    }()

    init(descriptor: Int32) {
        self.descriptor = descriptor
        Self.widenPipe(descriptor)
    }

    /// Asks for a 1 MB pipe buffer when the output is a pipe (Linux; the default is 64 KB): a publish on a long page
    /// is a few hundred KB, and through a 64 KB pipe the server and the editor took turns a handful of times per
    /// answer, each turn a chance to wait for a core on a busy machine. Nothing happens elsewhere or on failure
    /// (an unprivileged process gets at most `/proc/sys/fs/pipe-max-size`).
    private static func widenPipe(_ descriptor: Int32) {
        #if os(Linux)
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFIFO else { return }
        _ = fcntl(descriptor, 1031 /* F_SETPIPE_SZ */, 1 << 20)
        #endif
    }

    /// Encodes and writes a message; false when the message could not be encoded or the peer is gone.
    @discardableResult
    func write<Message: Encodable>(_ message: Message) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        guard !isClosed else { return false }
        guard let body = try? encoder.encode(message) else { return false }
        return writeFrame(body)
    }

    /// Writes a message body that is already JSON.
    @discardableResult
    func write(body: [UInt8]) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        guard !isClosed else { return false }
        return writeFrame(body)
    }

    private func writeFrame<Body: Collection>(_ body: Body) -> Bool where Body.Element == UInt8 {
        var frame = Array("Content-Length: \(body.count)\r\n\r\n".utf8)
        frame.append(contentsOf: body)
        var written = 0
        while written < frame.count {
            let result = frame.withUnsafeBytes { buffer in
                #if canImport(Darwin)
                Darwin.write(descriptor, buffer.baseAddress! + written, buffer.count - written)
                #else
                Glibc.write(descriptor, buffer.baseAddress! + written, buffer.count - written)
                #endif
            }
            if result < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                isClosed = true  // the client is gone (EPIPE): stop writing, never crash
                return false
            }
            written += result
        }
        return true
    }
}

/// Reads framed messages from a file descriptor on a thread of its own and hands them over in batches: all the
/// messages one read completed, in order. Ends at end of input.
final class MessageReader: @unchecked Sendable {
    private let descriptor: Int32
    private let limits: ConnectionLimits
    private let pending: DispatchSemaphore

    init(descriptor: Int32, limits: ConnectionLimits) {
        self.descriptor = descriptor
        self.limits = limits
        self.pending = DispatchSemaphore(value: max(1, limits.maximumPendingBatches))
    }

    /// Tells the reader a batch was handled, so it may read more.
    func batchHandled() { pending.signal() }

    /// Starts reading. `onBatch` is called on the reader's thread for each batch (call `batchHandled` when done
    /// with it), framing problems as `.invalid` messages; `onEnd` once at end of input.
    func start(onBatch: @escaping @Sendable ([IncomingMessage], [MessageFramer.Event]) -> Void, onEnd: @escaping @Sendable () -> Void) {
        let descriptor = self.descriptor
        let limits = self.limits
        let thread = Thread { [self] in
            var framer = MessageFramer(maximumContentLength: limits.maximumContentLength)
            var chunk = [UInt8](repeating: 0, count: 1 << 16)
            while true {
                // A body that stops arriving may be a Content-Length too large: after a quiet spell, the framer
                // decides whether what came is a whole message (then it is answered as a bad frame).
                if framer.isAwaitingBody, !MessageReader.readable(descriptor, withinMilliseconds: MessageReader.stallMilliseconds) {
                    let events = framer.bodyStalled()
                    if !events.isEmpty {
                        let (messages, notes) = MessageReader.sort(events, limits: limits)
                        pending.wait()
                        onBatch(messages, notes)
                    }
                    if framer.isAwaitingBody { _ = MessageReader.readable(descriptor, withinMilliseconds: -1) }
                    continue
                }
                let count = chunk.withUnsafeMutableBytes { buffer in
                    #if canImport(Darwin)
                    Darwin.read(descriptor, buffer.baseAddress!, buffer.count)
                    #else
                    Glibc.read(descriptor, buffer.baseAddress!, buffer.count)
                    #endif
                }
                if count < 0, errno == EINTR { continue }
                if count <= 0 { break }
                let events = framer.append(chunk[0..<count])
                guard !events.isEmpty else { continue }
                let (messages, notes) = MessageReader.sort(events, limits: limits)
                pending.wait()
                onBatch(messages, notes)
            }
            onEnd()
        }
        thread.name = "carelint-lsp reader"
        thread.stackSize = 1 << 20
        thread.start()
    }

    /// How long a body may pause before the framer checks whether its Content-Length was too large.
    static let stallMilliseconds: Int32 = 200

    /// Messages to handle (framing problems as `.invalid` messages answered with -32700) and notes to log.
    static func sort(_ events: [MessageFramer.Event], limits: ConnectionLimits) -> ([IncomingMessage], [MessageFramer.Event]) {
        var messages: [IncomingMessage] = []
        var notes: [MessageFramer.Event] = []
        for event in events {
            switch event {
            case .message(let body):
                messages.append(IncomingMessage.classify(body, maximumDepth: limits.maximumDepth))
            case .invalidFrame(let problem):
                messages.append(.invalid(id: nil, error: ResponseError(code: ResponseError.parseError, message: "Parse error: \(problem)")))
            case .skipped:
                notes.append(event)
            }
        }
        return (messages, notes)
    }

    /// True when `descriptor` has bytes to read (or is at end of input) within the time; -1 waits without limit.
    static func readable(_ descriptor: Int32, withinMilliseconds timeout: Int32) -> Bool {
        var entry = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        while true {
            let result = poll(&entry, 1, timeout)
            if result < 0, errno == EINTR { continue }
            return result != 0
        }
    }
}
