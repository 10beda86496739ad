@testable import CareLintServer
import Foundation
import Testing

@Suite("Lifecycle over pipes")
struct LifecycleTests {
    @Test("a request before initialize gets -32002; initialize then works")
    func beforeInitialize() {
        let client = LSPTestClient.inProcess()
        let early = client.request("textDocument/hover", ["textDocument": ["uri": "file:///a.md"], "position": ["line": 0, "character": 0]])
        #expect(early?["error"]["code"] == -32002)
        #expect(early?["error"]["message"] == "the server is not initialized; send \"initialize\" first")
        let result = client.initialize()
        #expect(result?["serverInfo"]["name"] == "carelint-lsp")
        #expect(client.shutdownAndExit() == 0)
    }

    @Test("notifications before initialize are dropped")
    func notificationsBeforeInitialize() throws {
        let folder = try Project.folder()
        let uri = Project.uri(folder, "early.md")
        let client = LSPTestClient.inProcess()
        client.open(uri, "The hepatic tissue.\n")
        client.initialize(root: folder)
        let hover = client.request("textDocument/hover", ["textDocument": ["uri": .string(uri)], "position": ["line": 0, "character": 5]])
        #expect(hover?["error"]["code"] == -32602)
        #expect(hover?["error"]["message"] == .string("textDocument/hover: \(uri) is not open; send textDocument/didOpen first"))
        #expect(client.shutdownAndExit() == 0)
    }

    @Test("capabilities: incremental sync, code action kinds, hover; utf-16 unless utf-8 is offered")
    func capabilities() {
        let client = LSPTestClient.inProcess()
        let result = client.initialize()
        let capabilities = result?["capabilities"] ?? .null
        #expect(capabilities["positionEncoding"] == "utf-16")
        #expect(capabilities["textDocumentSync"] == ["openClose": true, "change": 2, "save": ["includeText": false]])
        #expect(capabilities["codeActionProvider"]["codeActionKinds"] == ["quickfix", "source.fixAll.carelint"])
        #expect(capabilities["hoverProvider"] == true)
        #expect(capabilities["experimental"] == ["readabilityProvider": true, "scorecardProvider": true, "exactDiagnosticsProvider": true])
        #expect(capabilities["diagnosticProvider"] == .null)
        #expect(client.shutdownAndExit() == 0)

        let utf8 = LSPTestClient.inProcess()
        let negotiated = utf8.initialize(["general": ["positionEncodings": ["utf-32", "utf-8", "utf-16"]], "textDocument": ["diagnostic": ["dynamicRegistration": false]]])
        #expect(negotiated?["capabilities"]["positionEncoding"] == "utf-8")
        #expect(negotiated?["capabilities"]["diagnosticProvider"] == ["identifier": "carelint", "interFileDependencies": false, "workspaceDiagnostics": false])
        #expect(utf8.shutdownAndExit() == 0)
    }

    @Test("nothing is sent before the initialize response: a problem in initializationOptions is shown after it")
    func nothingBeforeInitializeResponse() throws {
        let client = LSPTestClient.inProcess()
        client.initialize(initializationOptions: ["readingGrade": 99])
        let shown = client.notification("window/showMessage")
        #expect(shown == ["type": 2, "message": "carelint: in the settings from initializationOptions: \"readingGrade\" must be a number from 1 to 20, such as 8"])
        let order = client.received { _ in true }
        #expect(order.first?["result"]["serverInfo"]["name"] == "carelint-lsp")
        #expect(client.shutdownAndExit() == 0)
    }

    @Test("initialize twice is an invalid request")
    func initializeTwice() {
        let client = LSPTestClient.inProcess()
        client.initialize()
        let second = client.request("initialize", ["capabilities": [:]])
        #expect(second?["error"] == ["code": -32600, "message": "\"initialize\" was already received; it may be sent once"])
        #expect(client.shutdownAndExit() == 0)
    }

    @Test("after shutdown, requests are refused and exit ends with 0")
    func afterShutdown() {
        let client = LSPTestClient.inProcess()
        client.initialize()
        #expect(client.request("shutdown", nil)?["result"] == .null)
        #expect(client.request("textDocument/hover", [:])?["error"]["code"] == -32600)
        client.notify("exit")
        #expect(client.waitForExit() == 0)
    }

