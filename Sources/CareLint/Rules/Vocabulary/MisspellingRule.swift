/// `vocab/misspelling`: a word that is a near miss of a vocabulary term and is no known word.
struct MisspellingRule: Rule {
    let description = RuleDescription(
        id: "vocab/misspelling",
        defaultSeverity: .warning,
        summary: "A word looks like a misspelled medical term.",
        rationale: "General spell checkers flag correct medical words and miss near misses of them; this rule knows the vocabulary. One source article writes \"metastisis\" for \"metastasis\". A word is flagged only when no word list knows it (the general lists, the medical lexicon, words built from known parts, the page's title) and it is one edit away (a letter added, dropped, changed or two letters swapped) from exactly one nearest vocabulary term, closer than any word of the general list: then that term is the suggestion. A correct medical word (\"metastatic\", \"peritoneal\", \"carcinoid\") is never \"corrected\" to a nearby term, and the suggestion is never applied by `carelint fix` on its own: a wrong guess would change the meaning.",
        triggering: [
            RuleExample("The 1️⃣metastisis can be slowed.", fixed: "The metastasis can be slowed."),
            RuleExample("She had 1️⃣Chemotheraphy last year.", fixed: "She had Chemotherapy last year."),
        ],
        nonTriggering: [
            RuleExample("The metastasis can be slowed."),
            RuleExample("Metastases can be slowed."),
            RuleExample("The meeting went well, and the bile duct was clear."),
            RuleExample("Surgery can help.\n\n## References\n\n1. Ruiz A, Chen B. Liver surgery today. J Gastrointestin Surg. 2019. doi:10.1000/xyz1"),
            RuleExample("Metastatic tumors in the peritoneal lining; a carcinoid grows slowly and nephrotic kidneys leak protein."),
            RuleExample("The ciliary muscle of the eye and the chorionic villi of the placenta."),
            RuleExample("An astrocytic tumor grows from star-shaped brain cells; a nephroblastoma grows in a kidney."),
        ],
        supersedes: ["spelling/unknown-word"],
        acceptedWords: .offered,
        scope: .block
    )

    func check(_ context: RuleContext, into diagnostics: inout [Diagnostic]) {
        let analysis = context.analysis
        let document = analysis.document
        let matches = analysis.termMatches // in document order, not overlapping
        var nextMatch = 0
        let words = WordList.builtIn(locale: context.locale)
        var index: NearMissIndex?
        var memo: [String: [(word: String, distance: Int)]] = [:] // a draft repeats its misspellings
        var titleWords: Set<[UInt8]>?
        let verdicts = analysis.spellingVerdicts()
        for (position, token) in document.tokens.enumerated() where token.kind == .word {
            if analysis.regions.isReference(token: position, in: document) { continue } // journal abbreviations
            while nextMatch < matches.count, matches[nextMatch].tokenEnd <= position { nextMatch += 1 }
            if nextMatch < matches.count, matches[nextMatch].tokenStart <= position { continue }
            let length = token.end - token.start
            guard length >= 5, !token.has(Token.allCaps), !token.has(Token.hasDigit), !token.has(Token.nonASCII) else { continue }
            // The word lists' verdict, once per distinct spelling and shared with `spelling/unknown-word`.
            if verdicts[Int(analysis.distinctWords.exactID[position])] & (SpellingVerdicts.listed | SpellingVerdicts.derived) != 0 { continue }
            let bytes = document.bytes(of: token)
            if titleWords == nil { titleWords = KnownWords.titleWords(document) }
            if titleWords!.contains(bytes.map(NearMissIndex.fold)) { continue }
            let text = document.text(of: token)
            let lowered = text.lowercased()
            if analysis.configuration.accepted.contains(lowered) { continue }
            if index == nil { index = context.vocabulary.termIndex }
            let misses: [(word: String, distance: Int)]
            if let known = memo[lowered] {
                misses = known
            } else {
                // One edit only: two edits away, medical names are other words ("nephroblastoma" is not
                // "neuroblastoma", "astrocytic" is not "astrocyte"); unknown-word still reports the word.
                misses = index!.nearMisses(of: lowered, maxDistance: 1)
                memo[lowered] = misses
            }
            guard let best = misses.first, best.distance > 0 else { continue }
            // One nearest term, and no general word as near: otherwise the guess is no better than another.
            if misses.count > 1, misses[1].distance == best.distance { continue }
            // A general word one edit away (the suggestions are those) is as near or nearer than the term.
            let term = best.word.lowercased()
            if SpellingSuggestions.shared.suggestions(for: text, in: words).contains(where: { $0.lowercased() != term }) { continue }
            let replacement = TermUse.matchCase(best.word, like: text)
            let fixes = [Fix.replace(token.range, with: replacement, isSafe: false)]
            diagnostics.append(context.diagnostic(
                "\"\(text)\" looks like a misspelling of \"\(replacement)\".", at: token.range, fixes: fixes
            ))
        }
    }
}
