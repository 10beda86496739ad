@testable import CareLintServer
import Foundation
import Testing

@Suite("Configuration over pipes")
struct ConfigurationTests {
    @Test(".carelint.json found from the document applies (a rule turned off)")
    func configurationFile() throws {
        let folder = try Project.folder([".carelint.json": Project.configuration(rules: #", "vocab/jargon": "off""#)])
        let uri = Project.uri(folder, "docs/a.md")
        let client = LSPTestClient.inProcess()
        client.initialize(root: folder)
        client.open(uri, "The hepatic tissue and RFA.\n")
        #expect(client.diagnostics(uri)?.map { $0["code"] } == ["vocab/acronym"])
        #expect(client.shutdownAndExit() == 0)
    }

    @Test("a document the configuration ignores gets no diagnostics; a client without workspace/configuration reloads files on a settings change")
    func ignoredAndReload() throws {
        let folder = try Project.folder([".carelint.json": Project.configuration(extra: #", "ignore": ["drafts/**"]"#)])
        let ignored = Project.uri(folder, "drafts/a.md")
        let checked = Project.uri(folder, "pages/b.md")
        let client = LSPTestClient.inProcess()
        client.initialize(root: folder)
        client.open(ignored, "The hepatic tissue.\n")
        client.open(checked, "The hepatic tissue.\n")
        #expect(client.diagnostics(ignored) == [])
        #expect(client.diagnostics(checked)?.count == 1)
        try Data(Project.configuration().utf8).write(to: folder.appendingPathComponent(".carelint.json"))
        client.notify("workspace/didChangeConfiguration", ["settings": [:]])
        #expect(client.diagnostics(ignored)?.count == 1)
        #expect(client.shutdownAndExit() == 0)
    }

    @Test("workspace/configuration is asked after initialized, and its answer re-lints open documents")
    func workspaceConfiguration() throws {
        let folder = try Project.folder()
        let uri = Project.uri(folder, "a.md")
        let client = LSPTestClient.inProcess()
        client.initialize(["workspace": ["configuration": true]], root: folder)
        let ask = try #require(client.serverRequest("workspace/configuration"))
        #expect(ask["params"] == ["items": [["scopeUri": .string(folder.absoluteString), "section": "carelint"]]])
        client.open(uri, "The hepatic tissue and RFA.\n")
        #expect(client.diagnostics(uri, version: 0)?.map { $0["code"] } == ["vocab/jargon", "vocab/acronym"])
        client.send(["jsonrpc": "2.0", "id": ask["id"], "result": [["rules": ["vocab/jargon": "off"], "readingGrade": 6]]])
        #expect(client.diagnostics(uri, version: 0)?.map { $0["code"] } == ["vocab/acronym"])
        // A settings change without the settings: the server asks again.
        client.notify("workspace/didChangeConfiguration", ["settings": nil])
        let again = try #require(client.serverRequest("workspace/configuration"))
        client.send(["jsonrpc": "2.0", "id": again["id"], "result": [nil]])
        #expect(client.diagnostics(uri, version: 0)?.map { $0["code"] } == ["vocab/jargon", "vocab/acronym"])
        #expect(client.shutdownAndExit() == 0)
    }

    @Test("settings pushed with didChangeConfiguration or given as initializationOptions apply; bad values are reported")
    func pushedSettings() throws {
        let folder = try Project.folder()
        let uri = Project.uri(folder, "a.md")
        let client = LSPTestClient.inProcess()
        client.initialize(root: folder, initializationOptions: ["carelint": ["rules": ["vocab/acronym": "off"]]])
        client.open(uri, "The hepatic tissue and RFA.\n")
        #expect(client.diagnostics(uri, version: 0)?.map { $0["code"] } == ["vocab/jargon"])
        client.notify("workspace/didChangeConfiguration", ["settings": ["carelint": ["rules": ["vocab/jargon": ["severity": "error"]], "locale": "fr-FR", "colour": "blue"]]])
        let warning = client.notification("window/showMessage")
        #expect(warning == ["type": 2, "message": "carelint: in the settings from workspace/didChangeConfiguration: unsupported locale \"fr-FR\"; expected \"en-US\" or \"en-GB\""])
        let relinted = client.diagnostics(uri, version: 0)
        #expect(relinted?.map { $0["code"] } == ["vocab/jargon", "vocab/acronym"])
        #expect(relinted?.first?["severity"] == 1)
        #expect(client.shutdownAndExit() == 0)
    }

    @Test("configuration files are watched, and a change on disk re-lints open documents")
    func watchedFiles() throws {
        let folder = try Project.folder()
        let uri = Project.uri(folder, "a.md")
        let client = LSPTestClient.inProcess()
        client.initialize(["workspace": ["didChangeWatchedFiles": ["dynamicRegistration": true]]], root: folder)
        let registration = try #require(client.serverRequest("client/registerCapability"))
        #expect(registration["params"] == ["registrations": [["id": "carelint-configuration", "method": "workspace/didChangeWatchedFiles",
                                                              "registerOptions": ["watchers": [["globPattern": "**/.carelint.json"], ["globPattern": "**/*.json"]]]]]])
        client.send(["jsonrpc": "2.0", "id": registration["id"], "result": nil])
        client.open(uri, "The hepatic tissue.\n")
        #expect(client.diagnostics(uri, version: 0)?.count == 1)
        try Data(Project.configuration(extra: #", "accept": ["hepatic"]"#).utf8).write(to: folder.appendingPathComponent(".carelint.json"))
        client.notify("workspace/didChangeWatchedFiles", ["changes": [["uri": .string(Project.uri(folder, ".carelint.json")), "type": 2]]])
        #expect(client.diagnostics(uri, version: 0) == [])
        #expect(client.shutdownAndExit() == 0)
    }

    @Test("a broken configuration is reported (message and a diagnostic on the open file) and the last good one stays in force")
    func brokenConfiguration() throws {
        let folder = try Project.folder()
        let uri = Project.uri(folder, "a.md")
        let configurationURL = folder.appendingPathComponent(".carelint.json")
        let configurationURI = configurationURL.absoluteString
        let good = Project.configuration()
        let client = LSPTestClient.inProcess()
        client.initialize(root: folder)
        client.open(uri, "The hepatic tissue.\n")
        #expect(client.diagnostics(uri, version: 0)?.map { $0["code"] } == ["vocab/jargon"])
        client.open(configurationURI, good, languageId: "json")
        #expect(client.diagnostics(configurationURI) == [])

        let broken = String(good.dropLast()) + #", "rulez": {}}"#
        try Data(broken.utf8).write(to: configurationURL)
        client.notify("textDocument/didChange", ["textDocument": ["uri": .string(configurationURI), "version": 1], "contentChanges": [["text": .string(broken)]]])
        client.notify("textDocument/didSave", ["textDocument": ["uri": .string(configurationURI)]])
        let message = try #require(client.notification("window/showMessage"))
        #expect(message == ["type": 1, "message": .string("carelint: the configuration could not be loaded; the last good settings stay in force until it is fixed.\n\(configurationURL.path):1:\(good.utf8.count + 2): error: unknown key \"rulez\"; did you mean \"rules\"?")])
        let onFile = try #require(client.diagnostics(configurationURI, version: 1))
        #expect(onFile == [["range": ["start": ["line": 0, "character": .number(Double(good.utf8.count + 1))], "end": ["line": 0, "character": .number(Double(good.utf8.count + 8))]], "severity": 1, "source": "carelint",
                            "message": "unknown key \"rulez\"; did you mean \"rules\"?"]])
        // The prose is still linted with the house pack of the last good configuration.
        #expect(client.diagnostics(uri, version: 0)?.map { $0["code"] } == ["vocab/jargon"])

        try Data(good.utf8).write(to: configurationURL)
        client.notify("textDocument/didChange", ["textDocument": ["uri": .string(configurationURI), "version": 2], "contentChanges": [["text": .string(good)]]])
        client.notify("textDocument/didSave", ["textDocument": ["uri": .string(configurationURI)]])
        #expect(client.diagnostics(configurationURI, version: 2) == [])
        #expect(client.shutdownAndExit() == 0)
    }

    @Test("a broken pack is reported with its position, and the document opened under it is linted with the defaults")
    func brokenPack() throws {
        let folder = try Project.folder(["house.json": #"{"name": "house", "concepts": [{"id": "x", "term": "x", "categry": "test"}]}"#])
        let uri = Project.uri(folder, "a.md")
        let client = LSPTestClient.inProcess()
        client.initialize(root: folder)
        client.open(Project.uri(folder, "house.json"), #"{"name": "house", "concepts": [{"id": "x", "term": "x", "categry": "test"}]}"#, languageId: "json")
        client.open(uri, "The hepatic tissue.\n")
        let message = try #require(client.notification("window/showMessage"))
        #expect(message["type"] == 1)
        #expect(message["message"].string?.hasSuffix("\(folder.path)/./house.json:1:57: error: unknown key \"categry\"; did you mean \"category\"?") == true)
        let onPack = client.notification("textDocument/publishDiagnostics") { $0["uri"].string == Project.uri(folder, "house.json") && $0["diagnostics"] != [] }
        #expect(onPack?["diagnostics"].array.map { $0["range"].rangeNumbers } == [[0, 56, 0, 65]])
        // Linted with the built-in defaults (whatever they find), not left without diagnostics.
        #expect(client.diagnostics(uri) != nil)
        #expect(client.shutdownAndExit() == 0)
    }
}
