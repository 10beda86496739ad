import Testing
@testable import CareLint

/// A rule that replaces a phrase wherever it is written, to see what the linter keeps of its fixes.
private struct ReplacePhraseRule: Rule {
    let phrase: String
    let replacement: String
    var description: RuleDescription {
        RuleDescription(id: "test/replace", defaultSeverity: .warning, summary: "Replaces a phrase.", rationale: "For tests.")
    }

    func check(_ context: RuleContext, into diagnostics: inout [Diagnostic]) {
        let text = Array(context.document.source.bytes)
        let needle = Array(phrase.utf8)
        guard needle.count <= text.count else { return }
        for start in 0...(text.count - needle.count) where Array(text[start..<(start + needle.count)]) == needle {
            let range = start..<(start + needle.count)
            diagnostics.append(context.diagnostic("Replace it.", at: range, fixes: [.replace(range, with: replacement)]))
        }
    }
}

@Suite("Fixed names in fixes")
struct FixedNamesTests {
    private func run(_ text: String, _ phrase: String, _ replacement: String) -> [Diagnostic] {
        let linter = Linter(vocabulary: VocabularyLoader.builtIn, rules: [ReplacePhraseRule(phrase: phrase, replacement: replacement)])
        return linter.lint(SourceDocument(path: "a.md", text: text, format: .markdown))
    }

    @Test("A fix that crosses the edge of a name is dropped; the finding stays")
    func crossing() {
        let found = run("Breast cancer patients do well.", "cancer patients", "people with cancer")
        #expect(found.map(\.range) == [7..<22])
        #expect(found.first?.fixes.isEmpty == true)
    }

    @Test("A finding inside a name is dropped; one on the whole name or outside names keeps its fix")
    func insideAndWhole() {
        #expect(run("Cystic fibrosis affects the lungs.", "fibrosis", "fibrosis (CF)").isEmpty)
        #expect(run("Cystic fibrosis affects the lungs.", "Cystic fibrosis", "CF").first?.fixes.count == 1)
        #expect(run("The scan was clear.", "scan", "test").first?.fixes.count == 1)
    }

    @Test("An edit breaks a name when it crosses its edge or sits inside it, not when it covers it")
    func breaks() {
        let spans = [10..<20, 30..<40]
        #expect(Linter.breaksName(5..<12, spans))
        #expect(Linter.breaksName(12..<14, spans))
        #expect(Linter.breaksName(15..<15, spans))
        #expect(!Linter.breaksName(10..<10, spans))
        #expect(!Linter.breaksName(20..<20, spans))
        #expect(!Linter.breaksName(8..<20, spans))
        #expect(!Linter.breaksName(21..<29, spans))
        #expect(Linter.breaksName(21..<31, spans))
    }

    @Test("A concept marked plainIsExact gives a safe jargon fix; otherwise it is a suggestion")
    func exactIsSafe() throws {
        let json = #"{"name": "house", "concepts": [{"id": "hepatic", "term": "hepatic", "plain": ["liver"], "plainIsExact": true, "category": "general"}]}"#
        let vocabulary = try VocabularyLoader.load([PackSource(file: "house.json", bytes: Array(json.utf8))])
        #expect(lint("The hepatic vein.", only: "vocab/jargon", linter: Linter(vocabulary: vocabulary)).diagnostics.first?.fixes.map(\.isSafe) == [true])
        #expect(lint("Ask about abdominal swelling.", only: "vocab/jargon").diagnostics.first?.fixes.map(\.isSafe) == [false])
    }

    @Test("consistent-term: an inflection of the same name is not a second name")
    func sameName() {
        #expect(ConsistentTermRule.isSameName("liver metastasis", "liver metastases"))
        #expect(ConsistentTermRule.isSameName("lymph node", "lymph nodes"))
        #expect(ConsistentTermRule.isSameName("follow up", "follow-up"))
        #expect(ConsistentTermRule.isSameName("mutations", "gene mutations"))
        #expect(ConsistentTermRule.isSameName("monoclonal antibody", "monoclonal antibody therapy"))
        #expect(!ConsistentTermRule.isSameName("liver metastases", "secondary liver cancer"))
        #expect(!ConsistentTermRule.isSameName("colon", "large intestine"))
        #expect(!ConsistentTermRule.isSameName("metastatic liver cancer", "secondary liver cancer"))
    }

    @Test("Acronym stages: Roman numerals with a stage letter")
    func stages() {
        for stage in ["IA", "IIB", "IIIC", "IV", "IVC", "XII"] { #expect(AcronymRule.isStage(Array(stage.utf8)), "\(stage)") }
        for other in ["CD", "HCC", "IVF", "MRI"] { #expect(!AcronymRule.isStage(Array(other.utf8)), "\(other)") }
    }
}
