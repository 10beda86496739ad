import Foundation

/// A set of known words for spell checking, looked up by UTF-8 bytes without allocating.
///
/// Case rules: a lowercase list word ("tumor") matches any casing of it ("Tumor", "TUMOR"); a list word with
/// capitals ("London", "McDonald", "NASA") matches that exact form and the ALL CAPS form. Curly apostrophes
/// (’ ‘, and ʼ before a final "s") count as straight ones; a possessive ("tumor's", "patients'") is known when its stem is; a hyphenated
/// compound ("follow-up") is known when each part is (a part may also be a number: "COVID-19"). A word without
/// letters counts as known: there is nothing to spell. Case is folded for ASCII letters only.
public struct WordList: Sendable {
    /// The words and their hash tables: one per embedded file, so the two locales share the common list's table
    /// (compiled in at build time and read in place); a word is known when any table knows it.
    let tables: [WordTable]
    /// The near-miss index for suggestions, built on first use and shared by copies.
    let suggestionIndex: LazyValue<NearMissIndex>

    /// The bundled SCOWL word list for `locale`: "en-GB" (also "en_GB", any case) gives the words common to both
    /// locales plus the British-only ones ("tumour"); any other locale the common words plus the American-only
    /// ones ("tumor"). The lists are compiled at build time and read in place (`CompiledWordTable`).
    public static func builtIn(locale: String) -> WordList {
        if locale == "en-US" { return enUS } // the common case, without Foundation string work per document
        let normalized = locale.lowercased().replacingOccurrences(of: "_", with: "-")
        return normalized == "en-gb" ? enGB : enUS
    }

    static let enUS = WordList(tables: [common, WordTable(embedded: "Dictionaries/en-US.txt")])
    static let enGB = WordList(tables: [common, WordTable(embedded: "Dictionaries/en-GB.txt")])
    /// The words common to both locales.
    private static let common = WordTable(embedded: "Dictionaries/en.txt")

    /// A word list of `words` (each as written: lowercase for common words, capitalized for proper nouns).
    public init(words: some Sequence<String>) {
        var bytes: [UInt8] = []
        var offsets: [Int32] = [0]
        for word in words where !word.isEmpty {
            bytes.append(contentsOf: word.utf8)
            offsets.append(Int32(bytes.count))
        }
        self.init(bytes: bytes, offsets: offsets)
    }

    /// The embedded compiled lists `names` (read in place, nothing parsed); a missing one contributes nothing.
    init(embedded names: [String]) {
        self.init(tables: names.map { WordTable(embedded: $0) })
    }

    init(bytes: [UInt8], offsets: [Int32]) {
        self.init(tables: [WordTable(bytes: bytes, offsets: offsets)])
    }

    init(tables: [WordTable]) {
        self.tables = tables
        suggestionIndex = LazyValue<NearMissIndex>()
    }

    /// The number of words in the list.
    public var count: Int { tables.reduce(0) { $0 + $1.count } }

    /// Whether `word` (UTF-8 bytes of one token) is a known word, by the rules above.
    public func contains<C: Collection>(_ word: C) -> Bool where C.Element == UInt8 {
        let direct = word.withContiguousStorageIfAvailable { bytes -> Bool? in
            bytes.contains(0xE2) ? nil : knownToken(bytes)
        }
        if let known = direct ?? nil { return known }
        let length = word.count
        if length == 0 { return false }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: length) { buffer in
            // Copy, turning curly apostrophes into straight ones and Unicode hyphens into "-".
            var n = 0
            var pending: (UInt8, UInt8) = (0, 0)  // the first two bytes of a three-byte sequence being read
            var pendingCount = 0
            for byte in word {
                if pendingCount > 0 {
                    if pendingCount == 1 { pending.1 = byte; pendingCount = 2; continue }
                    pendingCount = 0
                    let replacement = Self.punctuation(pending.0, pending.1, byte)
                    if let replacement {
                        buffer[n] = replacement; n += 1
                    } else {
                        buffer[n] = pending.0; buffer[n + 1] = pending.1; buffer[n + 2] = byte; n += 3
                    }
                    continue
                }
                if byte == 0xE2 { pending = (byte, 0); pendingCount = 1; continue }
                buffer[n] = byte; n += 1
            }
            if pendingCount > 0 {  // a truncated sequence: keep it as it was
                buffer[n] = pending.0; n += 1
                if pendingCount == 2 { buffer[n] = pending.1; n += 1 }
            }
            return knownToken(UnsafeBufferPointer(rebasing: buffer[0..<n]))
        }
    }

    /// Maps U+2018, U+2019 (apostrophes) and U+2010, U+2011 (hyphens) to ASCII; nil for anything else.
    static func punctuation(_ b0: UInt8, _ b1: UInt8, _ b2: UInt8) -> UInt8? {
        guard b0 == 0xE2, b1 == 0x80 else { return nil }
        switch b2 {
        case 0x98, 0x99: return 0x27
        case 0x90, 0x91: return 0x2D
        default: return nil
        }
    }

    /// A token after normalization: a word, a possessive of a word, or a compound of words.
    func knownToken(_ w: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = w.count
        if n == 0 { return false }
        if knownCompound(w) { return true }
        if n >= 3, w[n - 1] | 0x20 == 0x73 {  // "tumor's", "TUMOR'S"
            if w[n - 2] == 0x27 { return knownCompound(UnsafeBufferPointer(rebasing: w[0..<(n - 2)])) }
            if n >= 4, w[n - 3] == 0xCA, w[n - 2] == 0xBC {  // U+02BC, the modifier letter apostrophe
                return knownCompound(UnsafeBufferPointer(rebasing: w[0..<(n - 3)]))
            }
        }
        if n >= 3, w[n - 1] == 0x27, w[n - 2] | 0x20 == 0x73 {  // "patients'"
            return knownCompound(UnsafeBufferPointer(rebasing: w[0..<(n - 1)]))
        }
        return false
    }

    /// A word, or words joined by hyphens (empty parts, from a leading or doubled hyphen, are not words).
    func knownCompound(_ w: UnsafeBufferPointer<UInt8>) -> Bool {
        guard w.contains(0x2D) else { return known(w) }
        var start = 0
        for k in 0...w.count where k == w.count || w[k] == 0x2D {
            let part = UnsafeBufferPointer(rebasing: w[start..<k])
            if part.isEmpty || !(known(part) || part.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 })) { return false }
            start = k + 1
        }
        return true
    }

    /// One word, by the case rules.
    func known(_ w: UnsafeBufferPointer<UInt8>) -> Bool {
        var hasLetter = false, hasLower = false, hasUpper = false
        for byte in w {
            if byte >= 0x61 && byte <= 0x7A { hasLetter = true; hasLower = true }
            else if byte >= 0x41 && byte <= 0x5A { hasLetter = true; hasUpper = true }
            else if byte >= 0xC0 { hasLetter = true }
        }
        if !hasLetter { return true }
        let allCaps = hasUpper && !hasLower
        let hash = Self.foldedHash(w)
        for table in tables where table.contains(w, hash: hash, anyCase: allCaps) { return true }
        return false
    }

    /// FNV-1a over the bytes with ASCII letters folded to lowercase.
    static func foldedHash(_ w: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in w {
            hash = (hash ^ UInt64(NearMissIndex.fold(byte))) &* 0x0000_0100_0000_01B3
        }
        return UInt32(truncatingIfNeeded: hash ^ (hash >> 32))
    }
}

