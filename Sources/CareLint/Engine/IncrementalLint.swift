/// Lints a document again after an edit, checking again only the blocks whose text changed, with the same
/// findings as a full `Linter.lint`.
///
/// Rules fall in two kinds:
/// - **block rules** (`RuleDescription.scope` is `.block`, as for every data rule of a pack): a finding lies inside
///   one block and depends on that block's text and a few facts of the document (the blocks around it only through
///   the facts listed in `BlockKey`). Their findings are kept per block, keyed by the block's bytes and those facts, relative to the
///   block's start; a block whose key was seen at the last lint reuses them, moved to where the block is now.
/// - **document rules** (the rest: reading grade, first use, acronyms, consistent terms, uncommon words, required
///   sections …): they look across blocks, and run on the whole document after every edit.
///
/// The changed blocks are linted as a document of their own (the same text, with only those blocks as prose, the
/// first level-1 heading, which names the page's title words, and the blocks that use the changed blocks' candidate
/// names, so that names are told apart as in the whole page). Three facts could differ between that document
/// and the whole one — whether a block is in a reference list, whether a capitalized word is a name, the title — and
/// are compared; when one differs, the block rules run on the whole document instead. Suppressions, names, accepted
/// words and superseded findings are applied afterwards to everything, on the whole document, as `Linter` does.
public struct IncrementalLint: Sendable {
    /// The linter whose findings this reproduces.
    public let linter: Linter
    /// Block findings from the last lint, by block key, with ranges relative to the block's start.
    private var cache: [BlockKey: [Diagnostic]] = [:]
    /// What the last lint did.
    public private(set) var last = Statistics()

    /// What one lint did, for logs and tests.
    public struct Statistics: Sendable, Equatable {
        /// Prose blocks in the document.
        public var blocks = 0
        /// Blocks whose findings were reused.
        public var reused = 0
        /// True when the block rules ran over the whole document.
        public var wholeDocument = true
    }

    /// Starts with nothing cached (the first lint checks every block).
    public init(linter: Linter) {
        self.linter = linter
    }

    /// Lints a document, reusing the findings of blocks that did not change since the last call; the result equals
    /// `linter.lint(document, configuration:, localeOverride:)`. The configuration must be the same as at the last
    /// call (start again with a new `IncrementalLint` when it changes).
    public mutating func lint(_ document: ParsedDocument, configuration: ResolvedConfiguration, localeOverride: String? = nil) -> (diagnostics: [Diagnostic], analysis: DocumentAnalysis) {
        let analysis = DocumentAnalysis(document: document, vocabulary: linter.vocabulary, configuration: configuration, knownRules: linter.ruleIDs, localeOverride: localeOverride)
        var documentRules: [(any Rule, Severity)] = []
        var blockRules: [(any Rule, Severity)] = []
        for rule in linter.rules {
            guard let severity = configuration.severity(of: rule.description) else { continue }
            if rule.description.scope == .block { blockRules.append((rule, severity)) } else { documentRules.append((rule, severity)) }
        }
        var diagnostics: [Diagnostic] = []
        for (rule, severity) in documentRules {
            rule.check(RuleContext(analysis: analysis, description: rule.description, severity: severity), into: &diagnostics)
        }

        let blocks = document.layout.blocks
        let facts = DocumentFacts(analysis, unknownWord: linter.rule("spelling/unknown-word") as? UnknownWordRule)
        let keys = blocks.indices.map { BlockKey(block: $0, of: analysis, facts: facts) }
        var changed = keys.indices.filter { cache[keys[$0]] == nil }
        last = Statistics(blocks: blocks.count, reused: blocks.count - changed.count, wholeDocument: false)

        var fresh: [Diagnostic] = []
        if !changed.isEmpty, changed.count * 2 < blocks.count, let part = Self.partDocument(changed, of: analysis, facts: facts) {
            for (rule, severity) in blockRules {
                rule.check(RuleContext(analysis: part, description: rule.description, severity: severity), into: &fresh)
            }
        } else if !changed.isEmpty {
            changed = Array(blocks.indices)
            last.reused = 0
            last.wholeDocument = true
            for (rule, severity) in blockRules {
                rule.check(RuleContext(analysis: analysis, description: rule.description, severity: severity), into: &fresh)
            }
        }

        // The fresh findings, by the block they start in (a finding outside every block cannot be kept: the next
        // lint then starts from nothing).
        var byBlock: [Int: [Diagnostic]] = [:]
        var cacheable = true
        let starts = blocks.map(\.range.lowerBound)
        for diagnostic in fresh {
            guard let block = Self.block(containing: diagnostic.range.lowerBound, starts: starts, blocks: blocks) else {
                cacheable = false
                diagnostics.append(diagnostic)
                continue
            }
            byBlock[block, default: []].append(diagnostic)
        }
        var next: [BlockKey: [Diagnostic]] = [:]
        let isChanged = Set(changed)
        for (index, key) in keys.enumerated() {
            let start = blocks[index].range.lowerBound
            if isChanged.contains(index) {
                let found = byBlock[index] ?? []
                diagnostics += found
                next[key] = found.map { $0.moved(by: -start) }
            } else if let kept = cache[key] {
                diagnostics += kept.map { $0.moved(by: start) }
                next[key] = kept
            }
        }
        cache = cacheable ? next : [:]
        linter.finish(&diagnostics, analysis: analysis, configuration: configuration)
        return (diagnostics, analysis)
    }

