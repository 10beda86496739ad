import CareLintServer
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// End to end: the built `carelint-lsp` binary, driven over its standard input and output as an editor does.
@Suite("carelint-lsp binary end to end")
struct ServerProcessTests {
    @Test("lifecycle and pushed diagnostics; only frames on stdout, logs on stderr; exit 0 after shutdown")
    func lifecycle() throws {
        let folder = try Project.folder()
        let uri = Project.uri(folder, "draft.md")
        let client = try LSPTestClient.spawn(["--stdio", "--log-level", "debug"], directory: folder)
        defer { client.terminate() }
        let result = client.initialize(["general": ["positionEncodings": ["utf-16"]]], root: folder)
        #expect(result?["capabilities"]["positionEncoding"] == "utf-16")
        client.open(uri, "# Care\n\n😀 The hepatic tissue and RFA.\n")
        let diagnostics = try #require(client.diagnostics(uri, version: 0))
        #expect(diagnostics.map { $0["code"] } == ["vocab/jargon", "vocab/acronym"])
        #expect(diagnostics.map { $0["range"].rangeNumbers } == [[2, 7, 2, 14], [2, 26, 2, 29]])
        let hover = client.request("textDocument/hover", ["textDocument": ["uri": .string(uri)], "position": ["line": 2, "character": 9]])
        #expect(hover?["result"]["range"].rangeNumbers == [2, 7, 2, 14])
        #expect(client.shutdownAndExit() == 0)
        #expect(client.stray.isEmpty)
        let log = client.log()
        #expect(log.contains("carelint-lsp: info: initialized: positions in utf-16, diagnostics pushed, root \(folder.path)"))
        #expect(log.contains("carelint-lsp: debug: linted \(uri) version 0"))
    }

    @Test("the server and `carelint check --format json` report the same findings at the same bytes on the example draft")
    func agreesWithCommandLine() throws {
        let draft = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Examples/liver-metastases-draft.md")
        let text = try String(contentsOf: draft, encoding: .utf8)
        let cli = Process()
        cli.executableURL = LSPTestClient.productsDirectory.appendingPathComponent("carelint")
        cli.arguments = ["check", "--format", "json", draft.path]
        let output = Pipe()
        cli.standardOutput = output
        cli.standardError = FileHandle.nullDevice
        try cli.run()
        let report = LSPAny.parse(String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self))
        cli.waitUntilExit()
        let expected = report["files"][0]["diagnostics"].array.map {
            "\($0["rule"].string ?? "") \($0["range"]["start"]["offset"].int ?? -1)-\($0["range"]["end"]["offset"].int ?? -1)"
        }.sorted()
        #expect(expected.count > 10)

        let client = try LSPTestClient.spawn()
        defer { client.terminate() }
        client.initialize(["general": ["positionEncodings": ["utf-8"]]])
        client.open(draft.absoluteString, text)
        let diagnostics = try #require(client.diagnostics(draft.absoluteString))
        var lineStarts = [0]
        for (index, byte) in text.utf8.enumerated() where byte == 0x0A { lineStarts.append(index + 1) }
        let received = diagnostics.map { diagnostic -> String in
            let range = diagnostic["range"].rangeNumbers
            return "\(diagnostic["code"].string ?? "") \(lineStarts[range[0]] + range[1])-\(lineStarts[range[2]] + range[3])"
        }.sorted()
        #expect(received == expected)
        #expect(client.shutdownAndExit() == 0)
    }

    @Test("exit without shutdown ends with 1; end of input with 1, or 0 after shutdown")
    func exitCodes() throws {
        let exit = try LSPTestClient.spawn()
        exit.initialize()
        exit.notify("exit")
        #expect(exit.waitForExit() == 1)

        let eof = try LSPTestClient.spawn()
        eof.initialize()
        eof.closeInput()
        #expect(eof.waitForExit() == 1)

        let clean = try LSPTestClient.spawn()
        clean.initialize()
        _ = clean.request("shutdown", nil)
        clean.closeInput()
        #expect(clean.waitForExit() == 0)
    }

    @Test("a client that stops reading does not kill the server with SIGPIPE")
    func brokenPipe() throws {
        let process = Process()
        process.executableURL = LSPTestClient.productsDirectory.appendingPathComponent("carelint-lsp")
        let stdin = Pipe()
        let stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = FileHandle.nullDevice
        try process.run()
        try stdout.fileHandleForReading.close()
        stdin.fileHandleForWriting.write(Data(LSPTestClient.frame(["jsonrpc": "2.0", "id": 1, "method": "initialize", "params": ["capabilities": [:]]])))
        stdin.fileHandleForWriting.write(Data(LSPTestClient.frame(["jsonrpc": "2.0", "id": 2, "method": "shutdown"])))
        try stdin.fileHandleForWriting.close()
        process.waitUntilExit()
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 0)
    }

    @Test("a 50 MB document keeps the server's memory bounded, and it goes on serving")
    func hugeDocumentMemory() throws {
        let folder = try Project.folder()
        let uri = Project.uri(folder, "huge.md")
        let client = try LSPTestClient.spawn(directory: folder)
        defer { client.terminate() }
        client.initialize(root: folder)
        let paragraph = "The liver filters blood and stores energy for the body. "
        client.open(uri, String(repeating: paragraph, count: 50 * 1_048_576 / paragraph.utf8.count) + "\n")
        #expect(client.notification("window/showMessage", timeout: 300)?["type"] == 2)
        #expect(client.diagnostics(uri, timeout: 300) == [])
        let peak = try #require(Self.peakMemoryKilobytes(client.processIdentifier))
        // The text is held a few times over while it is decoded; never unboundedly.
        #expect(peak < 600_000, "peak resident memory \(peak) kB")
        client.notify("textDocument/didChange", ["textDocument": ["uri": .string(uri), "version": 1], "contentChanges": [["text": "The hepatic tissue.\n"]]])
        #expect(client.diagnostics(uri, version: 1)?.map { $0["range"].rangeNumbers } == [[0, 4, 0, 11]])
        #expect(client.shutdownAndExit() == 0)
    }

    @Test("bad command-line options exit with 2 and say what is wrong")
    func badOptions() throws {
        for (arguments, message) in [(["--log-level", "loud"], "carelint-lsp: unknown log level \"loud\"; expected error, warning, info or debug\n"),
                                     (["--max-document-size", "0"], "carelint-lsp: --max-document-size takes a whole number of megabytes from 1 to 4096, found \"0\"\n")] {
            let process = Process()
            process.executableURL = LSPTestClient.productsDirectory.appendingPathComponent("carelint-lsp")
            process.arguments = arguments
            let stderr = Pipe()
            process.standardError = stderr
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            let text = String(decoding: stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationStatus == 2)
            #expect(text == message)
        }
    }

    static func peakMemoryKilobytes(_ pid: Int32?) -> Int? {
        guard let pid, let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return nil }
        guard let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }) else { return nil }
        return Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "")
    }
}
