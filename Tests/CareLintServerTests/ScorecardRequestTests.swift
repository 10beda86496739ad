@testable import CareLintServer
import Foundation
import Testing

@Suite("carelint/scorecard over pipes")
struct ScorecardRequestTests {
    static func scorecard(_ client: LSPTestClient, _ uri: String) -> LSPAny? {
        client.request("carelint/scorecard", ["textDocument": ["uri": .string(uri)]])
    }

    @Test("scores and verdicts of the open text, evidence as ranges; an unknown document is an error")
    func scorecard() throws {
        let folder = try Project.folder()
        let uri = Project.uri(folder, "a.md")
        let client = LSPTestClient.inProcess()
        client.initialize(root: folder)
        client.open(uri, "# Flu shots\n\nGet your shot every autumn.\n\nThe shot lowers the risk by 41.5% in adults.\n")
        let result = try #require(Self.scorecard(client, uri)?["result"])
        let items = result["items"].array
        let numbers = try #require(items.first { $0["id"] == "pemat/6" })
        #expect(numbers["verdict"] == "fail")
        #expect(numbers["title"] == "Numbers are clear")
        #expect(numbers["evidence"][0]["range"].rangeNumbers == [4, 28, 4, 32])
        #expect(numbers["evidence"][0]["note"] == "a percentage without a plain-words gloss")
        let action = try #require(items.first { $0["id"] == "pemat/20" })
        #expect(action["verdict"] == "pass")
        #expect(items.first { $0["id"] == "cci/4" }?["verdict"] == "needs-person")
        let scores = result["scores"].array
        #expect(scores.map { $0["domain"] } == ["pemat-understandability", "pemat-actionability", "cci"])
        #expect(scores[1]["score"] == 100)
        // The edited text is scored again.
        client.notify("textDocument/didChange", ["textDocument": ["uri": .string(uri), "version": 1], "contentChanges": [["text": "# Flu shots\n\nGet your shot every autumn.\n"]]])
        let edited = Self.scorecard(client, uri)?["result"]["items"].array ?? []
        #expect(edited.first { $0["id"] == "pemat/6" }?["verdict"] == "n/a")
        let unknown = Self.scorecard(client, Project.uri(folder, "b.md"))
        #expect(unknown?["error"]["code"] == -32602)
        #expect(client.shutdownAndExit() == 0)
    }
}
