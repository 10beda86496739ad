/// Compiles packs into a `Vocabulary`: tokenizes every pattern with the document tokenizer, interns its words,
/// generates regular inflections and fills the tries.
struct VocabularyBuilder {
    private var lexicon = Lexicon()
    private var packNames: [String] = []
    private var concepts = ConceptList()
    private var spellingPairs: [SpellingPair] = []
    private var lists: [String: [String]] = [:]
    private var rules: [PackRule] = []
    private var ruleOrigins: [String] = []
    private var conceptOrigins: [String] = []
    /// What the packs added so far hold, after each pack.
    private var extents: [Extent] = []

    /// How much of each table a run of packs fills: its concepts, spelling pairs, rules and each list's items.
    struct Extent: Equatable {
        var concepts = 0, spellingPairs = 0, rules = 0
        var listItems: [String: Int] = [:]
    }

    /// Word ids of a pattern, or nil when it has no words, spans sentences, or is too long.
    mutating func words(of pattern: String) -> [Int32]? {
        if let words = VocabularyBuilder.plainWords(pattern) {
            return words.map { lexicon.intern($0) }
        }
        guard let tokens = tokens(of: pattern) else { return nil }
        let bytes = Array(pattern.utf8)
        return tokens.map { lexicon.intern(bytes[$0.start..<$0.end]) }
    }

    private func tokens(of pattern: String) -> [Token]? {
        let bytes = Array(pattern.utf8)
        var layout = ProseLayout()
        layout.blocks = [ProseBlock(kind: .paragraph, segments: [0..<bytes.count])]
        let (tokens, sentences) = Tokenizer.tokenize(bytes, layout: layout)
        if tokens.isEmpty, let mark = Self.loneMark(bytes) { return [mark] }
        guard !tokens.isEmpty, sentences.count == 1, tokens.count <= TokenTrie.maximumPatternLength else { return nil }
        return tokens
    }

    /// The longest term or pattern, in UTF-8 bytes; past it a "term" is a pasted paragraph or a generated file.
    static let maximumTermBytes = 256

    /// A pattern that is one punctuation mark, such as "?" (a question is a hedge for the claims rules). The
    /// tokenizer drops sentences of punctuation alone, so the mark becomes the pattern's one token here.
    private static func loneMark(_ bytes: [UInt8]) -> Token? {
        let start = bytes.firstIndex { $0 != 0x20 } ?? bytes.count
        let end = (bytes.lastIndex { $0 != 0x20 } ?? -1) + 1
        guard end - start == 1, [0x3F, 0x21, 0x25].contains(bytes[start]) else { return nil } // ? ! %
        return Token(start: start, end: end, kind: .punctuation, sentence: 0, shape: 0)
    }

