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
        var pattern = pattern
        return pattern.withUTF8 { bytes -> [(Inflection, [UInt8])]? in
            for byte in bytes where byte >= 0x80 { return nil }
            var end = bytes.count
            while end > 0, bytes[end - 1] == 0x20 { end -= 1 } // as split(separator: " ") drops empty pieces
            guard end > 0 else { return [] }
            var start = end
            while start > 0, bytes[start - 1] != 0x20 { start -= 1 }
            let n = end - start
            guard n >= 2 else { return [] }
            // The lower-cased last word: letters and hyphens only, or no forms.
            var word = [UInt8](repeating: 0, count: n)
            for k in 0..<n {
                let byte = bytes[start + k]
                let lower = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                guard (lower >= 0x61 && lower <= 0x7A) || lower == 0x2D else { return [] }
                word[k] = lower
            }
            func form(dropping drop: Int, _ ending: StaticString) -> [UInt8] {
                var form: [UInt8] = []
                form.reserveCapacity(n - drop + ending.utf8CodeUnitCount)
                form.append(contentsOf: word[0..<(n - drop)])
                ending.withUTF8Buffer { form.append(contentsOf: $0) }
                return form
            }
            var forms: [(Inflection, [UInt8])] = []
            forms.reserveCapacity(verbs ? 4 : 2)
            forms.append((.possessive, form(dropping: 0, "'s")))
            let last = word[n - 1]
            let beforeLast = word[n - 2]
            let isVowel = beforeLast == 0x61 || beforeLast == 0x65 || beforeLast == 0x69 || beforeLast == 0x6F || beforeLast == 0x75
            let endsSibilant = last == 0x73 || last == 0x78 || last == 0x7A || ((last == 0x68) && (beforeLast == 0x63 || beforeLast == 0x73))
            if last == 0x79, !isVowel {
                forms.append((.ies, form(dropping: 1, "ies")))
            } else if endsSibilant {
                forms.append((.es, form(dropping: 0, "es")))
            } else {
                forms.append((.plainS, form(dropping: 0, "s")))
            }
            if verbs {
                if last == 0x65 {
                    forms.append((.d, form(dropping: 0, "d")))
                    forms.append((.eIng, form(dropping: 1, "ing")))
                } else {
                    forms.append((.ed, form(dropping: 0, "ed")))
                    forms.append((.ing, form(dropping: 0, "ing")))
                }
            }
            return forms
        }
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
