/// `vocab/acronym`: an acronym not spelled out at its first use, or spelled out only after it was used.
struct AcronymRule: Rule {
    let description = RuleDescription(
        id: "vocab/acronym",
        defaultSeverity: .warning,
        summary: "An acronym is not spelled out where it is first used.",
        rationale: "Acronyms save the writer time and cost the reader understanding. The source articles spell out RFA, TKI and TACE at first use but leave CT, MRI and PET bare; familiar ones (marked `wellKnown` in the vocabulary) pass. Write \"Full name (ABC)\" or \"ABC (full name)\" the first time. A plural (\"NSAIDs\") is the same acronym, and short symbols in mixed case (\"IgG\") are acronyms too; another symbol in brackets (\"QZT (IgG)\") spells nothing out. Gene and protein symbols with digits, or before \"gene\", \"protein\" or \"inhibitor\", are names, not acronyms.",
        triggering: [
            RuleExample("During 1️⃣TACE, the doctor blocks the artery.", fixed: "During transarterial chemoembolization (TACE), the doctor blocks the artery."),
            RuleExample("1️⃣TACE blocks the artery.", fixed: "Transarterial chemoembolization (TACE) blocks the artery."),
            RuleExample("A blood test can check your 1️⃣LFTs.", fixed: "A blood test can check your liver function tests (LFTs)."),
            RuleExample("TACE blocks the artery. Transarterial chemoembolization (1️⃣TACE) takes an hour."),
            RuleExample("Ask whether 1️⃣HCC is likely."),
            RuleExample("A virus called 1️⃣HPV causes most of these cancers."),
            RuleExample("The lab looks for 1️⃣IgG and 2️⃣IgM in the blood."),
            RuleExample("Antibodies are found with a 1️⃣QZT test (2️⃣IgG and 3️⃣IgM)."),
        ],
        nonTriggering: [
            RuleExample("Transarterial chemoembolization (TACE) blocks the artery. TACE takes an hour."),
            RuleExample("TACE (transarterial chemoembolization) blocks the artery."),
            RuleExample("You may have a CT scan or an MRI."),
            RuleExample("Hepatocellular carcinoma (HCC) starts in the liver. HCC is rare here."),
            RuleExample("Stage IV cancer has spread. Call us if you feel unwell, OK?"),
            RuleExample("Stage IIIB and stage IVC cancers have spread. Tests look at the BRCA1 gene and the KIT gene."),
            RuleExample("Jane Roe, M.D., and Ann Lee, Ph.D., wrote this for a U.S. clinic."),
            RuleExample("Download the guide (PDF, 2 MB). Take ONE tablet a day, in TOTAL."),
            RuleExample("An EKG (electrocardiogram) records the heartbeat. Kidney failure, sometimes called ESRD, needs dialysis."),
            RuleExample("Spinal fluid is drained with a needle, also called an LP."),
            RuleExample("Pain pills called nonsteroidal anti-inflammatory drugs (NSAIDs) ease swelling. An NSAID can upset the stomach."),
            RuleExample("An mTOR inhibitor slows the growth of some tumors. Changes in genes such as KCNQ4 and TECTA cause it."),
            RuleExample("Avoid foods whose labels show the letters PHOS."),
            RuleExample("A rare brain tumor called atypical teratoid/rhabdoid tumor (AT/RT) grows fast."),
            RuleExample("Surgery can help.\n\n## References\n\n1. Nguyen QN, Lopes CER. Liver surgery today. 2019. doi:10.1000/xyz1"),
        ]
    )

    /// All-capital words that readers know, or that are not acronyms to spell out: Roman numerals, countries,
    /// times, file formats and sizes, degrees, and the few medical acronyms better known than their full names.
    /// A `.carelint.json` may add to it (`acronyms.known`, `acronyms.ignore`).
    static let familiar: Set<String> = [
        "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "OK", "US", "USA", "UK", "EU", "TV",
        "AM", "PM", "FAQ", "FAQS", "ID", "DNA", "RNA", "HIV", "AIDS", "COVID", "COVID-19", "ER", "ICU", "A", "PS", "NB",
        "AI", "USB", "PDF", "KB", "MB", "GB", "URL", "HTML", "MD", "PHD", "RN", "DO", "MPH", "DDS", "NP", "PA", "CPR",
    ]
    /// Words after a symbol that make it a gene or protein name ("the KIT gene"), not an acronym to spell out.
    static let symbolNouns: Set<String> = [
        "gene", "genes", "protein", "proteins", "mutation", "mutations", "variant", "variants", "receptor", "receptors", "inhibitor", "inhibitors",
        "pathway",
    ]

