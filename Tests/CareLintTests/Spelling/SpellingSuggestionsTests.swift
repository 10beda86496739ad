import Testing
@testable import CareLint

/// The suggestion search without allocation per candidate and the bounded two-edit search must give exactly what
/// the plain searches give: they are compared here with straightforward versions (every candidate an array, a
/// set of those seen; every lowercase list word measured).
@Suite("Spelling suggestions")
struct SpellingSuggestionsTests {
    /// Every one-edit candidate built as an array and asked of the list; two edits over every lowercase word.
    static func reference(_ word: String, in words: WordList, limit: Int = 3) -> [String] {
        let original = Array(word.utf8)
        let query = original.map(NearMissIndex.fold)
        var found: [(word: [UInt8], key: (Int, Int, Int, Int, Int))] = []
        var seen = Set<[UInt8]>()
        func consider(_ candidate: [UInt8]) {
            guard !candidate.isEmpty, candidate != query, seen.insert(candidate).inserted, words.contains(candidate) else { return }
            let anagram = candidate.sorted() == query.sorted() ? 0 : 1
            let sameFirst = candidate.first == query.first ? 0 : 1
            let common = SpellingSuggestions.frequent.contains(candidate) ? 0 : 1
            found.append((candidate, (anagram, common, sameFirst, abs(candidate.count - query.count), candidate.count)))
        }
        let n = query.count
        for i in 0..<n {
            var deleted = query; deleted.remove(at: i); consider(deleted)
            if i + 1 < n { var swapped = query; swapped.swapAt(i, i + 1); consider(swapped) }
            for letter in SpellingSuggestions.alphabet where letter != query[i] { var replaced = query; replaced[i] = letter; consider(replaced) }
        }
        for i in 0...n {
            for letter in SpellingSuggestions.alphabet + [0x27, 0x2D] { var inserted = query; inserted.insert(letter, at: i); consider(inserted) }
        }
        if found.isEmpty {
            guard n >= 9 else { return [] }
            var two: [(word: [UInt8], key: (Int, Int, Int, Int))] = []
            for table in words.tables {
                for i in 0..<table.count where table.isLowercase[i] {
                    let candidate = Array(table.word(i))
                    let distance = query.withUnsafeBufferPointer { q in candidate.withUnsafeBufferPointer { NearMissIndex.distance(q, $0) } }
                    if distance <= 2 { two.append((candidate, (distance, candidate.first == query.first ? 0 : 1, abs(candidate.count - n), candidate.count))) }
                }
            }
            two.sort { a, b in a.key != b.key ? a.key < b.key : a.word.lexicographicallyPrecedes(b.word) }
            return two.prefix(limit).map { WordList.matchCase(String(decoding: $0.word, as: UTF8.self), to: original) }
        }
        found.sort { a, b in a.key != b.key ? a.key < b.key : a.word.lexicographicallyPrecedes(b.word) }
        return found.prefix(limit).map { WordList.matchCase(String(decoding: $0.word, as: UTF8.self), to: original) }
    }

    static let words = WordList(words: [
        "hello", "help", "hell", "hepatocellular", "hepatocyte", "cholangiocarcinoma", "cholangitis", "self-care",
        "don't", "x-ray", "Addison", "addition", "radiotherapy", "radiotherapist", "immunotherapy", "immunotherapies",
        "gastroenterologist", "gastroenterology", "ab", "abc", "abcdefghij", "abcdefghik", "abcdefgh", "self", "care", "x", "ray",
    ])

    @Test("A word reached by two edits of the query (either letter of a double) is suggested once")
    func duplicates() {
        #expect(SpellingSuggestions.suggestions(for: "helllo", in: Self.words) == ["hello"])
        #expect(SpellingSuggestions.suggestions(for: "Helo", in: Self.words) == ["Help", "Hell", "Hello"])
    }

