/// `spelling/unknown-word`: a word in no dictionary.
struct UnknownWordRule: Rule {
    let description = RuleDescription(
        id: "spelling/unknown-word",
        defaultSeverity: .warning,
        summary: "A word is in no dictionary.",
        rationale: """
            Typos undermine a reader's trust in health advice ("Cureently", "pretigious" in one source article). \
            A word is known when it is in the bundled word list of the document's locale (SCOWL size 70, en-US or \
            en-GB), in the bundled medical lexicon (`Dictionaries/medical.txt`: the words of the packs, NCI, HPO, \
            CDC and NHS term lists), anywhere in the vocabulary, or in `accept` of `.carelint.json`, or is such a \
            word after a prefix ("nonsyndromic"); medical terms are words here, unlike in general spell checkers. \
            Not checked: numbers, words with digits, mixed-case units and symbols ("mmHg", "hCG", "mTOR"), \
            pronunciation guides ("sir-RO-sis"), words of one letter or over 30 bytes, ALL-CAPS acronyms, abbreviations with periods ("e.g."), URLs, e-mail addresses and domain names, words \
            joined to "/", "@" or "_" (paths, handles), capitalized words inside a sentence or capitalized \
            that way elsewhere in the document (names of people, places and products), words with accented \
            letters, and reference lists. Suggestions are the nearest known words by edit distance; a near miss \
            of a vocabulary term is reported by `vocab/misspelling` instead. A hyphenated word is known when each part \
            is a word or a common prefix ("co-workers"). A spelling of the other locale ("tumour" in en-US) is \
            reported as such, with the locale's spelling as the suggestion.
            """,
        triggering: [
            RuleExample("1️⃣Cureently the clinic is open.", fixed: "Currently the clinic is open."),
            RuleExample("The team is very 1️⃣pretigious.", fixed: "The team is very prestigious."),
            RuleExample("Eat less salt, which raises blood pressure 1️⃣andthe risk of stroke.", fixed: "Eat less salt, which raises blood pressure and the risk of stroke."),
        ],
        nonTriggering: [
            RuleExample("Colorectal cancer can spread to the liver; histotripsy and paracentesis are treatments."),
            RuleExample("See https://example.org/liver or write to help@example.org, or visit my.clinic.health today."),
            RuleExample("A reading over 140 mmHg or an hCG level in mIU/mL is explained below; fallopian tubes and ureters are body parts."),
            RuleExample("Sarcoidosis (sar-koy-DOE-sis) is a nonsyndromic condition."),
            RuleExample("Take 2x500mg tablets. Ask about TACE at the Westbourne Clinic with Dr. Abbruzzese."),
            RuleExample("## References\n\nKonopke R, Volk A. Liver resection outcomes. Gastroenterol Clin. 2019."),
        ]
    )

    static let medical = WordList(embedded: ["Dictionaries/medical.txt"])

