import CareLint
import Foundation

/// The CareLint language server: reads framed JSON-RPC from one descriptor, answers on another.
///
/// All state lives on one serial queue; the reader thread only frames and classifies messages and hands them
/// over a read at a time, so a burst of changes that arrived together is linted once, at its latest version.
public final class LanguageServer: @unchecked Sendable {
    /// How the server runs.
    public struct Options: Sendable {
        /// Limits on what the client may send.
        public var limits = ConnectionLimits()
        /// How much to log on standard error.
        public var logLevel: LogLevel = .warning
        /// Documents larger than this (bytes) are kept in step but not linted.
        public var maximumDocumentBytes = 16 << 20
        /// The folder to resolve configuration from for documents without a file path.
        public var workingDirectory = FileManager.default.currentDirectoryPath
        /// Seconds after the last change before a pushed provisional answer is followed by the exact one; 0 (the
        /// library's default) answers every change exactly at once. `carelint-lsp` uses 0.15 unless told otherwise.
        public var settleDelay: Double = 0

        /// The defaults.
        public init() {}
    }

    enum Lifecycle { case uninitialized, running, shutDown }

    let options: Options
    let queue = DispatchQueue(label: "carelint-lsp.server")
    let writer: MessageWriter
    let reader: MessageReader
    let log: Logger

    // Queue-confined state, by concern; each type holds the operations on its part.
    /// Where the session is, and what the client can do.
    var lifecycle = Lifecycle.uninitialized
    var client = ClientSupport()
    /// The documents the client has open.
    var documents = DocumentStore()
    /// Lint results, documents waiting to be linted, configuration problems.
    var diagnostics = DiagnosticsCache()
    /// Configuration files, editor settings and what the server remembers of them.
    var settingsStore = SettingsStore()
    /// Requests sent to the client, waiting for an answer.
    var outgoing = OutgoingRequests()
    /// The handlers, by method name.
    let registry = MessageRegistry.languageServer()
    /// When the batch being handled was read.
    var batchArrival: UInt64 = 0
    var exitCode: Int32?
    /// Window messages from before the initialize response, which the protocol does not allow yet.
    var heldMessages: [ShowMessageParams] = []

    // Shared with the reader thread, under `lock`.
    private let lock = NSLock()
    private var cancelled: Set<RequestID> = []
    private var pendingBatches = 0
    private let finished = DispatchSemaphore(value: 0)

    /// Creates a server that reads from `input` and writes protocol messages to `output` and logs to `logOutput`.
    public init(input: Int32, output: Int32, logOutput: Int32 = 2, options: Options = Options()) {
        self.options = options
        self.writer = MessageWriter(descriptor: output)
        self.reader = MessageReader(descriptor: input, limits: options.limits)
        self.log = Logger(level: options.logLevel, descriptor: logOutput)
    }

    /// Serves until `exit` or the end of input; returns the exit code (0 after `shutdown`, 1 otherwise).
    public func run() -> Int32 {
        reader.start(onBatch: { [self] messages, notes in
            let arrival = DispatchTime.now().uptimeNanoseconds
            lock.lock()
            pendingBatches += 1
            // Cancellations are noted as soon as they are read, so a request queued behind them is answered
            // with "cancelled" instead of being worked on.
            typealias Cancel = Notifications.CancelRequestNotification
            for case .notification(Cancel.method, let body) in messages {
                if let params = try? JSONDecoder().decode(ParamsEnvelope<Cancel.Params>.self, from: body).params { cancelled.insert(params.id) }
            }
            lock.unlock()
            queue.async { [self] in
                batchArrival = arrival
                for note in notes { describe(note) }
                for message in messages where exitCode == nil { handle(message) }
                lock.lock()
                pendingBatches -= 1
                let more = pendingBatches > 0
                lock.unlock()
                reader.batchHandled()
                if !more, exitCode == nil { lintDirtyDocuments() }
            }
        }, onEnd: { [self] in
            queue.async { [self] in
                if exitCode == nil {
                    log.info("end of input \(lifecycle == .shutDown ? "after" : "without") shutdown")
                    finish(lifecycle == .shutDown ? 0 : 1)
                }
            }
        })
        finished.wait()
        return queue.sync { exitCode ?? 1 }
    }

    func finish(_ code: Int32) {
        guard exitCode == nil else { return }
        exitCode = code
        finished.signal()
    }

    private func describe(_ note: MessageFramer.Event) {
        switch note {
        case .skipped(let count): log.warning("skipped \(count) bytes that were not part of a message")
        default: break
        }
    }

    /// True when messages were read and wait to be handled.
    var hasPendingBatches: Bool {
        lock.lock()
        defer { lock.unlock() }
        return pendingBatches > 0
    }

