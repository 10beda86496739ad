/// Finds the words of a list that are a few typing errors away from a given word ("metastisis" → "metastasis").
///
/// The distance is the Damerau–Levenshtein distance (insertions, deletions, substitutions and transpositions of
/// adjacent letters each cost 1), computed on UTF-8 bytes with ASCII letters folded to lowercase. The index is a
/// BK-tree: because that distance is a metric, a query only visits the subtrees the triangle inequality leaves
/// open instead of comparing with every word. Building it costs one distance per tree level per word and a few
/// bytes per word; it is immutable and safe to share between threads.
public struct NearMissIndex: Sendable {
    /// Folded (ASCII lowercase) bytes of all distinct words, concatenated.
    let bytes: [UInt8]
    /// `offsets[i]..<offsets[i + 1]` is word `i` in `bytes`.
    let offsets: [Int32]
    /// The words as given (the first spelling of each folded form, a lowercase one preferred).
    let originals: [String]
    /// The BK-tree: children of a node form a linked list through `nextSibling`; `edge` is the distance to the parent.
    let firstChild: [Int32]
    let nextSibling: [Int32]
    let edge: [UInt8]

    /// Builds the index from `words` (duplicates, including duplicates up to ASCII case, are kept once).
    public init(words: some Sequence<String>) {
        var builder = Builder()
        for word in words { builder.add(word) }
        self.init(builder)
    }

    init(_ builder: Builder) {
        bytes = builder.bytes
        offsets = builder.offsets
        originals = builder.originals
        firstChild = builder.firstChild
        nextSibling = builder.nextSibling
        edge = builder.edge
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
        guard !originals.isEmpty else { return }
        query.withUnsafeBufferPointer { q in
            bytes.withUnsafeBufferPointer { all in
                var stack: [Int32] = [0]
                while let node = stack.popLast() {
                    let start = Int(offsets[Int(node)]), end = Int(offsets[Int(node) + 1])
                    let d = Self.distance(q, UnsafeBufferPointer(rebasing: all[start..<end]))
                    if d <= maxDistance { report(node, d) }
                    var child = firstChild[Int(node)]
                    while child >= 0 {
                        let k = Int(edge[Int(child)])
                        if k >= d - maxDistance && k <= d + maxDistance { stack.append(child) }
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

    /// The (unrestricted) Damerau–Levenshtein distance between two byte strings, by Lowrance and Wagner's
    /// algorithm. Unlike the restricted "optimal string alignment" distance it is a metric, which the tree needs.
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
                    let row = (i + 1) * width, above = i * width
                    for j in 1...n {
                        let bj = b[j - 1]
                        let k = Int(lastRowOf[Int(bj)]), l = lastColumn
                        let cost: Int32
                        if ai == bj { cost = 0; lastColumn = j } else { cost = 1 }
                        let substitution = h[above + j] + cost
                        let insertion = h[row + j] + 1
                        let deletion = h[above + j + 1] + 1
                        let transposition = h[k * width + l] + Int32((i - k - 1) + 1 + (j - l - 1))
                        h[row + j + 1] = min(substitution, insertion, deletion, transposition)
                    }
                    lastRowOf[Int(ai)] = UInt16(truncatingIfNeeded: i)
                }
                return Int(h[(m + 1) * width + n + 1])
            }
        }
    }

    /// Accumulates words and inserts each into the BK-tree as it comes.
    struct Builder {
        var bytes: [UInt8] = []
        var offsets: [Int32] = [0]
        var originals: [String] = []
        var firstChild: [Int32] = []
        var nextSibling: [Int32] = []
        var edge: [UInt8] = []

        /// Adds `word` unless its folded form is already present (then a lowercase spelling replaces a
        /// capitalized one, so "polish" wins over "Polish").
        mutating func add(_ word: String) {
            let start = bytes.count
            bytes.append(contentsOf: word.utf8.lazy.map(NearMissIndex.fold))
            guard bytes.count > start, bytes.count - start <= 255 else {
                bytes.removeSubrange(start...)
                return
            }
            let newIndex = Int32(originals.count)
            if newIndex == 0 {
                commit(word, parent: -1, distance: 0)
                return
            }
            var node: Int32 = 0
            while true {
                let d = bytes.withUnsafeBufferPointer { all in
                    NearMissIndex.distance(UnsafeBufferPointer(rebasing: all[start...]),
                                           UnsafeBufferPointer(rebasing: all[Int(offsets[Int(node)])..<Int(offsets[Int(node) + 1])]))
                }
                if d == 0 {
                    if NearMissIndex.hasUppercase(originals[Int(node)]) && !NearMissIndex.hasUppercase(word) {
                        originals[Int(node)] = word
                    }
                    bytes.removeSubrange(start...)
                    return
                }
                var child = firstChild[Int(node)]
                while child >= 0 && Int(edge[Int(child)]) != d { child = nextSibling[Int(child)] }
                if child < 0 {
                    commit(word, parent: node, distance: d)
                    return
                }
                node = child
            }
        }

        /// Records the word whose bytes were just appended as a new node under `parent`.
        private mutating func commit(_ word: String, parent: Int32, distance: Int) {
            let index = Int32(originals.count)
            offsets.append(Int32(bytes.count))
            originals.append(word)
            firstChild.append(-1)
            edge.append(UInt8(min(distance, 255)))
            if parent >= 0 {
                nextSibling.append(firstChild[Int(parent)])
                firstChild[Int(parent)] = index
            } else {
                nextSibling.append(-1)
            }
        }
    }
}
