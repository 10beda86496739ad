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
    /// three or more letters; nil otherwise.
    static func splitGlued(_ text: String, _ words: WordList) -> String? {
        let bytes = Array(text.utf8)
        guard bytes.count >= 5, bytes.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return nil }
        for cut in stride(from: bytes.count - 2, through: 2, by: -1) {
            let left = bytes[..<cut], right = bytes[cut...]
            let leftGlue = gluedWords.contains(Array(left)), rightGlue = gluedWords.contains(Array(right))
            guard leftGlue && right.count >= 3 || rightGlue && left.count >= 3 else { continue }
            func known(_ part: ArraySlice<UInt8>) -> Bool { words.contains(part) || KnownWords.medical.contains(part) }
            if (leftGlue || known(left)) && (rightGlue || known(right)) {
                return String(decoding: left, as: UTF8.self) + " " + String(decoding: right, as: UTF8.self)
            }
        }
        return nil
    }

    /// Function words that a lost space or dash most often glues to a neighbour.
    static let gluedWords: Set<[UInt8]> = Set(["the", "and", "or", "of", "to", "in", "is", "as", "at", "by", "for", "with",
                                               "than", "that", "such", "which", "a", "an", "are", "be", "can", "from",
                                               "on", "over", "after", "like"].map { Array($0.utf8) })
}
