/// A trie over word ids: the patterns of a vocabulary or a rule set, matched against a document's tokens in one
/// left-to-right pass. Matching is linear in the text: from each token the walk follows at most
/// `maximumPatternLength` edges, a bound fixed when the patterns are loaded.
public struct TokenTrie: Sendable, Equatable {
    /// The most tokens a pattern may have.
    public static let maximumPatternLength = 16

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

    /// Appends the trie to a compiled vocabulary (`CompiledVocabulary`): the edge table's capacity, the node and
    /// edge counts, each used slot as (slot, node, word, child + 1), each node's payload list + 1 (0 for none),
    /// then the payload lists (count, then each one's length and payloads).
    func encode(into writer: inout CodeWriter) {
        writer.append(edgeKeys.count)
        writer.append(nodeCount)
        writer.append(edgeCount)
        for slot in edgeValues.indices where edgeValues[slot] != 0 {
            writer.append(slot)
            writer.append(Int(edgeKeys[slot] >> 32))
            writer.append(Int(edgeKeys[slot] & 0xFFFF_FFFF))
            writer.append(Int(edgeValues[slot]))
        }
        for list in terminalOf { writer.append(Int(list) + 1) }
        writer.append(payloadLists.count)
        for list in payloadLists {
            writer.append(list.count)
            for payload in list { writer.append(Int(payload)) }
        }
    }

    /// The trie `encode` wrote, slot for slot; nil when the codes are not such a trie.
    init?(codes reader: inout CodeReader) {
        let capacity = reader.next(), nodes = reader.next(), edges = reader.next()
        guard capacity > 0, capacity & (capacity - 1) == 0, nodes > 0, edges >= 0, edges < capacity else { return nil }
        edgeKeys = [UInt64](repeating: 0, count: capacity)
        edgeValues = [Int32](repeating: 0, count: capacity)
        edgeMask = capacity - 1
        edgeCount = edges
        nodeCount = nodes
        for _ in 0..<edges {
            let slot = reader.next(), node = reader.next(), word = reader.next(), child = reader.next()
            guard slot >= 0, slot < capacity, node >= 0, word >= 0, child > 0, child <= nodes else { return nil }
            edgeKeys[slot] = UInt64(node) << 32 | UInt64(word)
            edgeValues[slot] = Int32(child)
        }
        terminalOf = [Int32](repeating: -1, count: nodes)
        for node in 0..<nodes {
            let list = reader.next()
            guard list >= 0 else { return nil }
            terminalOf[node] = Int32(list - 1)
        }
        let lists = reader.next()
        guard lists >= 0 else { return nil }
        payloadLists.reserveCapacity(lists)
        for _ in 0..<lists {
            let length = reader.next()
            guard length >= 0 else { return nil }
            var list = [Int32](repeating: 0, count: length)
            for index in 0..<length { list[index] = Int32(reader.next()) }
            payloadLists.append(list)
        }
        guard !reader.overran, terminalOf.allSatisfy({ Int($0) < lists }) else { return nil }
    }

    /// True when no pattern was added.
    public var isEmpty: Bool { payloadLists.isEmpty }

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

    /// The child of `node` along `word`, or nil.
    @inline(__always)
    public func child(of node: Int32, word: Int32) -> Int32? {
        let key = UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: word))
        var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 40) & edgeMask
        while true {
            let value = edgeValues[slot]
            if value == 0 { return nil }
            if edgeKeys[slot] == key { return value - 1 }
            slot = (slot + 1) & edgeMask
        }
    }

    /// Payloads of patterns that end at `node`.
    @inline(__always)
    public func payloads(at node: Int32) -> [Int32]? {
        let list = terminalOf[Int(node)]
        return list < 0 ? nil : payloadLists[Int(list)]
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
    /// longest first at each start.
    public func forEachMatch(
        wordIDs: [Int32], tokens: [Token], in range: Range<Int>,
        _ body: (_ start: Int, _ end: Int, _ payloads: [Int32]) -> Void
    ) {
        var found: [(Int, [Int32])] = []
        for start in range where wordIDs[start] >= 0 {
            found.removeAll(keepingCapacity: true)
            var node: Int32 = 0
            var index = start
            let sentence = tokens[start].sentence
            while index < range.upperBound, index - start < TokenTrie.maximumPatternLength,
                  tokens[index].sentence == sentence, wordIDs[index] >= 0,
                  let next = child(of: node, word: wordIDs[index]) {
                node = next
                index += 1
                let list = terminalOf[Int(node)]
                if list >= 0 { found.append((index, payloadLists[Int(list)])) }
            }
            for (end, payloads) in found.reversed() { body(start, end, payloads) }
        }
    }
}
