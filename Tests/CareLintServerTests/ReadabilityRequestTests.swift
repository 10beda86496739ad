@testable import CareLintServer
import Foundation
import Testing

@Suite("carelint/readability over pipes")
struct ReadabilityRequestTests {
    static func readability(_ client: LSPTestClient, _ uri: String) -> LSPAny? {
        client.request("carelint/readability", ["textDocument": ["uri": .string(uri)]])
    }

    @Test("advertised as experimental.readabilityProvider")
    func advertised() {
        let client = LSPTestClient.inProcess()
        #expect(client.initialize()?["capabilities"]["experimental"] == ["readabilityProvider": true, "scorecardProvider": true, "exactDiagnosticsProvider": true])
        #expect(client.shutdownAndExit() == 0)
    }

    @Test("the grades and counts of the graded prose, the headings left out")
    func figures() throws {
        let folder = try Project.folder()
        let uri = Project.uri(folder, "a.md")
        let client = LSPTestClient.inProcess()
        client.initialize(root: folder)
        client.open(uri, "# Hepatic care\n\nThe cat sat. The dog ran far.\n\n## Later\n")
        // As in the hover: FK −2.425, SMOG 3.1291, their mean 0.352, ease 118.7.
        #expect(Self.readability(client, uri)?["result"] == [
            "grade": 0.4, "fleschKincaidGrade": -2.4, "smogGrade": 3.1, "fleschReadingEase": 118.7, "target": 8, "withinTarget": true,
            "words": 7, "sentences": 2, "syllables": 7, "polysyllables": 0,
        ])
        // No prose: the figures are null, the counts zero.
        client.notify("textDocument/didChange", ["textDocument": ["uri": .string(uri), "version": 1], "contentChanges": [["text": "# Title\n"]]])
        #expect(Self.readability(client, uri)?["result"] == [
            "grade": nil, "fleschKincaidGrade": nil, "smogGrade": nil, "fleschReadingEase": nil, "target": 8, "withinTarget": nil,
            "words": 0, "sentences": 0, "syllables": 0, "polysyllables": 0,
        ])
        #expect(client.shutdownAndExit() == 0)
    }

    @Test("the grade is the one readability/grade compares with the target in force")
    func sameAsRule() throws {
        let hard = """
            # Treatment

            Radiofrequency ablation destroys malignant hepatic lesions using thermal energy delivered through an \
            electrode. Physicians determine eligibility considering tumor dimensions, anatomical location and \
            underlying hepatic function.

            """
        let configuration = #"{"vocabularies": ["./house.json"], "readingGrade": 7, "rules": {"readability/grade": {"severity": "warning", "minWords": 5}}}"#
        let folder = try Project.folder([".carelint.json": configuration])
        let uri = Project.uri(folder, "a.md")
        let client = LSPTestClient.inProcess()
        client.initialize(root: folder)
        client.open(uri, hard)
        let rule = try #require(client.diagnostics(uri, version: 0)?.first { $0["code"] == "readability/grade" })
        let result = try #require(Self.readability(client, uri)?["result"])
        func shown(_ value: LSPAny) -> String { ReadingGradeFormat.rule(value.number ?? .nan) }
        #expect(rule["message"].string?.hasPrefix("The reading grade is \(shown(result["grade"])) (SMOG \(shown(result["smogGrade"])), Flesch–Kincaid \(shown(result["fleschKincaidGrade"]))), above the target of grade 7;") == true)
        #expect(result["target"] == 7)
        #expect(result["withinTarget"] == false)
        #expect(result["words"] == 25)
        #expect(result["sentences"] == 2)
        #expect(client.shutdownAndExit() == 0)
    }

    @Test("a document that is not open is invalid params; one that is not prose has a null result")
    func errors() throws {
        let folder = try Project.folder()
        let client = LSPTestClient.inProcess()
        client.initialize(root: folder)
        let missing = Self.readability(client, Project.uri(folder, "nowhere.md"))
        #expect(missing?["error"]["code"] == -32602)
        #expect(missing?["error"]["message"] == .string("carelint/readability: \(Project.uri(folder, "nowhere.md")) is not open; send textDocument/didOpen first"))
        #expect(client.request("carelint/readability", ["document": "a.md"])?["error"]["message"] == "invalid params for carelint/readability: missing \"textDocument\"")
        let json = Project.uri(folder, "data.json")
        client.open(json, "{}\n", languageId: "json")
        #expect(Self.readability(client, json)?["result"] == .null)
        #expect(client.shutdownAndExit() == 0)
    }
}

/// Figures as the rule's message writes them: one decimal, without a trailing ".0".
enum ReadingGradeFormat {
    static func rule(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(format: "%.1f", rounded)
    }
}
