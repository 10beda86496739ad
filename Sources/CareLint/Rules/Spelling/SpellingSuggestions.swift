import Foundation

/// Spelling suggestions for a few unknown words without building an index of the whole word list.
///
/// `WordList.suggestions` searches a near-miss index (a trie) of the bundled list, which costs about a quarter of
/// a second to build: too much for a one-file check with one typo. Most typos are one edit away, so this first tries every word one
/// deletion, transposition, substitution or insertion (of a–z, apostrophe or hyphen) away — a few hundred
/// look-ups of about 80 ns. Words of 9 or more letters with no such neighbour may be two edits from a word: those
/// are compared with every lowercase list word of a near length whose byte classes allow two edits (see
/// `WordTable.byteClassMask`; no index to build).
enum SpellingSuggestions {
    static let alphabet: [UInt8] = Array("abcdefghijklmnopqrstuvwxyz".utf8)

    /// The most frequent English words: a typo of one of them is far more likely than of a rare neighbour
    /// ("thr" is "the" more often than "tar").
    static let frequent: Set<[UInt8]> = Set("""
        the of and to a in is you that it he was for on are as with his they i at be this have from or one had by \
        word but not what all were we when your can said there use an each which she do how their if will up other \
        about out many then them these so some her would make like him into time has look two more write go see \
        number no way could people my than first water been call who its now find long down day did get come made \
        may part over new after also back any only our well just most very even give take help where why because \
        before same right too mean old tell does set three want show also around form small end put home hand large \
        should must need care pain doctor nurse health body liver blood cancer test treatment
        """.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\\" }).map { Array($0.utf8) })

    /// Up to `limit` known words near `word`, nearest and most likely first, in the case of `word`.
    ///
    /// The one-edit candidates are built in one scratch buffer and looked up without allocating: a candidate of
    /// lowercase letters only goes straight to the list's hash tables, its hash continued from the query's prefix
    /// (every candidate shares the query's bytes before the edit); any other candidate takes `WordList`'s general
    /// path. A word found twice (deleting either letter of "ll") is kept once.
    static func suggestions(for word: String, in words: WordList, limit: Int = 3) -> [String] {
        let original = Array(word.utf8)
        guard !original.isEmpty, original.allSatisfy({ $0 < 0x80 }) else { return words.suggestions(for: word, limit: limit) }
        let query = original.map(NearMissIndex.fold)
        let n = query.count
        var found: [(word: [UInt8], key: (Int, Int, Int, Int, Int))] = []
        let sortedLetters = query.sorted()
        // FNV-1a state (before the final fold) after each prefix of the query, as `WordList.foldedHash` computes it.
        var prefix = [UInt64](repeating: 0xCBF2_9CE4_8422_2325, count: n + 1)
        for i in 0..<n { prefix[i + 1] = (prefix[i] ^ UInt64(query[i])) &* 0x0000_0100_0000_01B3 }
        // Bytes of the query that are not a–z, so a candidate's "letters only" test needs no scan.
        let otherBytes = query.reduce(0) { $0 + ($1 &- 0x61 < 26 ? 0 : 1) }
        let tables = words.tables
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: n + 1) { scratch in
            query.withUnsafeBufferPointer { q in
                /// Looks up `scratch[0..<count]`, which equals the query before `edit` and `q[from...]` from `to`.
                func consider(count: Int, edit: Int, from: Int, to: Int, lettersOnly: Bool) {
                    let candidate = UnsafeBufferPointer(rebasing: scratch[0..<count])
                    guard count > 0 else { return }
                    let known: Bool
                    if lettersOnly {
                        // `WordList.known` for a lowercase word of letters: any table, lowercase entries or exact.
                        var hash = prefix[edit]
                        for k in edit..<to { hash = (hash ^ UInt64(scratch[k])) &* 0x0000_0100_0000_01B3 }
                        for k in from..<n { hash = (hash ^ UInt64(q[k])) &* 0x0000_0100_0000_01B3 }
                        let hash32 = UInt32(truncatingIfNeeded: hash ^ (hash >> 32))
                        known = tables.contains { $0.contains(candidate, hash: hash32, anyCase: false) }
                    } else {
                        known = words.knownToken(candidate)
                    }
                    guard known else { return }
                    let bytes = Array(candidate)
                    let anagram = bytes.sorted() == sortedLetters ? 0 : 1
                    let sameFirst = bytes.first == query.first ? 0 : 1
                    let common = frequent.contains(bytes) ? 0 : 1
                    found.append((bytes, (anagram, common, sameFirst, abs(bytes.count - n), bytes.count)))
                }
                for k in 0..<n { scratch[k] = q[k] }
                for i in 0..<n {
                    // Deletion of q[i]: scratch = q[..<i] + q[(i+1)...].
                    for k in i..<(n - 1) { scratch[k] = q[k + 1] }
                    consider(count: n - 1, edit: i, from: i + 1, to: i, lettersOnly: otherBytes - (q[i] &- 0x61 < 26 ? 0 : 1) == 0)
                    for k in 0..<n { scratch[k] = q[k] }
                    if i + 1 < n, q[i] != q[i + 1] {
                        scratch[i] = q[i + 1]; scratch[i + 1] = q[i]
                        consider(count: n, edit: i, from: i + 2, to: i + 2, lettersOnly: otherBytes == 0)
                        scratch[i] = q[i]; scratch[i + 1] = q[i + 1]
                    }
                    let othersLeft = otherBytes - (q[i] &- 0x61 < 26 ? 0 : 1)
                    for letter in alphabet where letter != q[i] {
                        scratch[i] = letter
                        consider(count: n, edit: i, from: i + 1, to: i + 1, lettersOnly: othersLeft == 0)
                    }
                    scratch[i] = q[i]
                }
                for i in 0...n {
                    // Insertion before q[i]: scratch = q[..<i] + letter + q[i...].
                    for k in stride(from: n, to: i, by: -1) { scratch[k] = q[k - 1] }
                    for letter in insertable {
                        scratch[i] = letter
                        consider(count: n + 1, edit: i, from: i, to: i + 1, lettersOnly: otherBytes == 0 && letter &- 0x61 < 26)
                    }
                    for k in 0..<n { scratch[k] = q[k] }
                }
            }
        }
        if found.isEmpty {
            return n >= 9 ? twoEdits(query, original: original, in: words, limit: limit) : []
        }
        found.sort { a, b in a.key != b.key ? a.key < b.key : a.word.lexicographicallyPrecedes(b.word) }
        var result: [String] = []
        var previous: [UInt8]?
        for entry in found where entry.word != previous {
            previous = entry.word
            result.append(WordList.matchCase(String(decoding: entry.word, as: UTF8.self), to: original))
            if result.count == limit { break }
        }
        return result
    }

