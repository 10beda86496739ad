/// The built-in vocabulary's lexicon, tries and form tables, compiled at build time by `embed-resources` (which
/// runs this module's `VocabularyBuilder` on `Vocab/`) into two string literals, so a run does not tokenize,
/// inflect, intern or insert anything at start: the lexicon and the tries are read in place (`CompiledLexicon`,
/// `CompiledTrie`), and only the form records are decoded into arrays (a few numbers each, no allocation per form).
///
/// The format (one place: `encode(_:)` writes it, `decode` and `CompiledLexicon`, `CompiledTrie` read it; a test
/// keeps the embedded form equal to a build from `Vocab/` at run time):
/// - `keys`: the lexicon's folded words back to back (valid UTF-8: folding keeps it so).
/// - `codes`: numbers below 2^24, each four bytes 0x30 + 6 bits, most significant first (as `CompiledWordTable`):
///   a version, the counts of concepts, spelling pairs, rules and lists (checked against the packs read at start),
///   the lexicon (`Lexicon.encode`), the concept trie (`TokenTrie.encode`) and its forms (3 codes a form), the
///   spelling trie and its forms (2 codes), the rule trie and its forms (2 codes), then each list's trie, lists in
///   name order.
///
/// Version 3 added the packs' own data (`packText`, `packCodes`, read by `CompiledPacks`), so a run reads no JSON
/// at start.
struct CompiledVocabulary: Sendable {
    let keys: StaticString
    let codes: StaticString
    /// The packs' data (`CompiledPacks`).
    let packText: StaticString
    let packCodes: StaticString

    /// The format's version; a different one is not read.
    static let version = 3

    /// The packs' data, read in place; nil when it is of another version.
    var packs: CompiledPacks? { CompiledPacks(text: packText, codes: packCodes) }
}

/// Appends numbers as 4-byte codes.
struct CodeWriter {
    private(set) var bytes: [UInt8] = []

    mutating func append(_ value: Int) {
        precondition(value >= 0 && value < 1 << 24, "a compiled vocabulary number is limited to 2^24")
        bytes.append(UInt8(0x30 + ((value >> 18) & 63)))
        bytes.append(UInt8(0x30 + ((value >> 12) & 63)))
        bytes.append(UInt8(0x30 + ((value >> 6) & 63)))
        bytes.append(UInt8(0x30 + (value & 63)))
    }

    /// Appends codes written by another writer.
    mutating func append(bytes other: [UInt8]) { bytes += other }
}

/// Reads 4-byte codes in order from memory that outlives the reader (a literal, or an array in a closure).
struct CodeReader {
    private let base: UnsafePointer<UInt8>
    private let end: Int
    private var position = 0

    init(_ buffer: UnsafeBufferPointer<UInt8>) {
        base = buffer.baseAddress ?? UnsafePointer(bitPattern: 0x10)!
        end = buffer.count
    }

    /// True when every code was read.
    var isAtEnd: Bool { position >= end }

    /// The index of the next code.
    var index: Int { position / 4 }

    /// Passes over `count` codes.
    mutating func skip(_ count: Int) {
        position = count >= 0 && position + count * 4 <= end ? position + count * 4 : end + 1
    }

    /// The next number, or -1 past the end (which a decoder treats as a format error).
    @inline(__always)
    mutating func next() -> Int {
        guard position + 4 <= end else { position = end + 1; return -1 }
        let p = base + position
        position += 4
        return Int(p[0] &- 0x30) << 18 | Int(p[1] &- 0x30) << 12 | Int(p[2] &- 0x30) << 6 | Int(p[3] &- 0x30)
    }

    /// True when a read went past the end.
    var overran: Bool { position > end }
}

