/// The built-in lexicon and tries read in place from the literals `embed-resources` wrote (`CompiledVocabulary`):
/// nothing is decoded, hashed or allocated at start, and only the pages a look-up touches are read.
///
/// Every number is a 4-byte code (`CodeWriter`), read where it lies by `CompiledCodes.code(_:_:)`.
/// Memory that holds codes must outlive every table made from it: the embedded literals do (they are static), and
/// tests that decode codes of their own keep the buffers for the process.
enum CompiledCodes {
    /// The number at code `index` from `base`.
    @inline(__always)
    static func code(_ base: UnsafePointer<UInt8>, _ index: Int) -> Int {
        let p = base + index &* 4
        return Int(p[0] &- 0x30) << 18 | Int(p[1] &- 0x30) << 12 | Int(p[2] &- 0x30) << 6 | Int(p[3] &- 0x30)
    }
}

/// The built-in packs' words, read in place: the folded words back to back (`keys`), each word's end, and an
/// open-addressing table of word id + 1 keyed by the FNV-1a hash of the folded word (the hash `Lexicon` uses).
///
/// Layout (codes): count, capacity, then `count` ends, then `capacity` slots.
struct CompiledLexicon: @unchecked Sendable, Equatable { // read-only static memory
    let keys: UnsafePointer<UInt8>
    let codes: UnsafePointer<UInt8>
    let count: Int
    let mask: Int
    /// The code index of the first end, and of the first slot.
    let ends: Int, slots: Int
    /// The codes this lexicon occupies (for `encode`), as code indices.
    let codeRange: Range<Int>

    static func == (a: CompiledLexicon, b: CompiledLexicon) -> Bool { a.keys == b.keys && a.codes == b.codes && a.codeRange == b.codeRange }

    /// Reads the header at the reader's position and skips the tables; nil when they are not such a lexicon.
    /// `checked` also reads every end (the embedded literal, written by the build and compared with `Vocab/` by a
    /// test, is not read at start).
    init?(keys: UnsafeBufferPointer<UInt8>, codes buffer: UnsafeBufferPointer<UInt8>, reader: inout CodeReader, checked: Bool) {
        let start = reader.index
        let count = reader.next(), capacity = reader.next()
        guard count >= 0, capacity > 0, capacity & (capacity - 1) == 0, count * 2 <= capacity,
              let keyBase = keys.baseAddress ?? UnsafePointer(bitPattern: 0x10), let base = buffer.baseAddress else { return nil }
        self.keys = keyBase
        self.codes = base
        self.count = count
        self.mask = capacity - 1
        self.ends = reader.index
        self.slots = ends + count
        reader.skip(count + capacity)
        guard !reader.overran else { return nil }
        self.codeRange = start..<reader.index
        guard checked else { return }
        // The ends must rise and stay inside the keys: a look-up reads keys up to them.
        var previous = 0
        for id in 0..<count {
            let end = CompiledCodes.code(base, ends + id)
            guard end >= previous, end <= keys.count else { return nil }
            previous = end
        }
    }

    /// The id of a word (its folded bytes hash to `hash` and number `length`), or -1.
    @inline(__always)
    func lookup<C: Collection>(_ word: C, hash: UInt32, length: Int) -> Int32 where C.Element == UInt8 {
        var slot = Int(hash) & mask
        while true {
            let entry = CompiledCodes.code(codes, slots + slot)
            if entry == 0 { return -1 }
            let id = entry - 1
            let start = id == 0 ? 0 : CompiledCodes.code(codes, ends + id - 1)
            let end = CompiledCodes.code(codes, ends + id)
            if end - start == length, Lexicon.foldedEquals(word, UnsafeBufferPointer(start: keys + start, count: length)) {
                return Int32(id)
            }
            slot = (slot + 1) & mask
        }
    }

