import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Drives `carelint-lsp` through its real JSON-RPC path over pipes, as an editor does.
final class LanguageServerClient {
    private let process: Spawned
    private var buffer: [UInt8] = []
    private var nextID = 1

    init(executable: String, arguments: [String] = []) throws {
        process = try Spawned.start(executable, arguments, pipeInput: true, pipeOutput: true)
        signal(SIGPIPE, SIG_IGN)
    }

    var pid: pid_t { process.pid }

    func peakRSS() -> Int? { process.peakRSS() }

    /// Sends a notification.
    func notify(_ method: String, _ params: [String: Any]) throws {
        try send(["jsonrpc": "2.0", "method": method, "params": params])
    }

    /// Sends a request and waits for its response (other messages in between are dropped).
    @discardableResult
    func request(_ method: String, _ params: [String: Any], timeout: Double = 30) throws -> [String: Any] {
        let id = nextID
        nextID += 1
        try send(["jsonrpc": "2.0", "id": id, "method": method, "params": params])
        let deadline = now() + timeout
        while true {
            let message = try receive(until: deadline)
            if message["id"] as? Int == id, message["method"] == nil {
                if let error = message["error"] { throw BenchError("\(method) failed: \(error)") }
                return message
            }
        }
    }

    /// Waits for `textDocument/publishDiagnostics` for `uri` (at `version` or later when the server sends versions).
    /// The diagnostics themselves are not decoded (see `withoutDiagnostics`).
    func waitForDiagnostics(uri: String, version: Int, timeout: Double = 30) throws {
        let deadline = now() + timeout
        while true {
            let message = try receive(until: deadline)
            guard message["method"] as? String == "textDocument/publishDiagnostics",
                  let params = message["params"] as? [String: Any], params["uri"] as? String == uri else { continue }
            if let sent = params["version"] as? Int, sent < version { continue }
            return
        }
    }

    /// Waits for `carelint/exactDiagnostics` for `uri` at `version` or later: the diagnostics last published are
    /// exact.
    func waitForExact(uri: String, version: Int, timeout: Double = 30) throws {
        let deadline = now() + timeout
        while true {
            let message = try receive(until: deadline)
            guard message["method"] as? String == "carelint/exactDiagnostics",
                  let params = message["params"] as? [String: Any], params["uri"] as? String == uri,
                  let sent = params["version"] as? Int, sent >= version else { continue }
            return
        }
    }

    /// Ends the server politely.
    func shutdown() {
        _ = try? request("shutdown", [:], timeout: 10)
        try? notify("exit", [:])
        close(process.input)
        var status: Int32 = 0
        let deadline = now() + 5
        while waitpid(process.pid, &status, WNOHANG) == 0 {
            if now() > deadline { kill(process.pid, SIGKILL); waitpid(process.pid, &status, 0); break }
            usleep(10_000)
        }
        close(process.output)
    }

    private func send(_ object: [String: Any]) throws {
        let body = try JSONSerialization.data(withJSONObject: object)
        var frame = Array("Content-Length: \(body.count)\r\n\r\n".utf8)
        frame += body
        var offset = 0
        while offset < frame.count {
            let written = frame[offset...].withUnsafeBytes { write(process.input, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                throw BenchError("the server closed its input")
            }
            offset += written
        }
    }

    private func receive(until deadline: Double) throws -> [String: Any] {
        while true {
            if let message = try takeFrame() { return message }
            let remaining = deadline - now()
            guard remaining > 0 else { throw BenchError("the server sent nothing in time") }
            var descriptor = pollfd(fd: process.output, events: Int16(POLLIN), revents: 0)
            let ready = poll(&descriptor, 1, Int32(min(remaining, 60) * 1000))
            if ready < 0, errno == EINTR { continue }
            guard ready > 0 else { throw BenchError("the server sent nothing in time") }
            var chunk = [UInt8](repeating: 0, count: 1 << 16)
            let count = chunk.withUnsafeMutableBytes { read(process.output, $0.baseAddress, $0.count) }
            guard count > 0 else { throw BenchError("the server closed its output") }
            buffer += chunk[0..<count]
        }
    }

    /// Takes one complete frame from the buffer.
    private func takeFrame() throws -> [String: Any]? {
        let separator: [UInt8] = [13, 10, 13, 10]
        guard buffer.count >= 4 else { return nil }
        var headerEnd: Int?
        for index in 0...(buffer.count - 4) where buffer[index] == 13 && Array(buffer[index..<(index + 4)]) == separator {
            headerEnd = index
            break
        }
        guard let headerEnd else { return nil }
        let header = String(decoding: buffer[0..<headerEnd], as: UTF8.self)
        guard let lengthLine = header.split(separator: "\r\n").first(where: { $0.lowercased().hasPrefix("content-length:") }),
              let length = Int(lengthLine.split(separator: ":")[1].trimmingCharacters(in: .whitespaces)) else {
            throw BenchError("a frame without Content-Length: \(header)")
        }
        let bodyStart = headerEnd + 4
        guard buffer.count >= bodyStart + length else { return nil }
        let body = buffer[bodyStart..<(bodyStart + length)]
        defer { buffer.removeSubrange(0..<(bodyStart + length)) }
        if let light = Self.withoutDiagnostics(body) { return light }
        return (try JSONSerialization.jsonObject(with: Data(body))) as? [String: Any] ?? [:]
    }

    /// A large `publishDiagnostics` with its `uri` and `version` read and its diagnostics left out: on the
    /// 10,000-word page the body is hundreds of KB, and decoding it with JSONSerialization took the client longer
    /// than the server took to lint and write it, which is an editor's cost, not the server's. Nil for any other
    /// message (decoded whole).
    static func withoutDiagnostics(_ body: ArraySlice<UInt8>) -> [String: Any]? {
        let marker = Array(",\"diagnostics\":[".utf8)
        guard body.count > 8192 else { return nil }
        let head = body.prefix(4096)
        guard let at = head.indices.first(where: { head[$0...].starts(with: marker) }) else { return nil }
        let prefix = Array(body[body.startIndex..<at]) + Array("}}".utf8)
        guard let message = (try? JSONSerialization.jsonObject(with: Data(prefix))) as? [String: Any],
              message["method"] as? String == "textDocument/publishDiagnostics" else { return nil }
        return message
    }
}

/// The server's edit latency on a 10,000-word document.
enum ServerLatency {
    struct Result {
        var openSeconds: Double
        /// To the first diagnostics published for each edit (provisional when the server answers in two steps).
        var latencies: Sample
        /// To `carelint/exactDiagnostics` for each edit (the exact answer), when the server sends it.
        var exactLatencies: Sample?
        /// The pause the server waits after an edit before its exact answer (ms), when it answers in two steps.
        var settleDelay: Int?
        var peakRSS: Int?
        var fullSync: Bool
    }