extension WordList {
    /// Up to `limit` listed words close to `word`, for a "did you mean" fix: the words within Damerau–Levenshtein
    /// distance `max(1, NearMissIndex.maxDistance(forLength:))` (a listed word that differs only in case comes
    /// first). Ties are broken by: a common word before a proper noun, a rearrangement of the same letters
    /// ("recieve" → "receive"), the same first letter, the nearer length, the shorter word (a rough frequency
    /// proxy), then alphabetical order. A Capitalized or ALL CAPS `word` gets its suggestions in the same case.
    /// The first call builds the near-miss index of the whole list (a fraction of a second for the bundled lists).
    public func suggestions(for word: String, limit: Int = 3) -> [String] {
        let query = Array(word.utf8)
        guard limit > 0, !query.isEmpty else { return [] }
        let index = suggestionIndex.get {
            var builder = NearMissIndex.Builder()
            for table in tables { for i in 0..<table.count { builder.add(String(decoding: table.word(i), as: UTF8.self)) } }
            return NearMissIndex(builder)
        }
        let maxDistance = max(1, NearMissIndex.maxDistance(forLength: query.count))
        let folded = query.map(NearMissIndex.fold)
        let queryIsLower = !query.contains { $0 >= 0x41 && $0 <= 0x5A }
        let sortedLetters = folded.sorted()
        struct Candidate { let word: String; let key: (Int, Int, Int, Int, Int, Int) }
        var candidates: [Candidate] = []
        index.search(folded, maxDistance: maxDistance) { node, distance in
            let candidate = index.originals[Int(node)]
            let bytes = Array(candidate.utf8)
            if bytes == query { return }
            let foldedCandidate = bytes.map(NearMissIndex.fold)
            let properNoun = queryIsLower && NearMissIndex.hasUppercase(candidate) ? 1 : 0
            let anagram = foldedCandidate.sorted() == sortedLetters ? 0 : 1
            let sameFirst = foldedCandidate.first == folded.first ? 0 : 1
            let key = (distance, properNoun, anagram, sameFirst, abs(bytes.count - query.count), bytes.count)
            candidates.append(Candidate(word: candidate, key: key))
        }
        candidates.sort { $0.key != $1.key ? $0.key < $1.key : $0.word < $1.word }
        var result: [String] = []
        for candidate in candidates {
            let cased = Self.matchCase(candidate.word, to: query)
            if !result.contains(cased) { result.append(cased) }
            if result.count == limit { break }
        }
        return result
    }

    /// `word` in the case pattern of `model`: ALL CAPS, or Capitalized when `word` is lowercase.
    static func matchCase(_ word: String, to model: [UInt8]) -> String {
        let letters = model.filter { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }
        guard let first = letters.first, first >= 0x41 && first <= 0x5A else { return word }
        if letters.count >= 2 && letters.allSatisfy({ $0 >= 0x41 && $0 <= 0x5A }) { return word.uppercased() }
        guard !NearMissIndex.hasUppercase(word) else { return word }
        return word.prefix(1).uppercased() + word.dropFirst()
    }
}
