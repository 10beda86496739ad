/// Scores one page from the lint's own analysis: the parse, the vocabulary matches and the findings of the rules
/// the items read (jargon, acronyms, definitions, passive voice). Nothing is parsed twice.
public struct Scorer: Sendable {
    /// The rules whose findings the items read. When the lint ran with one of them off, `Scorer.findings` runs it
    /// on the same analysis.
    public static let ruleIDs = ["readability/passive-voice", "vocab/acronym", "vocab/define-on-first-use", "vocab/jargon", "vocab/uncommon-word"]

    let analysis: DocumentAnalysis
    let settings: ScorecardSettings
    let structure: PageStructure
    let facts: PageFacts
    /// Findings of `ruleIDs`, by rule id.
    let findings: [String: [Diagnostic]]
    let complexWords: any ComplexWordMeasure

    /// Prepares a page's scoring. `diagnostics` are the lint's findings on it (any rules; only `ruleIDs` are read).
    public init(analysis: DocumentAnalysis, diagnostics: [Diagnostic], linter: Linter, complexWords: any ComplexWordMeasure = FindingsComplexWords()) {
        self.analysis = analysis
        self.settings = analysis.configuration.scorecard
        let facts = PageFacts(analysis, title: PageFacts.title(analysis.document))
        self.facts = facts
        self.structure = PageStructure(analysis, keys: facts.keys)
        self.findings = Scorer.findings(analysis: analysis, diagnostics: diagnostics, linter: linter)
        self.complexWords = complexWords
    }

    /// The findings of `ruleIDs`: the lint's where the rule ran, the rule run now (on the same analysis) where the
    /// configuration turned it off. `vocab/jargon`'s familiar tier (words readers know that have a plainer word,
    /// "abdomen") is left out: the items ask for words the audience knows and for terms explained, and readers know
    /// these words (the tier is a style suggestion, not jargon).
    static func findings(analysis: DocumentAnalysis, diagnostics: [Diagnostic], linter: Linter) -> [String: [Diagnostic]] {
        var byRule: [String: [Diagnostic]] = [:]
        for id in ruleIDs { byRule[id] = [] }
        for diagnostic in diagnostics where byRule[diagnostic.rule] != nil { byRule[diagnostic.rule]!.append(diagnostic) }
        for id in ruleIDs {
            guard let rule = linter.rule(id), analysis.configuration.severity(of: rule.description) == nil else { continue }
            var found: [Diagnostic] = []
            rule.check(RuleContext(analysis: analysis, description: rule.description, severity: .info), into: &found)
            byRule[id] = found
        }
        byRule["vocab/jargon"]?.removeAll(where: JargonRule.isFamiliar)
        return byRule
    }

    /// The page's scorecard: every configured item in catalogue order, and the three domain scores.
    public func scorecard() -> Scorecard {
        var results: [ItemResult] = []
        var byID: [String: ItemResult] = [:]
        for item in ScorecardCatalog.items where settings.includes(item.description.id) {
            var result = item.decide(self, byID)
            result.id = item.description.id
            result.estimated = item.description.decision == .estimated && (result.verdict == .pass || result.verdict == .fail)
            if result.evidence.count > Scorer.evidenceLimit { result.evidence = Array(result.evidence.prefix(Scorer.evidenceLimit)) }
            byID[result.id] = result
            results.append(result)
        }
        var scores: [DomainScore] = []
        for domain in ScoreDomain.allCases {
            var score = DomainScore(domain: domain, points: 0, rated: 0, needsPerson: 0)
            for result in results where ScorecardCatalog.description(result.id)?.domain == domain {
                switch result.verdict {
                case .pass: score.points += 1; score.rated += 1
                case .fail: score.rated += 1
                case .needsPerson: score.needsPerson += 1
                case .notApplicable: break
                }
            }
            scores.append(score)
        }
        return Scorecard(results: results, scores: scores)
    }

    /// At most this many places are kept as evidence for one verdict.
    public static let evidenceLimit = 20

    // MARK: Shared helpers for the items

    var document: ParsedDocument { analysis.document }

    /// The byte range of a block.
    func range(ofBlock block: Int) -> ByteRange { document.layout.blocks[block].range }

    /// The byte range of a sentence.
    func range(ofSentence sentence: Int) -> ByteRange { document.sentences[sentence].range }

    /// Evidence for some sentences.
    func evidence(_ sentences: [Int], _ note: String) -> [Evidence] { sentences.map { Evidence(range(ofSentence: $0), note) } }

    /// Very short material (PEMAT's N/A for 8, 9 and 11): at most two paragraphs (lists aside) and at most
    /// `veryShortWords` body words, about one printed page of large type.
    var isVeryShort: Bool { structure.paragraphs <= 2 && structure.words <= Scorer.veryShortWords }

    /// A page of at most two paragraphs and this many words is very short.
    static let veryShortWords = 300

    /// A front-matter answer, or nil.
    func frontMatter(_ field: String) -> String? {
        guard let value = document.layout.frontMatter?[field]?.trimmingLeadingAndTrailingSpaces, !value.isEmpty else { return nil }
        return value
    }
}

/// The share of a page's words that are complex (jargon, uncommon words), behind one small interface so a richer
/// measure (the lexicon's complex-language share) can replace the default without touching the items.
public protocol ComplexWordMeasure: Sendable {
    /// Complex words found and the places, given the page's analysis and the findings of `Scorer.ruleIDs`.
    func complexWords(_ analysis: DocumentAnalysis, findings: [String: [Diagnostic]]) -> [ByteRange]
}

/// The default measure until the lexicon's complex-language share lands: every unexplained jargon or term finding,
/// plus every lowercase body word of three or more syllables (the long-word measure of readability formulas).
public struct FindingsComplexWords: ComplexWordMeasure {
    /// Creates the measure.
    public init() {}

    public func complexWords(_ analysis: DocumentAnalysis, findings: [String: [Diagnostic]]) -> [ByteRange] {
        var ranges = Set<ByteRange>()
        for id in ["vocab/jargon", "vocab/define-on-first-use"] { ranges.formUnion((findings[id] ?? []).map(\.range)) }
        let document = analysis.document
        for (index, token) in document.tokens.enumerated() where token.kind == .word && !token.has(Token.capitalized) && !token.has(Token.allCaps) {
            guard token.end - token.start >= 7, analysis.regions.isGradedProse(analysis.block(ofToken: index), in: document) else { continue }
            if Syllables.count(document.bytes(of: token)) >= 3 { ranges.insert(token.range) }
        }
        return ranges.sorted { $0.lowerBound < $1.lowerBound }
    }
}
