import Testing
@testable import CareLint

private func sentences(_ text: String) -> [String] {
    let document = ParsedDocument(SourceDocument(path: "a.md", text: text))
    return document.sentences.map { document.text(in: $0.range) }
}

private func words(_ text: String) -> [String] {
    let document = ParsedDocument(SourceDocument(path: "a.md", text: text))
    return document.tokens.filter { $0.kind == .word || $0.kind == .number }.map { document.text(of: $0) }
}

@Suite("Tokens and sentences")
struct TokenizerTests {
    @Test("Abbreviations, initials and decimals do not end sentences")
    func abbreviations() {
        #expect(sentences("Eat soft foods, e.g. soup. Dr. Lee will see you. Take 2.5 mL at 10:30 a.m. daily.") ==
            ["Eat soft foods, e.g. soup.", "Dr. Lee will see you.", "Take 2.5 mL at 10:30 a.m. daily."])
    }

    @Test("Abbreviations are matched in any case; etc. and no. end a sentence only before a capital or a non-digit")
    func abbreviationCases() {
        #expect(sentences("Bring pens, paper etc. and a pen. Bring books etc. Then go.") ==
            ["Bring pens, paper etc. and a pen.", "Bring books etc.", "Then go."])
        #expect(sentences("It was Smith Vs. Jones in court. ST. Louis is far.") == ["It was Smith Vs. Jones in court.", "ST. Louis is far."])
        #expect(sentences("Item No. 5 is here. Say no. Then stop.") == ["Item No. 5 is here.", "Say no.", "Then stop."])
        #expect(sentences("We met at the café. Then we left.") == ["We met at the café.", "Then we left."])
    }

    @Test("A colon ends a short label before a capital; a colon that opens a list or follows a long lead does not")
    func labels() {
        #expect(sentences("Chest X-ray: A picture of the lungs.") == ["Chest X-ray:", "A picture of the lungs."])
        #expect(sentences("Bring these: pills, notes and questions.") == ["Bring these: pills, notes and questions."])
        #expect(sentences("Before you come to the clinic for the first time, bring these three things: Pills, notes and questions.")
            == ["Before you come to the clinic for the first time, bring these three things: Pills, notes and questions."])
        #expect(sentences("Meet at 10:30 Monday.") == ["Meet at 10:30 Monday."])
    }

    @Test("Question and exclamation marks end sentences; closing quotes stay with them")
    func marks() {
        #expect(sentences("Is it safe? \"Yes!\" she said. Call us.") == ["Is it safe?", "\"Yes!\"", "she said.", "Call us."])
    }

    @Test("A line break inside a paragraph does not end a sentence; a block end does")
    func blocks() {
        #expect(sentences("Cancer can spread\nto the liver\n\n## Tests\nAsk your doctor") == ["Cancer can spread\nto the liver", "Tests", "Ask your doctor"])
    }

    @Test("Words keep hyphens, apostrophes and abbreviation periods; URLs and e-mail addresses are links")
    func wordShapes() {
        #expect(words("X-rays don't hurt; the patient’s e.g. 1,000 visits at https://example.org/a.b or help@example.org.") ==
            ["X-rays", "don't", "hurt", "the", "patient’s", "e.g", "1,000", "visits", "at", "or"])
    }

    @Test("Token ranges are exact byte ranges after multi-byte text")
    func ranges() {
        let text = "😀 Café liver"
        let document = ParsedDocument(SourceDocument(path: "a.md", text: text))
        let liver = document.tokens.last!
        #expect(liver.start == 11 && liver.end == 16)
        #expect(document.tokens[0].kind == .punctuation)
        #expect(document.text(of: document.tokens[1]) == "Café")
        #expect(document.tokens[1].has(Token.capitalized))
    }
}
