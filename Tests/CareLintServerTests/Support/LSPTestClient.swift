import CareLint
@testable import CareLintServer
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A language client for tests: it talks to a server through real pipes with real framed bytes, either a server
/// in this process (`inProcess`) or the built `carelint-lsp` binary (`spawn`).
final class LSPTestClient: @unchecked Sendable {
    private let toServer: Int32
    private let fromServer: Int32
    private let condition = NSCondition()
    private var unconsumed: [LSPAny] = []
    private(set) var everything: [LSPAny] = []
    /// Anything on the protocol stream that was not a well-formed frame.
    private var strayEvents: [MessageFramer.Event] = []
    private var readerDone = false
    private var nextID = 1
    private var exitCode: Int32?
    private var process: Process?
    private var inputClosed = false
    /// Bytes of stderr (process) or of the log descriptor (in process).
    private let logReader: Int32

    private init(toServer: Int32, fromServer: Int32, logReader: Int32) {
        self.toServer = toServer
        self.fromServer = fromServer
        self.logReader = logReader
        startReading()
    }

    deinit {
        closeInput()
        close(fromServer)
    }

    /// A server in this process, on pipes.
    static func inProcess(options: LanguageServer.Options = LanguageServer.Options()) -> LSPTestClient {
        let input = makePipe()
        let output = makePipe()
        let log = makePipe()
        _ = fcntl(log.read, F_SETFL, fcntl(log.read, F_GETFL) | O_NONBLOCK)
        let server = LanguageServer(input: input.read, output: output.write, logOutput: log.write, options: options)
        let client = LSPTestClient(toServer: input.write, fromServer: output.read, logReader: log.read)
        let thread = Thread {
            let code = server.run()
            client.condition.lock()
            client.exitCode = code
            client.condition.broadcast()
            client.condition.unlock()
            close(output.write)
        }
        thread.stackSize = 4 << 20
        thread.start()
        return client
    }

    /// The built `carelint-lsp` binary, started with `arguments`.
    static func spawn(_ arguments: [String] = [], directory: URL? = nil) throws -> LSPTestClient {
        let process = Process()
        process.executableURL = productsDirectory.appendingPathComponent("carelint-lsp")
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        let stdin = Pipe()
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        let errorDescriptor = stderr.fileHandleForReading.fileDescriptor
        _ = fcntl(errorDescriptor, F_SETFL, fcntl(errorDescriptor, F_GETFL) | O_NONBLOCK)
        let client = LSPTestClient(toServer: dup(stdin.fileHandleForWriting.fileDescriptor), fromServer: dup(stdout.fileHandleForReading.fileDescriptor), logReader: dup(errorDescriptor))
        try stdin.fileHandleForWriting.close()
        try stdout.fileHandleForReading.close()
        client.process = process
        return client
    }

    /// The folder that holds the built executables.
    static let productsDirectory: URL = {
        var url = Bundle.main.bundleURL
        for _ in 0..<4 {
            if FileManager.default.isExecutableFile(atPath: url.appendingPathComponent("carelint-lsp").path) { return url }
            url = url.deletingLastPathComponent()
        }
        return URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    }()

    /// The process id of a spawned server.
    var processIdentifier: Int32? { process?.processIdentifier }

    private static func makePipe() -> (read: Int32, write: Int32) {
        var fds: [Int32] = [0, 0]
        precondition(pipe(&fds) == 0)
        return (fds[0], fds[1])
    }

    // MARK: Sending