    /// The block whose range holds `offset` (blocks are in document order and do not overlap).
    static func block(containing offset: Int, starts: [Int], blocks: [ProseBlock]) -> Int? {
        var low = 0, high = starts.count
        while low < high {
            let middle = (low + high) / 2
            if starts[middle] <= offset { low = middle + 1 } else { high = middle }
        }
        guard low > 0 else { return nil }
        let range = blocks[low - 1].range
        return offset < range.upperBound || (range.isEmpty && offset == range.lowerBound) ? low - 1 : nil
    }

    /// The analysis of a document whose prose is only the `changed` blocks, the title and the blocks that use the
    /// changed blocks' candidate names (`DocumentFacts.nameWitnesses`), when the facts the block rules read agree
    /// with the whole document's; nil when they do not, or when the changed blocks and the witnesses are half the
    /// document.
    static func partDocument(_ changed: [Int], of analysis: DocumentAnalysis, facts: DocumentFacts) -> DocumentAnalysis? {
        let whole = analysis.document
        var layout = whole.layout
        var chosen = Set(changed)
        chosen.formUnion(facts.nameWitnesses(of: changed, in: analysis))
        guard chosen.count * 2 < whole.layout.blocks.count else { return nil }
        if let title = facts.title { chosen.insert(title) }
        let blocks = chosen.sorted()
        layout.blocks = blocks.map { whole.layout.blocks[$0] }
        let document = ParsedDocument(whole.source, layout: layout)
        let part = DocumentAnalysis(document: document, vocabulary: analysis.vocabulary, configuration: analysis.configuration, knownRules: [], localeOverride: analysis.locale)
        let partFacts = DocumentFacts(part, unknownWord: facts.unknownWord)
        let isChanged = Set(changed)
        for (position, block) in blocks.enumerated() where isChanged.contains(block) {
            guard part.regions.isReference[position] == analysis.regions.isReference[block],
                  partFacts.nameVerdicts(ofBlock: position, in: part) == facts.nameVerdicts(ofBlock: block, in: analysis) else { return nil }
        }
        return part
    }
}

/// The facts of the whole document that a block rule's findings in one block may depend on.
struct DocumentFacts {
    /// The first level-1 heading (the page's title, whose words `spelling/unknown-word` and `vocab/misspelling`
    /// accept).
    let title: Int?
    /// Its bytes.
    let titleBytes: ArraySlice<UInt8>
    /// `spelling/unknown-word`, when it is among the rules.
    let unknownWord: UnknownWordRule?
    /// The names `spelling/unknown-word` finds in the whole document, built only when a block asks.
    private let names: NameIndex?

    init(_ analysis: DocumentAnalysis, unknownWord: UnknownWordRule?) {
        let document = analysis.document
        title = document.layout.blocks.firstIndex { $0.kind == .heading(level: 1) }
        titleBytes = title.map { document.source.bytes[document.layout.blocks[$0].range] } ?? []
        self.unknownWord = unknownWord
        guard let unknownWord else {
            names = nil
            return
        }
        var covered = [Bool](repeating: false, count: document.tokens.count)
        for match in analysis.termMatches { for index in match.tokenStart..<match.tokenEnd { covered[index] = true } }
        names = NameIndex(document, words: analysis.distinctWords, covered: covered, rule: unknownWord)
    }

    /// Whether each capitalized word of a block that no vocabulary uses is a name in the whole document (the only
    /// answer `spelling/unknown-word` asks of the names).
    func nameVerdicts(ofBlock block: Int, in analysis: DocumentAnalysis) -> [Bool] {
        guard let names else { return [] }
        let document = analysis.document
        var verdicts: [Bool] = []
        for index in tokens(ofBlock: block, in: document) {
            let token = document.tokens[index]
            guard token.kind == .word, token.has(Token.capitalized), analysis.wordIDs[index] < 0 else { continue }
            verdicts.append(names.isName(token: index))
        }
        return verdicts
    }

