/// The one entry point: lints documents with a vocabulary, a set of rules and the settings in force.
///
/// A linter is immutable and safe to share between threads; linting one document does not touch files.
public struct Linter: Sendable {
    /// The vocabulary.
    public let vocabulary: Vocabulary
    /// Every rule known (built-in Swift rules and the vocabulary's data rules).
    public let rules: [any Rule]
    /// Ids of every known rule.
    public let ruleIDs: Set<String>
    /// Rules whose findings on an accepted word are dropped (from each rule's description).
    let honoursAccepted: Set<String>
    /// The spelling rules (they offer to accept a word), which check words inside names too.
    let offersAccept: Set<String>
    /// Which rules' findings each rule's finding replaces where their ranges nest (from each rule's description).
    let supersedes: [String: Set<String>]

    /// Creates a linter with the built-in rules and the vocabulary's data rules.
    public init(vocabulary: Vocabulary = VocabularyLoader.builtIn) {
        self.init(vocabulary: vocabulary, rules: RuleRegistry.rules(for: vocabulary))
    }

    /// Creates a linter with a given set of rules.
    public init(vocabulary: Vocabulary, rules: [any Rule]) {
        self.vocabulary = vocabulary
        self.rules = rules
        self.ruleIDs = Set(rules.map(\.description.id))
        self.honoursAccepted = Set(rules.map(\.description).filter { $0.acceptedWords != .ignored }.map(\.id))
        self.offersAccept = Set(rules.map(\.description).filter { $0.acceptedWords == .offered }.map(\.id))
        var supersedes: [String: Set<String>] = [:]
        for description in rules.map(\.description) where !description.supersedes.isEmpty {
            supersedes[description.id, default: []].formUnion(description.supersedes.subtracting([description.id]))
        }
        self.supersedes = supersedes
    }

    /// The rule with an id.
    public func rule(_ id: String) -> (any Rule)? { rules.first { $0.description.id == id } }

    /// Lints a document; diagnostics come sorted in document order, suppressions applied.
    public func lint(_ source: SourceDocument, configuration: ResolvedConfiguration = ResolvedConfiguration(), localeOverride: String? = nil) -> [Diagnostic] {
        lint(ParsedDocument(source), configuration: configuration, localeOverride: localeOverride).diagnostics
    }

    /// Lints a parsed document and returns the shared analysis too (the server reuses it for hover).
    public func lint(_ document: ParsedDocument, configuration: ResolvedConfiguration, localeOverride: String? = nil) -> (diagnostics: [Diagnostic], analysis: DocumentAnalysis) {
        let analysis = DocumentAnalysis(document: document, vocabulary: vocabulary, configuration: configuration, knownRules: ruleIDs, localeOverride: localeOverride)
        var diagnostics: [Diagnostic] = []
        for rule in rules {
            let description = rule.description
            guard let severity = configuration.severity(of: description) else { continue }
            let context = RuleContext(analysis: analysis, description: description, severity: severity)
            rule.check(context, into: &diagnostics)
        }
        finish(&diagnostics, analysis: analysis, configuration: configuration)
        return (diagnostics, analysis)
    }

    /// What follows the rules: suppressions, names, accepted words and superseded findings are dropped, fixes that
    /// would break a name are removed, and the findings are sorted (shared with `IncrementalLint`).
    func finish(_ diagnostics: inout [Diagnostic], analysis: DocumentAnalysis, configuration: ResolvedConfiguration) {
        let accepted = configuration.accepted
        let names = analysis.fixedNames
        diagnostics.removeAll { diagnostic in
            if analysis.suppressions.suppresses(diagnostic) { return true }
            // Part of a name ("Drug Abuse" in "National Institute on Drug Abuse"): the name is not the writer's
            // wording to change. Spelling rules still check its words.
            if !names.spans.isEmpty, !offersAccept.contains(diagnostic.rule), analysis.isInsideName(diagnostic.range) { return true }
            if !accepted.isEmpty, honoursAccepted.contains(diagnostic.rule) {
                return accepted.contains(analysis.text(diagnostic.range).lowercased().replacingApostrophes)
            }
            return false
        }
        Linter.dropSuperseded(&diagnostics, supersedes: supersedes, sentences: analysis.document.sentences)
        Linter.keepNamesWhole(&diagnostics, analysis: analysis)
        diagnostics.sort()
    }

