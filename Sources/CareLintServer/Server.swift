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

        /// The defaults.
        public init() {}
    }

    enum Lifecycle { case uninitialized, running, shutDown }

    let options: Options
    let queue = DispatchQueue(label: "carelint-lsp.server")
    let writer: MessageWriter
    let reader: MessageReader
    let log: Logger

    // Queue-confined state.
    var lifecycle = Lifecycle.uninitialized
    var client = ClientSupport()
    var documents = DocumentStore()
    var workspace = Workspace()
    var overrides = SettingOverrides()
    var rootPath: String?
    var rootURI: DocumentURI?
    var lintResults: [DocumentURI: LintResult] = [:]
    var dirty: [DocumentURI] = []
    var lastGoodSettings: [DocumentURI: FileSettings] = [:]
    var reportedFailures: Set<String> = []
    var configurationDiagnostics: [DocumentURI: [LSPDiagnostic]] = [:]
    var largeDocumentsReported: Set<DocumentURI> = []
    /// Configuration files this server offered to edit ("Add to accepted words"), with their modification stamp
    /// then: a client that sends no `workspace/didChangeWatchedFiles` still gets the edit applied once saved.
    /// (nil: the file did not exist yet).
    var editedConfigurations: [String: FileStamp?] = [:]
    var pendingResponses: [RequestID: @Sendable (Result<Data, ResponseError>) -> Void] = [:]
    var nextOutgoingID = 1
    var lintGeneration = 0
    /// When the batch being handled was read, and when each dirty document's first unpublished change arrived.
    var batchArrival: UInt64 = 0
    var changedSince: [DocumentURI: UInt64] = [:]
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
            for case .notification("$/cancelRequest", let body) in messages {
                if let params = try? JSONDecoder().decode(ParamsEnvelope<CancelParams>.self, from: body).params { cancelled.insert(params.id) }
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
            guard lifecycle != .uninitialized || method == "initialize" else {
                reply(id, error: ResponseError(code: ResponseError.serverNotInitialized, message: "the server is not initialized; send \"initialize\" first"))
                return
            }
            guard lifecycle != .shutDown else {
                reply(id, error: ResponseError(code: ResponseError.invalidRequest, message: "the server is shutting down; only \"exit\" is accepted after \"shutdown\""))
                return
            }
            handleRequest(id: id, method: method, body: body)
        case .notification(let method, let body):
            if method == "exit" {
                finish(lifecycle == .shutDown ? 0 : 1)
                return
            }
            // Notifications before initialize are dropped, as the protocol says.
            guard lifecycle == .running else {
                log.warning("dropped \(method): the server is not initialized")
                return
            }
            handleNotification(method: method, body: body)
        case .response(let id, let body, let error):
            guard let callback = pendingResponses.removeValue(forKey: id) else {
                log.warning("a response to \(id), which the server never asked")
                return
            }
            callback(error.map { .failure($0) } ?? .success(body))
        case .invalid(let id, let error):
            log.warning(error.message)
            reply(id, error: error)
        }
    }

    private func handleRequest(id: RequestID, method: String, body: Data) {
        do throws(ResponseError) {
            switch method {
            case "initialize": reply(id, try initialize(decode(InitializeParams.self, body, method)))
            case "shutdown": reply(id, shutdown())
            case "textDocument/codeAction": reply(id, try codeActions(decode(CodeActionParams.self, body, method)))
            case "textDocument/hover": reply(id, try hover(decode(TextDocumentPositionParams.self, body, method)))
            case "textDocument/diagnostic": reply(id, try pullDiagnostics(decode(DocumentDiagnosticParams.self, body, method)))
            case Self.readabilityMethod: reply(id, try readability(decode(ReadabilityParams.self, body, method)))
            case Self.scorecardMethod: reply(id, try scorecard(decode(ScorecardParams.self, body, method)))
            default:
                throw ResponseError(code: ResponseError.methodNotFound, message: "unknown method \"\(method)\"")
            }
        } catch {
            reply(id, error: error)
        }
    }

    private func handleNotification(method: String, body: Data) {
        do throws(ResponseError) {
            switch method {
            case "initialized": initialized()
            case "textDocument/didOpen": didOpen(try decode(DidOpenTextDocumentParams.self, body, method))
            case "textDocument/didChange": didChange(try decode(DidChangeTextDocumentParams.self, body, method))
            case "textDocument/didSave": didSave(try decode(DidSaveTextDocumentParams.self, body, method))
            case "textDocument/didClose": didClose(try decode(DidCloseTextDocumentParams.self, body, method))
            case "workspace/didChangeWatchedFiles": didChangeWatchedFiles(try decode(DidChangeWatchedFilesParams.self, body, method))
            case "workspace/didChangeConfiguration": didChangeConfiguration(try decode(DidChangeConfigurationParams.self, body, method))
            case "$/cancelRequest", "$/setTrace", "$/logTrace":
                break
            default:
                log.debug("ignored notification \(method)")
            }
        } catch {
            // A notification gets no response; the client hears of the problem in its log.
            log.error(error.message)
            send("window/logMessage", ShowMessageParams(type: .error, message: "carelint: \(error.message)"))
        }
    }

    /// Decodes a message's `params`; a missing or ill-shaped field is an "invalid params" error that names it.
    func decode<Params: Decodable>(_ type: Params.Type, _ body: Data, _ method: String) throws(ResponseError) -> Params {
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
    func request<Params: Encodable>(_ method: String, _ params: Params, callback: @escaping @Sendable (Result<Data, ResponseError>) -> Void) {
        let id = RequestID.string("carelint-\(nextOutgoingID)")
        nextOutgoingID += 1
        pendingResponses[id] = callback
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
        send("window/showMessage", ShowMessageParams(type: type, message: message))
    }
}

private extension String {
    var trimmingPrefixDot: String { hasPrefix(".") ? String(dropFirst()) : self }
}
