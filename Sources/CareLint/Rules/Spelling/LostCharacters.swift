/// Suggestions for words that lost a character in extraction or typing: an apostrophe ("bodys" → "body's",
/// "doesnt" → "doesn't") or the space between two words ("energyand" → "energy and").
enum LostCharacters {
    /// The word with its lost apostrophe back, when that is a known word; nil otherwise.
    static func restoreApostrophe(_ text: String, _ words: WordList) -> String? {
        let bytes = Array(text.utf8)
        guard bytes.count >= 4 else { return nil }
        if bytes.last == 0x73, words.contains(bytes.dropLast()) { return String(text.dropLast()) + "'s" }
        // A contraction: the apostrophe goes before its ending ("doesnt" → "doesn't", "youre" → "you're").
        for ending in contractionEndings where bytes.count > ending.count + 1 && bytes.suffix(ending.count).elementsEqual(ending) {
            let contraction = String(decoding: bytes.dropLast(ending.count), as: UTF8.self) + "'" + String(decoding: ending, as: UTF8.self)
            if words.contains(Array(contraction.utf8)) { return contraction }
        }
        return nil
    }

    /// The endings of English contractions, after the apostrophe ("n't" is cut as "n" + "'t").
    static let contractionEndings: [[UInt8]] = ["t", "re", "ve", "ll", "d", "m"].map { Array($0.utf8) }

    /// Two known words glued together, when one is a function word of `gluedWords` and the other a known word of
    /// three or more letters ("energyand"), or both are words of the general list of four letters or more
    /// ("imaginginterprets"); nil otherwise. A split with a function word is preferred.
    static func splitGlued(_ text: String, _ words: WordList) -> String? {
        let bytes = Array(text.utf8)
        guard bytes.count >= 5, bytes.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return nil }
        func known(_ part: ArraySlice<UInt8>) -> Bool { words.contains(part) || KnownWords.medical.contains(part) }
        func joined(_ cut: Int) -> String { String(decoding: bytes[..<cut], as: UTF8.self) + " " + String(decoding: bytes[cut...], as: UTF8.self) }
        for cut in stride(from: bytes.count - 1, through: 2, by: -1) {
            let left = bytes[..<cut], right = bytes[cut...]
            // A glued word on the left that is also a prefix ("in", "a", "be", "over") would cut real words
            // ("inactivators", "asymptomatic"); on the right it is safe ("radiologista" → "radiologist a").
            let leftGlue = gluedWords.contains(Array(left)) && !prefixLike.contains(Array(left))
            let rightGlue = gluedWords.contains(Array(right))
            guard leftGlue && right.count >= 3 || rightGlue && left.count >= 3 else { continue }
            if (leftGlue || known(left)) && (rightGlue || known(right)) { return joined(cut) }
        }
        // Two content words: only general-list words, so a medical word is not cut into look-alikes.
        for cut in stride(from: bytes.count - 4, through: 4, by: -1) where words.contains(bytes[..<cut]) && words.contains(bytes[cut...]) {
            return joined(cut)
        }
        return nil
    }

    /// Function words that are also prefixes of English words: never cut off the front of a word.
    static let prefixLike: Set<[UInt8]> = Set(["a", "an", "in", "be", "on", "over", "after", "for", "to", "as", "at", "by", "with"].map { Array($0.utf8) })

    /// Function words that a lost space or dash most often glues to a neighbour.
    static let gluedWords: Set<[UInt8]> = Set(["the", "and", "or", "of", "to", "in", "is", "as", "at", "by", "for", "with",
                                               "than", "that", "such", "which", "a", "an", "are", "be", "can", "from",
                                               "on", "over", "after", "like"].map { Array($0.utf8) })
}