    /// The letters tried at each insertion point: a–z, apostrophe and hyphen.
    static let insertable: [UInt8] = alphabet + [0x27, 0x2D]

    /// Lowercase list words within two edits of a long `query`, nearest first.
    ///
    /// Only words of a length within two of the query's are read (`TwoEditIndex`), each first ruled out by its
    /// byte classes (at most four may differ) and by its letter counts (two edits change them by at most four in
    /// all) before the distance is computed.
    static func twoEdits(_ query: [UInt8], original: [UInt8], in words: WordList, limit: Int) -> [String] {
        var found: [(word: [UInt8], key: (Int, Int, Int, Int))] = []
        let queryMask = WordTable.byteClassMask(query)
        var queryCounts = [Int16](repeating: 0, count: 32)
        for byte in query { queryCounts[Int(byte & 31)] &+= 1 }
        var work = [Int16](repeating: 0, count: 32)
        query.withUnsafeBufferPointer { q in
            queryCounts.withUnsafeBufferPointer { counts in work.withUnsafeMutableBufferPointer { work in
                for table in words.tables {
                    let lengths = min(TwoEditIndex.maximumLength, max(0, q.count - 2))...min(TwoEditIndex.maximumLength, q.count + 2)
                    let index = TwoEditIndex.shared.index(of: table, lengths: lengths)
                    for length in lengths {
                        let bucket = index.starts[length]..<index.starts[length + 1]
                        index.masks.withUnsafeBufferPointer { masks in
                            for position in bucket {
                                // Each edit adds or removes at most two byte classes, so more than four differing
                                // classes means more than two edits: most of the list is ruled out here.
                                guard (masks[position] ^ queryMask).nonzeroBitCount <= 4 else { continue }
                                let candidate = table.word(Int(index.words[position]))
                                guard abs(candidate.count - q.count) <= 2, Self.lettersWithinTwoEdits(candidate, counts, work) else { continue }
                                let distance = NearMissIndex.distance(q, candidate)
                                guard distance <= 2 else { continue }
                                let bytes = Array(candidate)
                                found.append((bytes, (distance, bytes.first == q.first ? 0 : 1, abs(bytes.count - q.count), bytes.count)))
                            }
                        }
                    }
                }
            } }
        }
        found.sort { a, b in a.key != b.key ? a.key < b.key : a.word.lexicographicallyPrecedes(b.word) }
        return found.prefix(limit).map { WordList.matchCase(String(decoding: $0.word, as: UTF8.self), to: original) }
    }

    /// Whether `candidate`'s byte-class counts (`byte & 31`) differ from the query's `counts` by at most four in
    /// all: a substitution changes them by two, an insertion or deletion by one, a transposition by none, so two
    /// edits by at most four. `work` is scratch space for 32 counts.
    @inline(__always)
    static func lettersWithinTwoEdits(_ candidate: UnsafeBufferPointer<UInt8>, _ counts: UnsafeBufferPointer<Int16>, _ work: UnsafeMutableBufferPointer<Int16>) -> Bool {
        for k in 0..<32 { work[k] = counts[k] }
        for byte in candidate { work[Int(byte & 31)] &-= 1 }
        var difference = 0
        for k in 0..<32 { difference += Int(abs(work[k])) }
        return difference <= 4
    }
}

