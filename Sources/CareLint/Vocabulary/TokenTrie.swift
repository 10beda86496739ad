/// A trie over word ids: the patterns of a vocabulary or a rule set, matched against a document's tokens in one
/// left-to-right pass. Matching is linear in the text: from each token the walk follows at most
/// `maximumPatternLength` edges, a bound fixed when the patterns are loaded.
///
/// A trie may extend a compiled trie of the built-in packs (`CompiledTrie`, read in place): patterns inserted at
/// run time (a user pack's) go into a second, run-time trie, and a walk follows both at once, so a pattern's
/// payloads are the compiled ones followed by the run-time ones, as in one trie built with every pattern in that
/// order (`VocabularyOverlayTests`).
public struct TokenTrie: Sendable, Equatable {
    /// The most tokens a pattern may have.
    public static let maximumPatternLength = 16

    private var base: CompiledTrie?
    private var edgeKeys: [UInt64] = []    // (node << 32) | word, open addressing
    private var edgeValues: [Int32] = []   // child node + 1, 0 for empty
    private var edgeMask = 0
    private var edgeCount = 0
    private var nodeCount = 1
    /// For each node, the index of its payload list in `payloadLists`, or -1.
    private var terminalOf: [Int32] = [-1]
    private var payloadLists: [[Int32]] = []

    /// Creates an empty trie.
    public init() {
        edgeKeys = [UInt64](repeating: 0, count: 256)
        edgeValues = [Int32](repeating: 0, count: 256)
        edgeMask = 255
    }

    /// A trie of the compiled patterns, to which `insert` adds.
    init(compiled: CompiledTrie) {
        self.init()
        base = compiled
    }

    /// Appends the trie to a compiled vocabulary (`CompiledVocabulary`, read in place by `CompiledTrie`): the edge
    /// table's capacity, the node count, the payload list count and the payload count; each slot as (node, word,
    /// child + 1), 0 0 0 when empty; each node's payload list + 1 (0 for none); the lists' starts and end; the
    /// payloads. A trie read from codes writes the same codes again.
    func encode(into writer: inout CodeWriter) {
        if let base {
            precondition(payloadLists.isEmpty, "a trie extended at run time is not compiled")
            for index in base.codeRange { writer.append(CompiledCodes.code(base.codes, index)) }
            return
        }
        writer.append(edgeKeys.count)
        writer.append(nodeCount)
        writer.append(payloadLists.count)
        writer.append(payloadLists.reduce(0) { $0 + $1.count })
        for slot in edgeValues.indices {
            let used = edgeValues[slot] != 0
            writer.append(used ? Int(edgeKeys[slot] >> 32) : 0)
            writer.append(used ? Int(edgeKeys[slot] & 0xFFFF_FFFF) : 0)
            writer.append(Int(edgeValues[slot]))
        }
        for list in terminalOf { writer.append(Int(list) + 1) }
        var start = 0
        writer.append(0)
        for list in payloadLists {
            start += list.count
            writer.append(start)
        }
        for list in payloadLists { for payload in list { writer.append(Int(payload)) } }
    }

    /// True when the trie extends a compiled trie (the built-in packs' patterns).
    var hasCompiledBase: Bool { base != nil }

    /// True when no pattern was added.
    public var isEmpty: Bool { payloadLists.isEmpty && (base?.lists ?? 0) == 0 }

    /// Adds a pattern of word ids ending in `payload`.
    public mutating func insert(_ words: [Int32], payload: Int32) {
        precondition(!words.isEmpty && words.count <= TokenTrie.maximumPatternLength)
        var node: Int32 = 0
        for word in words {
            if let next = child(of: node, word: word) {
                node = next
            } else {
                let next = Int32(nodeCount)
                nodeCount += 1
                terminalOf.append(-1)
                setChild(of: node, word: word, to: next)
                node = next
            }
        }
        if terminalOf[Int(node)] < 0 {
            terminalOf[Int(node)] = Int32(payloadLists.count)
            payloadLists.append([])
        }
        payloadLists[Int(terminalOf[Int(node)])].append(payload)
    }

