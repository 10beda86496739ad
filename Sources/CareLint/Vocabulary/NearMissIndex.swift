/// Finds the words of a list that are a few typing errors away from a given word ("metastisis" → "metastasis").
///
/// The distance is the Damerau–Levenshtein distance (insertions, deletions, substitutions and transpositions of
/// adjacent letters each cost 1), computed on UTF-8 bytes with ASCII letters folded to lowercase. The index keeps
/// the folded words grouped by length, each with its byte classes (`byteClassMask`): a query reads only the words
/// whose length is within `maxDistance` of its own, rules out most of them by their byte classes (each edit changes
/// at most two) and its letter counts (each edit changes them by at most two in all), and computes the distance of
/// the rest row by row (Lowrance and Wagner's algorithm, so the result is the true distance), leaving a word as soon
/// as every cell of a row of its prefix exceeds the allowed distance — the test a trie of the words would make at
/// that prefix, so the index answers what a trie walk answered. Building it costs one hash per word and no
/// allocation per word but the word itself. Immutable and safe to share between threads.
public struct NearMissIndex: Sendable {
    /// The words as given (the first spelling of each folded form, a lowercase one preferred), by word index.
    let originals: [String]
    /// Word indexes sorted by folded length: words of length `n` are at positions `starts[n]..<starts[n + 1]`.
    let starts: [Int32]
    let order: [Int32]
    /// By position: the folded bytes (`folded[offsets[p]..<offsets[p + 1]]`) and byte classes of the word.
    let folded: [UInt8]
    let offsets: [Int32]
    let masks: [UInt32]

    /// The longest word kept, in bytes.
    static let maximumLength = 255

    /// Builds the index from `words` (duplicates, including duplicates up to ASCII case, are kept once).
    public init(words: some Sequence<String>) {
        var builder = Builder()
        for word in words { builder.add(word) }
        self.init(builder)
    }

    init(_ builder: Builder) {
        originals = builder.originals
        let count = builder.originals.count
        // A counting sort of the words by length.
        var starts = [Int32](repeating: 0, count: Self.maximumLength + 2)
        for index in 0..<count { starts[Int(builder.offsets[index + 1] - builder.offsets[index]) + 1] += 1 }
        for length in 0...Self.maximumLength { starts[length + 1] += starts[length] }
        var next = starts
        var order = [Int32](repeating: 0, count: count)
        for index in 0..<count {
            let length = Int(builder.offsets[index + 1] - builder.offsets[index])
            order[Int(next[length])] = Int32(index)
            next[length] += 1
        }
        var folded: [UInt8] = []
        folded.reserveCapacity(builder.folded.count)
        var offsets: [Int32] = [0]
        offsets.reserveCapacity(count + 1)
        var masks: [UInt32] = []
        masks.reserveCapacity(count)
        for index in order {
            let word = builder.folded[Int(builder.offsets[Int(index)])..<Int(builder.offsets[Int(index) + 1])]
            folded += word
            offsets.append(Int32(folded.count))
            masks.append(Self.byteClassMask(word))
        }
        self.starts = starts
        self.order = order
        self.folded = folded
        self.offsets = offsets
        self.masks = masks
    }

    /// The number of distinct words in the index.
    public var count: Int { originals.count }

    /// The largest distance at which a word of `n` letters should count as a near miss of another: 0 up to 4
    /// letters (too many short words are one letter apart), 1 for 5 to 8 letters, 2 for longer words.
    public static func maxDistance(forLength n: Int) -> Int {
        n <= 4 ? 0 : (n <= 8 ? 1 : 2)
    }

    /// The words within `maxDistance` of `word`, nearest first, then in alphabetical order. The word itself is
    /// included (at distance 0) when it is in the index.
    public func nearMisses(of word: String, maxDistance: Int) -> [(word: String, distance: Int)] {
        var query = Array(word.utf8)
        for k in query.indices { query[k] = Self.fold(query[k]) }
        var found: [(index: Int32, distance: Int)] = []
        search(query, maxDistance: max(0, maxDistance)) { found.append(($0, $1)) }
        return found
            .map { (word: originals[Int($0.index)], distance: $0.distance) }
            .sorted { $0.distance != $1.distance ? $0.distance < $1.distance : $0.word < $1.word }
    }