    /// The blocks that use, in any case, a word that one of `blocks` writes capitalized and no vocabulary knows: the
    /// uses `spelling/unknown-word` counts to tell whether such a word is a name. A part document holding them
    /// gives the same name verdicts on `blocks` as the whole document.
    func nameWitnesses(of blocks: [Int], in analysis: DocumentAnalysis) -> [Int] {
        guard names != nil else { return [] }
        let document = analysis.document
        let words = analysis.distinctWords
        var wanted: Set<Int32> = []
        for block in blocks {
            for index in tokens(ofBlock: block, in: document) {
                let token = document.tokens[index]
                guard token.kind == .word, token.has(Token.capitalized), analysis.wordIDs[index] < 0 else { continue }
                wanted.insert(words.foldedID(ofToken: index))
            }
        }
        guard !wanted.isEmpty else { return [] }
        var found: Set<Int> = []
        for (index, token) in document.tokens.enumerated() where token.kind == .word && wanted.contains(words.foldedID(ofToken: index)) {
            found.insert(document.sentences[token.sentence].block)
        }
        return Array(found)
    }

    /// The tokens of a block.
    func tokens(ofBlock block: Int, in document: ParsedDocument) -> Range<Int> {
        let sentences = document.sentences(inBlock: block)
        guard !sentences.isEmpty else { return 0..<0 }
        return document.sentences[sentences.lowerBound].tokens.lowerBound..<document.sentences[sentences.upperBound - 1].tokens.upperBound
    }
}

/// What a block's findings of the block rules depend on: its bytes (with the byte on either side, which tokens
/// look at), the places of its pieces, its kind, whether it is in a reference list, the title, and which of its
/// capitalized words are names.
struct BlockKey: Hashable {
    var bytes: ArraySlice<UInt8>
    var before: UInt8?
    var after: UInt8?
    var segments: [ByteRange]
    var kind: BlockKind
    var isReference: Bool
    var title: ArraySlice<UInt8>
    var names: [Bool]
    /// The hash of the block's bytes and facts, computed once: a lint looks every block's key up two or three times,
    /// and hashing the bytes each time was 6 % of an exact answer on a 10,000-word page.
    private var digest = 0

    init(block index: Int, of analysis: DocumentAnalysis, facts: DocumentFacts) {
        let document = analysis.document
        let block = document.layout.blocks[index]
        let all = document.source.bytes
        let range = block.range
        bytes = all[range]
        before = range.lowerBound > 0 ? all[range.lowerBound - 1] : nil
        after = range.upperBound < all.count ? all[range.upperBound] : nil
        let start = range.lowerBound
        segments = block.segments.map { ($0.lowerBound - start)..<($0.upperBound - start) }
        kind = block.kind
        isReference = analysis.regions.isReference[index]
        title = facts.titleBytes
        names = facts.nameVerdicts(ofBlock: index, in: analysis)
        var hasher = Hasher()
        hasher.combine(kind)
        hasher.combine(segments.count)
        hasher.combine(bytes.count)
        bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
        hasher.combine(names)
        digest = hasher.finalize()
    }

    static func == (lhs: BlockKey, rhs: BlockKey) -> Bool {
        lhs.digest == rhs.digest && lhs.kind == rhs.kind && lhs.isReference == rhs.isReference && lhs.segments == rhs.segments && lhs.names == rhs.names
            && lhs.bytes.elementsEqual(rhs.bytes) && lhs.title.elementsEqual(rhs.title)
            && lhs.before == rhs.before && lhs.after == rhs.after
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(digest)
    }
}

extension ParsedDocument {
    /// A document parsed with a given layout (a part of another document's prose).
    init(_ source: SourceDocument, layout: ProseLayout) {
        self.source = source
        self.layout = layout
        (self.tokens, self.sentences) = Tokenizer.tokenize(source.bytes, layout: layout)
    }
}

extension Diagnostic {
    /// The same finding with every range moved by `delta` bytes.
    public func moved(by delta: Int) -> Diagnostic {
        guard delta != 0 else { return self }
        var moved = self
        moved.range = (range.lowerBound + delta)..<(range.upperBound + delta)
        for fix in moved.fixes.indices {
            for edit in moved.fixes[fix].edits.indices {
                let old = moved.fixes[fix].edits[edit].range
                moved.fixes[fix].edits[edit].range = (old.lowerBound + delta)..<(old.upperBound + delta)
            }
        }
        for index in moved.related.indices {
            let old = moved.related[index].range
            moved.related[index].range = (old.lowerBound + delta)..<(old.upperBound + delta)
        }
        return moved
    }
}
