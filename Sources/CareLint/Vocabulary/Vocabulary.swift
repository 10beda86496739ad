/// How a concept form is written.
public enum ConceptFormKind: Sendable, Equatable, Hashable {
    /// The preferred term.
    case term
    /// An acceptable other name.
    case variant
    /// A form to replace by the preferred term.
    case avoid
    /// The acronym (matched case-sensitively).
    case acronym
    /// The spelling of a locale, such as en-GB "tumour".
    case localeSpelling(String)
}

/// One written form of a concept, as matched in text.
public struct ConceptForm: Sendable, Equatable {
    /// Index into `Vocabulary.concepts`.
    public var concept: Int
    /// How it is written.
    public var kind: ConceptFormKind
    /// The form as written in the pack.
    public var text: String
    /// The inflection generated from the pack's form, if any.
    public var inflection: Inflection?
}

/// A locale spelling of a general word (from a pack's `spellings`).
public struct LocaleSpellingForm: Sendable, Equatable {
    /// Index into `Vocabulary.spellingPairs`.
    public var pair: Int
    /// The locale this form belongs to: "en-US" or "en-GB".
    public var locale: String
    /// The inflection generated, if any.
    public var inflection: Inflection?
}

/// A match of a pack rule's pattern or exception.
public struct PatternForm: Sendable, Equatable {
    /// Index into `Vocabulary.rules`.
    public var rule: Int
    /// Index of the entry, or -1 for an `unlessSentenceHas` exception.
    public var entry: Int
}

/// A concept form found in a document.
public struct TermMatch: Sendable, Equatable {
    /// Tokens `tokenStart..<tokenEnd`.
    public var tokenStart: Int
    /// One past the last token.
    public var tokenEnd: Int
    /// The matched bytes.
    public var range: ByteRange
    /// The form matched.
    public var form: ConceptForm
}

/// The loaded, merged vocabulary: concepts, spellings, lists and data rules, with the tries that find them.
///
/// Immutable after loading and shared between threads.
public final class Vocabulary: Sendable {
    /// Names of the packs, in load order.
    public let packNames: [String]
    /// Every concept of every pack.
    public let concepts: [Concept]
    /// Concept index by id (built on first use: a run that never asks by id does not hash every id).
    public var conceptIndex: [String: Int] { conceptIndexByID.wrapped }
    private let conceptIndexByID: Lazy<[String: Int]>
    /// Locale spelling pairs of general words.
    public let spellingPairs: [SpellingPair]
    /// Named lists (merged across packs).
    public let lists: [String: [String]]
    /// Data-driven rules.
    public let rules: [PackRule]
    /// The name of the pack each concept comes from.
    public let conceptOrigins: [String]
    /// The name of the pack each data rule comes from.
    public let ruleOrigins: [String]

    let lexicon: Lexicon
    let conceptTrie: TokenTrie
    /// The concept trie's payloads: `conceptForm(_:)` makes the form of one.
    let conceptForms: [ConceptFormRecord]
    let spellingTrie: TokenTrie
    let spellingForms: [LocaleSpellingForm]
    let ruleTrie: TokenTrie
    let ruleForms: [PatternForm]
    let listTries: [String: TokenTrie]
    private let nearMissIndex: Lazy<NearMissIndex>

    /// An index of the vocabulary's one-word forms, for near-miss look-ups (built on first use).
    public var termIndex: NearMissIndex { nearMissIndex.wrapped }

    /// The tables the vocabulary matches with, as `VocabularyBuilder` builds them (for the test that keeps the
    /// compiled built-in tables equal to a build from the packs).
    var tables: VocabularyTables {
        VocabularyTables(
            lexicon: lexicon, conceptTrie: conceptTrie, conceptForms: conceptForms, spellingTrie: spellingTrie,
            spellingForms: spellingForms, ruleTrie: ruleTrie, ruleForms: ruleForms, listTries: listTries
        )
    }

    init(
        packNames: [String], concepts: [Concept], spellingPairs: [SpellingPair], lists: [String: [String]],
        rules: [PackRule], conceptOrigins: [String], ruleOrigins: [String], tables: VocabularyTables
    ) {
        self.packNames = packNames
        self.concepts = concepts
        self.conceptIndexByID = Lazy {
            var index: [String: Int] = [:]
            index.reserveCapacity(concepts.count)
            for position in concepts.indices where index[concepts[position].id] == nil { index[concepts[position].id] = position }
            return index
        }
        self.spellingPairs = spellingPairs
        self.lists = lists
        self.rules = rules
        self.ruleOrigins = ruleOrigins
        self.conceptOrigins = conceptOrigins
        self.lexicon = tables.lexicon
        self.conceptTrie = tables.conceptTrie
        self.conceptForms = tables.conceptForms
        self.spellingTrie = tables.spellingTrie
        self.spellingForms = tables.spellingForms
        self.ruleTrie = tables.ruleTrie
        self.ruleForms = tables.ruleForms
        self.listTries = tables.listTries
        self.nearMissIndex = Lazy { NearMissIndex.terms(of: concepts) }
    }

