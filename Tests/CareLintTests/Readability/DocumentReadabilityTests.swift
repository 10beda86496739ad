import Testing
@testable import CareLint

@Suite("DocumentReadability")
struct DocumentReadabilityTests {
    /// The library's own pipeline (extraction, tokenizer, sentences) counts the textstat drafts as the reference
    /// splitter does, so the grade rules and `carelint stats` inherit the textstat comparison of ReadingGradeTests.
    @Test("The tokenizer's words and sentences match textstat's on the drafts; grades within 0.5 with textstat's fallback syllables")
    func textstatDrafts() {
        for draft in ReadingGradeTests.reference.drafts {
            let document = ParsedDocument(SourceDocument(path: "\(draft.name).txt", text: draft.text, format: .plainText))
            let readability = DocumentReadability(document)
            #expect(readability.counts.words == draft.words, "\(draft.name): words")
            #expect(readability.counts.sentences == draft.sentences, "\(draft.name): sentences")
            let splitter = TestSplitter.counts(draft.text)
            #expect(readability.counts == splitter, "\(draft.name): counts")
            // Give textstat's fallback words its syllable counts: the difference left is the pipeline's.
            var adjusted = readability.counts
            adjusted.syllables += TestSplitter.counts(draft.text, override: draft.fallbackWords).syllables - splitter.syllables
            adjusted.polysyllables += TestSplitter.counts(draft.text, override: draft.fallbackWords).polysyllables - splitter.polysyllables
            let grade = ReadingGrade(adjusted)
            #expect(abs(grade.fleschKincaidGrade - draft.fleschKincaidGrade) <= 0.5, "\(draft.name): FK")
            #expect(abs(grade.smogGrade - draft.smogIndex) <= 0.5, "\(draft.name): SMOG")
        }
    }

    @Test("Headings, table cells and reference lists are not graded; list items are sentences")
    func regions() {
        let text = "# A very long heading with many words\n\n| cell one | cell two |\n|---|---|\n| a | b |\n\n- Item one\n- Item two\n\nRest now.\n\n## References\n\nSmith J. Title. 2020."
        let readability = DocumentReadability(ParsedDocument(SourceDocument(path: "a.md", text: text, format: .markdown)))
        #expect(readability.counts.sentences == 3)
        #expect(readability.counts.words == 6)
        #expect(readability.longestSentences(1).first?.counts.words == 2)
    }
}
