/// Conditions named after a person or place: an eponym ("Fanconi", "Crohn's") right before a condition word
/// ("anemia", "disease", "syndrome"). The pair is one fixed name: `vocab/jargon` never offers a plain word for the
/// condition word inside it, and `vocab/define-on-first-use` asks for the whole name to be explained at its first
/// use, unless readers know it (`isFamiliar`).
enum NamedConditions {
    /// True when token `index` is an eponym every reader knows ("Alzheimer's", "Down"): its key is on the reviewed
    /// well-known list (`TermUse.wellKnownWords`).
    static func isFamiliar(_ index: Int, in document: ParsedDocument) -> Bool {
        let bytes = document.bytes(of: document.tokens[index])
        return TermUse.wellKnownWords.contains(possessiveStem(bytes) ?? bytes)
    }

    /// True when token `index` is an eponym: a capitalized word that is no lower-case English word ("Fanconi",
    /// "Klinefelter", "Guillain-Barre"), or a capitalized possessive ("Crohn's"). A capitalized everyday word
    /// ("Kidney disease" at the start of a line) is not one.
    static func isEponym(_ index: Int, in document: ParsedDocument, words: WordList) -> Bool {
        guard index >= 0, index < document.tokens.count else { return false }
        let token = document.tokens[index]
        guard token.kind == .word, token.has(Token.capitalized), !token.has(Token.allCaps), !token.has(Token.hasDigit) else { return false }
        let bytes = document.bytes(of: token)
        if possessiveStem(bytes) != nil { return true }
        // The lower-case form unknown to the English list: a list word with capitals ("Alzheimer") matches only
        // its own form, so names stay names.
        let lower = bytes.map(TermUse.lowerASCII)
        return !words.contains(lower)
    }

    /// The bytes before a final "'s" or "’s", or nil.
    static func possessiveStem(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8>? {
        if bytes.count > 3, bytes.suffix(2).elementsEqual([0x27, 0x73]) { return bytes.dropLast(2) }
        if bytes.count > 5, bytes.suffix(4).elementsEqual([0xE2, 0x80, 0x99, 0x73]) { return bytes.dropLast(4) }
        return nil
    }

    /// The eponym's key: lower case, without "'s".
    static func key(_ index: Int, in document: ParsedDocument) -> String {
        let bytes = document.bytes(of: document.tokens[index])
        return String(decoding: (possessiveStem(bytes) ?? bytes).map(TermUse.lowerASCII), as: UTF8.self)
    }

    /// The named conditions of a page, in document order: the eponym's token range through the condition word
    /// (a hyphenated or two-word eponym, "Guillain-Barre", counts as one). One pass over the tokens.
    static func find(in document: ParsedDocument, words: WordList) -> [Range<Int>] {
        var found: [Range<Int>] = []
        let tokens = document.tokens
        // A capitalized condition word ("Glomerular Diseases") is title case, where every word has a capital.
        for (index, token) in tokens.enumerated() where index > 0 && token.kind == .word && token.end - token.start <= 12 && !token.has(Token.capitalized) {
            // The token flags first (a capitalized word before, in the same sentence): most words stop here
            // without copying their bytes.
            let before = tokens[index - 1]
            guard before.sentence == token.sentence, before.kind == .word, before.has(Token.capitalized),
                  FixedNames.namingHeads.contains(document.bytes(of: token).map(TermUse.lowerASCII)),
                  isEponym(index - 1, in: document, words: words) else { continue }
            var start = index - 1
            while start > 0, tokens[start - 1].sentence == token.sentence, isEponym(start - 1, in: document, words: words) { start -= 1 }
            found.append(start..<(index + 1))
        }
        return found
    }
}