    func check(_ context: RuleContext, into diagnostics: inout [Diagnostic]) {
        let analysis = context.analysis
        let document = analysis.document
        let concepts = context.vocabulary.concepts
        let configured = analysis.configuration.acronyms
        let familiar = AcronymRule.familiar.union(context.vocabulary.lists["well-known-acronyms"] ?? []).union(configured)
        // Uses of vocabulary acronyms, by concept.
        var uses: [Int: [TermMatch]] = [:]
        var termEnds: [Int: [Int]] = [:]   // concept → token ends of its spelled-out names
        for match in analysis.termMatches {
            if match.form.kind == .acronym {
                if !concepts[match.form.concept].wellKnown, !configured.contains(analysis.text(match.range).uppercased()) {
                    uses[match.form.concept, default: []].append(match)
                }
            } else {
                termEnds[match.form.concept, default: []].append(match.tokenEnd)
            }
        }
        for (concept, matches) in uses.sorted(by: { $0.key < $1.key }) {
            let ends = termEnds[concept] ?? []
            let introduced = matches.map {
                isIntroduced(tokenStart: $0.tokenStart, tokenEnd: $0.tokenEnd, termEnds: ends, document)
                    || TermUse.isExplained(tokens: $0.tokenStart..<$0.tokenEnd, in: analysis, naming: true)
            }
            guard let firstUse = preferBody(matches, analysis), !introduced[matches.firstIndex(of: firstUse)!] else { continue }
            let acronym = analysis.text(firstUse.range)
            if let late = matches.indices.first(where: { introduced[$0] && matches[$0].range.lowerBound > firstUse.range.lowerBound }) {
                let line = document.source.position(at: firstUse.range.lowerBound).line
                diagnostics.append(context.diagnostic(
                    "\"\(acronym)\" is spelled out here, after its first use on line \(line); spell it out at its first use instead.",
                    at: matches[late].range,
                    related: [RelatedLocation(range: firstUse.range, message: "\"\(acronym)\" is first used here")]
                ))
                continue
            }
            var name = concepts[concept].spelling[context.locale] ?? concepts[concept].term
            if firstUse.form.inflection == .plainS, !name.hasSuffix("s") { name = Inflection.plainS.apply(to: name) }
            if document.opensSentence(firstUse.tokenStart) { name = TermUse.matchCase(name, like: "A") }
            let replacement = "\(name) (\(acronym))"
            diagnostics.append(context.diagnostic(
                "Spell out \"\(acronym)\" where it is first used: \"\(replacement)\".", at: firstUse.range,
                fixes: [Fix.replace(firstUse.range, with: replacement, title: "Spell out \"\(acronym)\"")]
            ))
        }
        checkUnknownAcronyms(context, familiar: familiar, into: &diagnostics)
    }

    /// Flags all-capital words that the vocabulary does not know and the text never spells out.
    private func checkUnknownAcronyms(_ context: RuleContext, familiar: Set<String>, into diagnostics: inout [Diagnostic]) {
        let analysis = context.analysis
        let document = analysis.document
        var covered = Set<Int>()
        for match in analysis.termMatches { covered.formUnion(match.tokenStart..<match.tokenEnd) }
        var seen = Set<String>()
        let words = WordList.builtIn(locale: context.locale)
        for (index, token) in document.tokens.enumerated() where token.kind == .word && !covered.contains(index) && Self.isCapitalsWord(document.bytes(of: token)) {
            if analysis.regions.isReference(token: index, in: document) { continue } // authors' initials
            var text = document.text(of: token)
            if text.hasSuffix("s") { text.removeLast() }
            let letters = text.unicodeScalars.filter { $0.properties.isAlphabetic }.count
            guard letters >= 2, text.utf8.count <= 8, !familiar.contains(text.uppercased()), seen.insert(text).inserted else { continue }
            if analysis.blockKind(ofToken: index).isHeading || isShouting(index, document) { continue }
            if isNotAnAcronym(index, text: text, document, words: words) { continue }
            if isIntroduced(tokenStart: index, tokenEnd: index + 1, termEnds: nil, document) { continue }
            if TermUse.isExplained(tokens: index..<(index + 1), in: analysis, naming: true) { continue }
            diagnostics.append(context.diagnostic(
                "Spell out \"\(document.text(of: token))\" where it is first used, as \"full name (\(text))\".", at: token.range
            ))
        }
    }

