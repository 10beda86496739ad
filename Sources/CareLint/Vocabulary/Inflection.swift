/// Regular English inflections of a word, generated when patterns are loaded so that matching stays one lookup
/// per token: plurals (+s, +es, y→ies), verb forms (+ed, +d, +ing, e→ing) and the possessive ('s).
public enum Inflection: UInt8, Sendable, CaseIterable {
    case plainS, es, ies, ed, d, ing, eIng, possessive

    /// The inflections that apply to a lower-case word; verb forms only for single words.
    static func forms(of word: String, verbs: Bool) -> [(Inflection, String)] {
        let scalars = Array(word.unicodeScalars)
        guard scalars.count >= 2, scalars.allSatisfy({ $0.properties.isAlphabetic || $0 == "-" }) else {
            return scalars.count >= 2 ? [(.possessive, word + "'s")] : []
        }
        var forms: [(Inflection, String)] = [(.possessive, word + "'s")]
        let last = scalars[scalars.count - 1]
        let beforeLast = scalars[scalars.count - 2]
        let vowels: Set<Unicode.Scalar> = ["a", "e", "i", "o", "u"]
        let endsSibilant = word.hasSuffix("s") || word.hasSuffix("x") || word.hasSuffix("z") || word.hasSuffix("ch") || word.hasSuffix("sh")
        if last == "y", !vowels.contains(beforeLast) {
            forms.append((.ies, String(word.dropLast()) + "ies"))
        } else if endsSibilant {
            forms.append((.es, word + "es"))
        } else {
            forms.append((.plainS, word + "s"))
        }
        if verbs {
            if last == "e" {
                forms.append((.d, word + "d"))
                forms.append((.eIng, String(word.dropLast()) + "ing"))
            } else {
                forms.append((.ed, word + "ed"))
                forms.append((.ing, word + "ing"))
            }
        }
        return forms
    }

    /// `forms(of:verbs:)` for the lower-cased last word of an all-ASCII pattern, on bytes (no String work per
    /// form); nil when the pattern is not all ASCII. Gives exactly what the String path gives for such words,
    /// including nothing for a last word with a character other than a letter or a hyphen.
    static func asciiForms(ofLastWordOf pattern: String, verbs: Bool) -> [(Inflection, [UInt8])]? {
        var bytes = Array(pattern.utf8)
        guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
        while bytes.last == 0x20 { bytes.removeLast() } // as split(separator: " ") drops empty pieces
        guard !bytes.isEmpty else { return [] }
        let lastSpace = bytes.lastIndex(of: 0x20) ?? -1
        let word = bytes[(lastSpace + 1)...].map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        guard !word.isEmpty, word.allSatisfy({ ($0 >= 0x61 && $0 <= 0x7A) || $0 == 0x2D }) else { return [] }
        guard word.count >= 2 else { return [] }
        var forms: [(Inflection, [UInt8])] = [(.possessive, word + [0x27, 0x73])]
        let last = word[word.count - 1]
        let beforeLast = word[word.count - 2]
        let isVowel = { (byte: UInt8) in byte == 0x61 || byte == 0x65 || byte == 0x69 || byte == 0x6F || byte == 0x75 }
        let endsSibilant = last == 0x73 || last == 0x78 || last == 0x7A || ((last == 0x68) && (beforeLast == 0x63 || beforeLast == 0x73))
        if last == 0x79, !isVowel(beforeLast) {
            forms.append((.ies, Array(word.dropLast()) + Array("ies".utf8)))
        } else if endsSibilant {
            forms.append((.es, word + Array("es".utf8)))
        } else {
            forms.append((.plainS, word + [0x73]))
        }
        if verbs {
            if last == 0x65 {
                forms.append((.d, word + [0x64]))
                forms.append((.eIng, Array(word.dropLast()) + Array("ing".utf8)))
            } else {
                forms.append((.ed, word + Array("ed".utf8)))
                forms.append((.ing, word + Array("ing".utf8)))
            }
        }
        return forms
    }

    /// Applies the same inflection to another word (the replacement of an inflected match), or nil when it does
    /// not fit (a replacement phrase whose last word is not a plain word).
    public func apply(to text: String) -> String {
        switch self {
        case .possessive: return text + "'s"
        case .plainS, .es, .ies:
            if text.hasSuffix("y"), let before = text.dropLast().last, !"aeiou".contains(before) { return text.dropLast() + "ies" }
            if text.hasSuffix("s") || text.hasSuffix("x") || text.hasSuffix("ch") || text.hasSuffix("sh") { return text + "es" }
            return text + "s"
        case .ed, .d: return text.hasSuffix("e") ? text + "d" : text + "ed"
        case .ing, .eIng: return text.hasSuffix("e") && !text.hasSuffix("ee") ? text.dropLast() + "ing" : text + "ing"
        }
    }
}
