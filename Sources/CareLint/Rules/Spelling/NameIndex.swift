/// Where each word of a document occurs, grouped by its spelling without case, so that `spelling/unknown-word`
/// can tell names from typos in time linear in the document: built once, on the first capitalized unknown word,
/// instead of a scan of every token for each such word.
struct NameIndex {
    /// What the document shows of one exact spelling ("Zorbly").
    private struct Spelling {
        /// Uses of this spelling inside a sentence (not at its start): enough to call it a name.
        var insideSentence = false
        /// Uses at a sentence start.
        var atStart = 0
        /// Uses that count as the word written another way (not covered by a term, not part of a path or handle).
        var plainUses = 0
    }

    /// Each exact spelling's uses, by `DocumentWords` exact id.
    private var spellings: [Spelling]
    /// All plain uses per folded spelling (by folded id), to ask "written another way anywhere?" in constant time.
    private var plainUsesPerGroup: [Int]
    private let words: DocumentWords

    /// Indexes the word tokens of `document`; `covered` marks tokens inside vocabulary terms.
    init(_ document: ParsedDocument, words: DocumentWords, covered: [Bool], rule: UnknownWordRule) {
        self.words = words
        spellings = [Spelling](repeating: Spelling(), count: words.exactCount)
        plainUsesPerGroup = [Int](repeating: 0, count: words.foldedCount)
        for (index, token) in document.tokens.enumerated() where token.kind == .word {
            let exact = Int(words.exactID[index])
            if rule.isSentenceStart(index, document) { spellings[exact].atStart += 1 } else { spellings[exact].insideSentence = true }
            if !covered[index], !rule.isPartOfName(index, document) {
                spellings[exact].plainUses += 1
                plainUsesPerGroup[Int(words.foldedOfExact[exact])] += 1
            }
        }
    }

    /// True when the capitalized word of token `index` is written the same way inside a sentence somewhere, or
    /// more than once and never another way (in lowercase, say): a name.
    func isName(token index: Int) -> Bool {
        let exact = Int(words.exactID[index])
        let spelling = spellings[exact]
        if spelling.insideSentence { return true }
        let otherWays = plainUsesPerGroup[Int(words.foldedOfExact[exact])] - spelling.plainUses
        return spelling.atStart > 1 && otherWays == 0
    }
}
