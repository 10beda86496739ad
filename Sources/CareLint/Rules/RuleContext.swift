/// What every rule reads about one document, computed once per lint: the parsed text, the vocabulary, word ids
/// and vocabulary matches.
public final class DocumentAnalysis: Sendable {
    /// The parsed document.
    public let document: ParsedDocument
    /// The vocabulary in force.
    public let vocabulary: Vocabulary
    /// The word id of each token (-1 for words the vocabulary does not use).
    public let wordIDs: [Int32]
    /// Concept forms found, leftmost-longest, in document order.
    public let termMatches: [TermMatch]
    /// Matches of the data rules' patterns, by rule index: (first token, end token, entry index or -1 for an
    /// exception), longest first at each start.
    public let patternMatches: [[(start: Int, end: Int, entry: Int)]]
    /// The settings in force for the document.
    public let configuration: ResolvedConfiguration
    /// The locale in force: front matter `locale` wins over configuration.
    public let locale: String
    /// The reference lists of the document, found once for every rule that skips them.
    public let regions: DocumentRegions
    /// The document's suppression comments (and the rule ids in them that name no rule).
    public let suppressions: Suppressions
    /// Multi-word names in the document, which no rule rewrites word by word.
    public let fixedNames: FixedNames
    /// The document's distinct words: a rule decides once per distinct word (see `DocumentWords`).
    public let distinctWords: DocumentWords
    /// The spelling rules' shared word-list verdicts, computed on first use.
    let spelling = SpellingVerdicts()
    /// The word families the page glosses and where it first does (`TermUse.glossedFamilies`), on first use.
    let glossedFamilies = LazyValue<[[UInt8]: Int]>()
    /// The labels that open a section of the page (`TermUse.sectionLabels`) and the last block each opens, on first use.
    let sectionLabels = LazyValue<[String: Int]>()

    /// Analyzes a parsed document.
    /// `knownRules` are the rule ids a suppression comment may name.
    public init(document: ParsedDocument, vocabulary: Vocabulary, configuration: ResolvedConfiguration, knownRules: Set<String>, localeOverride: String? = nil) {
        self.document = document
        self.vocabulary = vocabulary
        self.configuration = configuration
        let words = DocumentWords(document)
        self.distinctWords = words
        let wordIDs = DocumentAnalysis.wordIDs(document, vocabulary: vocabulary, words: words)
        self.wordIDs = wordIDs
        // Reference lists (citations, sources) are not the page's prose: no term or pattern is matched there.
        let regions = DocumentRegions(document)
        let anyReferences = regions.isReference.contains(true)
        let matches = vocabulary.termMatches(in: document, wordIDs: wordIDs)
        self.termMatches = anyReferences ? matches.filter { !regions.isReference(token: $0.tokenStart, in: document) } : matches
        var byRule = [[(start: Int, end: Int, entry: Int)]](repeating: [], count: vocabulary.rules.count)
        for match in vocabulary.patternMatches(in: document, wordIDs: wordIDs) where !anyReferences || !regions.isReference(token: match.start, in: document) {
            byRule[match.form.rule].append((match.start, match.end, match.form.entry))
        }
        self.patternMatches = byRule
        let declared = document.layout.frontMatter?["locale"].flatMap { value in
            Configuration.locales.first { $0.lowercased() == value.lowercased().replacingOccurrencesOfUnderscore }
        }
        self.locale = localeOverride ?? declared ?? configuration.locale
        self.regions = regions
        self.suppressions = Suppressions(document: document, knownRules: knownRules)
        self.fixedNames = FixedNames(document, words: words)
    }

    /// `Vocabulary.wordIDs(for:)`, with the lexicon asked once per distinct word spelling.
    static func wordIDs(_ document: ParsedDocument, vocabulary: Vocabulary, words: DocumentWords) -> [Int32] {
        let tokens = document.tokens
        let bytes = document.source.bytes
        var byWord = [Int32](repeating: -2, count: words.exactCount) // -2: not looked up yet
        var ids = [Int32](repeating: -1, count: tokens.count)
        for index in tokens.indices {
            let token = tokens[index]
            if token.kind == .link { continue }
            let word = Int(words.exactID[index])
            if word < 0 {
                ids[index] = vocabulary.lexicon.lookup(bytes[token.start..<token.end])
                continue
            }
            if byWord[word] == -2 { byWord[word] = vocabulary.lexicon.lookup(bytes[token.start..<token.end]) }
            ids[index] = byWord[word]
        }
        return ids
    }

    /// True when `range` lies inside a multi-word name and is not the whole name.
    public func isInsideName(_ range: ByteRange) -> Bool {
        let tokens = document.tokens
        var low = 0, high = tokens.count
        while low < high {
            let middle = (low + high) / 2
            if tokens[middle].end <= range.lowerBound { low = middle + 1 } else { high = middle }
        }
        var end = low
        while end < tokens.count, tokens[end].start < range.upperBound { end += 1 }
        guard low < end, let name = fixedNames.name(containing: low..<end) else { return false }
        return name != low..<end
    }

    /// The text of a byte range.
    public func text(_ range: ByteRange) -> String { document.text(in: range) }

    /// The block index of the sentence a token belongs to.
    public func block(ofToken index: Int) -> Int { document.sentences[document.tokens[index].sentence].block }

    /// The kind of block a token is in.
    public func blockKind(ofToken index: Int) -> BlockKind { document.layout.blocks[block(ofToken: index)].kind }
}

extension String {
    var replacingOccurrencesOfUnderscore: String {
        String(String.UnicodeScalarView(unicodeScalars.map { $0 == "_" ? "-" : $0 }))
    }
}

/// A rule's view of one document: the shared analysis plus the rule's own severity and options.
public struct RuleContext: Sendable {
    /// The shared analysis.
    public let analysis: DocumentAnalysis
    /// The rule's id.
    public let ruleID: String
    /// The severity the rule reports at.
    public let severity: Severity
    /// The rule's options, defaults filled in.
    public let options: [String: RuleOptionValue]

    /// The parsed document.
    public var document: ParsedDocument { analysis.document }
    /// The vocabulary.
    public var vocabulary: Vocabulary { analysis.vocabulary }
    /// The locale in force.
    public var locale: String { analysis.locale }

    /// Creates a context.
    public init(analysis: DocumentAnalysis, description: RuleDescription, severity: Severity) {
        self.analysis = analysis
        self.ruleID = description.id
        self.severity = severity
        var options: [String: RuleOptionValue] = [:]
        for option in description.options { options[option.name] = option.defaultValue }
        for (name, value) in analysis.configuration.options[description.id] ?? [:] { options[name] = value }
        self.options = options
    }

    /// A diagnostic of this rule at this severity.
    public func diagnostic(_ message: String, at range: ByteRange, fixes: [Fix] = [], related: [RelatedLocation] = []) -> Diagnostic {
        Diagnostic(rule: ruleID, severity: severity, message: message, range: range, fixes: fixes, related: related)
    }

    /// An integer option.
    public func int(_ name: String) -> Int {
        switch options[name] {
        case .int(let value): value
        case .double(let value): Int(value)
        default: 0
        }
    }

    /// A number option.
    public func double(_ name: String) -> Double {
        switch options[name] {
        case .int(let value): Double(value)
        case .double(let value): value
        default: 0
        }
    }

    /// A list-of-strings option.
    public func strings(_ name: String) -> [String] {
        if case .strings(let values) = options[name] { return values }
        return []
    }
}
