@testable import CareLintServer
import Foundation
import Testing

@Suite("Diagnostics over pipes")
struct DiagnosticsTests {
    static let emojiText = "# Care\n\n😀 The hepatic tissue feeds the liver.\n"

    @Test("pushed after open, with exact UTF-16 positions on a line that starts with an emoji")
    func pushedUTF16() throws {
        let folder = try Project.folder()
        let uri = Project.uri(folder, "a.md")
        let client = LSPTestClient.inProcess()
        client.initialize(root: folder)
        client.open(uri, Self.emojiText)
        let diagnostics = try #require(client.diagnostics(uri, version: 0))
        #expect(diagnostics.count == 1)
        let jargon = diagnostics[0]
        #expect(jargon["range"].rangeNumbers == [2, 7, 2, 14])
        #expect(jargon["code"] == "vocab/jargon")
        #expect(jargon["source"] == "carelint")
        #expect(jargon["severity"] == 2)
        #expect(jargon["codeDescription"]["href"] == "https://carelint.dev/rules/vocab/jargon")
        #expect(jargon["message"] == "Write \"liver\" instead of the medical word \"hepatic\", or explain it where it first appears.")
        #expect(jargon["data"]["fixes"][0]["title"] == "Replace with \"liver\"")
        #expect(jargon["data"]["fixes"][0]["edits"][0]["range"].rangeNumbers == [2, 7, 2, 14])
        #expect(jargon["data"]["fixes"][0]["edits"][0]["newText"] == "liver")
        #expect(client.shutdownAndExit() == 0)
    }

    @Test("with utf-8 negotiated, the same finding is at byte columns")
    func pushedUTF8() throws {
        let folder = try Project.folder()
        let uri = Project.uri(folder, "a.md")
        let client = LSPTestClient.inProcess()
        client.initialize(["general": ["positionEncodings": ["utf-8"]]], root: folder)
        client.open(uri, Self.emojiText)
        let diagnostics = try #require(client.diagnostics(uri, version: 0))
        #expect(diagnostics.map { $0["range"].rangeNumbers } == [[2, 9, 2, 16]])
        #expect(client.shutdownAndExit() == 0)
    }

