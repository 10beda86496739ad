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
    /// Which rules' findings each rule's finding on the same text replaces (from each rule's description).
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
        var supersedes: [String: Set<String>] = [:]
        for description in rules.map(\.description) where !description.supersedes.isEmpty {
            supersedes[description.id, default: []].formUnion(description.supersedes)
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
        let accepted = configuration.accepted
        diagnostics.removeAll { diagnostic in
            if analysis.suppressions.suppresses(diagnostic) { return true }
            if !accepted.isEmpty, honoursAccepted.contains(diagnostic.rule) {
                return accepted.contains(analysis.text(diagnostic.range).lowercased().replacingApostrophes)
            }
            return false
        }
        Linter.dropSuperseded(&diagnostics, supersedes: supersedes)
        Linter.keepNamesWhole(&diagnostics, analysis: analysis)
        diagnostics.sort()
        return (diagnostics, analysis)
    }

    /// A finding of a more specific rule wins over a general one on the same text (each rule's description says
    /// which it supersedes): a near miss of a medical term or a spelling of the other locale is not also an
    /// unknown word.
    static func dropSuperseded(_ diagnostics: inout [Diagnostic], supersedes: [String: Set<String>]) {
        var claimed: [ByteRange: Set<String>] = [:]
        for diagnostic in diagnostics {
            if let losers = supersedes[diagnostic.rule] { claimed[diagnostic.range, default: []].formUnion(losers) }
        }
        guard !claimed.isEmpty else { return }
        diagnostics.removeAll { claimed[$0.range]?.contains($0.rule) ?? false }
    }

    /// Fixed names are matched whole (see `FixedNames`, found once per document): every rule's fix that changes a
    /// name without replacing all of it is dropped. A finding inside a name whose fix would have replaced words of it
    /// goes too (those words are the name's, not a choice the writer made); one whose fix only added words (an
    /// acronym spelled out) stays, without the fix. A finding on a whole name, or one that crosses a name, stays.
    static func keepNamesWhole(_ diagnostics: inout [Diagnostic], analysis: DocumentAnalysis) {
        guard diagnostics.contains(where: { !$0.fixes.isEmpty }) else { return }
        let spans = analysis.fixedNames
        guard !spans.isEmpty else { return }
        diagnostics = diagnostics.compactMap { diagnostic in
            guard !diagnostic.fixes.isEmpty else { return diagnostic }
            var kept = diagnostic
            var rewrote = false
            kept.fixes.removeAll { fix in
                guard fix.edits.contains(where: { FixedNames.breaks($0, spans: spans) }) else { return false }
                rewrote = rewrote || fix.edits.contains { !$0.range.isEmpty && !$0.newText.contains(analysis.text($0.range)) }
                return true
            }
            guard kept.fixes.isEmpty, rewrote else { return kept }
            return analysis.fixedName(around: diagnostic.range) == nil ? kept : nil
        }
    }
}
