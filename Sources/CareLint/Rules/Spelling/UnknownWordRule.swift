/// `spelling/unknown-word`: a word in no dictionary.
struct UnknownWordRule: Rule {
    let description = RuleDescription(
        id: "spelling/unknown-word",
        defaultSeverity: .warning,
        summary: "A word is in no dictionary.",
        rationale: """
            Typos undermine a reader's trust in health advice ("Cureently", "pretigious" in one source article), \
            and so does a checker that calls correct medical words misspelled. A word is known when it is in the \
            bundled word list of the document's locale (SCOWL size 70, en-US or en-GB), in the medical lexicon \
            (tens of thousands of forms from the NCI dictionaries, the HPO, the CDC and NHS writing guides and the \
            packs: "retinoblastoma", "oropharyngeal", "prediabetes"), a drug name of the FDA's list ("cabergoline"), \
            built from known parts (a prefix before a known word, "nonsyndromic"; a known word before a medical \
            ending, "prolactinoma"; Greek and Latin combining forms joined by the linking "o", \
            "cystourethrogram"; an inflection of a known word, "involuting", "aminosalicylates"), a word of the \
            page's title (the topic names itself there), anywhere in the vocabulary, or in `accept` of \
            `.carelint.json`. Not checked: numbers, words with digits, symbols and units with a capital inside \
            ("mmHg", "hCG", "mTOR"), pronunciation guides ("sir-ROH-sis"), words of one letter or over 30 bytes, \
            ALL-CAPS acronyms, abbreviations with periods ("e.g."), URLs, e-mail addresses and domain names, words \
            joined to "/", "@" or "_" (paths, handles), capitalized words inside a sentence or capitalized \
            that way elsewhere in the document (names of people, places and products), words with accented \
            letters, the Latin species word after a genus ("Taenia solium", "E. chaffeensis"), and reference lists. Words that lost their apostrophe ("doesnt", "bodys") are reported. \
            Suggestions are the nearest known words by edit distance; a near miss of a vocabulary term is \
            reported by `vocab/misspelling` instead. A hyphenated word is known when each part is a word or a \
            common prefix ("co-workers"). A spelling of the other locale ("tumour" in en-US) is reported as such, \
            with the locale's spelling as the suggestion.
            """,
        triggering: [
            RuleExample("1️⃣Cureently the clinic is open.", fixed: "Currently the clinic is open."),
            RuleExample("The team is very 1️⃣pretigious.", fixed: "The team is very prestigious."),
        ],
        nonTriggering: [
            RuleExample("Colorectal cancer can spread to the liver; histotripsy and paracentesis are treatments."),
            RuleExample("See https://example.org/liver or write to help@example.org, or visit my.clinic.health today."),
            RuleExample("Take 2x500mg tablets. Ask about TACE at the Westbourne Clinic with Dr. Abbruzzese."),
            RuleExample("## References\n\nKonopke R, Volk A. Liver resection outcomes. Gastroenterol Clin. 2019."),
            RuleExample("Her pressure was 150 mmHg and her sugar 140 mg/dL; the hCG test and the mTOR drug came next."),
            RuleExample("Cirrhosis (sir-ROH-sis) scars the liver. Emphysema (em-fuh-SEE-muh) harms the lungs."),
            RuleExample("Retinoblastomas and osteosarcomas are rare in children; prostatic hyperplasia and ureteral reflux are not."),
            RuleExample("Some drugs cause hyperprolactinemia, and a prolactinoma is treated; nonsyndromic forms are multisystem too."),
            RuleExample("After a cholangiogram she took tolvaptan; the involuting cyst needed no urethrocystoscopy."),
            RuleExample("# Zellwegerism\n\nZellwegerism is the topic of this page, named in its title."),
            RuleExample("Ticks spread Borrelia mayonii and Ehrlichia muris; a tapeworm, T. taeniaeformis, lives in cats."),
        ],
        acceptedWords: .offered,
        scope: .block
    )

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
        var titleWords: Set<[UInt8]>?
        let otherLocale = WordList.builtIn(locale: context.locale.lowercased().hasSuffix("gb") ? "en-US" : "en-GB")
        let verdicts = analysis.spellingVerdicts()
        for (index, token) in tokens.enumerated() where token.kind == .word && !covered[index] {
            if token.has(Token.allCaps) || token.has(Token.hasDigit) || token.has(Token.nonASCII) && hasAccent(document.bytes(of: token)) { continue }
            // One letter is nothing to spell; over 30 bytes is code, an identifier or a keyboard run, not a word.
            if token.end - token.start < 2 || token.end - token.start > 30 || analysis.wordIDs[index] >= 0 { continue }
            if regions.isReference(token: index, in: document) { continue }
            // One verdict per distinct spelling (`SpellingVerdicts`): an abbreviation ("e.g", "Ph.D"), a symbol or
            // unit with a capital inside ("mmHg", "hCG", "mTOR", "dL") or a pronunciation guide ("sir-RO-sis") is
            // not a word to spell; a listed word is known.
            let verdict = verdicts[Int(analysis.distinctWords.exactID[index])]
            if verdict & (SpellingVerdicts.notAWord | SpellingVerdicts.listed) != 0 { continue }
            let bytes = document.bytes(of: token)
            if isPartOfName(index, document) { continue }
            let text = document.text(of: token)
            if token.has(Token.capitalized) {
                if !isSentenceStart(index, document) { continue }
                if names == nil { names = NameIndex(document, words: analysis.distinctWords, covered: covered, rule: self) }
                if names!.isName(token: index) { continue }
                // "Verywell Health", "Westbourne Road": a run of capitalized words in running text is a name.
                let block = document.sentences[token.sentence].block
                if !document.layout.blocks[block].kind.isHeading, index + 1 < tokens.count, tokens[index + 1].kind == .word,
                   tokens[index + 1].sentence == token.sentence, tokens[index + 1].has(Token.capitalized) { continue }
            }
            if analysis.configuration.accepted.contains(text.lowercased().replacingApostrophes) { continue }
            if bytes.contains(0x2D), isKnownCompound(text, words) { continue }
            if verdict & SpellingVerdicts.derived != 0 { continue }
            if KnownWords.isSpeciesEpithet(index, in: document, words), LostCharacters.splitGlued(text, words) == nil { continue }
            if titleWords == nil { titleWords = KnownWords.titleWords(document) }
            if titleWords!.contains(bytes.map(NearMissIndex.fold)) { continue }
            var suggestions = SpellingSuggestions.shared.suggestions(for: text, in: words)
            // A lost apostrophe ("bodys") or space ("energyand") is the likeliest fault: its repair comes first.
            if let repair = LostCharacters.restoreApostrophe(text, words) ?? LostCharacters.splitGlued(text, words) {
                suggestions.removeAll { $0 == repair }
                suggestions.insert(repair, at: 0)
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

    /// Prefixes written with a hyphen before a known word ("co-workers", "non-cancerous", "self-care").
    static let prefixes: Set<String> = [
        "co", "re", "pre", "non", "anti", "self", "ex", "post", "multi", "semi", "sub", "over", "under", "mid", "inter",
        "intra", "trans", "bi", "tri", "de", "un", "e", "x", "pro", "neo", "peri", "hyper", "hypo", "micro", "mini",
    ]

    /// A hyphenated word whose parts are each a known word, a medical word, a word built from known parts
    /// ("non-involuting") or a prefix, or that is a known word written solid ("light-headedness").
    func isKnownCompound(_ text: String, _ words: WordList) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count > 1 else { return false }
        // Written solid elsewhere ("light-headedness" for "lightheadedness"): a spelling variant, not a typo.
        if !parts.contains(where: \.isEmpty), words.contains(Array(parts.joined().utf8)) { return true }
        return parts.allSatisfy { part in
            !part.isEmpty && (Self.prefixes.contains(part.lowercased()) || words.contains(Array(part.utf8))
                || KnownWords.medical.contains(Array(part.utf8)) || KnownWords.isDerivedWord(Array(part.utf8)[...], words))
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

    /// Bytes that join the parts of a domain name, a path or a handle.
    static let nameJoiners: Set<UInt8> = [0x2E, 0x2F, 0x40, 0x5F, 0x23, 0x5C, 0x3D]

    /// Part of a domain name, a path or a handle: joined without spaces to ".", "/", "@", "_", "#", "\" or "=" on
    /// either side, with more word on the far side ("my.example.health", "and/or" is not spared by this).
    func isPartOfName(_ index: Int, _ document: ParsedDocument) -> Bool {
        let tokens = document.tokens
        let bytes = document.source.bytes
        let joiners = Self.nameJoiners
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
