import Testing
@testable import CareLint

/// The disease names of `FixedNames` (modifiers before a naming head) are placed against the other names without
/// a pass over every name per head: the longest still wins, a name that only overlaps keeps its place.
@Suite("Fixed names: spans")
struct FixedNameSpansTests {
    func names(_ text: String) -> [String] {
        let document = ParsedDocument(SourceDocument(path: "a.md", text: text, format: .markdown))
        let spans = FixedNames(document).spans
        for (a, b) in zip(spans, spans.dropFirst()) { #expect(a.upperBound <= b.lowerBound, "sorted, not overlapping") }
        return spans.map { document.text(in: document.tokens[$0.lowerBound].start..<document.tokens[$0.upperBound - 1].end) }
    }

    @Test("Disease names end at their head and stop at function words; a longer one replaces one inside it")
    func diseaseNames() {
        #expect(names("People with cerebral palsy and chronic kidney disease need care.") == ["cerebral palsy", "chronic kidney disease"])
        #expect(names("Primary biliary cirrhosis is rare.") == ["Primary biliary cirrhosis"])
    }

    @Test("A long page finds each repeated name, in document order")
    func repeated() {
        let sentence = "People with cerebral palsy and chronic kidney disease need care. "
        let found = names(String(repeating: sentence, count: 200))
        #expect(found.count == 400)
        #expect(found.prefix(4) == ["cerebral palsy", "chronic kidney disease", "cerebral palsy", "chronic kidney disease"])
    }
}
