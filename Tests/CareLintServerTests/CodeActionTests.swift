@testable import CareLintServer
import Foundation
import Testing

@Suite("Code actions over pipes")
struct CodeActionTests {
    static func range(_ a: Int, _ b: Int, _ c: Int, _ d: Int) -> LSPAny {
        ["start": ["line": .number(Double(a)), "character": .number(Double(b))], "end": ["line": .number(Double(c)), "character": .number(Double(d))]]
    }

    static func actions(_ client: LSPTestClient, _ uri: String, _ range: LSPAny, only: [String]? = nil) -> [LSPAny] {
        var context: [String: LSPAny] = ["diagnostics": []]
        if let only { context["only"] = .array(only.map { .string($0) }) }
        return client.request("textDocument/codeAction", ["textDocument": ["uri": .string(uri)], "range": range, "context": .object(context)])?["result"].array ?? []
    }

    /// Applies the edits of one document (from `changes`) to the client's copy and sends them as a change.
    static func apply(_ action: LSPAny, _ uri: String, version: Int, _ client: LSPTestClient) {
        let edits = action["edit"]["changes"][uri].array.reversed()
        client.notify("textDocument/didChange", ["textDocument": ["uri": .string(uri), "version": .number(Double(version))],
                                                  "contentChanges": .array(edits.map { ["range": $0["range"], "text": $0["newText"]] })])
    }

    @Test("each fix is a quick fix with its diagnostic (a suggestion is not preferred and not in fix-all); disable follows")
    func quickFix() throws {
        let folder = try Project.folder()
        let uri = Project.uri(folder, "a.md")
        let client = LSPTestClient.inProcess()
        client.initialize(root: folder)
        client.open(uri, "# Care\n\nThe hepatic tissue feeds the liver.\n")
        let diagnostic = try #require(client.diagnostics(uri)?.first)
        let actions = Self.actions(client, uri, Self.range(2, 5, 2, 5))
        // The plain word is a suggestion (not exact in every sentence), so it is not preferred or fixed in bulk.
        #expect(actions.map { $0["title"] } == ["Replace with \"liver\"", "Disable vocab/jargon for this line"])
        #expect(actions[0]["kind"] == "quickfix")
        #expect(actions[0]["isPreferred"] == .null)
        #expect(actions[0]["diagnostics"] == [diagnostic])
        #expect(actions[0]["edit"] == ["changes": [uri: [["range": Self.range(2, 4, 2, 11), "newText": "liver"]]]])
        #expect(actions[1]["isPreferred"] == .null)
        #expect(actions[1]["edit"]["changes"][uri] == [["range": Self.range(2, 0, 2, 0), "newText": "<!-- carelint-disable-next-line vocab/jargon -->\n"]])
        // Applying the disable comment silences the finding.
        Self.apply(actions[1], uri, version: 1, client)
        #expect(client.diagnostics(uri, version: 1) == [])
        // A range with no finding gets no quick fix.
        #expect(Self.actions(client, uri, Self.range(0, 0, 0, 3), only: ["quickfix"]).isEmpty)
        #expect(client.shutdownAndExit() == 0)
    }

    @Test("clients with documentChanges get versioned edits")
    func documentChanges() throws {
        let folder = try Project.folder()
        let uri = Project.uri(folder, "a.md")
        let client = LSPTestClient.inProcess()
        client.initialize(["workspace": ["workspaceEdit": ["documentChanges": true]]], root: folder)
        client.open(uri, "The hepatic tissue.\n", version: 7)
        _ = client.diagnostics(uri)
        let actions = Self.actions(client, uri, Self.range(0, 4, 0, 11), only: ["quickfix"])
        #expect(actions.first?["edit"] == ["documentChanges": [["textDocument": ["uri": .string(uri), "version": 7], "edits": [["range": Self.range(0, 4, 0, 11), "newText": "liver"]]]]])
        #expect(client.shutdownAndExit() == 0)
    }

    @Test("inside a paragraph the disable comment goes at the end of the line, so the paragraph is not split")
    func disableInsideParagraph() throws {
        let folder = try Project.folder()
        let uri = Project.uri(folder, "a.md")
        let client = LSPTestClient.inProcess()
        client.initialize(root: folder)
        client.open(uri, "First line of text,\nthen the hepatic tissue.\n")
        _ = client.diagnostics(uri)
        let disable = try #require(Self.actions(client, uri, Self.range(1, 10, 1, 10)).first { $0["title"] == "Disable vocab/jargon for this line" })
        #expect(disable["edit"]["changes"][uri] == [["range": Self.range(1, 24, 1, 24), "newText": " <!-- carelint-disable-line vocab/jargon -->"]])
        Self.apply(disable, uri, version: 1, client)
        #expect(client.diagnostics(uri, version: 1) == [])
        #expect(client.shutdownAndExit() == 0)
    }

