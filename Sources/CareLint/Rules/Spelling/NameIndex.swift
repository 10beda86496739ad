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

    /// Spellings by their lowercased bytes, then by their exact bytes.
    private var groups: [[UInt8]: [[UInt8]: Spelling]] = [:]
    /// All plain uses per group, to ask "written another way anywhere?" in constant time.
    private var plainUsesPerGroup: [[UInt8]: Int] = [:]

    /// Indexes the word tokens of `document`; `covered` marks tokens inside vocabulary terms.
    init(_ document: ParsedDocument, covered: [Bool], rule: UnknownWordRule) {
        for (index, token) in document.tokens.enumerated() where token.kind == .word {
            let exact = Array(document.bytes(of: token))
            let key = exact.map(NearMissIndex.fold)
            var spelling = groups[key, default: [:]][exact, default: Spelling()]
            if rule.isSentenceStart(index, document) { spelling.atStart += 1 } else { spelling.insideSentence = true }
            if !covered[index], !rule.isPartOfName(index, document) {
                spelling.plainUses += 1
                plainUsesPerGroup[key, default: 0] += 1
            }
            groups[key, default: [:]][exact] = spelling
        }
    }

    /// True when the capitalized word `bytes` is written the same way inside a sentence somewhere, or more than
    /// once and never another way (in lowercase, say): a name.
    func isName(_ bytes: ArraySlice<UInt8>) -> Bool {
        let exact = Array(bytes)
        let key = exact.map(NearMissIndex.fold)
        guard let spelling = groups[key]?[exact] else { return false }
        if spelling.insideSentence { return true }
        let otherWays = (plainUsesPerGroup[key] ?? 0) - spelling.plainUses
        return spelling.atStart > 1 && otherWays == 0
    }
}