    @Test("Candidates with an apostrophe or a hyphen take the list's general rules")
    func punctuation() {
        #expect(SpellingSuggestions.suggestions(for: "dont", in: Self.words) == ["don't"])
        #expect(SpellingSuggestions.suggestions(for: "selfcare", in: Self.words) == ["self-care"])
        #expect(SpellingSuggestions.suggestions(for: "xray", in: Self.words) == ["x-ray", "ray"])
    }

    @Test("Two edits: only long words, words of a near length, case kept")
    func twoEdits() {
        #expect(SpellingSuggestions.suggestions(for: "hepatoceluar", in: Self.words) == ["hepatocellular"])
        #expect(SpellingSuggestions.suggestions(for: "Cholangiocarcinomaaa", in: Self.words) == ["Cholangiocarcinoma"])
        #expect(SpellingSuggestions.suggestions(for: "immunothrapys", in: Self.words) == ["immunotherapy"])
        // Eight letters: no two-edit search.
        #expect(SpellingSuggestions.suggestions(for: "hepatoxx", in: Self.words).isEmpty)
    }

    @Test("The same suggestions as the plain search, on a small list and on the built-in one")
    func sameAsReference() {
        var queries = ["helllo", "Helo", "dont", "selfcare", "xray", "hepatoceluar", "Cholangiocarcinomaaa", "immunothrapys",
                       "radiotherpy", "gastroentrologyst", "abcdefghjj", "ba", "abd", "Adison", "HELO", "hel1o", "he-lo"]
        // Seeded edits of the list's words: deletions, substitutions, insertions, transpositions, one or two.
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let base = ["hepatocellular", "cholangiocarcinoma", "radiotherapist", "gastroenterologist", "immunotherapies", "addition"]
        for _ in 0..<60 {
            var word = Array(base[next(base.count)].utf8)
            for _ in 0..<(1 + next(2)) {
                let at = next(word.count)
                switch next(4) {
                case 0: word.remove(at: at)
                case 1: word[at] = SpellingSuggestions.alphabet[next(26)]
                case 2: word.insert(SpellingSuggestions.alphabet[next(26)], at: at)
                default: if at + 1 < word.count { word.swapAt(at, at + 1) }
                }
            }
            queries.append(String(decoding: word, as: UTF8.self))
        }
        for query in queries {
            #expect(SpellingSuggestions.suggestions(for: query, in: Self.words) == Self.reference(query, in: Self.words), "\(query)")
        }
        let builtIn = WordList.builtIn(locale: "en-US")
        // One query that needs the two-edit search (the plain one measures every word of the list: slow in debug).
        for query in ["recieve", "Tumr", "cholangiocarcinomma", "bodys", "Colonoscopyy", "gastroentrolgist"] {
            #expect(SpellingSuggestions.suggestions(for: query, in: builtIn) == Self.reference(query, in: builtIn), "\(query)")
        }
    }

    @Test("Letter counts rule out a word more than two edits away, never one within two")
    func letterCounts() {
        func within(_ a: String, _ b: String) -> Bool {
            var counts = [Int16](repeating: 0, count: 32)
            for byte in a.utf8 { counts[Int(byte & 31)] += 1 }
            var work = [Int16](repeating: 0, count: 32)
            return Array(b.utf8).withUnsafeBufferPointer { candidate in
                counts.withUnsafeBufferPointer { counts in work.withUnsafeMutableBufferPointer { SpellingSuggestions.lettersWithinTwoEdits(candidate, counts, $0) } }
            }
        }
        #expect(within("hepatocellular", "hepatocelular"))
        #expect(within("hepatocellular", "hepatocullelar"))  // letters moved: counts alone cannot tell
        #expect(within("abcdefghij", "abcdefghxy"))  // two substitutions: four
        #expect(!within("abcdefghij", "abcdefgxyz"))  // three substitutions: six
        #expect(!within("abcdefghij", "abcde"))  // five deletions
    }
}
