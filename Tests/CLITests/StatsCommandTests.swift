import Foundation
import Testing

@Suite("carelint stats, end to end")
struct StatsCommandTests {
    /// Two sentences of one-syllable words: 3 and 8 words, so every figure can be worked out by hand.
    static let draft = "# Title\n\nThe cat sat. A dog ran to the big red barn.\n\n## References\n\nSmith J. Hepatocellular carcinoma epidemiology. Gastroenterology. 2020.\n"

    @Test("Text: counts, grades by the published formulas, longest sentences and a bar chart; headings and references left out")
    func text() throws {
        let folder = try CarelintProcess.folder(["page.md": Array(Self.draft.utf8)])
        let result = try CarelintProcess.run(["stats", "page.md", "--longest", "2"], in: folder)
        #expect(result.status == 0)
        // FK = 0.39 × 5.5 + 11.8 × 1 − 15.59 = −1.6; SMOG = 1.043 × √0 + 3.1291 = 3.1; grade = their mean 0.7; ease = 206.835 − 1.015 × 5.5 − 84.6 = 116.7.
        #expect(result.stdout == """
        page.md
          words              11
          sentences          2
          words per sentence 5.5
          reading grade      0.7 (mean of SMOG and Flesch-Kincaid)
          SMOG grade         3.1
          Flesch-Kincaid     -1.6
          reading ease       116.7 (very easy)
          complex words      0% (0 of 11 words)
          longest sentences
              8 words  line 3: A dog ran to the big red barn.
              3 words  line 3: The cat sat.
          sentence lengths (words)
              1-5  ██████████████████████████████ 1
             6-10  ██████████████████████████████ 1
            11-15  0
            16-20  0
            21-25  0
            26-30  0
              31+  0

        """)
    }

    @Test("JSON: the same figures, machine-readable; an unreadable file is reported and exits 2")
    func json() throws {
        let folder = try CarelintProcess.folder(["page.md": Array(Self.draft.utf8), "bad.md": [0xFF, 0xFE, 0x41]])
        let result = try CarelintProcess.run(["stats", "page.md", "bad.md", "--format", "json"], in: folder)
        #expect(result.status == 2)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let files = try #require(json["files"] as? [[String: Any]])
        #expect(files.count == 2)
        #expect(files[0]["path"] as? String == "page.md")
        #expect(files[0]["words"] as? Int == 11)
        #expect(files[0]["sentences"] as? Int == 2)
        #expect(files[0]["grade"] as? Double == 0.74)
        #expect(files[0]["smogGrade"] as? Double == 3.13)
        #expect(files[0]["fleschKincaidGrade"] as? Double == -1.64) // −1.645 in binary is a hair above −1.645
        let longest = try #require(files[0]["longestSentences"] as? [[String: Any]])
        #expect(longest.first?["words"] as? Int == 8)
        #expect(longest.first?["column"] as? Int == 14)
        let lengths = try #require(files[0]["sentenceLengths"] as? [[String: Any]])
        #expect(lengths.map { $0["count"] as? Int } == [1, 1, 0, 0, 0, 0, 0])
        #expect(files[1]["path"] as? String == "bad.md")
        #expect((files[1]["error"] as? String)?.contains("UTF-16") == true)
    }

    @Test("Standard input and usage errors")
    func usage() throws {
        let piped = try CarelintProcess.run(["stats", "-", "--format", "json"], input: Data("Rest well.".utf8))
        #expect(piped.status == 0)
        #expect(piped.stdout.contains("\"words\": 2"))
        let none = try CarelintProcess.run(["stats"])
        #expect(none.status == 2)
        #expect(none.stderr == "carelint stats: name the files or folders to measure, or - for standard input\n")
        let bad = try CarelintProcess.run(["stats", "x.md", "--longest", "many"])
        #expect(bad.status == 2)
        #expect(bad.stderr == "carelint stats: --longest needs a whole number from 0 to 100; got \"many\"\n")
    }
}
