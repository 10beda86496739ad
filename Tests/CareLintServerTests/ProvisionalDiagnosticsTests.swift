@testable import CareLintServer
import Foundation
import Testing

/// Two-step answers: a provisional answer at once after a small edit, the exact one after the settle delay.
@Suite("Provisional diagnostics")
struct ProvisionalDiagnosticsTests {
    static let text = """
        # Lung care

        COPD makes breathing hard. The pulmonary tests show how well the lungs work, and the the nurse explains them.

        Chronic obstructive pulmonary disease (COPD) is a long-term lung disease. Dyspnea is common.

        Smoking harms the lungs. Quitting helps at any age.

        """

    static func options(delay: Double) -> LanguageServer.Options {
        var options = LanguageServer.Options()
        options.settleDelay = delay
        options.logLevel = .debug
        return options
    }

    static let capabilities: LSPAny = ["general": ["positionEncodings": ["utf-8"]], "experimental": ["carelintExactDiagnostics": true]]

    /// An insertion at a line and byte column.
    static func insert(_ text: String, line: Int, character: Int, uri: String, version: Int) -> LSPAny {
        let position: LSPAny = ["line": .number(Double(line)), "character": .number(Double(character))]
        return ["textDocument": ["uri": .string(uri), "version": .number(Double(version))], "contentChanges": [["range": ["start": position, "end": position], "text": .string(text)]]]
    }

    /// What another server, which answers only exactly, publishes for `text` opened as `uri`.
    static func exactDiagnostics(_ text: String, uri: String, folder: URL) throws -> [LSPAny] {
        let client = LSPTestClient.inProcess()
        client.initialize(["general": ["positionEncodings": ["utf-8"]]], root: folder)
        client.open(uri, text)
        let diagnostics = try #require(client.diagnostics(uri, version: 0))
        #expect(client.shutdownAndExit() == 0)
        return diagnostics
    }

    @Test("a letter typed into a word: a provisional answer at once, then the exact one and the note that it is exact")
    func twoSteps() throws {
        let folder = try Project.folder(withPack: false)
        let uri = Project.uri(folder, "a.md")
        let client = LSPTestClient.inProcess(options: Self.options(delay: 0.05))
        let result = client.initialize(Self.capabilities, root: folder)
        #expect(result?["capabilities"]["experimental"]["provisionalDiagnostics"]["settleDelayMilliseconds"] == 50)
        #expect(result?["capabilities"]["experimental"]["exactDiagnosticsProvider"] == true)
        client.open(uri, Self.text)
        #expect(client.diagnostics(uri, version: 0) != nil)
        #expect(client.notification("carelint/exactDiagnostics") { $0["version"] == 0 } != nil)

        // "Smoking" → "Smokking" (line 6).
        client.notify("textDocument/didChange", Self.insert("k", line: 6, character: 4, uri: uri, version: 1))
        let first = try #require(client.diagnostics(uri, version: 1))
        #expect(first.contains { $0["code"] == "spelling/unknown-word" && $0["range"].rangeNumbers == [6, 0, 6, 8] })
        #expect(client.notification("carelint/exactDiagnostics") { $0["version"] == 1 && $0["uri"].string == uri } != nil)
        #expect(client.log().contains("provisional answer for \(uri) version 1"))
        let published = client.received { $0["method"] == "textDocument/publishDiagnostics" && $0["params"]["version"] == 1 }
        let last = try #require(published.last?["params"]["diagnostics"].array)
        let edited = Self.text.replacingOccurrences(of: "Smoking", with: "Smokking")
        #expect(last == (try Self.exactDiagnostics(edited, uri: uri, folder: folder)))
        #expect(client.shutdownAndExit() == 0)
    }