    /// Writes raw bytes to the server.
    func write(_ bytes: [UInt8]) {
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeBytes { Foundation.write(toServer, $0.baseAddress! + written, bytes.count - written) }
            if result <= 0 { return }
            written += result
        }
    }

    /// Writes a string as UTF-8.
    func write(_ text: String) { write(Array(text.utf8)) }

    /// A framed message.
    static func frame(_ message: LSPAny) -> [UInt8] {
        let body = try! JSONEncoder().encode(message)
        return Array("Content-Length: \(body.count)\r\n\r\n".utf8) + Array(body)
    }

    /// Sends a message.
    func send(_ message: LSPAny) { write(Self.frame(message)) }

    /// Sends a notification.
    func notify(_ method: String, _ params: LSPAny = [:]) {
        send(["jsonrpc": "2.0", "method": .string(method), "params": params])
    }

    /// A fresh request id.
    func takeID() -> Int {
        condition.lock()
        defer { condition.unlock() }
        nextID += 1
        return nextID
    }

    /// The message for a request (to send together with others).
    func requestMessage(_ method: String, _ params: LSPAny? = [:], id: Int) -> LSPAny {
        var message: [String: LSPAny] = ["jsonrpc": "2.0", "id": .number(Double(id)), "method": .string(method)]
        if let params { message["params"] = params }
        return .object(message)
    }

    /// Sends a request and waits for its response.
    func request(_ method: String, _ params: LSPAny? = [:], timeout: Double = 30) -> LSPAny? {
        let id = takeID()
        send(requestMessage(method, params, id: id))
        return response(to: id, timeout: timeout)
    }

    /// Waits for the response with an id.
    func response(to id: Int, timeout: Double = 30) -> LSPAny? {
        waitFor(timeout: timeout) { $0["id"].int == id && $0["method"] == .null }
    }

    // MARK: Receiving

    /// Waits for a message that matches, and takes it.
    func waitFor(timeout: Double = 30, _ predicate: (LSPAny) -> Bool) -> LSPAny? {
        let deadline = Date().addingTimeInterval(timeout)
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let index = unconsumed.firstIndex(where: predicate) { return unconsumed.remove(at: index) }
            if readerDone || !condition.wait(until: deadline) {
                if let index = unconsumed.firstIndex(where: predicate) { return unconsumed.remove(at: index) }
                return nil
            }
        }
    }

    /// Waits for a notification with a method (and a predicate on its params).
    func notification(_ method: String, timeout: Double = 30, where predicate: (LSPAny) -> Bool = { _ in true }) -> LSPAny? {
        waitFor(timeout: timeout) { $0["method"].string == method && $0["id"] == .null && predicate($0["params"]) }?["params"]
    }

    /// Waits for a request from the server.
    func serverRequest(_ method: String, timeout: Double = 30) -> LSPAny? {
        waitFor(timeout: timeout) { $0["method"].string == method && $0["id"] != .null }
    }

    /// Waits for the diagnostics of a document (at a version, when given).
    func diagnostics(_ uri: String, version: Int? = nil, timeout: Double = 30) -> [LSPAny]? {
        notification("textDocument/publishDiagnostics", timeout: timeout) { params in
            params["uri"].string == uri && (version == nil || params["version"].int == version)
        }?["diagnostics"].array
    }

    /// Every message received so far that matches, without taking them.
    func received(_ predicate: (LSPAny) -> Bool) -> [LSPAny] {
        condition.lock()
        defer { condition.unlock() }
        return everything.filter(predicate)
    }

    /// Bytes or frames on the protocol stream that were not well-formed messages.
    var stray: [MessageFramer.Event] {
        condition.lock()
        defer { condition.unlock() }
        return strayEvents
    }

    /// What the server logged so far.
    func log() -> String {
        var data = [UInt8]()
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(logReader, $0.baseAddress!, $0.count) }
            if count <= 0 { break }
            data += chunk[0..<count]
        }
        return String(decoding: data, as: UTF8.self)
    }

    private func startReading() {
        let descriptor = fromServer
        let thread = Thread { [self] in
            var framer = MessageFramer()
            var chunk = [UInt8](repeating: 0, count: 1 << 16)
            while true {
                let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress!, $0.count) }
                if count < 0, errno == EINTR { continue }
                if count <= 0 { break }
                for event in framer.append(chunk[0..<count]) {
                    guard case .message(let body) = event else {
                        condition.lock()
                        strayEvents.append(event)
                        condition.unlock()
                        continue
                    }
                    let message = (try? JSONDecoder().decode(LSPAny.self, from: Data(body))) ?? ["unreadable": .string(String(decoding: body, as: UTF8.self))]
                    condition.lock()
                    unconsumed.append(message)
                    everything.append(message)
                    condition.broadcast()
                    condition.unlock()
                }
            }
            condition.lock()
            readerDone = true
            condition.broadcast()
            condition.unlock()
        }
        thread.start()
    }

    // MARK: Lifecycle

    /// `initialize` (with capabilities and a root folder) then `initialized`; returns the initialize result.
    @discardableResult
    func initialize(_ capabilities: LSPAny = [:], root: URL? = nil, initializationOptions: LSPAny? = nil) -> LSPAny? {
        var params: [String: LSPAny] = ["processId": nil, "capabilities": capabilities]
        if let root { params["rootUri"] = .string(root.absoluteString) }
        if let initializationOptions { params["initializationOptions"] = initializationOptions }
        let response = request("initialize", .object(params))
        notify("initialized")
        return response?["result"]
    }

    /// Opens a document.
    func open(_ uri: String, _ text: String, languageId: String = "markdown", version: Int = 0) {
        notify("textDocument/didOpen", ["textDocument": ["uri": .string(uri), "languageId": .string(languageId), "version": .number(Double(version)), "text": .string(text)]])
    }

    /// Closes standard input: the server sees the end of input.
    func closeInput() {
        condition.lock()
        let wasClosed = inputClosed
        inputClosed = true
        condition.unlock()
        if !wasClosed { close(toServer) }
    }

    /// Waits for the server to end; its exit code, or nil on timeout.
    func waitForExit(timeout: Double = 30) -> Int32? {
        if let process {
            let deadline = Date().addingTimeInterval(timeout)
            while process.isRunning, Date() < deadline { usleep(10_000) }
            if process.isRunning { return nil }
            return process.terminationReason == .uncaughtSignal ? -process.terminationStatus : process.terminationStatus
        }
        let deadline = Date().addingTimeInterval(timeout)
        condition.lock()
        defer { condition.unlock() }
        while exitCode == nil, condition.wait(until: deadline) {}
        return exitCode
    }

    /// `shutdown`, `exit`, and the exit code.
    func shutdownAndExit() -> Int32? {
        _ = request("shutdown", nil)
        notify("exit")
        return waitForExit()
    }

    /// Kills a spawned server that is still running.
    func terminate() {
        if let process, process.isRunning { process.terminate() }
    }
}