    func check(_ context: RuleContext, into diagnostics: inout [Diagnostic]) {
        let analysis = context.analysis
        let document = analysis.document
        let tokens = document.tokens
        let regions = analysis.regions
        let words = WordList.builtIn(locale: context.locale)
        var covered = [Bool](repeating: false, count: tokens.count)
        for match in analysis.termMatches { for index in match.tokenStart..<match.tokenEnd { covered[index] = true } }
        // Names are found on demand, for the few capitalized words that are in no list (see `NameIndex`).
        var names: NameIndex?
        let otherLocale = WordList.builtIn(locale: context.locale.lowercased().hasSuffix("gb") ? "en-US" : "en-GB")
        for (index, token) in tokens.enumerated() where token.kind == .word && !covered[index] {
            if token.has(Token.allCaps) || token.has(Token.hasDigit) || token.has(Token.nonASCII) && hasAccent(document.bytes(of: token)) { continue }
            // One letter is nothing to spell; over 30 bytes is code, an identifier or a keyboard run, not a word.
            if token.end - token.start < 2 || token.end - token.start > 30 || analysis.wordIDs[index] >= 0 { continue }
            if regions.isReference(token: index, in: document) { continue }
            let bytes = document.bytes(of: token)
            if bytes.contains(0x2E) { continue } // an abbreviation: "e.g", "Ph.D"
            if Self.isSymbolOrGuide(bytes) { continue }
            if words.contains(bytes) || Self.medical.contains(bytes) || Self.isPrefixed(bytes, words) || Self.isMedicalPlural(bytes, words) { continue }
            if isPartOfName(index, document) { continue }
            let text = document.text(of: token)
            if token.has(Token.capitalized) {
                if !isSentenceStart(index, document) { continue }
                if names == nil { names = NameIndex(document, covered: covered, rule: self) }
                if names!.isName(bytes) { continue }
                // "Verywell Health", "Westbourne Road": a run of capitalized words in running text is a name.
                let block = document.sentences[token.sentence].block
                if !document.layout.blocks[block].kind.isHeading, index + 1 < tokens.count, tokens[index + 1].kind == .word,
                   tokens[index + 1].sentence == token.sentence, tokens[index + 1].has(Token.capitalized) { continue }
            }
            if analysis.configuration.accepted.contains(text.lowercased().replacingApostrophes) { continue }
            if bytes.contains(0x2D), isKnownCompound(text, words) { continue }
            var suggestions = SpellingSuggestions.shared.suggestions(for: text, in: words)
            if let restored = Self.restoreApostrophe(text, words) {  // "bodys", "doesnt": an apostrophe lost
                suggestions.removeAll { $0 == restored }
                suggestions.insert(restored, at: 0)
            } else if let split = Self.splitGlued(text, words) {  // "energyand": a space lost between two words
                suggestions.removeAll { $0 == split }
                suggestions.insert(split, at: 0)
            }
            var message = "\"\(text)\" is not in the dictionary"
            if otherLocale.contains(bytes) {
                if let variant = Self.localeVariant(of: text, in: words) {
                    suggestions.removeAll { $0 == variant }
                    suggestions.insert(variant, at: 0)
                }
                let other = context.locale.lowercased().hasSuffix("gb") ? "American" : "British"
                message = "\"\(text)\" is the \(other) spelling and the document's locale is \(context.locale)"
            }
            if let first = suggestions.first {
                message += "; did you mean \"\(first)\"?"
            } else {
                message += "; if it is spelled right, add it to `accept` in .carelint.json."
            }
            let fixes = suggestions.map { Fix.replace(token.range, with: $0, isSafe: false) }
            diagnostics.append(context.diagnostic(message, at: token.range, fixes: fixes))
        }
    }

    /// Spelling changes between British and American English, either way.
    static let localeChanges: [(String, String)] = [
        ("ise", "ize"), ("ize", "ise"), ("isi", "izi"), ("izi", "isi"), ("isa", "iza"), ("iza", "isa"), ("yse", "yze"),
        ("yze", "yse"), ("our", "or"), ("or", "our"), ("oe", "e"), ("ae", "e"), ("tre", "ter"), ("ter", "tre"),
        ("lled", "led"), ("led", "lled"), ("lling", "ling"), ("ling", "lling"), ("ogue", "og"), ("og", "ogue"),
        ("ence", "ense"), ("ense", "ence"),
    ]

    /// The word in the locale's spelling ("metabolise" → "metabolize" in en-US), when one change of
    /// `localeChanges` gives a word of `words`.
    static func localeVariant(of text: String, in words: WordList) -> String? {
        let lower = text.lowercased()
        for (from, to) in localeChanges {
            var search = lower.startIndex..<lower.endIndex
            while let found = lower.range(of: from, range: search) {
                let candidate = lower.replacingCharacters(in: found, with: to)
                if words.contains(Array(candidate.utf8)) { return TermUse.matchCase(candidate, like: text) }
                search = found.upperBound..<lower.endIndex
            }
        }
        return nil
    }

    /// A unit or symbol in mixed case ("hGH", "mTOR", "dL", "mmHg": a capital after a lowercase letter of the same
    /// part), or a pronunciation guide ("em-fi-SE-ma", "sir-RO-sis": hyphenated parts, some ALL CAPS and some
    /// lowercase). Neither is a word to spell.
    static func isSymbolOrGuide(_ bytes: ArraySlice<UInt8>) -> Bool {
        var previousLower = false
        var partHasLower = false, partHasUpper = false
        var sawLowerPart = false, sawUpperPart = false, parts = 1
        func endPart() {
            if partHasUpper && !partHasLower { sawUpperPart = true }
            if partHasLower && !partHasUpper { sawLowerPart = true }
            partHasLower = false; partHasUpper = false
        }
        for byte in bytes {
            if byte >= 0x61 && byte <= 0x7A {
                partHasLower = true; previousLower = true
            } else if byte >= 0x41 && byte <= 0x5A {
                if previousLower { return true }
                partHasUpper = true
            } else {
                previousLower = false
                if byte == 0x2D { endPart(); parts += 1 }
            }
        }
        endPart()
        return parts > 1 && sawUpperPart && sawLowerPart
    }

