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
