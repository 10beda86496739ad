import Foundation

/// Vocabulary packs made up for stress: a 100,000-concept pack and an adversarial pack.
enum SyntheticPacks {
    private static let syllables = ["ka", "lo", "mi", "ne", "pu", "ra", "si", "to", "va", "ze", "bri", "dro", "fen", "gal", "hep", "lin", "mor", "nex", "pol", "tri"]

    /// A made-up word for a number: its digits in base 20 as syllables ("kalomi"), at least three syllables.
    static func word(_ number: Int) -> String {
        var value = number
        var parts: [String] = []
        repeat {
            parts.append(syllables[value % syllables.count])
            value /= syllables.count
        } while value > 0
        while parts.count < 3 { parts.append("qu") }
        return parts.joined()
    }

    /// A pack of `count` concepts: terms of one to three words (a third start with a common word, so matching
    /// walks the trie on ordinary text), with variants, avoid forms, plain words and acronyms.
    static func large(concepts count: Int) -> [UInt8] {
        var random = SeededRandom(seed: 100_000)
        var json = "{\"name\": \"synthetic-100k\", \"concepts\": [\n"
        let common = ["blood", "liver", "care", "pain", "scan", "your", "the", "small"]
        for index in 0..<count {
            var term = word(index * 3)
            switch index % 3 {
            case 0: term = common[index % common.count] + " " + term
            case 1: term += " " + word(index * 3 + 1)
            default: break
            }
            var fields = ["\"id\": \"s\(index)\"", "\"term\": \"\(term)\"", "\"category\": \"general\""]
            if random.chance(0.3) { fields.append("\"plain\": [\"plain words\"]") }
            if random.chance(0.2) { fields.append("\"variants\": [\"\(word(index * 3 + 2))\"]") }
            if random.chance(0.1) { fields.append("\"avoid\": [\"\(word(index * 3 + 2))zz\"]") }
            if random.chance(0.05) { fields.append("\"acronym\": \"Q\(word(index).uppercased())\"") }
            if random.chance(0.1) { fields.append("\"definition\": \"A made-up word used to measure how CareLint copes with a large vocabulary.\"") }
            json += "  {" + fields.joined(separator: ", ") + "}" + (index + 1 < count ? ",\n" : "\n")
        }
        json += "]}\n"
        return Array(json.utf8)
    }

    /// The adversarial pack: `count` phrases that share long prefixes ("pa pa pa … pa wN"), and terms of one
    /// repeated letter ("aaaaa", "aaaaaa", …), half each.
    static func adversarial(phrases count: Int) -> [UInt8] {
        var json = "{\"name\": \"adversarial\", \"concepts\": [\n"
        var entries: [String] = []
        let half = count / 2
        for index in 0..<half {
            let depth = 1 + index % 15 // shared prefix of 1…15 words, the trie's depth limit
            let phrase = Array(repeating: "pa", count: depth).joined(separator: " ") + " " + word(index)
            entries.append("{\"id\": \"p\(index)\", \"term\": \"\(phrase)\", \"category\": \"general\"}")
        }
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        var index = 0
        var length = 5
        while entries.count < count {
            let letter = letters[index % letters.count]
            entries.append("{\"id\": \"r\(index)\", \"term\": \"\(String(repeating: letter, count: length))\", \"category\": \"general\"}")
            index += 1
            if index % letters.count == 0 { length += 1 }
        }
        json += entries.joined(separator: ",\n") + "\n]}\n"
        return Array(json.utf8)
    }

    /// Text that makes the adversarial pack work hard, `scale` × about 100 KB: runs of the shared prefix that stop
    /// one word short of a match, full matches, near misses of the repeated-letter terms, and one paragraph
    /// without a sentence end whose length grows with `scale` (so a per-sentence quadratic step would show).
    static func adversarialText(scale: Int) -> [UInt8] {
        var random = SeededRandom(seed: 7)
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        func piece() -> String {
            switch random.below(4) {
            case 0: return Array(repeating: "pa", count: 15).joined(separator: " ") // a prefix with no end
            case 1: return Array(repeating: "pa", count: 1 + random.below(15)).joined(separator: " ") + " " + word(random.below(5000))
            case 2: return String(repeating: random.pick(letters), count: 5 + random.below(150)) + "b" // a near miss
            default: return "the care team checks the liver"
            }
        }
        var out = "# Adversarial text\n\n"
        let unit = 50_000
        while out.utf8.count < unit * scale {
            out += (0..<8).map { _ in piece() }.joined(separator: " ") + ".\n\n"
        }
        // One sentence as long as the rest of the text.
        var long = ""
        while long.utf8.count < unit * scale { long += piece() + " " }
        out += long + "\n"
        return Array(out.utf8)
    }
}
