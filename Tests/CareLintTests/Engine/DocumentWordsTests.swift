import Testing
@testable import CareLint

@Suite("Distinct words of a document")
struct DocumentWordsTests {
    private func parse(_ text: String) -> (ParsedDocument, DocumentWords) {
        let document = ParsedDocument(SourceDocument(path: "a.md", text: text))
        return (document, DocumentWords(document))
    }

    @Test("The same spelling gets the same exact id; case variants share a folded id; other tokens get -1")
    func ids() {
        let (document, words) = parse("Liver care. The liver, the LIVER and 2 livers for the liver.")
        let tokens = document.tokens
        func token(_ text: String, _ nth: Int = 0) -> Int {
            tokens.indices.filter { document.text(of: tokens[$0]) == text }[nth]
        }
        #expect(words.exactID[token("the")] == words.exactID[token("the", 1)])
        #expect(words.exactID[token("liver")] == words.exactID[token("liver", 1)])
        #expect(words.exactID[token("the")] != words.exactID[token("The")])
        #expect(words.exactID[token("liver")] != words.exactID[token("Liver")])
        #expect(words.foldedID(ofToken: token("liver")) == words.foldedID(ofToken: token("Liver")))
        #expect(words.foldedID(ofToken: token("LIVER")) == words.foldedID(ofToken: token("Liver")))
        #expect(words.foldedID(ofToken: token("livers")) != words.foldedID(ofToken: token("liver")))
        #expect(words.exactID[token("2")] == -1)
        #expect(words.exactID[token(".")] == -1)
        // Liver, care, The, liver, the, LIVER, and, livers, for: 9 spellings, 6 without case.
        #expect(words.exactCount == 9)
        #expect(words.foldedCount == 6)
        #expect(Array(words.folded(words.foldedID(ofToken: token("LIVER")))) == Array("liver".utf8))
        #expect(document.source.text(in: words.exactRanges[Int(words.exactID[token("The")])]) == "The")
    }

    @Test("Non-ASCII bytes are kept as they are; only ASCII letters fold")
    func nonASCII() {
        let (document, words) = parse("Café CAFÉ café")
        let ids = document.tokens.indices.map { words.foldedID(ofToken: $0) }
        #expect(ids[0] == ids[2])
        #expect(ids[1] != ids[0]) // É is not folded
        #expect(words.exactCount == 3)
    }

    @Test("Many distinct words (the tables grow past their first size) keep their ids")
    func many() {
        let text = (0..<500).map { "w\($0)x" }.joined(separator: " ") + " " + (0..<500).map { "W\($0)X" }.joined(separator: " ")
        let (document, words) = parse(text)
        #expect(words.exactCount == 1000)
        #expect(words.foldedCount == 500)
        for index in 0..<500 where document.tokens[index].kind == .word {
            #expect(words.foldedID(ofToken: index) == words.foldedID(ofToken: index + 500))
        }
    }

    @Test("Readability counts with shared measures equal counting every word")
    func readability() {
        let text = "The liver filters the blood. The liver makes bile, and bile helps digestion. Cirrhosis scars the liver."
        let document = ParsedDocument(SourceDocument(path: "a.md", text: text))
        var expected = ReadabilityCounts()
        for token in document.tokens where token.kind == .word || token.kind == .number { expected.addWord(document.bytes(of: token)) }
        let counts = DocumentReadability(document).counts
        #expect(counts.words == expected.words)
        #expect(counts.syllables == expected.syllables)
        #expect(counts.polysyllables == expected.polysyllables)
        #expect(counts.letters == expected.letters)
        #expect(counts.sentences == 3)
    }

    @Test("The uncommon-word verdict read per distinct spelling equals asking the lists for every token")
    func uncommonWords() {
        let text = "Esophagus pain is common. The esophagus and the ESOPHAGUS carry food; Esophagus here is a name. Platelets help. Low platelets, 2 platelets."
        let document = ParsedDocument(SourceDocument(path: "a.md", text: text))
        let analysis = DocumentAnalysis(document: document, vocabulary: VocabularyLoader.builtIn, configuration: ResolvedConfiguration(), knownRules: [])
        let uncommon = analysis.uncommonSpellings()
        let found = document.tokens.indices.filter { analysis.isUncommonWord($0, uncommon: uncommon) }
        #expect(found.map { document.text(of: document.tokens[$0]) } == ["Esophagus", "esophagus", "Platelets", "platelets", "platelets"])
        for index in document.tokens.indices {
            #expect(analysis.isUncommonWord(index, uncommon: uncommon) == ComplexLanguage.isUncommonWord(index, in: document))
        }
    }
}
