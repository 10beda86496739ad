import Testing
@testable import CareLint

@Suite("Readability rules")
struct ProseRulesTests {
    @Test("Passive voice: be + participle, adverbs between, adjectival participles pass")
    func passive() {
        func spans(_ text: String) -> [String] {
            let (diagnostics, plain, _) = lint(text, only: "readability/passive-voice")
            return diagnostics.map { slice(plain, $0.range) }
        }
        #expect(spans("The drain is removed. The tubes were carefully taken out.") == ["is removed", "were carefully taken"])
        #expect(spans("You'll be given a gown. It isn't done often. The results are being checked.") == ["be given", "are being checked"])
        #expect(spans("I am tired. We were worried. Your leg is swollen. She is more relaxed than before.") == [])
        #expect(spans("He is very frightened. The clinic is located downtown. That is a red bed.") == [])
        #expect(spans("The spot is red and the need is real. It is called ascites.") == [])
        #expect(spans("Your results are sent to your doctor, who is informed within a day.") == ["are sent"])
    }

    @Test("Long sentences count words and numbers, not punctuation")
    func longSentence() {
        let text = "One two three four five, six seven 8 nine ten. Short one."
        let (diagnostics, plain, _) = lint(text, only: "readability/long-sentence", options: ["maxWords": .int(9)])
        #expect(diagnostics.map { slice(plain, $0.range) } == ["One two three four five, six seven 8 nine ten."])
        #expect(diagnostics.map(\.message) == ["This sentence has 10 words; split it into sentences of at most 9 words."])
    }

    @Test("Long paragraphs: list items and reference lists are not paragraphs")
    func longParagraph() {
        let sentences = "Rest. Eat. Sleep. Walk."
        #expect(lint("- \(sentences)", only: "readability/long-paragraph", options: ["maxSentences": .int(2)]).diagnostics.isEmpty)
        #expect(lint("## Sources\n\n\(sentences)", only: "readability/long-paragraph", options: ["maxSentences": .int(2)]).diagnostics.isEmpty)
        #expect(lint(sentences, only: "readability/long-paragraph", options: ["maxSentences": .int(2)]).diagnostics.map(\.range) == [0..<23])
    }

    @Test("The grade states both figures and points at the three hardest sentences of 10 words or more")
    func grade() throws {
        let text = """
            # Title

            Radiofrequency ablation destroys malignant hepatic lesions using thermal energy delivered through an electrode. \
            Complications include hemorrhage, infection and damage to adjacent abdominal organs in unusual circumstances. \
            Physicians determine eligibility considering tumor dimensions, anatomical location and hepatic function. \
            Postoperative monitoring incorporates imaging examinations at regular intervals afterwards. Rest now.

            ## References

            Konopke R, Volk A, Kersting S. Colorectal liver metastases: an update on palliative treatment options. J Gastrointestin Liver Dis. 2012.
            """
        let (diagnostics, plain, _) = lint(text, only: "readability/grade", options: ["minWords": .int(10)])
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostics.count == 1)
        #expect(slice(plain, diagnostic.range) == "Title")
        let readability = DocumentReadability(ParsedDocument(SourceDocument(path: "a.md", text: plain, format: .markdown)))
        #expect(readability.counts.sentences == 5)
        let mean = (readability.grade.smogGrade + readability.grade.fleschKincaidGrade) / 2
        #expect(diagnostic.message.hasPrefix("The reading grade is \(ReadingGradeRule.format(mean)) (SMOG \(ReadingGradeRule.format(readability.grade.smogGrade)), Flesch–Kincaid"))
        #expect(diagnostic.related.count == 3)
        #expect(!diagnostic.related.contains { slice(plain, $0.range) == "Rest now." })
        #expect(lint(text, only: "readability/grade", options: ["minWords": .int(100)]).diagnostics.isEmpty)
    }

    @Test("Reference sections end at the next heading of the same or a higher level")
    func regions() {
        let document = ParsedDocument(SourceDocument(path: "a.md", text: "# A\n\nText.\n\n## References\n\nCite.\n\n### More\n\nCite.\n\n## After\n\nProse.", format: .markdown))
        #expect(DocumentRegions(document).isReference == [false, false, true, true, true, true, false, false])
    }
}