/// A concept form as the tries store it: which concept, which of its written forms, and the inflection; the
/// `ConceptForm` (with its text) is made from the concept when a match needs it.
struct ConceptFormRecord: Sendable, Equatable {
    /// Index into `Vocabulary.concepts`.
    var concept: Int32
    /// 0 term, 1 variant, 2 avoided form, 3 acronym, 4 locale spelling.
    var kind: UInt8
    /// The variant's or avoided form's index, or the locale's index among the concept's spellings sorted by
    /// locale; 0 otherwise.
    var index: Int32
    /// `Inflection.rawValue`, or `ConceptFormRecord.uninflected`.
    var inflection: UInt8

    static let uninflected: UInt8 = 0xFF
    static let term: UInt8 = 0, variant: UInt8 = 1, avoid: UInt8 = 2, acronym: UInt8 = 3, localeSpelling: UInt8 = 4

    var isInflected: Bool { inflection != Self.uninflected }

    /// The form with its text, from the concept it belongs to.
    func form(in concepts: ConceptList) -> ConceptForm {
        let concept = concepts[Int(self.concept)]
        let inflection = isInflected ? Inflection(rawValue: self.inflection) : nil
        let text: String
        let kind: ConceptFormKind
        switch self.kind {
        case Self.variant: (text, kind) = (concept.variants[Int(index)], .variant)
        case Self.avoid: (text, kind) = (concept.avoid[Int(index)], .avoid)
        case Self.acronym: (text, kind) = (concept.acronym ?? "", .acronym)
        case Self.localeSpelling:
            let (locale, spelling) = concept.spelling.sorted { $0.key < $1.key }[Int(index)]
            (text, kind) = (spelling, .localeSpelling(locale))
        default: (text, kind) = (concept.term, .term)
        }
        return ConceptForm(concept: Int(self.concept), kind: kind, text: text, inflection: inflection)
    }
}

/// The tables `VocabularyBuilder.build` makes from packs, apart from the packs' own data: what
/// `CompiledVocabulary` holds.
struct VocabularyTables: Sendable, Equatable {
    var lexicon: Lexicon
    var conceptTrie: TokenTrie
    var conceptForms: [ConceptFormRecord]
    var spellingTrie: TokenTrie
    var spellingForms: [LocaleSpellingForm]
    var ruleTrie: TokenTrie
    var ruleForms: [PatternForm]
    var listTries: [String: TokenTrie]

    /// No words, no patterns.
    static let empty = VocabularyTables(
        lexicon: Lexicon(), conceptTrie: TokenTrie(), conceptForms: [], spellingTrie: TokenTrie(), spellingForms: [],
        ruleTrie: TokenTrie(), ruleForms: [], listTries: [:]
    )
}

extension CompiledVocabulary {
    /// The two literals' contents for the tables built from packs with these counts (`embed-resources`).
    static func encode(_ tables: VocabularyTables, concepts: Int, spellingPairs: Int, rules: Int) -> (keys: [UInt8], codes: [UInt8]) {
        var writer = CodeWriter()
        for count in [version, concepts, spellingPairs, rules, tables.listTries.count] { writer.append(count) }
        let keys = tables.lexicon.encode(into: &writer)
        tables.conceptTrie.encode(into: &writer)
        writer.append(tables.conceptForms.count)
        for form in tables.conceptForms {
            writer.append(Int(form.concept))
            writer.append(Int(form.index))
            writer.append(Int(form.kind) << 8 | Int(form.inflection))
        }
        tables.spellingTrie.encode(into: &writer)
        writer.append(tables.spellingForms.count)
        for form in tables.spellingForms {
            writer.append(form.pair)
            writer.append((form.locale == "en-GB" ? 1 << 8 : 0) | Int(form.inflection?.rawValue ?? ConceptFormRecord.uninflected))
        }
        tables.ruleTrie.encode(into: &writer)
        writer.append(tables.ruleForms.count)
        for form in tables.ruleForms {
            writer.append(form.rule)
            writer.append(form.entry + 1)
        }
        for name in tables.listTries.keys.sorted() { tables.listTries[name]!.encode(into: &writer) }
        return (keys, writer.bytes)
    }

