/// Suggestions for words that lost a character in extraction or typing: an apostrophe ("bodys" → "body's",
/// "doesnt" → "doesn't") or the space between two words ("energyand" → "energy and").
enum LostCharacters {
    /// The word with its lost apostrophe back, when that is a known word; nil otherwise.
    static func restoreApostrophe(_ text: String, _ words: WordList) -> String? {
        let bytes = Array(text.utf8)
        guard bytes.count >= 4 else { return nil }
        if bytes.last == 0x73, words.contains(bytes.dropLast()) { return String(text.dropLast()) + "'s" }
        if bytes.suffix(2).elementsEqual("nt".utf8) {
            let contraction = String(text.dropLast()) + "'t"
            if words.contains(Array(contraction.utf8)) { return contraction }
        }
        return nil
    }

    /// Two known words glued together, when one is a function word of `gluedWords` and the other a known word of
    /// three or more letters ("energyand"), or both are words of the general list of four letters or more
    /// ("imaginginterprets"); nil otherwise. A split with a function word is preferred.
    static func splitGlued(_ text: String, _ words: WordList) -> String? {
        let bytes = Array(text.utf8)
        guard bytes.count >= 5, bytes.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return nil }
        func known(_ part: ArraySlice<UInt8>) -> Bool { words.contains(part) || KnownWords.medical.contains(part) }
        func joined(_ cut: Int) -> String { String(decoding: bytes[..<cut], as: UTF8.self) + " " + String(decoding: bytes[cut...], as: UTF8.self) }
        for cut in stride(from: bytes.count - 2, through: 2, by: -1) {
            let left = bytes[..<cut], right = bytes[cut...]
            let leftGlue = gluedWords.contains(Array(left)), rightGlue = gluedWords.contains(Array(right))
            guard leftGlue && right.count >= 3 || rightGlue && left.count >= 3 else { continue }
            if (leftGlue || known(left)) && (rightGlue || known(right)) { return joined(cut) }
        }
        // Two content words: only general-list words, so a medical word is not cut into look-alikes.
        for cut in stride(from: bytes.count - 4, through: 4, by: -1) where words.contains(bytes[..<cut]) && words.contains(bytes[cut...]) {
            return joined(cut)
        }
        return nil
    }

    /// Function words that a lost space or dash most often glues to a neighbour.
    static let gluedWords: Set<[UInt8]> = Set(["the", "and", "or", "of", "to", "in", "is", "as", "at", "by", "for", "with",
                                               "than", "that", "such", "which", "a", "an", "are", "be", "can", "from",
                                               "on", "over", "after", "like"].map { Array($0.utf8) })
}