    /// Takes a cancellation for `id`, if one was received.
    func takeCancellation(_ id: RequestID) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        return cancelled.remove(id) != nil
    }

    // MARK: Dispatch

    func handle(_ message: IncomingMessage) {
        switch message {
        case .request(let id, let method, let body):
            if takeCancellation(id) {
                reply(id, error: ResponseError(code: ResponseError.requestCancelled, message: "\(method) was cancelled"))
                return
            }
            guard lifecycle != .uninitialized || method == Requests.InitializeRequest.method else {
                reply(id, error: ResponseError(code: ResponseError.serverNotInitialized, message: "the server is not initialized; send \"initialize\" first"))
                return
            }
            guard lifecycle != .shutDown else {
                reply(id, error: ResponseError(code: ResponseError.invalidRequest, message: "the server is shutting down; only \"exit\" is accepted after \"shutdown\""))
                return
            }
            guard let handler = registry.request(method) else {
                reply(id, error: ResponseError(code: ResponseError.methodNotFound, message: "unknown method \"\(method)\""))
                return
            }
            handler(self, id, body)
        case .notification(let method, let body):
            if method == Notifications.ExitNotification.method {
                finish(lifecycle == .shutDown ? 0 : 1)
                return
            }
            // Notifications before initialize are dropped, as the protocol says.
            guard lifecycle == .running else {
                log.warning("dropped \(method): the server is not initialized")
                return
            }
            guard let handler = registry.notification(method) else {
                log.debug("ignored notification \(method)")
                return
            }
            if let error = handler(self, body) {
                // A notification gets no response; the client hears of the problem in its log.
                log.error(error.message)
                send(ServerMessages.logMessage, ShowMessageParams(type: .error, message: "carelint: \(error.message)"))
            }
        case .response(let id, let body, let error):
            guard let callback = outgoing.take(id) else {
                log.warning("a response to \(id), which the server never asked")
                return
            }
            callback(error.map { .failure($0) } ?? .success(body))
        case .invalid(let id, let error):
            log.warning(error.message)
            reply(id, error: error)
        }
    }

    /// Decodes a message's `params`; a missing or ill-shaped field is an "invalid params" error that names it.
    func decode<Params: Decodable>(_ type: Params.Type, _ body: Data, _ method: String) throws(ResponseError) -> Params {
        if let none = NoParams() as? Params { return none }
        do {
            return try JSONDecoder().decode(ParamsEnvelope<Params>.self, from: body).params
        } catch let error as DecodingError {
            throw ResponseError.invalidParams("invalid params for \(method): \(Self.explain(error))")
        } catch {
            throw ResponseError.invalidParams("invalid params for \(method): \(error)")
        }
    }

    static func explain(_ error: DecodingError) -> String {
        func path(_ keys: [any CodingKey]) -> String {
            // The first key is the envelope's "params".
            keys.dropFirst().map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined().trimmingPrefixDot
        }
        switch error {
        case .keyNotFound(let key, let context):
            let parent = path(context.codingPath)
            return "missing \"\(key.stringValue)\"" + (parent.isEmpty ? "" : " in \(parent)")
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return "\(path(context.codingPath)) has the wrong type (\(context.debugDescription))"
        case .dataCorrupted(let context):
            return "\(path(context.codingPath)): \(context.debugDescription)"
        @unknown default:
            return "\(error)"
        }
    }

    // MARK: Output

    func reply<Result: Encodable>(_ id: RequestID?, _ result: Result) {
        writer.write(ResponseMessage(id: id, result: result, error: nil))
    }

    func reply(_ id: RequestID?, error: ResponseError) {
        writer.write(ResponseMessage<Bool>(id: id, result: nil, error: error))
    }

    func send<Params: Encodable>(_ method: String, _ params: Params) {
        writer.write(OutgoingMessage(id: nil, method: method, params: params))
    }

    /// Pushes a document's diagnostics (written by hand: this is the server's most frequent and largest message).
    func publish(_ params: PublishDiagnosticsParams) {
        writer.write(body: JSONBytes.publishDiagnostics(params))
    }

    /// Sends a request to the client; `callback` runs on the server queue with the response.
    func request<Params: Encodable>(_ method: String, _ params: Params, callback: @escaping OutgoingRequests.Callback) {
        let id = outgoing.register(callback)
        writer.write(OutgoingMessage(id: id, method: method, params: params))
    }

    /// Tells the writer something in a window message (and the log).
    func showMessage(_ type: MessageType, _ message: String) {
        switch type {
        case .error: log.error(message)
        case .warning: log.warning(message)
        default: log.info(message)
        }
        guard lifecycle != .uninitialized else {
            heldMessages.append(ShowMessageParams(type: type, message: message))
            return
        }
        send(ServerMessages.showMessage, ShowMessageParams(type: type, message: message))
    }
}

private extension String {
    var trimmingPrefixDot: String { hasPrefix(".") ? String(dropFirst()) : self }
}