    /// The tables, for packs with these counts and list names; nil when the compiled form is of another version
    /// or was compiled from other packs (then the caller builds the tables from the packs).
    /// The lexicon and tries are read in place from the literals, which are static.
    func decode(concepts: Int, spellingPairs: Int, rules: Int, listNames: [String]) -> VocabularyTables? {
        Self.decode(
            keys: UnsafeBufferPointer(start: keys.utf8Start, count: keys.utf8CodeUnitCount),
            codes: UnsafeBufferPointer(start: codes.utf8Start, count: codes.utf8CodeUnitCount),
            concepts: concepts, spellingPairs: spellingPairs, rules: rules, listNames: listNames, checked: false
        )
    }

    /// The tables read from `keys` and `codes`, which must outlive them (the lexicon and tries read them in
    /// place). `checked` reads every number a look-up could follow and refuses the codes when one is out of range
    /// (for codes not written by the build; the embedded ones are compared with `Vocab/` by a test instead).
    static func decode(
        keys: UnsafeBufferPointer<UInt8>, codes: UnsafeBufferPointer<UInt8>,
        concepts: Int, spellingPairs: Int, rules: Int, listNames: [String], checked: Bool
    ) -> VocabularyTables? {
        var reader = CodeReader(codes)
        func trie() -> TokenTrie? { CompiledTrie(codes: codes, reader: &reader, checked: checked).map(TokenTrie.init(compiled:)) }
        for expected in [version, concepts, spellingPairs, rules, listNames.count] where reader.next() != expected { return nil }
        guard let compiledLexicon = CompiledLexicon(keys: keys, codes: codes, reader: &reader, checked: checked),
              let conceptTrie = trie() else { return nil }
        let lexicon = Lexicon(compiled: compiledLexicon)
        let formCount = reader.next()
        guard formCount >= 0 else { return nil }
        var conceptForms: [ConceptFormRecord] = []
        conceptForms.reserveCapacity(formCount)
        for _ in 0..<formCount {
            let concept = reader.next(), index = reader.next(), kind = reader.next()
            guard concept < concepts, kind >= 0 else { return nil }
            conceptForms.append(ConceptFormRecord(concept: Int32(concept), kind: UInt8(kind >> 8), index: Int32(index), inflection: UInt8(kind & 0xFF)))
        }
        guard let spellingTrie = trie() else { return nil }
        let spellingCount = reader.next()
        guard spellingCount >= 0 else { return nil }
        var spellingForms: [LocaleSpellingForm] = []
        spellingForms.reserveCapacity(spellingCount)
        for _ in 0..<spellingCount {
            let pair = reader.next(), flags = reader.next()
            guard pair >= 0, flags >= 0 else { return nil }
            let inflection = flags & 0xFF == Int(ConceptFormRecord.uninflected) ? nil : Inflection(rawValue: UInt8(flags & 0xFF))
            spellingForms.append(LocaleSpellingForm(pair: pair, locale: flags >> 8 == 1 ? "en-GB" : "en-US", inflection: inflection))
        }
        guard let ruleTrie = trie() else { return nil }
        let ruleCount = reader.next()
        guard ruleCount >= 0 else { return nil }
        var ruleForms: [PatternForm] = []
        ruleForms.reserveCapacity(ruleCount)
        for _ in 0..<ruleCount {
            let rule = reader.next(), entry = reader.next()
            guard rule >= 0, entry >= 0 else { return nil }
            ruleForms.append(PatternForm(rule: rule, entry: entry - 1))
        }
        var listTries: [String: TokenTrie] = [:]
        for name in listNames.sorted() {
            guard let listTrie = trie() else { return nil }
            listTries[name] = listTrie
        }
        guard reader.isAtEnd, !reader.overran else { return nil }
        return VocabularyTables(
            lexicon: lexicon, conceptTrie: conceptTrie, conceptForms: conceptForms, spellingTrie: spellingTrie,
            spellingForms: spellingForms, ruleTrie: ruleTrie, ruleForms: ruleForms, listTries: listTries
        )
    }
}
