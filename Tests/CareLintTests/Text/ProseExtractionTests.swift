import Testing
@testable import CareLint

/// The prose of a Markdown text, as the strings of its blocks' pieces joined by "|" per block.
private func prose(_ text: String, format: DocumentFormat = .markdown) -> [String] {
    let source = SourceDocument(path: "a", text: text, format: format)
    let layout = ProseLayout.extract(from: source)
    return layout.blocks.map { block in block.segments.map { source.text(in: $0) }.joined(separator: "|") }
}

@Suite("Prose extraction")
struct ProseExtractionTests {
    @Test("Code spans, fenced and indented code are not prose")
    func code() {
        let text = "Use `carelint check` daily.\n\n```\nhepatic code\n```\n\n    indented code\n\nAfter."
        #expect(prose(text) == ["Use | daily.", "After."])
    }

    @Test("HTML tags and comments, link destinations and URLs in angle brackets are not prose")
    func markup() {
        let text = "See <b>the</b> [liver page](https://example.org/liver) <!-- note --> and <https://x.org>."
        #expect(prose(text) == ["See |the| [liver page]| | and |."])
    }

    @Test("Front matter is metadata, not prose")
    func frontMatter() throws {
        let text = "---\ntitle: \"Liver care\"\ntype: condition\nreviewed: 2025-09-30\ntags: [liver, cancer]\n---\n# Title\n"
        let source = SourceDocument(path: "a.md", text: text)
        let layout = ProseLayout.extract(from: source)
        let frontMatter = try #require(layout.frontMatter)
        #expect(frontMatter["title"] == "Liver care")
        #expect(frontMatter["TYPE"] == "condition")
        #expect(frontMatter["tags"] == "liver, cancer")
        #expect(source.text(in: try #require(frontMatter.entry("reviewed")).range) == "2025-09-30")
        #expect(layout.blocks.map(\.kind) == [.heading(level: 1)])
    }

    @Test("Headings, list items, table cells and definitions keep their kinds")
    func kinds() {
        let text = "# One #\n\nSetext\n------\n\n- item one\n  continues\n2. item two\n\n| a | b |\n|---|---|\n| c | d |\n\nTerm\n: its meaning\n"
        let source = SourceDocument(path: "a.md", text: text)
        let layout = ProseLayout.extract(from: source)
        #expect(layout.blocks.map(\.kind) == [
            .heading(level: 1), .heading(level: 2), .listItem, .listItem, .tableCell, .tableCell, .tableCell, .tableCell,
            .paragraph, .definition,
        ])
        #expect(prose(text)[2] == "item one|continues")
    }

    @Test("Plain text: a capitalized line after a line without closing punctuation starts a block")
    func plainText() {
        let text = "Symptoms and causes\nThe liver filters blood.\nIt is large\nand heavy.\n• Fever\n"
        #expect(prose(text, format: .plainText) == ["Symptoms and causes", "The liver filters blood.|It is large|and heavy.", "Fever"])
    }

    @Test("HTML: script and style are skipped; block elements end blocks")
    func html() {
        let text = "<html><head><style>p { color: red }</style></head><body><h1>Liver</h1><p>The liver <em>filters</em> blood.</p><script>var x = 'hepatic';</script><li>Fever</li></body></html>"
        #expect(prose(text, format: .html) == ["Liver", "The liver |filters| blood.", "Fever"])
    }
}