    @Test("exit without shutdown ends with 1")
    func exitWithoutShutdown() {
        let client = LSPTestClient.inProcess()
        client.initialize()
        client.notify("exit")
        #expect(client.waitForExit() == 1)
    }

    @Test("end of input ends the server: 0 after shutdown, 1 without")
    func endOfInput() {
        let clean = LSPTestClient.inProcess()
        clean.initialize()
        _ = clean.request("shutdown", nil)
        clean.closeInput()
        #expect(clean.waitForExit() == 0)

        let abrupt = LSPTestClient.inProcess()
        abrupt.initialize()
        abrupt.closeInput()
        #expect(abrupt.waitForExit() == 1)
    }

    @Test("an unknown method gets -32601; an unknown notification is ignored")
    func unknownMethod() {
        let client = LSPTestClient.inProcess()
        client.initialize()
        client.notify("custom/somethingElse", ["x": 1])
        let response = client.request("textDocument/definition", ["textDocument": ["uri": "file:///a.md"], "position": ["line": 0, "character": 0]])
        #expect(response?["error"] == ["code": -32601, "message": "unknown method \"textDocument/definition\""])
        #expect(client.shutdownAndExit() == 0)
    }

    @Test("wrong params get -32602 naming the field")
    func wrongParams() {
        let client = LSPTestClient.inProcess()
        #expect(client.request("initialize", ["capabilities": "all of them"])?["error"]["code"] == -32602)
        client.initialize()
        let missing = client.request("textDocument/hover", ["textDocument": ["uri": "file:///a.md"]])
        #expect(missing?["error"] == ["code": -32602, "message": "invalid params for textDocument/hover: missing \"position\""])
        let wrongType = client.request("textDocument/hover", ["textDocument": ["uri": "file:///a.md"], "position": ["line": "one", "character": 0]])
        #expect(wrongType?["error"] == ["code": -32602, "message": "invalid params for textDocument/hover: position.line has the wrong type (Expected to decode Int but found a string instead.)"])
        #expect(client.shutdownAndExit() == 0)
    }

    @Test("a request cancelled in the same read is answered -32800")
    func cancel() throws {
        let folder = try Project.folder()
        let uri = Project.uri(folder, "a.md")
        let client = LSPTestClient.inProcess()
        client.initialize(root: folder)
        client.open(uri, "The hepatic tissue.\n")
        let id = client.takeID()
        let hover = client.requestMessage("textDocument/hover", ["textDocument": ["uri": .string(uri)], "position": ["line": 0, "character": 5]], id: id)
        let cancel: LSPAny = ["jsonrpc": "2.0", "method": "$/cancelRequest", "params": ["id": .number(Double(id))]]
        client.write(LSPTestClient.frame(hover) + LSPTestClient.frame(cancel))
        #expect(client.response(to: id)?["error"] == ["code": -32800, "message": "textDocument/hover was cancelled"])
        // A cancellation for a request already answered changes nothing.
        let answered = client.request("textDocument/hover", ["textDocument": ["uri": .string(uri)], "position": ["line": 0, "character": 5]])
        #expect(answered?["result"]["range"].rangeNumbers == [0, 4, 0, 11])
        #expect(client.shutdownAndExit() == 0)
    }

    @Test("logs go to the log descriptor, never to the protocol stream; lint time is logged at debug")
    func logging() throws {
        let folder = try Project.folder()
        let uri = Project.uri(folder, "a.md")
        var options = LanguageServer.Options()
        options.logLevel = .debug
        let client = LSPTestClient.inProcess(options: options)
        client.initialize(root: folder)
        client.open(uri, "The hepatic tissue.\n")
        #expect(client.diagnostics(uri)?.count == 1)
        #expect(client.shutdownAndExit() == 0)
        let log = client.log()
        #expect(log.contains("carelint-lsp: debug: linted \(uri) version 0 (20 bytes) in "))
        #expect(client.received { $0["unreadable"] != .null }.isEmpty)
    }
}
