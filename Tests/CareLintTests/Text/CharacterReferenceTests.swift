import Testing
@testable import CareLint

@Suite("Character references")
struct CharacterReferenceTests {
    func prose(_ text: String, format: DocumentFormat = .html) -> [String] {
        let source = SourceDocument(path: "a", text: text, format: format)
        return ProseLayout.extract(from: source).blocks.map { block in block.segments.map { source.text(in: $0) }.joined(separator: "|") }
    }

    @Test("Spaces and marks separate words; letters inside a word leave the word out")
    func html() {
        #expect(prose("<p>Fish&amp;chips at 5&nbsp;cm &mdash; fine.</p>") == ["Fish|chips at 5|cm | fine."])
        #expect(prose("<p>Don&#8217;t eat at the caf&eacute; today.</p>") == [" eat at the | today."])
        #expect(prose("<p>The patient&rsquo;s na&iuml;ve&#x2019;s view.</p>") == ["The | | view."])
        #expect(prose("<p>&nbsp;</p><p>Rest.</p>") == ["Rest."])
    }

    @Test("Markdown text has the same references; code keeps them")
    func markdown() {
        #expect(prose("Fish&amp;chips and `a&amp;b` here.", format: .markdown) == ["Fish|chips and | here."])
    }

    @Test("Numeric references decode; malformed ones are text")
    func numeric() {
        #expect(HTMLCharacterReference.numericValue(Array("8217".utf8)[...]) == "\u{2019}")
        #expect(HTMLCharacterReference.numericValue(Array("x2019".utf8)[...]) == "\u{2019}")
        #expect(HTMLCharacterReference.numericValue(Array("x110000".utf8)[...]) == nil)
        #expect(HTMLCharacterReference.isWordPart(Array("&Eacute;".utf8)[...]))
        #expect(!HTMLCharacterReference.isWordPart(Array("&nbsp;".utf8)[...]))
        #expect(!HTMLCharacterReference.isWordPart(Array("&#8212;".utf8)[...]))
        #expect(prose("<p>AT&T and R&D; x &#; y</p>") == ["AT&T and R| x &#; y"])
    }

    @Test("No finding on a reference or a word fragment, and sentences run across references")
    func linting() {
        let text = "<p>Don&#8217;t worry&nbsp;&mdash; the caf&eacute; is open. Rest&#8230;</p>"
        let diagnostics = lint(text, format: .html).diagnostics.filter { $0.rule.hasPrefix("spelling/") }
        #expect(diagnostics.isEmpty)
        let document = ParsedDocument(SourceDocument(path: "a.html", text: text, format: .html))
        #expect(document.sentences.count == 2)
    }
}