    /// One finding per problem: a rule's finding drops the findings of the rules its description `supersedes` when
    /// the two ranges nest (see docs/supersession.md):
    /// - the superseded finding lies inside the superseding one (a word of a residue line the line's finding says to
    ///   delete; the same word, as a near miss of a medical term is not also an unknown word), or
    /// - the superseding finding lies inside the superseded one and the superseded one is no larger than the
    ///   sentence the superseding one starts in ("refine the search" left from a web page drops the length finding
    ///   of its sentence; a paragraph's length finding stays).
    /// A finding that starts inside one sentence and ends inside the next (a footnote number glued across a sentence
    /// end: it names the boundary, not the words around it) drops nothing; nor do ranges that only overlap, and a
    /// finding never drops one of its own rule.
    static func dropSuperseded(_ diagnostics: inout [Diagnostic], supersedes: [String: Set<String>], sentences: [Sentence]) {
        guard !supersedes.isEmpty else { return }
        var losers: Set<String> = []
        for set in supersedes.values { losers.formUnion(set) }
        // The superseding findings, by start; the widest of them bounds how far back one may start.
        var winners: [(range: ByteRange, losers: Set<String>, sentence: ByteRange?)] = []
        var widest = 0
        for diagnostic in diagnostics {
            guard let beaten = supersedes[diagnostic.rule] else { continue }
            let range = diagnostic.range
            let sentence = Linter.sentence(containing: range.lowerBound, in: sentences)
            if let sentence, range.upperBound > sentence.upperBound, range.lowerBound > sentence.lowerBound { continue }
            winners.append((range, beaten, sentence))
            widest = max(widest, range.count)
        }
        guard !winners.isEmpty else { return }
        winners.sort { $0.range.lowerBound < $1.range.lowerBound }
        let starts = winners.map(\.range.lowerBound)
        diagnostics.removeAll { loser in
            guard losers.contains(loser.rule) else { return false }
            let range = loser.range
            // Nesting needs the winner to start in [range.lowerBound - widest, range.upperBound].
            var index = Linter.firstIndex(atLeast: range.lowerBound - widest, in: starts)
            while index < winners.count, winners[index].range.lowerBound <= range.upperBound {
                let winner = winners[index]
                index += 1
                guard winner.losers.contains(loser.rule) else { continue }
                if winner.range.lowerBound <= range.lowerBound && range.upperBound <= winner.range.upperBound { return true }
                if range.lowerBound <= winner.range.lowerBound && winner.range.upperBound <= range.upperBound,
                   let sentence = winner.sentence, sentence.lowerBound <= range.lowerBound && range.upperBound <= sentence.upperBound {
                    return true
                }
            }
            return false
        }
    }

    /// The index of the first of `sorted` that is at least `value`.
    private static func firstIndex(atLeast value: Int, in sorted: [Int]) -> Int {
        var low = 0, high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The range of the sentence (in document order) that holds `offset`.
    private static func sentence(containing offset: Int, in sentences: [Sentence]) -> ByteRange? {
        var low = 0, high = sentences.count
        while low < high {
            let middle = (low + high) / 2
            if sentences[middle].range.upperBound <= offset { low = middle + 1 } else { high = middle }
        }
        guard low < sentences.count, sentences[low].range.contains(offset) else { return nil }
        return sentences[low].range
    }

    /// Fixed names are matched whole (see `FixedNames`): a fix that edits inside a name (an acronym spelled out in
    /// "upper GI series", a spelling suggestion) is dropped, whatever the rule, and so is one that crosses the edge
    /// of a listed name ("cancer patients" in "breast cancer patients"; names found only by their head word, such
    /// as "young cancer", are too loose to block a fix that crosses them). The finding stays.
    static func keepNamesWhole(_ diagnostics: inout [Diagnostic], analysis: DocumentAnalysis) {
        let names = analysis.fixedNames.spans
        guard !names.isEmpty, diagnostics.contains(where: { !$0.fixes.isEmpty }) else { return }
        let document = analysis.document
        let tokens = document.tokens
        let spans = names.map { tokens[$0.lowerBound].start..<tokens[$0.upperBound - 1].end }
        let listed = names.map { NameList.shared.contains($0, in: document, words: analysis.distinctWords) }
        for index in diagnostics.indices where !diagnostics[index].fixes.isEmpty {
            diagnostics[index].fixes.removeAll { fix in fix.edits.contains { breaksName($0.range, spans, listed: listed) } }
        }
    }

    /// True when an edit of `range` changes one of `spans` (sorted): inside it, or across the edge of a `listed` one,
    /// without covering all of it.
    static func breaksName(_ range: ByteRange, _ spans: [ByteRange], listed: [Bool]) -> Bool {
        var low = 0, high = spans.count
        while low < high {
            let middle = (low + high) / 2
            if spans[middle].upperBound <= range.lowerBound { low = middle + 1 } else { high = middle }
        }
        for index in low..<spans.count {
            let span = spans[index]
            if range.isEmpty {
                if span.lowerBound >= range.lowerBound { return false }
                if range.lowerBound < span.upperBound { return true } // an insertion inside the name
                continue
            }
            if span.lowerBound >= range.upperBound { return false }
            if range.lowerBound <= span.lowerBound && range.upperBound >= span.upperBound { continue }
            let inside = range.lowerBound >= span.lowerBound && range.upperBound <= span.upperBound
            if inside || listed[index] { return true }
        }
        return false
    }
}
