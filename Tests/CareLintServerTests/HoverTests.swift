@testable import CareLintServer
import Foundation
import Testing

@Suite("Hover over pipes")
struct HoverTests {
    static func hover(_ client: LSPTestClient, _ uri: String, _ line: Int, _ character: Int) -> LSPAny? {
        client.request("textDocument/hover", ["textDocument": ["uri": .string(uri)], "position": ["line": .number(Double(line)), "character": .number(Double(character))]])
    }

    @Test("a vocabulary term: preferred term, category, plain words, definition and how many sources use it, on an emoji line in UTF-16")
    func term() throws {
        let folder = try Project.folder()
        let uri = Project.uri(folder, "a.md")
        let client = LSPTestClient.inProcess()
        client.initialize(root: folder)
        client.open(uri, "# Care\n\n😀 The hepatic tissue. We use RFA. Secondary cancer is metastasis.\n")
        let hepatic = Self.hover(client, uri, 2, 8)?["result"]
        #expect(hepatic == ["contents": ["kind": "markdown", "value": "**hepatic** · _anatomy_\n\n**Plain words:** liver\n\nTo do with the liver.\n\nFound in 2 of the source articles."],
                            "range": ["start": ["line": 2, "character": 7], "end": ["line": 2, "character": 14]]])
        let acronym = Self.hover(client, uri, 2, 30)?["result"]
        #expect(acronym?["contents"]["value"] == "**radiofrequency ablation** (RFA) · _treatment_\n\nA treatment that uses heat from radio waves to destroy a tumor.\n\nFound in 1 of the source articles.")
        #expect(acronym?["range"].rangeNumbers == [2, 30, 2, 33])
        let variant = Self.hover(client, uri, 2, 36)?["result"]
        #expect(variant?["contents"]["value"] == "**metastasis** · _condition_\n\n**Plain words:** cancer that has spread\n\nCancer that has spread from where it started to another part of the body.\n\n**Also called:** secondary cancer\n\nFound in 2 of the source articles.")
        #expect(variant?["range"].rangeNumbers == [2, 35, 2, 51])
        // An ordinary word has no hover.
        #expect(Self.hover(client, uri, 2, 17)?["result"] == .null)
        #expect(client.shutdownAndExit() == 0)
    }

    @Test("the same term with UTF-8 positions")
    func termUTF8() throws {
        let folder = try Project.folder()
        let uri = Project.uri(folder, "a.md")
        let client = LSPTestClient.inProcess()
        client.initialize(["general": ["positionEncodings": ["utf-8"]]], root: folder)
        client.open(uri, "😀 The hepatic tissue.\n")
        #expect(Self.hover(client, uri, 0, 7)?["result"] == .null)
        #expect(Self.hover(client, uri, 0, 9)?["result"]["range"].rangeNumbers == [0, 9, 0, 16])
        #expect(client.shutdownAndExit() == 0)
    }

    @Test("the first heading shows the reading grades and counts; a term in it keeps its own hover")
    func readability() throws {
        let folder = try Project.folder()
        let uri = Project.uri(folder, "a.md")
        let client = LSPTestClient.inProcess()
        client.initialize(root: folder)
        client.open(uri, "# Hepatic care\n\nThe cat sat. The dog ran far.\n\n## Later\n")
        // 7 words, 2 sentences, 7 syllables: FK = 0.39 × 3.5 + 11.8 × 1 − 15.59 = −2.425, SMOG = 3.1291 with no
        // polysyllables, their mean 0.35; ease = 206.835 − 1.015 × 3.5 − 84.6 = 118.7.
        let expected: LSPAny = .string("""
        **Reading level** · grade 0.4 · target grade 8.0 (within target)

        | Measure | Value |
        |---|---|
        | Flesch–Kincaid grade | -2.4 |
        | SMOG grade | 3.1 |
        | Flesch reading ease | 118.7 |

        7 words, 2 sentences, 7 syllables, 0 words of three or more syllables. The grade is the mean of the SMOG and Flesch–Kincaid grades.

        **Complex words** · 0% (0 of 7 words)
        """)
        // Any word of the title line that is not a term, the marker, and the end of the line show the figures.
        for character in [0, 10, 12, 14] {
            let result = Self.hover(client, uri, 0, character)?["result"]
            // The figures, then the scorecard line (carelint/scorecard has the details).
            #expect(result?["contents"]["value"].string?.hasPrefix(expected.string ?? "-") == true, "character \(character)")
            #expect(result?["contents"]["value"].string?.contains("\n\n**Scorecard** · PEMAT-informed understandability ") == true, "character \(character)")
            #expect(result?["range"].rangeNumbers == [0, 0, 0, 14], "character \(character)")
        }
        // A term in the title shows the term: it is the more useful answer there.
        let term = Self.hover(client, uri, 0, 4)?["result"]
        #expect(term?["contents"]["value"].string?.hasPrefix("**hepatic** · _anatomy_") == true)
        #expect(term?["range"].rangeNumbers == [0, 2, 0, 9])
        // Other headings and prose do not.
        #expect(Self.hover(client, uri, 4, 4)?["result"] == .null)
        #expect(Self.hover(client, uri, 2, 5)?["result"] == .null)
        #expect(client.shutdownAndExit() == 0)
    }

    @Test("a page without prose says so on its title")
    func readabilityWithoutProse() throws {
        let folder = try Project.folder()
        let uri = Project.uri(folder, "a.md")
        let client = LSPTestClient.inProcess()
        client.initialize(root: folder)
        client.open(uri, "# Title\n\n## Later\n")
        #expect(Self.hover(client, uri, 0, 3)?["result"]["contents"]["value"] == "**Reading level** · no prose to grade yet (target grade 8.0)")
        #expect(client.shutdownAndExit() == 0)
    }

    @Test("clients that read only plain text get plain text")
    func plainText() throws {
        let folder = try Project.folder()
        let uri = Project.uri(folder, "a.md")
        let client = LSPTestClient.inProcess()
        client.initialize(["textDocument": ["hover": ["contentFormat": ["plaintext"]]]], root: folder)
        client.open(uri, "The hepatic tissue.\n")
        #expect(Self.hover(client, uri, 0, 5)?["result"]["contents"] == ["kind": "plaintext", "value": "hepatic · anatomy\n\nPlain words: liver\n\nTo do with the liver.\n\nFound in 2 of the source articles."])
        #expect(client.shutdownAndExit() == 0)
    }
}