    /// The words of a pattern made of ASCII letters and single spaces only (most terms), split without the
    /// tokenizer (which gives the same words for such text); nil for anything else, or for more words than a
    /// pattern may have.
    static func plainWords(_ pattern: String) -> [ArraySlice<UInt8>]? {
        let bytes = Array(pattern.utf8)
        guard let first = bytes.first, let last = bytes.last, first != 0x20, last != 0x20 else { return nil }
        var words: [ArraySlice<UInt8>] = []
        var start = 0
        for (index, byte) in bytes.enumerated() {
            if byte == 0x20 {
                if index == start { return nil } // two spaces
                words.append(bytes[start..<index])
                start = index + 1
            } else if !((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A) {
                return nil
            }
        }
        words.append(bytes[start...])
        return words.count <= TokenTrie.maximumPatternLength ? words : nil
    }

    /// True when `plainWords(pattern)` is not nil, found without making the words (validation asks it of every
    /// form of a pack).
    static func isPlain(_ pattern: String) -> Bool {
        var words = 1
        var previous: UInt8 = 0x20 // a leading space is refused as two spaces are
        for byte in pattern.utf8 {
            if byte == 0x20 {
                if previous == 0x20 { return false }
                words += 1
            } else if !((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A) {
                return false
            }
            previous = byte
        }
        return previous != 0x20 && words <= TokenTrie.maximumPatternLength
    }

    /// What is wrong with a pattern, or nil.
    func problem(with pattern: String) -> String? {
        if pattern.utf8.count > VocabularyBuilder.maximumTermBytes {
            return "the term \(pattern.quotedForMessage) is longer than \(VocabularyBuilder.maximumTermBytes) bytes; a term is one word or phrase"
        }
        if VocabularyBuilder.isPlain(pattern) { return nil }
        if pattern.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) {
            return "empty term; write the word or phrase, or remove the entry"
        }
        let bytes = Array(pattern.utf8)
        var layout = ProseLayout()
        layout.blocks = [ProseBlock(kind: .paragraph, segments: [0..<bytes.count])]
        let (tokens, sentences) = Tokenizer.tokenize(bytes, layout: layout)
        if tokens.isEmpty, Self.loneMark(bytes) != nil { return nil }
        if tokens.isEmpty { return "the term \"\(pattern)\" has no words; write the word or phrase" }
        if sentences.count > 1 { return "the term \"\(pattern)\" spans more than one sentence; a term is one word or phrase" }
        if tokens.count > TokenTrie.maximumPatternLength {
            return "the term is \(tokens.count) tokens long; a term has at most \(TokenTrie.maximumPatternLength) words and marks"
        }
        if tokens.contains(where: { $0.kind == .link }) { return "the term \"\(pattern)\" is a URL or e-mail address" }
        return nil
    }

    mutating func add(_ pack: VocabularyPack) {
        packNames.append(pack.name)
        concepts.append(contentsOf: pack.concepts)
        conceptOrigins += repeatElement(pack.name, count: pack.concepts.count)
        spellingPairs += pack.spellings
        for (name, items) in pack.lists { lists[name, default: []] += items }
        rules += pack.rules
        ruleOrigins += pack.rules.map { _ in pack.name }
        extents.append(Extent(
            concepts: concepts.count, spellingPairs: spellingPairs.count, rules: rules.count, listItems: lists.mapValues(\.count)
        ))
    }

    /// Adds compiled packs (`data` is `packs.packs()`), whose concepts are made when first read; first, before
    /// any other pack.
    mutating func add(compiled packs: CompiledPacks, data: [CompiledPacks.Pack]) {
        precondition(packNames.isEmpty, "compiled packs come first")
        concepts = ConceptList(compiled: packs)
        for pack in data {
            packNames.append(pack.name)
            conceptOrigins += repeatElement(pack.name, count: pack.conceptCount)
            spellingPairs += pack.spellings
            for (name, items) in pack.lists { lists[name, default: []] += items }
            rules += pack.rules
            ruleOrigins += repeatElement(pack.name, count: pack.rules.count)
            extents.append(Extent(
                concepts: conceptOrigins.count, spellingPairs: spellingPairs.count, rules: rules.count, listItems: lists.mapValues(\.count)
            ))
        }
    }

    /// What the first `packs` packs added hold.
    func extent(ofFirst packs: Int) -> Extent { packs == 0 ? Extent() : extents[packs - 1] }

    /// Inserts a pattern and, when asked, its inflections (of the last word).
    private mutating func insert<Payload>(
        _ pattern: String, into trie: inout TokenTrie, payloads: inout [Payload], inflect: Bool, verbs: Bool,
        _ make: (Inflection?) -> Payload
    ) {
        guard let ids = words(of: pattern) else { return }
        trie.insert(ids, payload: Int32(payloads.count))
        payloads.append(make(nil))
        guard inflect else { return }
        if let asciiForms = Inflection.asciiForms(ofLastWordOf: pattern, verbs: verbs && !pattern.utf8.contains(0x20)) {
            for (inflection, form) in asciiForms {
                var inflected = ids
                inflected[inflected.count - 1] = lexicon.intern(form)
                trie.insert(inflected, payload: Int32(payloads.count))
                payloads.append(make(inflection))
            }
            return
        }
        guard let lastWord = pattern.split(separator: " ").last else { return }
        let lower = String(lastWord).lowercased()
        guard lower.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || $0 == "-" }) else { return }
        for (inflection, form) in Inflection.forms(of: lower, verbs: verbs && !pattern.contains(" ")) {
            var inflected = ids
            inflected[inflected.count - 1] = lexicon.intern(Array(form.utf8))
            trie.insert(inflected, payload: Int32(payloads.count))
            payloads.append(make(inflection))
        }
    }

    /// Compiles the packs added into a vocabulary.
    mutating func build() -> Vocabulary { vocabulary(with: buildTables()) }

    /// The vocabulary of the packs added, matching with `tables` (built by `buildTables`, or the built-in
    /// packs' tables compiled at build time).
    func vocabulary(with tables: VocabularyTables) -> Vocabulary {
        Vocabulary(
            packNames: packNames, concepts: concepts, spellingPairs: spellingPairs, lists: lists, rules: rules,
            conceptOrigins: conceptOrigins, ruleOrigins: ruleOrigins, tables: tables
        )
    }

    /// The compiled tables of the first `packs` packs added (all when nil), from `CompiledVocabulary` when it
    /// was compiled from the same packs; nil otherwise.
    func tables(from compiled: CompiledVocabulary, ofFirst packs: Int? = nil) -> VocabularyTables? {
        let extent = extent(ofFirst: packs ?? extents.count)
        return compiled.decode(
            concepts: extent.concepts, spellingPairs: extent.spellingPairs, rules: extent.rules, listNames: Array(extent.listItems.keys)
        )
    }

    /// The counts a compiled vocabulary of the packs added records (`CompiledVocabulary.encode`).
    var counts: (concepts: Int, spellingPairs: Int, rules: Int) { (concepts.count, spellingPairs.count, rules.count) }

    /// Tokenizes, inflects and interns every form of the packs added, and fills the tries.
    mutating func buildTables() -> VocabularyTables { extend(.empty, after: Extent()) }

    /// The tables of the packs added, from `base`, the tables of the first packs (which fill `extent`): the forms
    /// of the other packs are tokenized, inflected, interned and inserted after the base's, into the same
    /// lexicon and tries (a compiled base gets a run-time part), so the result matches as a build of every pack
    /// would: the same word for the same bytes, the same payloads in the same order at each pattern.
    mutating func extend(_ base: VocabularyTables, after extent: Extent) -> VocabularyTables {
        lexicon = base.lexicon
        var conceptTrie = base.conceptTrie
        var conceptForms = base.conceptForms
        for index in extent.concepts..<concepts.count {
            let concept = concepts[index]
            func add(_ text: String, _ kind: UInt8, _ position: Int) {
                let isAcronym = kind == ConceptFormRecord.acronym
                insert(text, into: &conceptTrie, payloads: &conceptForms, inflect: !isAcronym, verbs: true) { inflection in
                    ConceptFormRecord(
                        concept: Int32(index), kind: kind, index: Int32(position),
                        inflection: inflection?.rawValue ?? ConceptFormRecord.uninflected
                    )
                }
            }
            add(concept.term, ConceptFormRecord.term, 0)
            for (position, variant) in concept.variants.enumerated() { add(variant, ConceptFormRecord.variant, position) }
            for (position, form) in concept.avoid.enumerated() { add(form, ConceptFormRecord.avoid, position) }
            // The position among all the concept's spellings sorted by locale (`ConceptFormRecord.form` sorts again).
            for (position, (_, spelling)) in concept.spelling.sorted(by: { $0.key < $1.key }).enumerated()
            where spelling.lowercased() != concept.term.lowercased() {
                add(spelling, ConceptFormRecord.localeSpelling, position)
            }
            if let acronym = concept.acronym {
                // Plural and possessive forms of an acronym are one token ("TKIs"); matchesAcronym checks the case.
                guard let ids = words(of: acronym) else { continue }
                conceptTrie.insert(ids, payload: Int32(conceptForms.count))
                conceptForms.append(ConceptFormRecord(concept: Int32(index), kind: ConceptFormRecord.acronym, index: 0, inflection: ConceptFormRecord.uninflected))
                for suffix in ["s", "'s"] where ids.count == 1 {
                    let id = lexicon.intern(Array((acronym + suffix).utf8))
                    conceptTrie.insert([id], payload: Int32(conceptForms.count))
                    let inflection: Inflection = suffix == "s" ? .plainS : .possessive
                    conceptForms.append(ConceptFormRecord(concept: Int32(index), kind: ConceptFormRecord.acronym, index: 0, inflection: inflection.rawValue))
                }
            }
        }
        var spellingTrie = base.spellingTrie
        var spellingForms = base.spellingForms
        for index in extent.spellingPairs..<spellingPairs.count {
            let pair = spellingPairs[index]
            for (text, locale) in [(pair.us, "en-US"), (pair.gb, "en-GB")] {
                insert(text, into: &spellingTrie, payloads: &spellingForms, inflect: true, verbs: true) { inflection in
                    LocaleSpellingForm(pair: index, locale: locale, inflection: inflection)
                }
            }
        }
        var ruleTrie = base.ruleTrie
        var ruleForms = base.ruleForms
        for ruleIndex in extent.rules..<rules.count {
            let rule = rules[ruleIndex]
            for (entryIndex, entry) in rule.entries.enumerated() {
                insert(entry.pattern, into: &ruleTrie, payloads: &ruleForms, inflect: false, verbs: false) { _ in
                    PatternForm(rule: ruleIndex, entry: entryIndex)
                }
            }
            for pattern in rule.unlessSentenceHas {
                insert(pattern, into: &ruleTrie, payloads: &ruleForms, inflect: false, verbs: false) { _ in
                    PatternForm(rule: ruleIndex, entry: -1)
                }
            }
        }
        var listTries = base.listTries
        // In name order: a dictionary's order changes from run to run, and the lexicon's ids must not (the
        // compiled tables are built by another process).
        for (name, items) in lists.sorted(by: { $0.key < $1.key }) {
            var trie = base.listTries[name] ?? TokenTrie()
            let first = extent.listItems[name] ?? 0
            // Payloads are entry indices: `insert` numbers them by the count of `entries`.
            var entries = [Int](repeating: 0, count: first)
            for index in first..<items.count {
                insert(items[index], into: &trie, payloads: &entries, inflect: false, verbs: false) { _ in index }
            }
            listTries[name] = trie
        }
        return VocabularyTables(
            lexicon: lexicon, conceptTrie: conceptTrie, conceptForms: conceptForms, spellingTrie: spellingTrie,
            spellingForms: spellingForms, ruleTrie: ruleTrie, ruleForms: ruleForms, listTries: listTries
        )
    }
}