    /// Calls `report(word index, distance)` for every word within `maxDistance` of the folded `query`, in no
    /// particular order.
    func search(_ query: [UInt8], maxDistance: Int, report: (Int32, Int) -> Void) {
        guard !originals.isEmpty, query.count < 1024 else { return }
        let m = query.count
        let limit = max(0, maxDistance)
        let lengths = max(0, m - limit)...min(Self.maximumLength, m + limit)
        guard lengths.lowerBound <= lengths.upperBound else { return }
        let queryMask = Self.byteClassMask(query)
        var queryCounts = [Int16](repeating: 0, count: 32)
        for byte in query { queryCounts[Int(byte & 31)] &+= 1 }
        let width = m + 2
        // Scratch for the distance table of one word (rows up to the longest word read) and its letters' last rows.
        var table = [Int32](repeating: 0, count: (lengths.upperBound + 2) * width)
        var lastRowOf = [Int32](repeating: 0, count: 256)
        var work = [Int16](repeating: 0, count: 32)
        query.withUnsafeBufferPointer { q in
            folded.withUnsafeBufferPointer { words in
                table.withUnsafeMutableBufferPointer { h in
                    lastRowOf.withUnsafeMutableBufferPointer { lastRow in
                        queryCounts.withUnsafeBufferPointer { counts in
                            work.withUnsafeMutableBufferPointer { work in
                                for position in Int(starts[lengths.lowerBound])..<Int(starts[lengths.upperBound + 1]) {
                                    // d edits change at most 2d byte classes and letter counts by at most 2d in all.
                                    guard (masks[position] ^ queryMask).nonzeroBitCount <= 2 * limit else { continue }
                                    let word = UnsafeBufferPointer(rebasing: words[Int(offsets[position])..<Int(offsets[position + 1])])
                                    guard Self.countsDiffer(word, counts, work, atMost: 2 * limit) else { continue }
                                    if let distance = Self.prunedDistance(word, q, limit: limit, h, lastRow) {
                                        report(order[position], distance)
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// Whether the byte-class counts (`byte & 31`) of `word` differ from `counts` by at most `bound` in all;
    /// `work` is scratch space for 32 counts.
    @inline(__always)
    static func countsDiffer(_ word: UnsafeBufferPointer<UInt8>, _ counts: UnsafeBufferPointer<Int16>, _ work: UnsafeMutableBufferPointer<Int16>, atMost bound: Int) -> Bool {
        for k in 0..<32 { work[k] = counts[k] }
        for byte in word { work[Int(byte & 31)] &-= 1 }
        var difference = 0
        for k in 0..<32 { difference += Int(abs(work[k])) }
        return difference <= bound
    }

    /// The distance between `word` (the rows) and `query` (the columns) when it is at most `limit` and no row of a
    /// proper prefix of `word` has all its cells above `limit` (a trie walk leaves such a prefix); nil otherwise.
    /// `h` holds at least `(word.count + 2) * (query.count + 2)` cells; `lastRow` holds 256 zeros, and is left so.
    @inline(__always)
    static func prunedDistance(
        _ word: UnsafeBufferPointer<UInt8>, _ q: UnsafeBufferPointer<UInt8>, limit: Int,
        _ h: UnsafeMutableBufferPointer<Int32>, _ lastRow: UnsafeMutableBufferPointer<Int32>
    ) -> Int? {
        let m = q.count, n = word.count
        let width = m + 2
        let infinity = Int32(m + 512)
        let bound = Int32(limit)
        // Row 0 and column 0 are the algorithm's sentinels; row 1 is the empty prefix.
        for j in 0..<width { h[j] = infinity }
        h[width] = infinity
        for j in 0...m { h[width + j + 1] = Int32(j) }
        var result: Int?
        var i = 1
        while i <= n {
            let letter = word[i - 1]
            let row = (i + 1) * width
            h[row] = infinity
            h[row + 1] = Int32(i)
            var lastColumn = 0
            var smallest = Int32(i)
            if m > 0 {
                for j in 1...m {
                    let qj = q[j - 1]
                    let k = Int(lastRow[Int(qj)]), l = lastColumn
                    let cost: Int32
                    if letter == qj { cost = 0; lastColumn = j } else { cost = 1 }
                    let value = cell(h, i: i, j: j, k: k, l: l, cost: cost, width: width)
                    h[row + j + 1] = value
                    if value < smallest { smallest = value }
                }
            }
            if i == n {
                if h[row + m + 1] <= bound { result = Int(h[row + m + 1]) }
                break
            }
            if smallest > bound { break }
            lastRow[Int(letter)] = Int32(i)
            i += 1
        }
        for k in 0..<min(i, n) { lastRow[Int(word[k])] = 0 }
        return result
    }

    /// ASCII lowercase.
    @inline(__always) static func fold(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }

    /// Whether `word` has an ASCII uppercase letter.
    static func hasUppercase(_ word: String) -> Bool {
        word.utf8.contains { $0 >= 0x41 && $0 <= 0x5A }
    }

    /// The byte classes of `bytes` as a set: bit `byte & 31` for each byte. An insertion, deletion, substitution
    /// or transposition changes at most two bits, so words `d` edits apart differ in at most `2 * d` bits.
    @inline(__always)
    static func byteClassMask<C: Sequence>(_ bytes: C) -> UInt32 where C.Element == UInt8 {
        var mask: UInt32 = 0
        for byte in bytes { mask |= 1 << UInt32(byte & 31) }
        return mask
    }

    /// One cell of Lowrance and Wagner's table `h` (rows of `width`, the algorithm's sentinels in row and column 0):
    /// the distance for the first `i` letters of one word and the first `j` of the other, given the last row `k`
    /// holding the other word's letter `j`, the last column `l` of row `i` whose letter matched, and `cost` 0 when
    /// letters `i` and `j` are the same.
    @inline(__always)
    static func cell(_ h: UnsafeMutableBufferPointer<Int32>, i: Int, j: Int, k: Int, l: Int, cost: Int32, width: Int) -> Int32 {
        let row = (i + 1) * width, above = i * width
        let substitution = h[above + j] + cost
        let insertion = h[row + j] + 1
        let deletion = h[above + j + 1] + 1
        let transposition = h[k * width + l] + Int32((i - k - 1) + 1 + (j - l - 1))
        return min(substitution, insertion, deletion, transposition)
    }

    /// The (unrestricted) Damerau–Levenshtein distance between two byte strings, by Lowrance and Wagner's
    /// algorithm. Unlike the restricted "optimal string alignment" distance it is a metric. It is the distance the
    /// index's search computes row by row, for checking a single pair.
    static func distance(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Int {
        let m = a.count, n = b.count
        if m == 0 { return n }
        if n == 0 { return m }
        let width = n + 2
        return withUnsafeTemporaryAllocation(of: UInt16.self, capacity: 256) { lastRowOf in
            // lastRowOf[byte]: the last row (1-based) of `a` where that byte occurred, 0 for none.
            lastRowOf.initialize(repeating: 0)
            return withUnsafeTemporaryAllocation(of: Int32.self, capacity: (m + 2) * width) { h in
                let infinity = Int32(m + n)
                h[0] = infinity
                for i in 0...m { h[(i + 1) * width] = infinity; h[(i + 1) * width + 1] = Int32(i) }
                for j in 0...n { h[j + 1] = infinity; h[width + j + 1] = Int32(j) }
                for i in 1...m {
                    var lastColumn = 0  // the last column of this row where a[i - 1] matched
                    let ai = a[i - 1]
                    let row = (i + 1) * width
                    for j in 1...n {
                        let bj = b[j - 1]
                        let k = Int(lastRowOf[Int(bj)]), l = lastColumn
                        let cost: Int32
                        if ai == bj { cost = 0; lastColumn = j } else { cost = 1 }
                        h[row + j + 1] = cell(h, i: i, j: j, k: k, l: l, cost: cost, width: width)
                    }
                    lastRowOf[Int(ai)] = UInt16(truncatingIfNeeded: i)
                }
                return Int(h[(m + 1) * width + n + 1])
            }
        }
    }

    /// Accumulates distinct words (by folded bytes, found through an open-addressing table of FNV-1a hashes).
    struct Builder {
        var originals: [String] = []
        /// The folded bytes of word `i`: `folded[offsets[i]..<offsets[i + 1]]`.
        var folded: [UInt8] = []
        var offsets: [Int32] = [0]
        /// Open addressing, linear probing: word index + 1, 0 for an empty slot.
        private var slots = [Int32](repeating: 0, count: 64)

        /// Adds `word` unless its folded form is already present (then a lowercase spelling replaces a
        /// capitalized one, so "polish" wins over "Polish"). Empty words and words over 255 bytes are left out.
        mutating func add(_ word: String) {
            let count = word.utf8.count
            guard count > 0, count <= NearMissIndex.maximumLength else { return }
            let start = folded.count
            var hash: UInt64 = 0xCBF2_9CE4_8422_2325
            for byte in word.utf8 {
                let byte = NearMissIndex.fold(byte)
                folded.append(byte)
                hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            }
            let mask = slots.count - 1
            var slot = Int(truncatingIfNeeded: hash ^ (hash >> 32)) & mask
            while slots[slot] != 0 {
                let existing = Int(slots[slot] - 1)
                let lower = Int(offsets[existing]), upper = Int(offsets[existing + 1])
                if upper - lower == count, folded[lower..<upper].elementsEqual(folded[start...]) {
                    folded.removeSubrange(start...)
                    if NearMissIndex.hasUppercase(originals[existing]) && !NearMissIndex.hasUppercase(word) {
                        originals[existing] = word
                    }
                    return
                }
                slot = (slot + 1) & mask
            }
            slots[slot] = Int32(originals.count + 1)
            originals.append(word)
            offsets.append(Int32(folded.count))
            if originals.count * 2 > slots.count { grow() }
        }

        /// Doubles the table and places every word again.
        private mutating func grow() {
            slots = [Int32](repeating: 0, count: slots.count * 2)
            let mask = slots.count - 1
            for index in 0..<originals.count {
                var hash: UInt64 = 0xCBF2_9CE4_8422_2325
                for byte in folded[Int(offsets[index])..<Int(offsets[index + 1])] { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
                var slot = Int(truncatingIfNeeded: hash ^ (hash >> 32)) & mask
                while slots[slot] != 0 { slot = (slot + 1) & mask }
                slots[slot] = Int32(index + 1)
            }
        }
    }
}

extension NearMissIndex {
    /// The index of a vocabulary's one-word forms (term, variants, other-locale spellings and forms to avoid) of
    /// five characters or more, lowercased: what `vocab/misspelling` compares an unknown word with. An ASCII form
    /// is checked and lowercased on its bytes; only a form with other letters goes through `String`.
    static func terms(of concepts: [Concept]) -> NearMissIndex {
        var builder = Builder()
        func add(_ form: String) {
            var ascii = true, upper = false
            for byte in form.utf8 {
                if byte == 0x20 { return }
                if byte >= 0x80 || byte == 0x0D { ascii = false } // "\r\n" is one character
                if byte &- 0x41 < 26 { upper = true }
            }
            if ascii {
                guard form.utf8.count >= 5 else { return }
                builder.add(upper ? String(decoding: form.utf8.map(NearMissIndex.fold), as: UTF8.self) : form)
            } else {
                guard !form.contains(" "), form.count >= 5 else { return }
                builder.add(form.lowercased())
            }
        }
        for concept in concepts {
            add(concept.term)
            for form in concept.variants { add(form) }
            for form in concept.spelling.values where form != concept.term { add(form) }
            for form in concept.avoid { add(form) }
        }
        return NearMissIndex(builder)
    }
}