    @Test("CRLF line ends: positions and the disable comment keep the document's line ends")
    func crlf() throws {
        let folder = try Project.folder()
        let uri = Project.uri(folder, "a.md")
        let client = LSPTestClient.inProcess()
        client.initialize(root: folder)
        client.open(uri, "# Care\r\n\r\nThe hepatic tissue.\r\n")
        #expect(client.diagnostics(uri)?.map { $0["range"].rangeNumbers } == [[2, 4, 2, 11]])
        let disable = try #require(Self.actions(client, uri, Self.range(2, 5, 2, 5)).first { $0["title"] == "Disable vocab/jargon for this line" })
        #expect(disable["edit"]["changes"][uri] == [["range": Self.range(2, 0, 2, 0), "newText": "<!-- carelint-disable-next-line vocab/jargon -->\r\n"]])
        Self.apply(disable, uri, version: 1, client)
        #expect(client.diagnostics(uri, version: 1) == [])
        #expect(client.shutdownAndExit() == 0)
    }

    @Test("an existing disable-next-line comment above takes the rule too")
    func disableExtendsComment() throws {
        let folder = try Project.folder()
        let uri = Project.uri(folder, "a.md")
        let client = LSPTestClient.inProcess()
        client.initialize(root: folder)
        client.open(uri, "<!-- carelint-disable-next-line vocab/acronym -->\nThe hepatic tissue and RFA.\n")
        #expect(client.diagnostics(uri)?.map { $0["code"] } == ["vocab/jargon"])
        let disable = try #require(Self.actions(client, uri, Self.range(1, 5, 1, 5)).first { $0["title"] == "Disable vocab/jargon for this line" })
        #expect(disable["edit"]["changes"][uri] == [["range": Self.range(0, 45, 0, 45), "newText": " vocab/jargon"]])
        Self.apply(disable, uri, version: 1, client)
        #expect(client.diagnostics(uri, version: 1) == [])
        #expect(client.shutdownAndExit() == 0)
    }

    @Test("plain text has no comments, so no disable action; HTML gets a comment line")
    func disableByFormat() throws {
        let folder = try Project.folder()
        let client = LSPTestClient.inProcess()
        client.initialize(root: folder)
        let text = Project.uri(folder, "a.txt")
        client.open(text, "Some words,\nthe hepatic tissue.\n", languageId: "plaintext")
        _ = client.diagnostics(text)
        #expect(Self.actions(client, text, Self.range(1, 5, 1, 5)).map { $0["title"] } == ["Replace with \"liver\""])
        let html = Project.uri(folder, "a.html")
        client.open(html, "<p>Some words,\n  the hepatic tissue.</p>\n", languageId: "html")
        _ = client.diagnostics(html)
        let disable = try #require(Self.actions(client, html, Self.range(1, 6, 1, 6)).first { $0["title"] == "Disable vocab/jargon for this line" })
        #expect(disable["edit"]["changes"][html] == [["range": Self.range(1, 0, 1, 0), "newText": "  <!-- carelint-disable-next-line vocab/jargon -->\n"]])
        Self.apply(disable, html, version: 1, client)
        #expect(client.diagnostics(html, version: 1) == [])
        #expect(client.shutdownAndExit() == 0)
    }

    @Test("add a word to the accepted words: inserted into .carelint.json, which then silences it")
    func acceptWord() throws {
        let folder = try Project.folder()
        let uri = Project.uri(folder, "a.md")
        let configuration = folder.appendingPathComponent(".carelint.json")
        let client = LSPTestClient.inProcess()
        client.initialize(root: folder)
        client.open(uri, "The metastisis grew.\n")
        #expect(client.diagnostics(uri)?.map { $0["code"] } == ["vocab/misspelling"])
        let accept = try #require(Self.actions(client, uri, Self.range(0, 6, 0, 6)).first { $0["title"] == "Add \"metastisis\" to the project's accepted words" })
        let configURI = configuration.absoluteString
        let before = Project.configuration()
        let end = before.utf8.count - 1
        #expect(accept["edit"] == ["changes": [configURI: [["range": Self.range(0, end, 0, end), "newText": ",\n  \"accept\": [\"metastisis\"]"]]]])
        let after = String(before.dropLast()) + ",\n  \"accept\": [\"metastisis\"]}"
        try Data(after.utf8).write(to: configuration)
        client.notify("workspace/didChangeWatchedFiles", ["changes": [["uri": .string(configURI), "type": 2]]])
        #expect(client.diagnostics(uri, version: 0) == [])
        #expect(client.shutdownAndExit() == 0)
    }