    /// The folded bytes of an id.
    func word(_ id: Int) -> UnsafeBufferPointer<UInt8> {
        let start = id == 0 ? 0 : CompiledCodes.code(codes, ends + id - 1)
        return UnsafeBufferPointer(start: keys + start, count: CompiledCodes.code(codes, ends + id) - start)
    }
}

/// A compiled trie read in place: an open-addressing edge table keyed by (node, word) with the hash `TokenTrie`
/// uses, each node's payload list, and the lists back to back.
///
/// Layout (codes): capacity, node count, list count, payload count; then `capacity` slots of three codes (node,
/// word, child + 1; 0 0 0 for an empty slot); each node's list + 1 (0 for none); the lists' starts and the end;
/// the payloads.
struct CompiledTrie: @unchecked Sendable, Equatable { // read-only static memory
    let codes: UnsafePointer<UInt8>
    let mask: Int
    let nodes: Int
    /// Code indices of the edge slots, the node lists, the list starts and the payloads.
    let slots: Int, terminals: Int, listStarts: Int, payloads: Int
    let lists: Int
    let codeRange: Range<Int>

    static func == (a: CompiledTrie, b: CompiledTrie) -> Bool { a.codes == b.codes && a.codeRange == b.codeRange }

    /// Reads the header at the reader's position and skips the tables; nil when they are not such a trie.
    /// `checked` also reads every slot, node and list (as `CompiledLexicon`).
    init?(codes buffer: UnsafeBufferPointer<UInt8>, reader: inout CodeReader, checked: Bool) {
        let start = reader.index
        let capacity = reader.next(), nodes = reader.next(), lists = reader.next(), payloadCount = reader.next()
        guard capacity > 0, capacity & (capacity - 1) == 0, nodes > 0, lists >= 0, payloadCount >= 0,
              let base = buffer.baseAddress else { return nil }
        codes = base
        mask = capacity - 1
        self.nodes = nodes
        self.lists = lists
        slots = reader.index
        terminals = slots + capacity * 3
        listStarts = terminals + nodes
        payloads = listStarts + lists + 1
        reader.skip(capacity * 3 + nodes + lists + 1 + payloadCount)
        guard !reader.overran else { return nil }
        codeRange = start..<reader.index
        guard checked else { return }
        // What a walk reads must stay inside: children are nodes, lists are lists, starts rise to the payloads' end.
        for slot in 0..<capacity {
            let child = CompiledCodes.code(base, slots + slot * 3 + 2)
            guard child <= nodes else { return nil }
        }
        for node in 0..<nodes where CompiledCodes.code(base, terminals + node) > lists { return nil }
        var previous = 0
        for list in 0...lists {
            let value = CompiledCodes.code(base, listStarts + list)
            guard value >= previous, value <= payloadCount else { return nil }
            previous = value
        }
        guard previous == payloadCount else { return nil }
    }

    /// The child of `node` along `word`, or -1.
    @inline(__always)
    func child(of node: Int32, word: Int32) -> Int32 {
        let key = UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: word))
        var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
        while true {
            let index = slots + slot * 3
            let child = CompiledCodes.code(codes, index + 2)
            if child == 0 { return -1 }
            if CompiledCodes.code(codes, index) == Int(node), CompiledCodes.code(codes, index + 1) == Int(word) {
                return Int32(child - 1)
            }
            slot = (slot + 1) & mask
        }
    }

    /// The payload list of `node` as a range of payload indices (empty when none ends there).
    @inline(__always)
    func payloadRange(at node: Int32) -> Range<Int> {
        let list = CompiledCodes.code(codes, terminals + Int(node))
        guard list > 0 else { return 0..<0 }
        return CompiledCodes.code(codes, listStarts + list - 1)..<CompiledCodes.code(codes, listStarts + list)
    }

    /// Payload number `index`.
    @inline(__always)
    func payload(_ index: Int) -> Int32 { Int32(CompiledCodes.code(codes, payloads + index)) }
}
