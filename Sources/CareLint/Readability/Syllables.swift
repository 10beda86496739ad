/// Estimates how many syllables an English word has, from its spelling alone.
///
/// The estimate counts vowel groups and then corrects them with spelling rules: a silent final "e" (but a sounded
/// "-le" and "-re" after a consonant), silent "-es" and "-ed" unless they follow a sibilant or "t"/"d", vowel pairs
/// that are two syllables ("radio", "media", "video", "fluid", "diet") unless palatal ("-tion", "-cial", "-cious"),
/// "y" as a vowel after a consonant, "qu"/"gu" as consonants, "-ism", "-ire", and a short list of exceptions.
/// It needs no dictionary and allocates nothing on the heap.
public enum Syllables {
    /// The number of syllables in `word`, a UTF-8 word such as "chemotherapy" or "follow-up".
    ///
    /// ASCII letters are compared case-insensitively; apostrophes are ignored; other ASCII punctuation (a hyphen, a
    /// slash) separates parts that are counted on their own and added. A non-ASCII letter ("é" in "café") counts
    /// as a vowel of its own. Any non-empty word counts at least one syllable (a number too); an empty one counts 0.
    public static func count<C: Collection>(_ word: C) -> Int where C.Element == UInt8 {
        let length = word.count
        if length == 0 { return 0 }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: length) { buffer in
            var total = 0
            var partLength = 0
            func flush() {
                if partLength > 0 {
                    total += countPart(UnsafeBufferPointer(rebasing: buffer[0..<partLength]))
                    partLength = 0
                }
            }
            var lead: UInt8 = 0  // the lead byte of the non-ASCII character being read, or 0
            var second: UInt8 = 0
            for byte in word {
                if byte & 0xC0 == 0x80 {  // a continuation byte
                    switch lead {
                    case 0xC2: flush()  // Latin-1 punctuation: "«", no-break space, soft hyphen
                    case 0xC3:  // Latin-1 letters: "ç", "ñ", "ß" are consonants, the others vowels
                        let consonant = byte == 0xA7 || byte == 0xB1 || byte == 0x9F || byte == 0x87 || byte == 0x91
                        buffer[partLength] = consonant ? foreignConsonant : foreignVowel
                        partLength += 1
                    case 0xE2:  // general punctuation: curly apostrophes are ignored, the rest separates
                        if second == 0 { second = byte; continue }
                        if !(second == 0x80 && (byte == 0x98 || byte == 0x99)) { flush() }
                    default: continue
                    }
                    lead = 0
                    continue
                }
                lead = 0
                switch byte {
                case 0x41...0x5A: buffer[partLength] = byte | 0x20; partLength += 1
                case 0x61...0x7A: buffer[partLength] = byte; partLength += 1
                case 0x27: continue  // apostrophe
                case 0xC2, 0xC3, 0xE2: lead = byte; second = 0
                case 0xC4...0xE1, 0xE3...0xEF: buffer[partLength] = foreignVowel; partLength += 1  // another letter
                default: flush()  // ASCII punctuation, digits, emoji
                }
            }
            flush()
            return max(1, total)
        }
    }

    /// Stands for a non-ASCII vowel letter ("é", "ï"): a vowel that never joins its neighbours.
    static let foreignVowel: UInt8 = 0x01
    /// Stands for a non-ASCII consonant letter ("ñ", "ç").
    static let foreignConsonant: UInt8 = 0x02

    /// Counts one run of lowercase ASCII letters (and `foreignVowel` markers).
    static func countPart(_ w: UnsafeBufferPointer<UInt8>) -> Int {
        if let known = exception(w) { return known }
        let n = w.count
        return withUnsafeTemporaryAllocation(of: Bool.self, capacity: n) { vowel in
            markVowels(w, vowel)
            var count = 0
            var i = 0
            var lastGroupStart = -1
            var groups = 0
            while i < n {
                guard vowel[i] else { i += 1; continue }
                let start = i
                count += 1
                groups += 1
                while i + 1 < n && vowel[i + 1] {
                    if splits(w, i) { count += 1 }
                    i += 1
                }
                lastGroupStart = start
                i += 1
            }
            if groups == 0 { return n > 0 ? 1 : 0 }
            count -= silentEndings(w, vowel, lastGroupStart: lastGroupStart, groups: groups)
            count -= silentInnerE(w, vowel)
            count += extraEndings(w)
            return max(1, count)
        }
    }

    @inline(__always) static func isVowelLetter(_ c: UInt8) -> Bool {
        c == 0x61 || c == 0x65 || c == 0x69 || c == 0x6F || c == 0x75 || c == foreignVowel
    }

    /// Decides, letter by letter, which letters are vowels: "y" is a consonant at the start and between vowels;
    /// "u" is a consonant after "q", and after "g" before a vowel at the start ("guide") or after "n"
    /// ("language"), and in a final "-gue(s)" ("fatigue").
    static func markVowels(_ w: UnsafeBufferPointer<UInt8>, _ vowel: UnsafeMutableBufferPointer<Bool>) {
        let n = w.count
        for i in 0..<n {
            let c = w[i]
            if c == y {
                let afterVowel = i > 0 && (vowel[i - 1] || (w[i - 1] == wLetter && i > 1 && vowel[i - 2]))  // "lawyer"
                let beforeVowel = i + 1 < n && isVowelLetter(w[i + 1])
                let beforeConsonant = i + 1 < n && !isVowelLetter(w[i + 1]) && w[i + 1] != y
                vowel[i] = i > 0 ? !(afterVowel && beforeVowel) : beforeConsonant  // "yes", but "yttrium"
            } else if c == u {
                vowel[i] = true
                guard i > 0 else { continue }
                if w[i - 1] == q { vowel[i] = false }
                if w[i - 1] == g && i + 1 < n && isVowelLetter(w[i + 1]) {
                    if i == 1 || (i >= 2 && w[i - 2] == nLetter) { vowel[i] = false }
                    let tail = n - i
                    let final = (tail == 2 && w[i + 1] == e)
                        || (tail == 3 && w[i + 1] == e && (w[i + 2] == s || w[i + 2] == d))
                    if final && !(i >= 2 && w[i - 2] == r) { vowel[i] = false }
                }
            } else {
                vowel[i] = isVowelLetter(c)
            }
        }
    }

    /// Whether the vowel at `i` and the vowel at `i + 1` are two syllables.
    static func splits(_ w: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        let first = w[i], second = w[i + 1], n = w.count
        if first == foreignVowel || second == foreignVowel { return true }
        if endsPrefix(w, at: i) { return true }  // "antiemetic", "radioactive", "gastroenterologist"
        let prev: UInt8 = i > 0 ? w[i - 1] : 0
        let next: UInt8 = i + 2 < n ? w[i + 2] : 0
        let next2: UInt8 = i + 3 < n ? w[i + 3] : 0
        let atEnd = i + 2 == n
        let palatal = prev == c || prev == t || prev == s || prev == g || prev == x
        if first == y {
            // "y" after a consonant is a vowel of its own ("dying", "embryo"), but "-ye(s|d)" is one ("dyes").
            if second == e && (atEnd || (i + 3 == n && (next == s || next == d))) { return false }
            return true
        }
        switch (first, second) {
        case (i_, a):
            if (prev == c || prev == t) && (atEnd || next == nLetter || next == l) { return false }
            if prev == s && (atEnd || next == nLetter) && i >= 2 && isVowelLetter(w[i - 2]) { return false }  // "Asia"
            if prev == g && atEnd { return false }  // "neuralgia"
            if prev == r && i >= 2 && w[i - 2] == r && next == g { return false }  // "marriage"
            return true
        case (i_, o):
            if palatal && (next == nLetter || next == u) { return false }
            if prev == l && i >= 2 && w[i - 2] == l && next == nLetter { return false }  // "million"
            if prev == nLetter && next == nLetter { return false }  // "onion", "opinion"
            if (prev == nLetter || prev == v) && next == r { return false }  // "senior", "behavior"
            return true
        case (i_, u), (i_, i_): return true
        case (i_, e):
            if next == t { return true }  // "diet", "quiet", "anxiety"
            if next == s && next2 == t && i + 4 == n { return true }  // "happiest"
            if next == r && i + 3 == n { return i > 1 }  // "happier", but "pier"
            if next == nLetter && (next2 == t || next2 == c) {  // "client", "science", not "patient"
                if prev == t { return false }
                if prev == c { return i >= 2 && w[i - 2] == s && i == 2 }
                return true
            }
            if next == nLetter && i + 3 == n { return i > 1 && prev == l }  // "alien"
            return false
        case (e, o):
            if prev == g || prev == c { return false }  // "surgeon", "gorgeous", "ocean"
            return true
        case (e, a):
            if atEnd || (i + 3 == n && next == s) { return hasVowel(w, before: i - 1) }  // "idea(s)", "pancreas"
            if prev == r && i >= 2 && w[i - 2] == c && next == t && next2 != u { return true }  // "create"
            if i == 1 && prev == r && (next == c || next2 == s || (next == p && next2 == p)) { return true }
            if next == nLetter && i + 3 == n && prev != c && prev != g { return hasVowel(w, before: i - 1) }
            if i == 2 && prev == h && w[0] == t && next == t { return true }  // "theater"
            return false
        case (e, u):
            if i == 1 && prev == r { return true }  // "reuse"
            if (next == m || next == s) && i + 3 == n { return true }  // "museum", "nucleus"
            return false
        case (e, i_):
            if next == nLetter && next2 == g && i + 4 == n { return true }  // "being"
            if next == t && next2 == y { return true }  // "deity", "spontaneity"
            if i == 1 && prev == r && (next == nLetter || next == m) && i + 3 < n
                && next2 != g && next2 != d { return true }  // "reinforce", "reimburse"
            return false
        case (e, e):
            return i == 1 && prev == r && n >= 7 || i == 2 && prev == r && w[0] == p && n >= 7
        case (u, a):
            if prev == q || prev == g { return false }
            if prev == s && next == d { return false }  // "persuade"
            return true
        case (u, e):
            if atEnd || (i + 3 == n && (next == s || next == d)) { return false }  // "tissue(s)", "continued"
            return next == l || next == nLetter || next == t || next == r  // "cruel", "fluent", "duet"
        case (u, i_):
            if next == d || next == nLetter { return true }  // "fluid", "ruin", "genuine"
            if next == t && (next2 == y || next2 == i_) { return true }  // "acuity", "intuitive"
            if next == s && next2 == m { return true }
            return false
        case (u, o): return !(prev == l && next == r)  // "duo", but "fluoride"
        case (o, a):
            if atEnd { return hasVowel(w, before: i - 1) }  // "boa" is one, "protozoa" ends in two
            if prev == c && next == g { return true }  // "coagulate", "anticoagulant"
            return i == 1 && prev == c && next == l && (next2 == e || next2 == i_)  // "coalesce"
        case (o, e):
            if i == 1 && prev == c { return true }  // "coexist", "coerce"
            return next == m || (next == t && i + 2 < n)  // "poem", "poet", but "toes"
        case (o, i_):
            if next == nLetter && next2 == g && i + 4 == n { return true }  // "going"
            return next == c && next2 != e  // "heroic", "stoic", but "voice"
        case (o, o):
            return i == 1 && prev == c && (next == p || next == r) && n >= 7  // "cooperate"
        case (a, o): return true
        case (a, i_): return next == c || (next == v && next2 == e)  // "mosaic", "naive"
        default: return false
        }
    }

    /// Whether `w` starts with a prefix that ends with the vowel at `i` and is followed by a vowel: "anti-emetic".
    static func endsPrefix(_ w: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        guard i >= 2, w.count >= i + 4 else { return false }
        for prefix in vowelPrefixes where prefix.count == i + 1 && startsWith(w, prefix) { return true }
        return false
    }

    /// Whether a vowel (any group) occurs strictly before `index`.
    static func hasVowel(_ w: UnsafeBufferPointer<UInt8>, before index: Int) -> Bool {
        var i = 0
        while i < index && i < w.count {
            if isVowelLetter(w[i]) || (w[i] == y && i > 0) { return true }
            i += 1
        }
        return false
    }

    /// Silent "e", "-es" and "-ed" at the end of the word: 1 when the last group is a lone silent "e", else 0.
    static func silentEndings(_ w: UnsafeBufferPointer<UInt8>, _ vowel: UnsafeMutableBufferPointer<Bool>,
                              lastGroupStart: Int, groups: Int) -> Int {
        let n = w.count
        guard groups > 1, lastGroupStart >= 1, w[lastGroupStart] == e, !vowel[lastGroupStart - 1] else { return 0 }
        let tail = n - lastGroupStart  // "e" = 1, "es"/"ed" = 2
        let p = w[lastGroupStart - 1]
        let pp: UInt8 = lastGroupStart >= 2 ? w[lastGroupStart - 2] : 0
        let ppIsConsonant = lastGroupStart >= 2 && !vowel[lastGroupStart - 2]
        // "-le" and "-re" after a consonant are sounded: "table", "tables", "troubled", "centre", "hundred".
        let soft = pp == wLetter || pp == r  // "curled", "bawled"
        if (p == l && ppIsConsonant && pp != l && !soft) || (p == r && ppIsConsonant && pp != r && !soft) { return 0 }
        if tail == 1 { return 1 }
        guard tail == 2 else { return 0 }
        switch w[n - 1] {
        case s:
            if p == s || p == x || p == z || p == c || p == g { return 0 }  // "boxes", "pages"
            if p == h && (pp == c || pp == s) { return 0 }  // "wishes"
            return 1
        case d:
            return p == t || p == d ? 0 : 1
        default:
            return 0
        }
    }

    /// A silent "e" inside the word: before "-ly", "-ment", "-ful", "-less", "-ness", "-ty" ("lately",
    /// "statement", "careful", "safety"), and at the end of a first part such as "some-", "home-", "care-".
    static func silentInnerE(_ w: UnsafeBufferPointer<UInt8>, _ vowel: UnsafeMutableBufferPointer<Bool>) -> Int {
        let n = w.count
        var result = 0
        let first = Int(w[0]) - 0x61
        let candidates = first >= 0 && first < 26 ? silentEPrefixesByLetter[first] : []
        for prefix in candidates where n > prefix.count + 1 && startsWith(w, prefix) {
            let k = prefix.count
            let forest = w[k] == s && w[k + 1] == t  // "forest", "forestall"
            if !vowel[k] && !forest { result = 1 }
            break
        }
        // Every suffix ends in y, t, l or s (a plural ends in s too): other words skip the loop.
        let last = w[n - 1]
        let suffixes = last == y || last == t || last == l || last == s ? silentESuffixes : []
        for suffix in suffixes {
            var k = n - suffix.count
            if endsWith(w, suffix) == false {
                // Also a plural: "statements".
                guard w.last == s, endsWith(w, suffix, droppingLast: 1) else { continue }
                k -= 1
            }
            let ePos = k - 1
            guard ePos >= 2, w[ePos] == e, !vowel[ePos - 1], ePos - 1 >= 1 else { continue }
            let p = w[ePos - 1]
            let ppIsConsonant = !vowel[ePos - 2]
            if (p == l && (ppIsConsonant || suffix.first == m)) || (p == r && ppIsConsonant) { continue }
            if hasVowel(w, before: ePos - 1) { result += 1 }
            break
        }
        return min(result, 1)
    }

    /// Extra syllables: "-ism", "-asm" and "-thm" ("autism", "spasm", "rhythm"), and "-ire(s|d)" ("fire").
    static func extraEndings(_ w: UnsafeBufferPointer<UInt8>) -> Int {
        var n = w.count
        if n >= 2 && w[n - 1] == s && w[n - 2] == m { n -= 1 }  // plural
        if n >= 3 && w[n - 1] == m && (w[n - 2] == s || w[n - 2] == h) {
            let before = w[n - 3]
            if (w[n - 2] == s && (isVowelLetter(before) || before == y)) || (w[n - 2] == h && before == t) { return 1 }
        }
        n = w.count
        if n >= 1 && (w[n - 1] == s || w[n - 1] == d) { n -= 1 }
        if n >= 4 && w[n - 1] == e && w[n - 2] == r && w[n - 3] == i_ && !isVowelLetter(w[n - 4]) { return 1 }
        return 0
    }

    static func startsWith(_ w: UnsafeBufferPointer<UInt8>, _ prefix: [UInt8]) -> Bool {
        guard w.count >= prefix.count else { return false }
        for k in 0..<prefix.count where w[k] != prefix[k] { return false }
        return true
    }

    static func endsWith(_ w: UnsafeBufferPointer<UInt8>, _ suffix: [UInt8], droppingLast drop: Int = 0) -> Bool {
        let end = w.count - drop
        guard end >= suffix.count else { return false }
        let start = end - suffix.count
        for k in 0..<suffix.count where w[start + k] != suffix[k] { return false }
        return true
    }

    static let silentEPrefixes: [[UInt8]] = [
        "some", "home", "life", "care", "side", "base", "time", "fire", "where", "there", "whole", "safe",
        "house", "name", "wide", "like", "stone", "shore", "fore", "else", "pace", "plate", "eye", "stage", "state",
        "game", "space", "store", "share",
    ].map { Array($0.utf8) }

    /// `silentEPrefixes` by first letter (a–z), in list order.
    static let silentEPrefixesByLetter: [[[UInt8]]] = {
        var table = [[[UInt8]]](repeating: [], count: 26)
        for prefix in silentEPrefixes { table[Int(prefix[0]) - 0x61].append(prefix) }
        return table
    }()

    static let vowelPrefixes: [[UInt8]] = [
        "anti", "auto", "semi", "multi", "neo", "cryo", "radio", "gastro", "electro", "photo", "psycho", "micro",
        "macro", "hydro", "chemo", "immuno", "neuro", "endo", "intra", "ultra", "supra", "retro", "pseudo", "proto",
        "hypo", "oligo", "thermo", "cardio", "osteo", "histo", "cyto", "onco", "hepato", "angio",
    ].map { Array($0.utf8) }

    static let silentESuffixes: [[UInt8]] = ["ly", "ment", "ful", "less", "ness", "ty"].map { Array($0.utf8) }

    // ASCII letters used by the rules.
    static let c: UInt8 = 0x63, d: UInt8 = 0x64, e: UInt8 = 0x65, g: UInt8 = 0x67
    static let h: UInt8 = 0x68, i_: UInt8 = 0x69, l: UInt8 = 0x6C, m: UInt8 = 0x6D, nLetter: UInt8 = 0x6E
    static let o: UInt8 = 0x6F, p: UInt8 = 0x70, q: UInt8 = 0x71, r: UInt8 = 0x72, s: UInt8 = 0x73
    static let t: UInt8 = 0x74, u: UInt8 = 0x75, v: UInt8 = 0x76, x: UInt8 = 0x78, y: UInt8 = 0x79
    static let z: UInt8 = 0x7A, wLetter: UInt8 = 0x77
    static let a: UInt8 = 0x61
}
