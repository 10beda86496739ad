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
    static func suggestions(for word: String, in words: WordList, limit: Int = 3) -> [String] {
        let original = Array(word.utf8)
        guard !original.isEmpty, original.allSatisfy({ $0 < 0x80 }) else { return words.suggestions(for: word, limit: limit) }
        let query = original.map(NearMissIndex.fold)
        var found: [(word: [UInt8], key: (Int, Int, Int, Int, Int))] = []
        var seen = Set<[UInt8]>()
        let sortedLetters = query.sorted()
        func consider(_ candidate: [UInt8]) {
            guard !candidate.isEmpty, candidate != query, !seen.contains(candidate) else { return }
            seen.insert(candidate)
            guard words.contains(candidate) else { return }
            let anagram = candidate.sorted() == sortedLetters ? 0 : 1
            let sameFirst = candidate.first == query.first ? 0 : 1
            let common = frequent.contains(candidate) ? 0 : 1
            found.append((candidate, (anagram, common, sameFirst, abs(candidate.count - query.count), candidate.count)))
        }
        let n = query.count
        for i in 0..<n {
            var deleted = query
            deleted.remove(at: i)
            consider(deleted)
            if i + 1 < n {
                var swapped = query
                swapped.swapAt(i, i + 1)
                consider(swapped)
            }
            for letter in alphabet where letter != query[i] {
                var replaced = query
                replaced[i] = letter
                consider(replaced)
            }
        }
        for i in 0...n {
            for letter in alphabet + [0x27, 0x2D] {
                var inserted = query
                inserted.insert(letter, at: i)
                consider(inserted)
            }
        }
        if found.isEmpty {
            return n >= 9 ? twoEdits(query, original: original, in: words, limit: limit) : []
        }
        found.sort { a, b in a.key != b.key ? a.key < b.key : a.word.lexicographicallyPrecedes(b.word) }
        return found.prefix(limit).map { WordList.matchCase(String(decoding: $0.word, as: UTF8.self), to: original) }
    }

    /// Lowercase list words within two edits of a long `query`, nearest first.
    static func twoEdits(_ query: [UInt8], original: [UInt8], in words: WordList, limit: Int) -> [String] {
        var found: [(word: [UInt8], key: (Int, Int, Int, Int))] = []
        let queryMask = WordTable.byteClassMask(query)
        query.withUnsafeBufferPointer { q in
            for table in words.tables {
                let masks = table.byteClassMasks()
                for i in 0..<table.count where table.isLowercase[i] {
                    // Each edit adds or removes at most two byte classes, so more than four differing classes
                    // means more than two edits: most of the list is ruled out without computing a distance.
                    guard (masks[i] ^ queryMask).nonzeroBitCount <= 4 else { continue }
                    let candidate = table.word(i)
                    guard abs(candidate.count - q.count) <= 2 else { continue }
                    let distance = NearMissIndex.distance(q, candidate)
                    guard distance <= 2 else { continue }
                    let bytes = Array(candidate)
                    found.append((bytes, (distance, bytes.first == q.first ? 0 : 1, abs(bytes.count - q.count), bytes.count)))
                }
            }
        }
        found.sort { a, b in a.key != b.key ? a.key < b.key : a.word.lexicographicallyPrecedes(b.word) }
        return found.prefix(limit).map { WordList.matchCase(String(decoding: $0.word, as: UTF8.self), to: original) }
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