    @Test("relatedInformation points at the other place")
    func related() throws {
        let folder = try Project.folder()
        let uri = Project.uri(folder, "a.md")
        let client = LSPTestClient.inProcess()
        client.initialize(root: folder)
        client.open(uri, "We use RFA here.\n\nLater: radiofrequency ablation (RFA) is explained.\n")
        let diagnostics = try #require(client.diagnostics(uri, version: 0))
        let acronym = try #require(diagnostics.first { $0["code"] == "vocab/acronym" })
        #expect(acronym["range"].rangeNumbers == [2, 32, 2, 35])
        #expect(acronym["relatedInformation"] == [["location": ["uri": .string(uri), "range": ["start": ["line": 0, "character": 7], "end": ["line": 0, "character": 10]]],
                                                   "message": "\"RFA\" is first used here"]])
        #expect(client.shutdownAndExit() == 0)
    }

    @Test("changes (incremental and full) are linted and published with their version; close clears")
    func changes() throws {
        let folder = try Project.folder()
        let uri = Project.uri(folder, "a.md")
        let client = LSPTestClient.inProcess()
        client.initialize(root: folder)
        client.open(uri, "The hepatic tissue.\n", version: 1)
        #expect(client.diagnostics(uri, version: 1)?.count == 1)
        // Replace "hepatic" with "liver": the finding goes.
        client.notify("textDocument/didChange", ["textDocument": ["uri": .string(uri), "version": 2],
                                                  "contentChanges": [["range": ["start": ["line": 0, "character": 4], "end": ["line": 0, "character": 11]], "text": "liver"]]])
        #expect(client.diagnostics(uri, version: 2)?.isEmpty == true)
        // Two changes in one notification apply in order: insert a line, then edit that new line.
        client.notify("textDocument/didChange", ["textDocument": ["uri": .string(uri), "version": 3],
                                                  "contentChanges": [["range": ["start": ["line": 1, "character": 0], "end": ["line": 1, "character": 0]], "text": "The liver tissue.\n"],
                                                                     ["range": ["start": ["line": 1, "character": 4], "end": ["line": 1, "character": 9]], "text": "hepatic"]]])
        #expect(client.diagnostics(uri, version: 3)?.map { $0["range"].rangeNumbers } == [[1, 4, 1, 11]])
        // A full-text change.
        client.notify("textDocument/didChange", ["textDocument": ["uri": .string(uri), "version": 4], "contentChanges": [["text": "Hepatic.\n"]]])
        #expect(client.diagnostics(uri, version: 4)?.map { $0["range"].rangeNumbers } == [[0, 0, 0, 7]])
        client.notify("textDocument/didSave", ["textDocument": ["uri": .string(uri)]])
        #expect(client.diagnostics(uri, version: 4)?.count == 1)
        client.notify("textDocument/didClose", ["textDocument": ["uri": .string(uri)]])
        let cleared = client.notification("textDocument/publishDiagnostics") { $0["uri"].string == uri }
        #expect(cleared?["diagnostics"] == [])
        #expect(client.shutdownAndExit() == 0)
    }

    @Test("a burst of changes is linted once, at its latest version, and no older version is published after a newer one")
    func coalesced() throws {
        let folder = try Project.folder()
        let uri = Project.uri(folder, "a.md")
        let client = LSPTestClient.inProcess()
        client.initialize(root: folder)
        client.open(uri, "Start.\n", version: 0)
        #expect(client.diagnostics(uri, version: 0) != nil)
        var burst: [UInt8] = []
        for version in 1...200 {
            burst += LSPTestClient.frame(["jsonrpc": "2.0", "method": "textDocument/didChange", "params": [
                "textDocument": ["uri": .string(uri), "version": .number(Double(version))],
                "contentChanges": [["range": ["start": ["line": 0, "character": 0], "end": ["line": 0, "character": 0]], "text": version == 200 ? "hepatic " : "x"]]]])
        }
        client.write(burst)
        let last = try #require(client.diagnostics(uri, version: 200))
        #expect(last.map { $0["range"].rangeNumbers } == [[0, 0, 0, 7]])
        let published = client.received { $0["method"] == "textDocument/publishDiagnostics" }.compactMap { $0["params"]["version"].int }
        #expect(published == published.sorted())
        #expect(published.count < 20, "\(published)")
        #expect(client.shutdownAndExit() == 0)
    }

    @Test("pulled diagnostics when the client supports them: full, then unchanged, then full again after a change")
    func pulled() throws {
        let folder = try Project.folder()
        let uri = Project.uri(folder, "a.md")
        let client = LSPTestClient.inProcess()
        client.initialize(["textDocument": ["diagnostic": [:]]], root: folder)
        client.open(uri, Self.emojiText)
        let first = try #require(client.request("textDocument/diagnostic", ["textDocument": ["uri": .string(uri)]])?["result"])
        #expect(first["kind"] == "full")
        #expect(first["items"].array.map { $0["range"].rangeNumbers } == [[2, 7, 2, 14]])
        let id = try #require(first["resultId"].string)
        let again = client.request("textDocument/diagnostic", ["textDocument": ["uri": .string(uri)], "previousResultId": .string(id)])?["result"]
        #expect(again == ["kind": "unchanged", "resultId": .string(id)])
        client.notify("textDocument/didChange", ["textDocument": ["uri": .string(uri), "version": 1], "contentChanges": [["text": "Nothing to flag.\n"]]])
        let after = client.request("textDocument/diagnostic", ["textDocument": ["uri": .string(uri)], "previousResultId": .string(id)])?["result"]
        #expect(after?["kind"] == "full")
        #expect(after?["items"] == [])
        // Pull clients get no pushes.
        #expect(client.received { $0["method"] == "textDocument/publishDiagnostics" }.isEmpty)
        let unknown = client.request("textDocument/diagnostic", ["textDocument": ["uri": "file:///nowhere.md"]])
        #expect(unknown?["error"]["code"] == -32602)
        #expect(client.shutdownAndExit() == 0)
    }

    @Test("plain text, HTML and Markdown are linted; JSON documents are not linted as prose")
    func formats() throws {
        let folder = try Project.folder()
        let client = LSPTestClient.inProcess()
        client.initialize(root: folder)
        client.open(Project.uri(folder, "a.html"), "<p title=\"hepatic\">The hepatic tissue.</p>\n", languageId: "html")
        #expect(client.diagnostics(Project.uri(folder, "a.html"))?.map { $0["range"].rangeNumbers } == [[0, 23, 0, 30]])
        client.open(Project.uri(folder, "b.txt"), "`hepatic` stays. The hepatic tissue.\n", languageId: "plaintext")
        #expect(client.diagnostics(Project.uri(folder, "b.txt"))?.count == 1)
        client.open(Project.uri(folder, "c.json"), #"{"text": "hepatic"}"#, languageId: "json")
        #expect(client.diagnostics(Project.uri(folder, "c.json")) == [])
        #expect(client.shutdownAndExit() == 0)
    }
}
