/// A small fixed set of words, each with flag bits, looked up by a word's bytes (any collection of them, a slice of
/// a document's buffer) without copying or allocating: one FNV-1a hash and a probe of an open-addressing table
/// over the words' own bytes. For the closed word classes rules test every distinct word against (naming heads,
/// organisation words), where a `Set<[UInt8]>` needs an array per look-up. Immutable after `init`.
struct ByteWordFlags: Sendable {
    /// The words' bytes, back to back: word `i` is `bytes[offsets[i]..<offsets[i + 1]]`.
    private let bytes: [UInt8]
    private let offsets: [Int32]
    /// Per word, the union of the flags it was given.
    private let flags: [UInt8]
    /// Open addressing, linear probing: word index + 1, 0 for an empty slot.
    private let slots: [Int32]

    /// The words of each `(text, flag)` group (words separated by spaces or line breaks) with that flag; a word in
    /// several groups has the union of their flags.
    init(_ groups: [(words: String, flag: UInt8)]) {
        var bytes: [UInt8] = []
        var offsets: [Int32] = [0]
        var flags: [UInt8] = []
        var index: [[UInt8]: Int] = [:]
        for (text, flag) in groups {
            for word in text.utf8.split(whereSeparator: { $0 == 0x20 || $0 == 0x0A }) {
                let key = Array(word)
                if let known = index[key] {
                    flags[known] |= flag
                    continue
                }
                index[key] = flags.count
                bytes += key
                offsets.append(Int32(bytes.count))
                flags.append(flag)
            }
        }
        var capacity = 16
        while capacity < flags.count * 2 { capacity *= 2 }
        var slots = [Int32](repeating: 0, count: capacity)
        for word in flags.indices {
            var slot = Int(Self.hash(bytes[Int(offsets[word])..<Int(offsets[word + 1])])) & (capacity - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = Int32(word + 1)
        }
        self.bytes = bytes
        self.offsets = offsets
        self.flags = flags
        self.slots = slots
    }

    /// The flags of `word` (its exact bytes), 0 when it is not in the set.
    func flags<C: Collection>(of word: C) -> UInt8 where C.Element == UInt8 {
        let mask = slots.count - 1
        var slot = Int(Self.hash(word)) & mask
        let count = word.count
        while true {
            let entry = Int(slots[slot])
            if entry == 0 { return 0 }
            let start = Int(offsets[entry - 1]), end = Int(offsets[entry])
            if end - start == count, bytes[start..<end].elementsEqual(word) { return flags[entry - 1] }
            slot = (slot + 1) & mask
        }
    }

    /// Whether `word` is in the set (with any flag).
    func contains<C: Collection>(_ word: C) -> Bool where C.Element == UInt8 { flags(of: word) != 0 }

    /// FNV-1a over the bytes, folded to 32 bits.
    @inline(__always)
    private static func hash<C: Collection>(_ word: C) -> UInt32 where C.Element == UInt8 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in word { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return UInt32(truncatingIfNeeded: hash ^ (hash >> 32))
    }
}
