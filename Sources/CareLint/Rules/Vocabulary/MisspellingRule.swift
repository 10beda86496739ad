/// `vocab/misspelling`: a word that is a near miss of a vocabulary term and is no known word.
struct MisspellingRule: Rule {
    let description = RuleDescription(
        id: "vocab/misspelling",
        defaultSeverity: .warning,
        summary: "A word looks like a misspelled medical term.",
        rationale: "General spell checkers flag correct medical words and miss near misses of them; this rule knows the vocabulary. One source article writes \"metastisis\" for \"metastasis\". A word is flagged when it is in no dictionary and is one or two letters away (by Damerau–Levenshtein distance, growing with word length) from a vocabulary term; the nearest term is the suggestion. A word of any word list, the medical lexicon or the vocabulary is never a misspelling, and a word as close to another known word as to the term gets no suggestion.",
        triggering: [
            RuleExample("The 1️⃣metastisis can be slowed.", fixed: "The metastasis can be slowed."),
            RuleExample("She had 1️⃣Chemotheraphy last year.", fixed: "She had Chemotherapy last year."),
        ],
        nonTriggering: [
            RuleExample("The metastasis can be slowed."),
            RuleExample("Metastases can be slowed."),
            RuleExample("The meeting went well, and the bile duct was clear."),
            // Correct words near a term are not misspellings of it.
            RuleExample("Metastatic cancer and peritoneal fluid were found; nephrotic syndrome harms the kidneys."),
            RuleExample("The chorionic tissue was checked, and rituximab was given."),
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
        let otherLocale = WordList.builtIn(locale: context.locale.lowercased().hasSuffix("gb") ? "en-US" : "en-GB")
        let spelling = UnknownWordRule()
        var index: NearMissIndex?
        var memo: [String: (word: String, others: [String])?] = [:] // a draft repeats its misspellings
        for (position, token) in document.tokens.enumerated() where token.kind == .word {
            if analysis.regions.isReference(token: position, in: document) { continue } // journal abbreviations
            while nextMatch < matches.count, matches[nextMatch].tokenEnd <= position { nextMatch += 1 }
            if nextMatch < matches.count, matches[nextMatch].tokenStart <= position { continue }
            let length = token.end - token.start
            guard length >= 5, analysis.wordIDs[position] < 0, !token.has(Token.allCaps), !token.has(Token.hasDigit), !token.has(Token.nonASCII) else { continue }
            // A correct word is never a misspelling: any word list, the medical lexicon, or a word built from known parts.
            let bytes = document.bytes(of: token)
            if words.contains(bytes) || UnknownWordRule.medical.contains(bytes) || otherLocale.contains(bytes) { continue }
            if spelling.isDerivedWord(bytes, words) { continue }
            let text = document.text(of: token)
            let lowered = text.lowercased()
            if analysis.configuration.accepted.contains(lowered) { continue }
            if index == nil { index = context.vocabulary.termIndex }
            let found: (word: String, others: [String])?
            if let known = memo[lowered] {
                found = known
            } else {
                found = Self.nearest(lowered, terms: index!, words: words, length: length)
                memo[lowered] = found
            }
            guard let found else { continue }
            let replacement = TermUse.matchCase(found.word, like: text)
            // A suggestion, never safe: a near miss may be another correct word the lists lack.
            var fixes = [Fix.replace(token.range, with: replacement, isSafe: false)]
            fixes += found.others.map { Fix.replace(token.range, with: TermUse.matchCase($0, like: text), isSafe: false) }
            diagnostics.append(context.diagnostic(
                "\"\(text)\" looks like a misspelling of \"\(replacement)\".", at: token.range, fixes: fixes
            ))
        }
    }

    /// The vocabulary term nearest `word`, when it is strictly closer than any other term and than any word of the
    /// general word list (a tie means the writer may have meant either: no suggestion).
    static func nearest(_ word: String, terms: NearMissIndex, words: WordList, length: Int) -> (word: String, others: [String])? {
        let misses = terms.nearMisses(of: word, maxDistance: NearMissIndex.maxDistance(forLength: length))
        guard let best = misses.first, best.distance > 0 else { return nil }
        if misses.count > 1, misses[1].distance <= best.distance { return nil }
        if let general = SpellingSuggestions.shared.suggestions(for: word, in: words).first?.lowercased(), general != best.word.lowercased(),
           distance(general, word) <= best.distance { return nil }
        return (best.word, misses.dropFirst().prefix(2).map(\.word))
    }

    private static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a.utf8), b = Array(b.utf8)
        return a.withUnsafeBufferPointer { a in b.withUnsafeBufferPointer { b in NearMissIndex.distance(a, b) } }
    }
}
