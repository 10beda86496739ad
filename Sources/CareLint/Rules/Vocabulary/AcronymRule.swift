/// `vocab/acronym`: an acronym not spelled out at its first use, or spelled out only after it was used.
struct AcronymRule: Rule {
    let description = RuleDescription(
        id: "vocab/acronym",
        defaultSeverity: .warning,
        summary: "An acronym is not spelled out where it is first used.",
        rationale: "Acronyms save the writer time and cost the reader understanding. The source articles spell out RFA, TKI and TACE at first use but leave CT, MRI and PET bare; familiar ones (marked `wellKnown` in the vocabulary) pass. Write \"Full name (ABC)\" or \"ABC (full name)\" the first time.",
        triggering: [
            RuleExample("During 1️⃣TACE, the doctor blocks the artery.", fixed: "During transarterial chemoembolization (TACE), the doctor blocks the artery."),
            RuleExample("1️⃣TACE blocks the artery.", fixed: "Transarterial chemoembolization (TACE) blocks the artery."),
            RuleExample("A blood test can check your 1️⃣LFTs.", fixed: "A blood test can check your liver function tests (LFTs)."),
            RuleExample("TACE blocks the artery. Transarterial chemoembolization (1️⃣TACE) takes an hour."),
            RuleExample("Ask whether 1️⃣HCC is likely."),
        ],
        nonTriggering: [
            RuleExample("Transarterial chemoembolization (TACE) blocks the artery. TACE takes an hour."),
            RuleExample("TACE (transarterial chemoembolization) blocks the artery."),
            RuleExample("You may have a CT scan or an MRI."),
            RuleExample("Hepatocellular carcinoma (HCC) starts in the liver. HCC is rare here."),
            RuleExample("Stage IV cancer has spread. Call us if you feel unwell, OK?"),
            RuleExample("Surgery can help.\n\n## References\n\n1. Nguyen QN, Lopes CER. Liver surgery today. 2019. doi:10.1000/xyz1"),
        ]
    )

    /// All-capital words that readers know or that are not acronyms.
    static let familiar: Set<String> = [
        "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "OK", "US", "USA", "UK", "TV", "AM",
        "PM", "FAQ", "FAQS", "ID", "DNA", "HIV", "AIDS", "COVID", "COVID-19", "ER", "ICU", "A", "PS", "NB", "AI", "USB",
    ]

    func check(_ context: RuleContext, into diagnostics: inout [Diagnostic]) {
        let analysis = context.analysis
        let document = analysis.document
        let concepts = context.vocabulary.concepts
        let familiar = AcronymRule.familiar.union(context.vocabulary.lists["well-known-acronyms"] ?? [])
        // Uses of vocabulary acronyms, by concept.
        var uses: [Int: [TermMatch]] = [:]
        var termEnds: [Int: [Int]] = [:]   // concept → token ends of its spelled-out names
        for match in analysis.termMatches {
            if match.form.kind == .acronym {
                if !concepts[match.form.concept].wellKnown { uses[match.form.concept, default: []].append(match) }
            } else {
                termEnds[match.form.concept, default: []].append(match.tokenEnd)
            }
        }
        for (concept, matches) in uses.sorted(by: { $0.key < $1.key }) {
            let ends = termEnds[concept] ?? []
            let introduced = matches.map { isIntroduced(tokenStart: $0.tokenStart, tokenEnd: $0.tokenEnd, termEnds: ends, document) }
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
        for (index, token) in document.tokens.enumerated() where token.kind == .word && token.has(Token.allCaps) && !covered.contains(index) {
            if analysis.regions.isReference(token: index, in: document) { continue } // authors' initials
            var text = document.text(of: token)
            if text.hasSuffix("s") { text.removeLast() }
            let letters = text.unicodeScalars.filter { $0.properties.isAlphabetic }.count
            guard letters >= 2, text.utf8.count <= 8, !familiar.contains(text), seen.insert(text).inserted else { continue }
            if analysis.blockKind(ofToken: index).isHeading || isShouting(index, document) { continue }
            if isIntroduced(tokenStart: index, tokenEnd: index + 1, termEnds: nil, document) { continue }
            diagnostics.append(context.diagnostic(
                "Spell out \"\(document.text(of: token))\" where it is first used, as \"full name (\(text))\".", at: token.range
            ))
        }
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
        if open >= 0, TermUse.mark(document, open, sentence: sentence) == "(", TermUse.mark(document, tokenEnd, sentence: sentence) == ")" {
            if let termEnds { if termEnds.contains(open) { return true } } else if TermUse.word(document, open - 1, sentence: sentence) != nil { return true }
        }
        // Followed by the name in brackets.
        if TermUse.mark(document, tokenEnd, sentence: sentence) == "(" {
            var close = tokenEnd + 1
            var words = 0
            while close < tokens.count, tokens[close].sentence == sentence, TermUse.mark(document, close, sentence: sentence) != ")" {
                if tokens[close].kind == .word { words += 1 }
                close += 1
            }
            if termEnds?.contains(where: { $0 > tokenEnd && $0 <= close }) ?? (words >= 2) { return true }
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