    /// Capitals that are not an acronym to spell out: a dotted abbreviation or degree ("U.S.", "M.D.", "Ph.D."), a
    /// gene or protein symbol (letters and digits, "BRCA1"; or "the KIT gene"), a cancer stage or Roman numeral
    /// ("IIIB", "IVC"), a unit after a number ("111 KB"), a label opening a line ("NIH: …") and a common word in
    /// capitals for emphasis ("ONE", "TOTAL").
    private func isNotAnAcronym(_ index: Int, text: String, _ document: ParsedDocument, words: WordList) -> Bool {
        let token = document.tokens[index]
        let bytes = document.bytes(of: token)
        if bytes.contains(0x2E) { return true }
        // Letters and digits: a gene symbol ("BRCA1"), unless the page spells it out somewhere ("… type 1 (MEN1)").
        if token.has(Token.hasDigit) { return !isIntroducedLater(index, document) }
        if Self.isStage(Array(text.utf8)) { return true }
        let sentence = token.sentence
        if let next = TermUse.word(document, index + 1, sentence: sentence), Self.symbolNouns.contains(next) { return true }
        if let previous = TermUse.word(document, index - 1, sentence: sentence), Self.mentionWords.contains(previous) { return true }
        if Self.isInSymbolList(index, document) { return true }
        if index > 0, document.tokens[index - 1].kind == .number, document.tokens[index - 1].sentence == sentence { return true }
        if TermUse.mark(document, index + 1, sentence: sentence) == ":", document.opensSentence(index) { return true }
        if text.utf8.count >= 3, words.contains(Array(text.lowercased().utf8)) { return true }
        return false
    }

    /// True when a later use of the same word is introduced with its full name in brackets.
    private func isIntroducedLater(_ index: Int, _ document: ParsedDocument) -> Bool {
        let tokens = document.tokens
        let bytes = document.bytes(of: tokens[index])
        for later in (index + 1)..<tokens.count where tokens[later].kind == .word && document.bytes(of: tokens[later]) == bytes {
            if isIntroduced(tokenStart: later, tokenEnd: later + 1, termEnds: nil, document) { return true }
        }
        return false
    }

    /// Capitals that may be an acronym: all capitals ("CT"), a plural of one ("NSAIDs"), or a short symbol with
    /// two capitals or more ("IgG", "hCG"); not a capitalized word ("Kidney") nor a name ("McCune").
    static func isCapitalsWord(_ bytes: ArraySlice<UInt8>) -> Bool {
        var capitals = 0, lower = 0, letters = 0, marks = 0
        var lastLetterIsCapital = false
        for byte in bytes {
            if byte >= 0x41 && byte <= 0x5A {
                capitals += 1; letters += 1; lastLetterIsCapital = true
            } else if byte >= 0x61 && byte <= 0x7A {
                lower += 1; letters += 1; lastLetterIsCapital = false
            } else if byte == 0x27 || byte >= 0x80 {
                return false // a possessive ("NCI's") or a letter outside ASCII: left to the word rules
            } else if !(byte >= 0x30 && byte <= 0x39) {
                marks += 1
            }
        }
        guard capitals >= 2 else { return false }
        if lower == 0 { return true }
        if marks > 0 { return false } // "t-AML", "HER2-positive": a compound, not a symbol
        if lower == 1, bytes.last == 0x73 { return true } // "NSAIDs"
        // A symbol ends in a capital ("IgG", "hCG", "mtDNA"); "BPHis" is an acronym glued to a word, "IIIa" a stage.
        return letters <= 5 && capitals * 2 >= letters && lastLetterIsCapital
    }

    /// A capital after the first letter: an acronym or a symbol ("IgG", "HER"), not a word of a full name.
    static func hasInnerCapital(_ bytes: ArraySlice<UInt8>) -> Bool {
        bytes.dropFirst().contains { $0 >= 0x41 && $0 <= 0x5A }
    }

    /// Tokens before an acronym inside brackets that make the bracket a list of symbols ("(IgG and IgM)"), not a
    /// short form of what stands before it ("(AT/RT)" is one short form).
    static func isSymbolList(_ tokens: ArraySlice<Token>, _ document: ParsedDocument) -> Bool {
        let hasSymbol = tokens.contains { $0.kind == .word && isCapitalsWord(document.bytes(of: $0)) }
        let joined = tokens.contains { token in
            let text = document.text(of: token).lowercased()
            return text == "and" || text == "or" || text == ","
        }
        return hasSymbol && joined
    }

    /// Words before capitals that make them a mention of letters, not an acronym: "look for the letters PHOS".
    static let mentionWords: Set<String> = ["letters", "letter", "word", "words", "abbreviation", "label", "labels"]