    /// The child of `node` of the run-time trie along `word`, or nil.
    @inline(__always)
    private func child(of node: Int32, word: Int32) -> Int32? {
        let key = UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: word))
        var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 40) & edgeMask
        while true {
            let value = edgeValues[slot]
            if value == 0 { return nil }
            if edgeKeys[slot] == key { return value - 1 }
            slot = (slot + 1) & edgeMask
        }
    }

    private mutating func setChild(of node: Int32, word: Int32, to child: Int32) {
        if (edgeCount + 1) * 2 > edgeKeys.count { growEdges() }
        let key = UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: word))
        var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 40) & edgeMask
        while edgeValues[slot] != 0 { slot = (slot + 1) & edgeMask }
        edgeKeys[slot] = key
        edgeValues[slot] = child + 1
        edgeCount += 1
    }

    private mutating func growEdges() {
        let oldKeys = edgeKeys
        let oldValues = edgeValues
        let capacity = edgeKeys.count * 2
        edgeKeys = [UInt64](repeating: 0, count: capacity)
        edgeValues = [Int32](repeating: 0, count: capacity)
        edgeMask = capacity - 1
        for index in oldKeys.indices where oldValues[index] != 0 {
            var slot = Int(truncatingIfNeeded: (oldKeys[index] &* 0x9E37_79B9_7F4A_7C15) >> 40) & edgeMask
            while edgeValues[slot] != 0 { slot = (slot + 1) & edgeMask }
            edgeKeys[slot] = oldKeys[index]
            edgeValues[slot] = oldValues[index]
        }
    }

    /// Calls `body(start, end, payloads)` for every pattern that matches tokens `start..<end` inside one sentence,
    /// longest first at each start; the payloads are the compiled trie's, then the run-time trie's.
    public func forEachMatch(
        wordIDs: [Int32], tokens: [Token], in range: Range<Int>,
        _ body: (_ start: Int, _ end: Int, _ payloads: [Int32]) -> Void
    ) {
        // (end, compiled node, run-time node), -1 for a node the walk left.
        var found: [(Int, Int32, Int32)] = []
        let hasRunTime = !payloadLists.isEmpty
        for start in range where wordIDs[start] >= 0 {
            if !found.isEmpty { found.removeAll(keepingCapacity: true) }
            var compiledNode: Int32 = base == nil ? -1 : 0
            var node: Int32 = hasRunTime ? 0 : -1
            var index = start
            let sentence = tokens[start].sentence
            while index < range.upperBound, index - start < TokenTrie.maximumPatternLength,
                  tokens[index].sentence == sentence, wordIDs[index] >= 0 {
                let word = wordIDs[index]
                if compiledNode >= 0, let base { compiledNode = base.child(of: compiledNode, word: word) }
                if node >= 0 { node = child(of: node, word: word) ?? -1 }
                guard compiledNode >= 0 || node >= 0 else { break }
                index += 1
                let compiledEnds = compiledNode >= 0 && !(base?.payloadRange(at: compiledNode).isEmpty ?? true)
                let runTimeEnds = node >= 0 && terminalOf[Int(node)] >= 0
                if compiledEnds || runTimeEnds { found.append((index, compiledEnds ? compiledNode : -1, runTimeEnds ? node : -1)) }
            }
            for (end, compiledNode, node) in found.reversed() {
                if compiledNode < 0 {
                    body(start, end, payloadLists[Int(terminalOf[Int(node)])])
                    continue
                }
                var payloads: [Int32] = []
                if let base { for index in base.payloadRange(at: compiledNode) { payloads.append(base.payload(index)) } }
                if node >= 0 { payloads += payloadLists[Int(terminalOf[Int(node)])] }
                body(start, end, payloads)
            }
        }
    }
}
