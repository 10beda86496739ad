@testable import CareLintServer
import Foundation
import Testing

@Suite("Position encodings over pipes")
struct PositionEncodingTests {
    /// Two emoji before the term: one scalar each in UTF-32, two code units each in UTF-16, four bytes in UTF-8.
    static let text = "# Care\n\n😀👍 The hepatic tissue feeds the liver.\n"

    @Test("utf-8 is preferred, then utf-32, then utf-16")
    func negotiation() {
        for (offered, chosen) in [(["utf-16", "utf-32", "utf-8"], "utf-8"), (["utf-16", "utf-32"], "utf-32"), (["utf-32"], "utf-32"),
                                  (["utf-16"], "utf-16"), ([], "utf-16"), (["latin-1"], "utf-16")] {
            let client = LSPTestClient.inProcess()
            let result = client.initialize(["general": ["positionEncodings": .array(offered.map { .string($0) })]])
            #expect(result?["capabilities"]["positionEncoding"] == .string(chosen), "offered \(offered)")
            #expect(client.shutdownAndExit() == 0)
        }
    }

    @Test("utf-32 counts scalars: diagnostics, fixes, hover and incremental changes on an emoji line")
    func utf32() throws {
        let folder = try Project.folder()
        let uri = Project.uri(folder, "a.md")
        let client = LSPTestClient.inProcess()
        client.initialize(["general": ["positionEncodings": ["utf-32"]]], root: folder)
        client.open(uri, Self.text, version: 1)
        let diagnostics = try #require(client.diagnostics(uri, version: 1))
        #expect(diagnostics.map { $0["range"].rangeNumbers } == [[2, 7, 2, 14]])
        #expect(diagnostics.first?["data"]["fixes"][0]["edits"][0]["range"].rangeNumbers == [2, 7, 2, 14])
        // Scalar 6 is the blank before "hepatic", 7 its first letter.
        #expect(HoverTests.hover(client, uri, 2, 6)?["result"] == .null)
        #expect(HoverTests.hover(client, uri, 2, 7)?["result"]["range"].rangeNumbers == [2, 7, 2, 14])
        // The same range, sent back as an edit, replaces exactly the term.
        client.notify("textDocument/didChange", ["textDocument": ["uri": .string(uri), "version": 2],
                                                  "contentChanges": [["range": ["start": ["line": 2, "character": 7], "end": ["line": 2, "character": 14]], "text": "liver"]]])
        #expect(client.diagnostics(uri, version: 2)?.isEmpty == true)
        // Insert the term after the second emoji (scalar 2): it lands between the emoji and the blank.
        client.notify("textDocument/didChange", ["textDocument": ["uri": .string(uri), "version": 3],
                                                  "contentChanges": [["range": ["start": ["line": 2, "character": 2], "end": ["line": 2, "character": 2]], "text": " hepatic"]]])
        #expect(client.diagnostics(uri, version: 3)?.map { $0["range"].rangeNumbers } == [[2, 3, 2, 10]])
        // A character past the end of the line means its end: the rest of the line after the emoji is replaced.
        client.notify("textDocument/didChange", ["textDocument": ["uri": .string(uri), "version": 4],
                                                  "contentChanges": [["range": ["start": ["line": 2, "character": 2], "end": ["line": 2, "character": 99]], "text": " Hepatic veins."]]])
        #expect(client.diagnostics(uri, version: 4)?.map { $0["range"].rangeNumbers } == [[2, 3, 2, 10]])
        #expect(HoverTests.hover(client, uri, 2, 12)?["result"] == .null)
        client.notify("textDocument/didChange", ["textDocument": ["uri": .string(uri), "version": 5],
                                                  "contentChanges": [["range": ["start": ["line": 2, "character": 10], "end": ["line": 2, "character": 99]], "text": ""]]])
        #expect(client.diagnostics(uri, version: 5)?.map { $0["range"].rangeNumbers } == [[2, 3, 2, 10]])
        #expect(HoverTests.hover(client, uri, 2, 9)?["result"]["range"].rangeNumbers == [2, 3, 2, 10])
        #expect(client.shutdownAndExit() == 0)
    }

    @Test("utf-32 columns of the same text in utf-16 count each emoji twice")
    func utf16Contrast() throws {
        let folder = try Project.folder()
        let uri = Project.uri(folder, "a.md")
        let client = LSPTestClient.inProcess()
        client.initialize(["general": ["positionEncodings": ["utf-16"]]], root: folder)
        client.open(uri, Self.text)
        #expect(client.diagnostics(uri, version: 0)?.map { $0["range"].rangeNumbers } == [[2, 9, 2, 16]])
        #expect(client.shutdownAndExit() == 0)
    }
}