    /// The concept with an id.
    public func concept(id: String) -> Concept? { conceptIndex[id].map { concepts[$0] } }

    /// The word id of every token (-1 for words no pattern uses).
    public func wordIDs(for document: ParsedDocument) -> [Int32] {
        let bytes = document.source.bytes
        return document.tokens.map { token in
            token.kind == .link ? -1 : lexicon.lookup(bytes[token.start..<token.end])
        }
    }

    /// Concept forms in the document, leftmost-longest and non-overlapping.
    public func termMatches(in document: ParsedDocument, wordIDs: [Int32]) -> [TermMatch] {
        var matches: [TermMatch] = []
        var next = 0
        let bytes = document.source.bytes
        conceptTrie.forEachMatch(wordIDs: wordIDs, tokens: document.tokens, in: 0..<document.tokens.count) { start, end, payloads in
            guard start >= next else { return }
            // Explicit forms before generated inflections; acronyms only in their written case.
            let ordered = payloads.sorted { (conceptForms[Int($0)].isInflected ? 1 : 0) < (conceptForms[Int($1)].isInflected ? 1 : 0) }
            for payload in ordered {
                let form = conceptForms[Int(payload)].form(in: concepts)
                if form.kind == .acronym, !Vocabulary.matchesAcronym(form.text, bytes[document.tokens[start].range]) { continue }
                let range = document.tokens[start].start..<document.tokens[end - 1].end
                matches.append(TermMatch(tokenStart: start, tokenEnd: end, range: range, form: form))
                next = end
                return
            }
        }
        return matches
    }

    /// True when the token is the acronym in its written case, optionally with a plural or possessive suffix.
    static func matchesAcronym(_ acronym: String, _ token: ArraySlice<UInt8>) -> Bool {
        let expected = Array(acronym.utf8)
        guard token.count >= expected.count, token.prefix(expected.count).elementsEqual(expected) else { return false }
        let rest = Array(token.dropFirst(expected.count))
        return rest.isEmpty || rest == [0x73] || rest == [0x27, 0x73] || rest == [0xE2, 0x80, 0x99, 0x73]
    }

    /// Locale spellings of general words in the document.
    public func spellingMatches(in document: ParsedDocument, wordIDs: [Int32]) -> [(range: ByteRange, form: LocaleSpellingForm)] {
        var found: [(range: ByteRange, form: LocaleSpellingForm)] = []
        var next = 0
        spellingTrie.forEachMatch(wordIDs: wordIDs, tokens: document.tokens, in: 0..<document.tokens.count) { start, end, payloads in
            guard start >= next else { return }
            let ordered = payloads.sorted { (spellingForms[Int($0)].inflection == nil ? 0 : 1) < (spellingForms[Int($1)].inflection == nil ? 0 : 1) }
            guard let first = ordered.first else { return }
            found.append((document.tokens[start].start..<document.tokens[end - 1].end, spellingForms[Int(first)]))
            next = end
        }
        return found
    }

    /// Matches of every data rule's entries and exceptions, as (tokenStart, tokenEnd, form), longest first at a start.
    public func patternMatches(in document: ParsedDocument, wordIDs: [Int32]) -> [(start: Int, end: Int, form: PatternForm)] {
        var found: [(start: Int, end: Int, form: PatternForm)] = []
        ruleTrie.forEachMatch(wordIDs: wordIDs, tokens: document.tokens, in: 0..<document.tokens.count) { start, end, payloads in
            for payload in payloads { found.append((start, end, ruleForms[Int(payload)])) }
        }
        return found
    }

    /// Matches of a named list's patterns, leftmost-longest: (tokenStart, tokenEnd, list entry index).
    public func listMatches(_ name: String, in document: ParsedDocument, wordIDs: [Int32], tokens range: Range<Int>? = nil) -> [(start: Int, end: Int, entry: Int)] {
        guard let trie = listTries[name] else { return [] }
        var found: [(start: Int, end: Int, entry: Int)] = []
        var next = 0
        trie.forEachMatch(wordIDs: wordIDs, tokens: document.tokens, in: range ?? 0..<document.tokens.count) { start, end, payloads in
            guard start >= next, let first = payloads.first else { return }
            found.append((start, end, Int(first)))
            next = end
        }
        return found
    }
}