/// Each word table's lowercase words grouped by length, with their byte classes (`WordTable.byteClassMask`), for
/// the two-edit search: grouped once per table and process, on first use (a one-file check with no long typo never
/// builds it), and a length's byte classes computed only when a query first reads that length. Words longer than
/// `maximumLength` share the last group.
final class TwoEditIndex: @unchecked Sendable {
    /// One table's lowercase words sorted by length: words of length `n` are `words[starts[n]..<starts[n + 1]]`.
    /// `masks[i]` is `words[i]`'s byte-class mask, filled for the lengths in `ready` only (a length's masks are
    /// computed the first time a query needs it: a page's few long typos read a handful of lengths).
    struct Index {
        /// Kept so that the table's `ObjectIdentifier` is not reused while the index is cached.
        let table: WordTable
        /// By word length (in bytes), `0...maximumLength + 1`.
        let starts: [Int]
        let words: [Int32]
        var masks: [UInt32]
        var ready: [Bool]
    }

    static let maximumLength = 64
    static let shared = TwoEditIndex()
    private let lock = NSLock()
    private var indexes: [ObjectIdentifier: Index] = [:]

    /// The index of `table` with the masks of `lengths` filled: the words grouped by length on the first call
    /// (one pass over the table's offsets, a counting sort), each length's masks on the first call that asks it.
    func index(of table: WordTable, lengths: ClosedRange<Int>) -> Index {
        lock.lock()
        defer { lock.unlock() }
        let key = ObjectIdentifier(table)
        var index = indexes[key] ?? Self.group(table)
        indexes[key] = nil // one reference while the masks are filled, so they are not copied
        for length in lengths where !index.ready[length] {
            for position in index.starts[length]..<index.starts[length + 1] {
                index.masks[position] = WordTable.byteClassMask(table.word(Int(index.words[position])))
            }
            index.ready[length] = true
        }
        indexes[key] = index
        return index
    }

    /// The lowercase words of `table` grouped by length (counting sort), masks not yet filled.
    private static func group(_ table: WordTable) -> Index {
        var lengthOf = [UInt8](repeating: 0xFF, count: table.count)
        var counts = [Int](repeating: 0, count: maximumLength + 2)
        let lowercase = table.isLowercase
        lengthOf.withUnsafeMutableBufferPointer { lengthOf in
            counts.withUnsafeMutableBufferPointer { counts in
                table.forEachWordLength { i, length in
                    guard lowercase[i] else { return }
                    let length = min(length, maximumLength)
                    lengthOf[i] = UInt8(truncatingIfNeeded: length)
                    counts[length] += 1
                }
            }
        }
        var starts = [Int](repeating: 0, count: maximumLength + 2)
        for length in 0...maximumLength { starts[length + 1] = starts[length] + counts[length] }
        var next = starts
        var words = [Int32](repeating: 0, count: starts[maximumLength + 1])
        lengthOf.withUnsafeBufferPointer { lengthOf in
            next.withUnsafeMutableBufferPointer { next in
                words.withUnsafeMutableBufferPointer { words in
                    for i in 0..<lengthOf.count where lengthOf[i] != 0xFF {
                        let length = Int(lengthOf[i])
                        words[next[length]] = Int32(i)
                        next[length] += 1
                    }
                }
            }
        }
        return Index(table: table, starts: starts, words: words, masks: [UInt32](repeating: 0, count: words.count),
                     ready: [Bool](repeating: false, count: maximumLength + 1))
    }
}

/// Suggestions already found, by word list and word, shared by every lint in the process: the server lints the
/// whole document again after each edit, and a corpus repeats its typos. Suggestions depend only on the word and
/// the list, so a cached answer is the answer. Bounded: emptied when it reaches `capacity` entries.
final class SuggestionCache: @unchecked Sendable {
    struct Key: Hashable {
        let tables: [ObjectIdentifier]
        let word: String
    }

    static let capacity = 20_000
    private let lock = NSLock()
    /// Each entry keeps its list's tables alive, so their `ObjectIdentifier`s cannot be reused by another list.
    private var entries: [Key: (tables: [WordTable], suggestions: [String])] = [:]

    /// `SpellingSuggestions.suggestions(for:in:)`, computed once per word and list.
    func suggestions(for word: String, in words: WordList) -> [String] {
        let key = Key(tables: words.tables.map(ObjectIdentifier.init), word: word)
        lock.lock()
        let cached = entries[key]
        lock.unlock()
        if let cached { return cached.suggestions }
        let found = SpellingSuggestions.suggestions(for: word, in: words)
        lock.lock()
        if entries.count >= Self.capacity { entries.removeAll(keepingCapacity: true) }
        entries[key] = (words.tables, found)
        lock.unlock()
        return found
    }
}

extension SpellingSuggestions {
    /// The process-wide cache of suggestions.
    static let shared = SuggestionCache()
}