    @Test("a burst of small edits: a provisional answer for each batch, one exact answer, for the last version")
    func burst() throws {
        let folder = try Project.folder(withPack: false)
        let uri = Project.uri(folder, "a.md")
        let client = LSPTestClient.inProcess(options: Self.options(delay: 0.4))
        client.initialize(Self.capabilities, root: folder)
        client.open(uri, Self.text)
        #expect(client.notification("carelint/exactDiagnostics") { $0["version"] == 0 } != nil)
        for version in 1...5 {
            client.notify("textDocument/didChange", Self.insert("s", line: 6, character: 7 + version - 1, uri: uri, version: version))
            #expect(client.diagnostics(uri, version: version) != nil)
        }
        #expect(client.notification("carelint/exactDiagnostics") { $0["version"] == 5 } != nil)
        let notes = client.received { $0["method"] == "carelint/exactDiagnostics" }.compactMap { $0["params"]["version"].int }
        #expect(notes == [0, 5])
        #expect(client.shutdownAndExit() == 0)
    }

    @Test("a new paragraph: a provisional answer at once from the layout extracted again, then the exact one")
    func structuralEdit() throws {
        let folder = try Project.folder(withPack: false)
        let uri = Project.uri(folder, "a.md")
        let client = LSPTestClient.inProcess(options: Self.options(delay: 0.3))
        client.initialize(Self.capabilities, root: folder)
        client.open(uri, Self.text)
        #expect(client.notification("carelint/exactDiagnostics") { $0["version"] == 0 } != nil)
        client.notify("textDocument/didChange", Self.insert("\n\nCOPD", line: 6, character: 24, uri: uri, version: 1))
        #expect(client.notification("carelint/exactDiagnostics") { $0["version"] == 1 } != nil)
        #expect(client.log().contains("provisional answer for \(uri) version 1"))
        let published = client.received { $0["method"] == "textDocument/publishDiagnostics" && $0["params"]["version"] == 1 }
        let last = try #require(published.last?["params"]["diagnostics"].array)
        let edited = Self.text.replacingOccurrences(of: "lungs. Quitting", with: "lungs.\n\nCOPD Quitting")
        #expect(last == (try Self.exactDiagnostics(edited, uri: uri, folder: folder)))
        #expect(client.shutdownAndExit() == 0)
    }

    @Test("a new comment (where suppressions are) gets the exact answer at once")
    func commentEdit() throws {
        let folder = try Project.folder(withPack: false)
        let uri = Project.uri(folder, "a.md")
        let client = LSPTestClient.inProcess(options: Self.options(delay: 5))
        client.initialize(Self.capabilities, root: folder)
        client.open(uri, Self.text)
        #expect(client.notification("carelint/exactDiagnostics") { $0["version"] == 0 } != nil)
        client.notify("textDocument/didChange", Self.insert("<!-- carelint-disable -->\n", line: 6, character: 0, uri: uri, version: 1))
        // The settle delay is 5 s: an exact note within 4 s means the answer was exact at once.
        #expect(client.notification("carelint/exactDiagnostics", timeout: 4) { $0["version"] == 1 } != nil)
        #expect(!client.log().contains("provisional answer"))
        #expect(client.shutdownAndExit() == 0)
    }

    @Test("with no settle delay (the library's default) every answer is exact and nothing says otherwise")
    func noDelay() throws {
        let folder = try Project.folder(withPack: false)
        let uri = Project.uri(folder, "a.md")
        let client = LSPTestClient.inProcess()
        let result = client.initialize(["experimental": ["carelintExactDiagnostics": true]], root: folder)
        #expect(result?["capabilities"]["experimental"]["provisionalDiagnostics"] == .null)
        client.open(uri, Self.text)
        client.notify("textDocument/didChange", Self.insert("k", line: 6, character: 4, uri: uri, version: 1))
        #expect(client.notification("carelint/exactDiagnostics") { $0["version"] == 1 } != nil)
        #expect(client.received { $0["method"] == "textDocument/publishDiagnostics" && $0["params"]["version"] == 1 }.count == 1)
        #expect(client.shutdownAndExit() == 0)
    }
}