    @Test("without didChangeWatchedFiles (Neovim 0.7): once the offered edit is saved, the next edit of the page no longer flags the word")
    func acceptWordWithoutWatchedFiles() throws {
        let folder = try Project.folder()
        let uri = Project.uri(folder, "a.md")
        let configuration = folder.appendingPathComponent(".carelint.json")
        let client = LSPTestClient.inProcess()
        client.initialize(root: folder)
        client.open(uri, "The metastisis grew.\n")
        #expect(client.diagnostics(uri)?.map { $0["code"] } == ["vocab/misspelling"])
        _ = try #require(Self.actions(client, uri, Self.range(0, 6, 0, 6)).first { $0["title"] == "Add \"metastisis\" to the project's accepted words" })
        // An edit before the configuration is saved: still flagged.
        client.notify("textDocument/didChange", ["textDocument": ["uri": .string(uri), "version": 1], "contentChanges": [["text": "The metastisis grew fast.\n"]]])
        #expect(client.diagnostics(uri, version: 1)?.map { $0["code"] } == ["vocab/misspelling"])
        // The client applies the edit and the writer saves it; no notification reaches the server.
        let after = String(Project.configuration().dropLast()) + ",\n  \"accept\": [\"metastisis\"]}"
        try Data(after.utf8).write(to: configuration)
        client.notify("textDocument/didChange", ["textDocument": ["uri": .string(uri), "version": 2], "contentChanges": [["text": "The metastisis grew again.\n"]]])
        #expect(client.diagnostics(uri, version: 2) == [])
        #expect(client.shutdownAndExit() == 0)
    }

    @Test("add a word to an existing accept list, and create .carelint.json when there is none")
    func acceptWordListAndCreate() throws {
        let folder = try Project.folder([".carelint.json": String(Project.configuration().dropLast()) + ",\n  \"accept\": [\"Foo\"]\n}\n"])
        let uri = Project.uri(folder, "a.md")
        let configuration = folder.appendingPathComponent(".carelint.json")
        let client = LSPTestClient.inProcess()
        client.initialize(["workspace": ["workspaceEdit": ["documentChanges": true, "resourceOperations": ["create", "rename"]]]], root: folder)
        client.open(uri, "The metastisis grew.\n")
        _ = client.diagnostics(uri)
        let accept = try #require(Self.actions(client, uri, Self.range(0, 6, 0, 6)).first { $0["title"] == "Add \"metastisis\" to the project's accepted words" })
        #expect(accept["edit"]["documentChanges"] == [["textDocument": ["uri": .string(configuration.absoluteString), "version": nil],
                                                       "edits": [["range": Self.range(1, 18, 1, 18), "newText": ", \"metastisis\""]]]])
        // The file is gone (not yet noticed): the action creates it.
        try FileManager.default.removeItem(at: configuration)
        let create = try #require(Self.actions(client, uri, Self.range(0, 6, 0, 6)).first { $0["title"] == "Add \"metastisis\" to the project's accepted words" })
        #expect(create["edit"]["documentChanges"] == [
            ["kind": "create", "uri": .string(configuration.absoluteString), "options": ["ignoreIfExists": true]],
            ["textDocument": ["uri": .string(configuration.absoluteString), "version": nil], "edits": [["range": Self.range(0, 0, 0, 0), "newText": "{\n  \"accept\": [\"metastisis\"]\n}\n"]]],
        ])
        #expect(client.shutdownAndExit() == 0)
    }

    @Test("fix-all applies every safe first fix (not suggestions), and is all that is offered when only source.fixAll is asked")
    func fixAll() throws {
        let folder = try Project.folder()
        let uri = Project.uri(folder, "a.md")
        let client = LSPTestClient.inProcess()
        client.initialize(root: folder)
        client.open(uri, "😀 The hepatic tissue and RFA.\n")
        #expect(client.diagnostics(uri)?.count == 2)
        let actions = Self.actions(client, uri, Self.range(0, 0, 0, 0), only: ["source.fixAll"])
        #expect(actions == [["title": "Fix all CareLint problems that have a safe fix", "kind": "source.fixAll.carelint",
                             "edit": ["changes": [uri: [["range": Self.range(0, 26, 0, 29), "newText": "radiofrequency ablation (RFA)"]]]]]])
        // Asking for quick fixes only gives quick fixes — and some (allSatisfy alone would pass on none).
        let quick = Self.actions(client, uri, Self.range(0, 0, 0, 40), only: ["quickfix"])
        #expect(quick.count >= 2)
        #expect(quick.allSatisfy { $0["kind"] == "quickfix" })
        #expect(client.shutdownAndExit() == 0)
    }

    @Test("a code action for a document not open, or a range outside it, is invalid params")
    func invalid() throws {
        let folder = try Project.folder()
        let uri = Project.uri(folder, "a.md")
        let client = LSPTestClient.inProcess()
        client.initialize(root: folder)
        client.open(uri, "One line.\n")
        let outside = client.request("textDocument/codeAction", ["textDocument": ["uri": .string(uri)], "range": Self.range(5, 0, 5, 1), "context": ["diagnostics": []]])
        #expect(outside?["error"] == ["code": -32602, "message": "textDocument/codeAction: the range 5:0-5:1 is outside the document's 2 lines"])
        let closed = client.request("textDocument/codeAction", ["textDocument": ["uri": "file:///nowhere.md"], "range": Self.range(0, 0, 0, 0), "context": ["diagnostics": []]])
        #expect(closed?["error"]["code"] == -32602)
        #expect(client.shutdownAndExit() == 0)
    }
}