    /// True when capitals stand in a list of gene or protein names: "genes, such as KCNQ4 and TECTA", "proteins
    /// including ABC and DEF".
    static func isInSymbolList(_ index: Int, _ document: ParsedDocument) -> Bool {
        let sentence = document.tokens[index].sentence
        var back = index - 1
        while back >= 0, back >= index - 10, document.tokens[back].sentence == sentence {
            if let word = TermUse.word(document, back, sentence: sentence) {
                if word == "as" || word == "including" {
                    var noun = word == "as" ? back - 2 : back - 1
                    if word == "as", TermUse.word(document, back - 1, sentence: sentence) != "such" { return false }
                    if TermUse.mark(document, noun, sentence: sentence) == "," { noun -= 1 }
                    return TermUse.word(document, noun, sentence: sentence).map(symbolNouns.contains) == true
                }
                if word != "and", word != "or", !isCapitalsWord(document.bytes(of: document.tokens[back])), !document.tokens[back].has(Token.hasDigit) { return false }
            }
            back -= 1
        }
        return false
    }

    /// A Roman numeral up to 39, with an optional stage letter A–C and digit: "IV", "IIIB", "IC2".
    static func isStage(_ bytes: [UInt8]) -> Bool {
        var index = 0
        func take(_ byte: UInt8, max: Int) { var n = 0; while index < bytes.count, bytes[index] == byte, n < max { index += 1; n += 1 } }
        take(0x58, max: 3) // X
        if index + 1 < bytes.count, bytes[index] == 0x49, bytes[index + 1] == 0x58 || bytes[index + 1] == 0x56 { index += 2 } // IX, IV
        else { take(0x56, max: 1); take(0x49, max: 3) } // V, I
        guard index > 0 else { return false }
        if index < bytes.count, bytes[index] >= 0x41, bytes[index] <= 0x43 { index += 1 } // A–C
        return index == bytes.count
    }

    /// The first use outside headings, or the first use.
    private func preferBody(_ matches: [TermMatch], _ analysis: DocumentAnalysis) -> TermMatch? {
        matches.first { !analysis.blockKind(ofToken: $0.tokenStart).isHeading } ?? matches.first
    }

    /// "Full name (ABC)", "Full name (also called ABC)" or "ABC (full name)". With `termEnds` nil, any words
    /// before the bracket count as the full name.
    private func isIntroduced(tokenStart: Int, tokenEnd: Int, termEnds: [Int]?, _ document: ParsedDocument) -> Bool {
        let tokens = document.tokens
        let sentence = tokens[tokenStart].sentence
        // Inside brackets after the name.
        var open = tokenStart - 1
        while open >= 0, open >= tokenStart - 4, tokens[open].sentence == sentence, TermUse.mark(document, open, sentence: sentence) != "(" { open -= 1 }
        // "(AT/RT)": the short form may have parts joined by a slash.
        var end = tokenEnd
        while TermUse.mark(document, end, sentence: sentence) == "/", end + 1 < tokens.count, tokens[end + 1].kind == .word { end += 2 }
        if open >= 0, TermUse.mark(document, open, sentence: sentence) == "(", TermUse.mark(document, end, sentence: sentence) == ")",
           !Self.isSymbolList(document.tokens[(open + 1)..<tokenStart], document) {
            if let termEnds {
                if termEnds.contains(open) { return true }
            } else if open > 0, tokens[open - 1].sentence == sentence, tokens[open - 1].kind == .number
                        || (tokens[open - 1].kind == .word && !Self.isCapitalsWord(document.bytes(of: tokens[open - 1]))) {
                return true // "Full name (ABC)", "… type 1 (ABC1)"; not "ELISA (IgM)", another symbol
            }
        }
        // Followed by the name in brackets.
        if TermUse.mark(document, tokenEnd, sentence: sentence) == "(" {
            var close = tokenEnd + 1
            var words = 0
            while close < tokens.count, tokens[close].sentence == sentence, TermUse.mark(document, close, sentence: sentence) != ")" {
                // A full name is made of words; "(IgG and IgM)" holds other symbols.
                if tokens[close].kind == .word, !Self.hasInnerCapital(document.bytes(of: tokens[close])) { words += 1 }
                close += 1
            }
            if termEnds?.contains(where: { $0 > tokenEnd && $0 <= close }) ?? (words >= 2) { return true }
            // "EKG (Electrocardiogram)": one word as long as the acronym, in any case.
            if words == 1, close == tokenEnd + 2, tokens[tokenEnd + 1].kind == .word, !tokens[tokenEnd + 1].has(Token.allCaps),
               tokens[tokenEnd + 1].end - tokens[tokenEnd + 1].start > tokens[tokenStart].end - tokens[tokenStart].start { return true }
            if words >= 2, termEnds != nil { return true }
        }
        return false
    }

    /// A sentence written in capitals (a shouted line), where capitals are not acronyms.
    private func isShouting(_ index: Int, _ document: ParsedDocument) -> Bool {
        let sentence = document.sentences[document.tokens[index].sentence]
        let words = document.tokens[sentence.tokens].filter { $0.kind == .word }
        return words.count >= 3 && words.filter { $0.has(Token.allCaps) }.count * 2 > words.count
    }
}