/// Temporary project folders for tests.
enum Project {
    /// A house pack with a few concepts, so tests do not depend on the built-in vocabulary's contents.
    static let pack = """
    {"name": "house", "concepts": [
      {"id": "hepatic", "term": "hepatic", "plain": ["liver"], "category": "anatomy", "definition": "To do with the liver.", "sources": ["001", "003"]},
      {"id": "rfa", "term": "radiofrequency ablation", "acronym": "RFA", "category": "treatment", "definition": "A treatment that uses heat from radio waves to destroy a tumor.", "sources": ["000"]},
      {"id": "metastasis", "term": "metastasis", "variants": ["secondary cancer"], "plain": ["cancer that has spread"], "category": "condition", "definition": "Cancer that has spread from where it started to another part of the body.", "sources": ["000", "002"]}
    ]}
    """

    /// Rules other than the vocabulary rules under test, turned off so that each test sees only what it is about.
    static let otherRules = ["numbers/percent-style", "numbers/unit-conversion", "readability/grade", "readability/long-paragraph",
                             "readability/long-sentence", "readability/passive-voice", "spelling/locale", "spelling/repeated-word",
                             "spelling/unknown-word", "structure/required-section", "structure/review-date", "style/reader-address"]

    /// A configuration on one line: the house pack only, the other rules off, plus `rules` and `extra` members.
    static func configuration(rules: String = "", extra: String = "") -> String {
        let off = otherRules.map { "\"\($0)\": \"off\"" }.joined(separator: ", ")
        return #"{"vocabularies": ["./house.json"], "rules": {"# + off + rules + "}" + extra + "}"
    }

    /// A fresh folder with files (path → text); by default the house pack and a configuration that loads it.
    static func folder(_ files: [String: String] = [:], withPack: Bool = true) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("carelint-lsp-test-\(UUID().uuidString)").resolvingSymlinksInPath()
        var all = files
        if withPack {
            all["house.json"] = all["house.json"] ?? pack
            all[".carelint.json"] = all[".carelint.json"] ?? configuration()
        }
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for (path, text) in all {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return root
    }

    /// The `file:` URI of a file in a folder.
    static func uri(_ folder: URL, _ name: String) -> String {
        folder.appendingPathComponent(name).absoluteString
    }
}

extension LSPAny {
    /// A range as four numbers: start line, start character, end line, end character.
    var rangeNumbers: [Int] {
        [self["start"]["line"].int ?? -1, self["start"]["character"].int ?? -1, self["end"]["line"].int ?? -1, self["end"]["character"].int ?? -1]
    }

    /// A JSON object from a string, for expectations.
    static func parse(_ json: String) -> LSPAny { try! JSONDecoder().decode(LSPAny.self, from: Data(json.utf8)) }
}
