/// `vocab/misspelling`: a word that is a near miss of a vocabulary term and is no known word.
struct MisspellingRule: Rule {
    let description = RuleDescription(
        id: "vocab/misspelling",
        defaultSeverity: .warning,
        summary: "A word looks like a misspelled medical term.",
        rationale: "General spell checkers flag correct medical words and miss near misses of them; this rule knows the vocabulary. One source article writes \"metastisis\" for \"metastasis\". A word is flagged when it is in no dictionary and is one or two letters away (by Damerau–Levenshtein distance, growing with word length) from a vocabulary term; the nearest term is the fix.",
        triggering: [
            RuleExample("The 1️⃣metastisis can be slowed.", fixed: "The metastasis can be slowed."),
            RuleExample("She had 1️⃣Chemotheraphy last year.", fixed: "She had Chemotherapy last year."),
        ],
        nonTriggering: [
            RuleExample("The metastasis can be slowed."),
            RuleExample("Metastases can be slowed."),
            RuleExample("The meeting went well, and the bile duct was clear."),
            RuleExample("Surgery can help.\n\n## References\n\n1. Ruiz A, Chen B. Liver surgery today. J Gastrointestin Surg. 2019. doi:10.1000/xyz1"),
        ],
        supersedes: ["spelling/unknown-word"],
        acceptedWords: .offered
    )

    func check(_ context: RuleContext, into diagnostics: inout [Diagnostic]) {
        let analysis = context.analysis
        let document = analysis.document
        let matches = analysis.termMatches // in document order, not overlapping
        var nextMatch = 0
        let words = WordList.builtIn(locale: context.locale)
        var index: NearMissIndex?
        var memo: [String: [(word: String, distance: Int)]] = [:] // a draft repeats its misspellings
        for (position, token) in document.tokens.enumerated() where token.kind == .word {
            if analysis.regions.isReference(token: position, in: document) { continue } // journal abbreviations
            while nextMatch < matches.count, matches[nextMatch].tokenEnd <= position { nextMatch += 1 }
            if nextMatch < matches.count, matches[nextMatch].tokenStart <= position { continue }
            let length = token.end - token.start
            guard length >= 5, !token.has(Token.allCaps), !token.has(Token.hasDigit), !token.has(Token.nonASCII) else { continue }
            let bytes = document.bytes(of: token)
            if words.contains(bytes) { continue }
            let text = document.text(of: token)
            let lowered = text.lowercased()
            if analysis.configuration.accepted.contains(lowered) { continue }
            if index == nil { index = context.vocabulary.termIndex }
            let misses: [(word: String, distance: Int)]
            if let known = memo[lowered] {
                misses = known
            } else {
                misses = index!.nearMisses(of: lowered, maxDistance: NearMissIndex.maxDistance(forLength: length))
                memo[lowered] = misses
            }
            guard let best = misses.first, best.distance > 0 else { continue }
            let replacement = TermUse.matchCase(best.word, like: text)
            var fixes = [Fix.replace(token.range, with: replacement, isSafe: misses.count == 1 && best.distance == 1)]
            fixes += misses.dropFirst().prefix(2).map { Fix.replace(token.range, with: TermUse.matchCase($0.word, like: text), isSafe: false) }
            diagnostics.append(context.diagnostic(
                "\"\(text)\" looks like a misspelling of \"\(replacement)\".", at: token.range, fixes: fixes
            ))
        }
    }
}
