/// The distinct words of one document, so that a rule decides once per distinct word instead of once per token.
///
/// Every word token gets two small integer ids: `exact` (its bytes as written) and `folded` (its bytes with ASCII
/// letters lowercased, the key of `NearMissIndex.fold`). Both are found with one FNV-1a hash per token in
/// open-addressing tables over the document's own bytes: nothing is copied or allocated per token. A distinct
/// spelling is stored as the byte range of its first token (exact) or as bytes in one shared buffer (folded).
public struct DocumentWords: Sendable {
    /// The exact-spelling id of each token; -1 for tokens that are not words.
    public let exactID: [Int32]
    /// The folded id of each exact spelling.
    public let foldedOfExact: [Int32]
    /// The byte range (in the document) of the first token of each exact spelling.
    public let exactRanges: [ByteRange]
    /// The folded spellings' bytes, concatenated; `foldedOffsets[i]..<foldedOffsets[i + 1]` is folded word `i`.
    public let foldedBytes: [UInt8]
    public let foldedOffsets: [Int32]

    /// The number of distinct exact spellings.
    public var exactCount: Int { exactRanges.count }
    /// The number of distinct folded spellings.
    public var foldedCount: Int { foldedOffsets.count - 1 }

    /// The folded id of token `index`, or -1 when it is not a word.
    @inline(__always) public func foldedID(ofToken index: Int) -> Int32 {
        let exact = exactID[index]
        return exact < 0 ? -1 : foldedOfExact[Int(exact)]
    }

    /// The bytes of folded word `id`.
    @inline(__always) public func folded(_ id: Int32) -> ArraySlice<UInt8> {
        foldedBytes[Int(foldedOffsets[Int(id)])..<Int(foldedOffsets[Int(id) + 1])]
    }

    /// Interns the word tokens of `document`.
    public init(_ document: ParsedDocument) {
        let tokens = document.tokens
        var exactID = [Int32](repeating: -1, count: tokens.count)
        var foldedOfExact: [Int32] = []
        var exactRanges: [ByteRange] = []
        var foldedBytes: [UInt8] = []
        var foldedOffsets: [Int32] = [0]
        var capacity = 64
        while capacity < tokens.count * 2 { capacity *= 2 }
        let mask = capacity - 1
        // Slots hold id + 1 (0 is empty) and the id's hash.
        var exactSlots = [Int32](repeating: 0, count: capacity)
        var exactHashes = [UInt32](repeating: 0, count: capacity)
        var foldedSlots = [Int32](repeating: 0, count: capacity)
        var foldedHashes = [UInt32](repeating: 0, count: capacity)
        document.source.bytes.withUnsafeBufferPointer { bytes in
            for (index, token) in tokens.enumerated() where token.kind == .word {
                let start = token.start, end = token.end
                var hash: UInt64 = 0xCBF2_9CE4_8422_2325
                var foldedHash: UInt64 = 0xCBF2_9CE4_8422_2325
                var hasUpper = false
                for k in start..<end {
                    let byte = bytes[k]
                    hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
                    let isUpper = byte &- 0x41 < 26
                    hasUpper = hasUpper || isUpper
                    foldedHash = (foldedHash ^ UInt64(isUpper ? byte | 0x20 : byte)) &* 0x0000_0100_0000_01B3
                }
                let hash32 = UInt32(truncatingIfNeeded: hash ^ (hash >> 32))
                var slot = Int(hash32) & mask
                var found: Int32 = -1
                while exactSlots[slot] != 0 {
                    let candidate = exactSlots[slot] - 1
                    if exactHashes[slot] == hash32 {
                        let range = exactRanges[Int(candidate)]
                        if range.count == end - start, Self.equal(bytes, range.lowerBound, start, end - start) {
                            found = candidate
                            break
                        }
                    }
                    slot = (slot + 1) & mask
                }
                if found >= 0 { exactID[index] = found; continue }
                // A new exact spelling: find or add its folded spelling.
                let folded32 = hasUpper ? UInt32(truncatingIfNeeded: foldedHash ^ (foldedHash >> 32)) : hash32
                var foldedSlot = Int(folded32) & mask
                var foldedID: Int32 = -1
                while foldedSlots[foldedSlot] != 0 {
                    let candidate = foldedSlots[foldedSlot] - 1
                    if foldedHashes[foldedSlot] == folded32 {
                        let lower = Int(foldedOffsets[Int(candidate)]), upper = Int(foldedOffsets[Int(candidate) + 1])
                        if upper - lower == end - start, Self.foldedEqual(foldedBytes, lower, bytes, start, end - start) {
                            foldedID = candidate
                            break
                        }
                    }
                    foldedSlot = (foldedSlot + 1) & mask
                }
                if foldedID < 0 {
                    foldedID = Int32(foldedOffsets.count - 1)
                    for k in start..<end { foldedBytes.append(NearMissIndex.fold(bytes[k])) }
                    foldedOffsets.append(Int32(foldedBytes.count))
                    foldedSlots[foldedSlot] = foldedID + 1
                    foldedHashes[foldedSlot] = folded32
                }
                let id = Int32(exactRanges.count)
                exactRanges.append(start..<end)
                foldedOfExact.append(foldedID)
                exactSlots[slot] = id + 1
                exactHashes[slot] = hash32
                exactID[index] = id
            }
        }
        self.exactID = exactID
        self.foldedOfExact = foldedOfExact
        self.exactRanges = exactRanges
        self.foldedBytes = foldedBytes
        self.foldedOffsets = foldedOffsets
    }

    @inline(__always)
    private static func equal(_ bytes: UnsafeBufferPointer<UInt8>, _ a: Int, _ b: Int, _ count: Int) -> Bool {
        for k in 0..<count where bytes[a + k] != bytes[b + k] { return false }
        return true
    }

    @inline(__always)
    private static func foldedEqual(_ folded: [UInt8], _ a: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ b: Int, _ count: Int) -> Bool {
        for k in 0..<count where folded[a + k] != NearMissIndex.fold(bytes[b + k]) { return false }
        return true
    }
}
