/// Finds the words of a list that are a few typing errors away from a given word ("metastisis" → "metastasis").
///
/// The distance is the Damerau–Levenshtein distance (insertions, deletions, substitutions and transpositions of
/// adjacent letters each cost 1), computed on UTF-8 bytes with ASCII letters folded to lowercase. The index is a
/// trie of the folded words; a query walks it depth first, computing one row of the distance table per trie
/// node (Lowrance and Wagner's algorithm, so the result is the true distance), and leaves a subtree as soon as
/// every cell of the row exceeds the allowed distance (row minima never decrease going down). A query thus
/// visits only the prefixes within reach of the word, a few thousand nodes even for 100,000 words, and building
/// the index costs one trie insertion per word. Immutable and safe to share between threads.
public struct NearMissIndex: Sendable {
    /// The words as given (the first spelling of each folded form, a lowercase one preferred).
    let originals: [String]
    /// The trie: node 0 is the root; children form a linked list through `nextSibling`, each with its byte.
    let label: [UInt8]
    let firstChild: [Int32]
    let nextSibling: [Int32]
    /// The word a node ends, or -1.
    let terminal: [Int32]

    /// Builds the index from `words` (duplicates, including duplicates up to ASCII case, are kept once).
    public init(words: some Sequence<String>) {
        var builder = Builder()
        for word in words { builder.add(word) }
        self.init(builder)
    }

    init(_ builder: Builder) {
        originals = builder.originals
        label = builder.label
        firstChild = builder.firstChild
        nextSibling = builder.nextSibling
        terminal = builder.terminal
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

    /// Calls `report(word index, distance)` for every word within `maxDistance` of the folded `query`.
    func search(_ query: [UInt8], maxDistance: Int, report: (Int32, Int) -> Void) {
        guard !originals.isEmpty, query.count < 1024 else { return }
        let m = query.count
        let width = m + 2
        let infinity = Int32(m + 512)
        // rows[(i + 1) * width + j + 1] is the distance between the first i letters of the path and the first j
        // letters of the query; row 0 and column 0 are the algorithm's sentinels.
        var rows = [Int32](repeating: infinity, count: 258 * width)
        for j in 0...m { rows[width + j + 1] = Int32(j) }
        var lastRowOf = [Int32](repeating: 0, count: 256) // the last path row holding each byte, 0 for none
        let limit = Int32(maxDistance)
        query.withUnsafeBufferPointer { q in
            rows.withUnsafeMutableBufferPointer { h in
                lastRowOf.withUnsafeMutableBufferPointer { lastRow in
                    func visit(_ node: Int32, depth i: Int) {
                        // Row i (1-based) for the byte of `node`.
                        let letter = label[Int(node)]
                        let row = (i + 1) * width
                        h[row] = infinity
                        h[row + 1] = Int32(i)
                        var lastColumn = 0
                        var smallest = Int32(i)
                        for j in 1...max(1, m) where m > 0 {
                            let qj = q[j - 1]
                            let k = Int(lastRow[Int(qj)]), l = lastColumn
                            let cost: Int32
                            if letter == qj { cost = 0; lastColumn = j } else { cost = 1 }
                            let value = Self.cell(h, i: i, j: j, k: k, l: l, cost: cost, width: width)
                            h[row + j + 1] = value
                            if value < smallest { smallest = value }
                        }
                        let word = terminal[Int(node)]
                        if word >= 0, h[row + m + 1] <= limit { report(word, Int(h[row + m + 1])) }
                        guard smallest <= limit, i < 256 else { return }
                        let saved = lastRow[Int(letter)]
                        lastRow[Int(letter)] = Int32(i)
                        var child = firstChild[Int(node)]
                        while child >= 0 {
                            visit(child, depth: i + 1)
                            child = nextSibling[Int(child)]
                        }
                        lastRow[Int(letter)] = saved
                    }
                    var child = firstChild[0]
                    while child >= 0 {
                        visit(child, depth: 1)
                        child = nextSibling[Int(child)]
                    }
                }
            }
        }
    }

    /// ASCII lowercase.
    @inline(__always) static func fold(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }

    /// Whether `word` has an ASCII uppercase letter.
    static func hasUppercase(_ word: String) -> Bool {
        word.utf8.contains { $0 >= 0x41 && $0 <= 0x5A }
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
    /// trie walk computes row by row, for checking a single pair.
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

    /// Accumulates words into the trie.
    struct Builder {
        var originals: [String] = []
        var label: [UInt8] = [0]
        var firstChild: [Int32] = [-1]
        var nextSibling: [Int32] = [-1]
        var terminal: [Int32] = [-1]

        /// Adds `word` unless its folded form is already present (then a lowercase spelling replaces a
        /// capitalized one, so "polish" wins over "Polish"). Empty words and words over 255 bytes are left out.
        mutating func add(_ word: String) {
            let count = word.utf8.count
            guard count > 0, count <= 255 else { return }
            var node: Int32 = 0
            for byte in word.utf8 {
                let folded = NearMissIndex.fold(byte)
                var child = firstChild[Int(node)]
                while child >= 0, label[Int(child)] != folded { child = nextSibling[Int(child)] }
                if child < 0 {
                    child = Int32(label.count)
                    label.append(folded)
                    firstChild.append(-1)
                    nextSibling.append(firstChild[Int(node)])
                    terminal.append(-1)
                    firstChild[Int(node)] = child
                }
                node = child
            }
            let existing = terminal[Int(node)]
            if existing >= 0 {
                if NearMissIndex.hasUppercase(originals[Int(existing)]) && !NearMissIndex.hasUppercase(word) {
                    originals[Int(existing)] = word
                }
                return
            }
            terminal[Int(node)] = Int32(originals.count)
            originals.append(word)
        }
    }
}
