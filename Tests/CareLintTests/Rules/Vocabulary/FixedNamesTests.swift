import Testing
@testable import CareLint

/// A rule that replaces every word it is given, to see what the linter keeps of its fixes.
private struct ReplaceWordRule: Rule {
    let word: String
    let replacement: String
    var description: RuleDescription {
        RuleDescription(id: "test/replace", defaultSeverity: .warning, summary: "Replaces a word.", rationale: "For tests.")
    }

    func check(_ context: RuleContext, into diagnostics: inout [Diagnostic]) {
        let document = context.document
        for token in document.tokens where token.kind == .word && document.text(of: token).lowercased() == word {
            diagnostics.append(context.diagnostic("Replace it.", at: token.range, fixes: [.replace(token.range, with: replacement)]))
        }
    }
}

@Suite("Fixed names")
struct FixedNamesTests {
    private func run(_ text: String, _ rule: ReplaceWordRule) -> [Diagnostic] {
        let linter = Linter(vocabulary: VocabularyLoader.builtIn, rules: [rule])
        return linter.lint(SourceDocument(path: "a.md", text: text, format: .markdown))
    }

    @Test("A fix that rewrites a word inside a name is dropped with its finding; outside a name it stays")
    func insideName() {
        // "cystic fibrosis" is in Dictionaries/names.txt.
        #expect(run("Cystic fibrosis affects the lungs.", ReplaceWordRule(word: "fibrosis", replacement: "scarring")).isEmpty)
        let outside = run("Fibrosis can follow a burn.", ReplaceWordRule(word: "fibrosis", replacement: "scarring"))
        #expect(outside.map(\.range) == [0..<8])
        #expect(outside.first?.fixes.first?.edits.first?.newText == "scarring")
    }

    @Test("Names found by shape: organisations and a capitalized word before a disease head")
    func patterns() {
        #expect(run("The National Institute on Drug Abuse helps.", ReplaceWordRule(word: "abuse", replacement: "use")).isEmpty)
        #expect(run("Ask about Crohn's disease today.", ReplaceWordRule(word: "disease", replacement: "illness")).isEmpty)
        #expect(run("The disease is rare.", ReplaceWordRule(word: "disease", replacement: "illness")).count == 1)
    }

    @Test("A fix that only adds words inside a name (an acronym spelled out) is dropped, and its finding stays")
    func insertionDropped() {
        let diagnostics = run("Cystic fibrosis affects the lungs.", ReplaceWordRule(word: "fibrosis", replacement: "fibrosis (CF)"))
        #expect(diagnostics.map(\.range) == [7..<15])
        #expect(diagnostics.first?.fixes.isEmpty == true)
        // Replacing the whole name is allowed.
        let whole = run("Fibrosis is scarring.", ReplaceWordRule(word: "fibrosis", replacement: "Scarring"))
        #expect(whole.first?.fixes.count == 1)
    }

    @Test("The spans of names are merged and sorted")
    func spans() {
        let document = ParsedDocument(SourceDocument(path: "a.md", text: "Oral cavity cancer and cystic fibrosis.", format: .markdown))
        let analysis = DocumentAnalysis(document: document, vocabulary: VocabularyLoader.builtIn, configuration: ResolvedConfiguration(), knownRules: [])
        #expect(analysis.fixedNames == [0..<18, 23..<38])
        #expect(analysis.fixedName(around: 0..<4) == 0..<18)
        #expect(analysis.fixedName(around: 0..<18) == nil)
    }

    @Test("Jargon: the name is flagged whole without a fix, and a bare word's replacement is a suggestion")
    func jargonSuggestion() {
        let inName = lint("1️⃣Cerebral palsy affects movement.", only: "vocab/jargon")
        #expect(inName.diagnostics.map(\.range) == [0..<14])
        #expect(inName.diagnostics.first?.fixes.isEmpty == true)
        #expect(inName.diagnostics.first?.message == "Explain \"Cerebral palsy\" where it first appears (\"Cerebral\" means \"brain\"); keep the name as it is.")
        let bare = lint("Ask about abdominal swelling.", only: "vocab/jargon").diagnostics
        #expect(bare.first?.fixes.map(\.isSafe) == [false])
    }

    @Test("A concept marked exact gives a safe jargon fix")
    func exactIsSafe() throws {
        let json = #"{"name": "house", "concepts": [{"id": "hepatic", "term": "hepatic", "plain": ["liver"], "exact": true, "category": "general"}]}"#
        let vocabulary = try VocabularyLoader.load([PackSource(file: "house.json", bytes: Array(json.utf8))])
        #expect(vocabulary.concepts.first?.exact == true)
        let diagnostics = lint("The hepatic vein.", only: "vocab/jargon", linter: Linter(vocabulary: vocabulary)).diagnostics
        #expect(diagnostics.first?.fixes.map(\.isSafe) == [true])
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