    /// The regular plural of a medical word that is uncommon or not general English ("radiosensitizers",
    /// "androgens"): "-s" after the word, or "-es" after "s", "x", "z", "ch", "sh". Not after a common word or a
    /// final "y", so "bodys" and "childs" stay unknown.
    static func isMedicalPlural(_ bytes: ArraySlice<UInt8>, _ words: WordList) -> Bool {
        guard bytes.count >= 5, bytes.last == 0x73 else { return false }
        let stem = bytes.dropLast()
        if stem.last != 0x73, stem.last != 0x79, ComplexLanguage.uncommonWords.contains(stem) || medical.contains(stem) && !words.contains(stem) {
            return true
        }
        guard stem.last == 0x65 else { return false }
        let bare = stem.dropLast()
        let ending = bare.suffix(2)
        let sibilant = [0x73, 0x78, 0x7A].contains(bare.last ?? 0) || ending.elementsEqual("ch".utf8) || ending.elementsEqual("sh".utf8)
        return sibilant && medical.contains(bare) && !words.contains(bare)
    }

    /// The word with its lost apostrophe back ("bodys" → "body's", "doesnt" → "doesn't"), when that is a known
    /// word; nil otherwise.
    static func restoreApostrophe(_ text: String, _ words: WordList) -> String? {
        let bytes = Array(text.utf8)
        guard bytes.count >= 4 else { return nil }
        if bytes.last == 0x73, words.contains(bytes.dropLast()) { return String(text.dropLast()) + "'s" }
        if bytes.suffix(2).elementsEqual("nt".utf8) {
            let contraction = String(text.dropLast()) + "'t"
            if words.contains(Array(contraction.utf8)) { return contraction }
        }
        return nil
    }

    /// Prefixes and combining forms written without a hyphen before a known word ("nonsyndromic",
    /// "prehypertension", "neurodegeneration", "photochemotherapy").
    static let closedPrefixes: [[UInt8]] = [
        "non", "pre", "post", "anti", "hyper", "hypo", "sub", "inter", "intra", "trans", "multi", "semi", "micro",
        "pseudo", "over", "under", "re", "un", "neuro", "gastro", "cardio", "hepato", "nephro", "osteo", "myelo", "photo",
        "radio", "chemo", "immuno", "uro", "procto", "entero", "endo", "peri", "poly", "auto",
    ].map { Array($0.utf8) }

    /// Medical suffixes after a known word ("prolactinoma", "piebaldism", "prolactinemia"), and "-like", "-borne"
    /// ("tubelike", "foodborne").
    static let medicalSuffixes: [[UInt8]] = [
        "oma", "omas", "emia", "emias", "itis", "osis", "oses", "ism", "isms", "ectomy", "ectomies", "ology",
        "ologist", "ologists", "uria", "like", "borne",
    ].map { Array($0.utf8) }

    /// A word formed regularly from a known word of 4 or more letters: a prefix of `closedPrefixes`, a suffix of
    /// `medicalSuffixes` (the known word may drop a final "e", "a" or "o": "sarcoma" → "sarcomatous" is not
    /// covered), or both.
    static func isPrefixed(_ bytes: ArraySlice<UInt8>, _ words: WordList) -> Bool {
        func known(_ part: ArraySlice<UInt8>) -> Bool { part.count >= 4 && (words.contains(part) || medical.contains(part)) }
        func suffixed(_ part: ArraySlice<UInt8>) -> Bool {
            for suffix in medicalSuffixes where part.count >= suffix.count + 4 && part.reversed().starts(with: suffix.reversed()) {
                if known(part.dropLast(suffix.count)) { return true }
            }
            return false
        }
        if suffixed(bytes) { return true }
        for prefix in closedPrefixes where bytes.count >= prefix.count + 4
            && zip(bytes, prefix).allSatisfy({ $0 | 0x20 == $1 }) {
            let rest = bytes.dropFirst(prefix.count)
            if known(rest) || suffixed(rest) { return true }
        }
        return false
    }