    /// Opens `text` and makes `edits` one-character insertions at deterministic places; each latency runs from
    /// writing the change to reading its diagnostics (and, from a server that says when its answer is exact, to
    /// that note: the next edit is sent after it).
    static func run(executable: String, arguments: [String] = [], text: [UInt8], path: String, edits: Int) throws -> Result {
        let client = try LanguageServerClient(executable: executable, arguments: arguments)
        defer { client.shutdown() }
        let initialize = try client.request("initialize", [
            "processId": Int(getpid()),
            "rootUri": NSNull(),
            "capabilities": [
                "general": ["positionEncodings": ["utf-8", "utf-16"]],
                "textDocument": ["publishDiagnostics": ["versionSupport": true], "synchronization": ["didSave": true]],
                "experimental": ["carelintExactDiagnostics": true],
            ],
        ])
        let capabilities = (initialize["result"] as? [String: Any])?["capabilities"] as? [String: Any] ?? [:]
        let experimental = capabilities["experimental"] as? [String: Any] ?? [:]
        let notesExact = experimental["exactDiagnosticsProvider"] as? Bool ?? false
        let settleDelay = (experimental["provisionalDiagnostics"] as? [String: Any])?["settleDelayMilliseconds"] as? Int
        var change = 2
        if let sync = capabilities["textDocumentSync"] as? Int { change = sync }
        if let sync = capabilities["textDocumentSync"] as? [String: Any], let kind = sync["change"] as? Int { change = kind }
        let fullSync = change == 1
        try client.notify("initialized", [:])
        let uri = "file://" + path
        var lines = String(decoding: text, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.utf8) }
        let openStart = now()
        try client.notify("textDocument/didOpen", ["textDocument": ["uri": uri, "languageId": "markdown", "version": 1, "text": String(decoding: text, as: UTF8.self)]])
        try client.waitForDiagnostics(uri: uri, version: 1)
        if notesExact { try client.waitForExact(uri: uri, version: 1) }
        let openSeconds = now() - openStart
        // Prose lines (not front matter, headings, lists or tables) to type into.
        let prose = lines.indices.filter { index in
            let line = lines[index]
            return line.count > 20 && line.first.map { $0 >= 0x41 && $0 <= 0x5A } == true
        }
        guard !prose.isEmpty else { throw BenchError("the 10,000-word document has no prose lines") }
        var random = SeededRandom(seed: 42)
        var latencies: [Double] = []
        var exactLatencies: [Double] = []
        for edit in 0..<edits {
            let version = edit + 2
            let line = random.pick(prose)
            let column = random.within(1...(lines[line].count - 1))
            let letter: UInt8 = random.pick(Array("etaoinshr".utf8))
            lines[line].insert(letter, at: column)
            let changes: [[String: Any]]
            if fullSync {
                changes = [["text": String(decoding: Array(lines.joined(separator: [0x0A])), as: UTF8.self)]]
            } else {
                let position = ["line": line, "character": column]
                changes = [["range": ["start": position, "end": position], "text": String(UnicodeScalar(letter))]]
            }
            let start = now()
            try client.notify("textDocument/didChange", ["textDocument": ["uri": uri, "version": version], "contentChanges": changes])
            try client.waitForDiagnostics(uri: uri, version: version)
            latencies.append(now() - start)
            if notesExact {
                try client.waitForExact(uri: uri, version: version)
                exactLatencies.append(now() - start)
            }
        }
        return Result(openSeconds: openSeconds, latencies: Sample(latencies), exactLatencies: notesExact ? Sample(exactLatencies) : nil, settleDelay: settleDelay,
                      peakRSS: client.peakRSS(), fullSync: fullSync)
    }
}