    /// Two known words glued together ("energyand" → "energy and"), when one of them is a short function word and
    /// the other a known word of 3 or more letters; nil otherwise.
    static func splitGlued(_ text: String, _ words: WordList) -> String? {
        let bytes = Array(text.utf8)
        guard bytes.count >= 5, bytes.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return nil }
        for cut in stride(from: bytes.count - 2, through: 2, by: -1) {
            let left = bytes[..<cut], right = bytes[cut...]
            let leftGlue = gluedWords.contains(Array(left)), rightGlue = gluedWords.contains(Array(right))
            guard leftGlue && right.count >= 3 || rightGlue && left.count >= 3 else { continue }
            if (leftGlue || words.contains(left) || medical.contains(left)) && (rightGlue || words.contains(right) || medical.contains(right)) {
                return String(decoding: left, as: UTF8.self) + " " + String(decoding: right, as: UTF8.self)
            }
        }
        return nil
    }

    /// Function words that a lost space or dash most often glues to a neighbour.
    static let gluedWords: Set<[UInt8]> = Set(["the", "and", "or", "of", "to", "in", "is", "as", "at", "by", "for", "with",
                                               "than", "that", "such", "which", "a", "an", "are", "be", "can", "from",
                                               "on", "over", "after", "like"].map { Array($0.utf8) })

    /// Prefixes written with a hyphen before a known word ("co-workers", "non-cancerous", "self-care").
    static let prefixes: Set<String> = [
        "co", "re", "pre", "non", "anti", "self", "ex", "post", "multi", "semi", "sub", "over", "under", "mid", "inter",
        "intra", "trans", "bi", "tri", "de", "un", "e", "x", "pro", "neo", "peri", "hyper", "hypo", "micro", "mini",
    ]

    /// A hyphenated word whose parts are each a known word, a medical word or a prefix.
    func isKnownCompound(_ text: String, _ words: WordList) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count > 1 else { return false }
        return parts.allSatisfy { part in
            !part.isEmpty && (Self.prefixes.contains(part.lowercased()) || words.contains(Array(part.utf8)) || Self.medical.contains(Array(part.utf8)))
        }
    }

    /// The token opens its sentence (after any opening quotes, brackets or list marks).
    func isSentenceStart(_ index: Int, _ document: ParsedDocument) -> Bool {
        if document.opensSentence(index) { return true }
        // After a colon or a dash a capital may start a new clause.
        let previous = document.tokens[index - 1]
        if previous.kind == .punctuation {
            let byte = document.source.bytes[previous.start]
            return byte == 0x3A || byte == 0x22 || byte == 0xE2
        }
        return false
    }

    /// Part of a domain name, a path or a handle: joined without spaces to ".", "/", "@", "_", "#", "\" or "=" on
    /// either side, with more word on the far side ("my.example.health", "and/or" is not spared by this).
    func isPartOfName(_ index: Int, _ document: ParsedDocument) -> Bool {
        let tokens = document.tokens
        let bytes = document.source.bytes
        let joiners: Set<UInt8> = [0x2E, 0x2F, 0x40, 0x5F, 0x23, 0x5C, 0x3D]
        if index + 2 < tokens.count, tokens[index + 1].start == tokens[index].end, joiners.contains(bytes[tokens[index + 1].start]),
           tokens[index + 2].start == tokens[index + 1].end, tokens[index + 2].kind != .punctuation {
            if bytes[tokens[index + 1].start] != 0x2F { return true }
        }
        if index >= 2, tokens[index - 1].end == tokens[index].start, joiners.contains(bytes[tokens[index - 1].start]),
           tokens[index - 2].end == tokens[index - 1].start, tokens[index - 2].kind != .punctuation {
            if bytes[tokens[index - 1].start] != 0x2F { return true }
        }
        // A path or handle: "/" or "@" or "_" right before, with no space.
        if index >= 1, tokens[index - 1].end == tokens[index].start, [0x40, 0x5F, 0x23, 0x5C].contains(bytes[tokens[index - 1].start]) { return true }
        return false
    }

    /// True for words with accented (non-ASCII) letters; curly apostrophes and Unicode hyphens do not count.
    private func hasAccent(_ bytes: ArraySlice<UInt8>) -> Bool {
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte >= 0xC3 && byte < 0xE2 || byte > 0xE2 { return true }
            index += byte < 0x80 ? 1 : (byte >= 0xF0 ? 4 : (byte >= 0xE0 ? 3 : 2))
        }
        return false
    }
}
