/// One word list compiled at build time by `embed-resources` (Plugins/EmbedResources) into three string
/// literals that live in the binary's read-only data and are read in place: nothing is parsed or hashed at start,
/// and a look-up touches one slot and one word.
///
/// The format (written by Sources/embed-resources/main.swift, `CompiledList`; `WordTable.init(bytes:offsets:)`
/// writes the same bytes at run time, and a test keeps the two equal):
/// - `text`: the list's words in file order, empty lines dropped, each followed by "\n".
/// - `offsets`: `count + 1` codes: where each word starts in `text`, then the length of `text`.
/// - `capitals`: `count` bytes, "1" when the word has an ASCII capital, else "0" (for the suggestion search,
///   which reads it for every word).
/// - `slots`: `capacity` codes (a power of two, at least twice `count`): an open-addressing table (linear probing)
///   keyed by `WordList.foldedHash` (FNV-1a over the word with ASCII capitals folded, 64 bits folded to 32);
///   each used slot holds its word's start + 1, an empty slot 0.
/// - A code is a number below 2^24 written as four bytes, each 0x30 plus 6 bits, most significant first (all
///   printable ASCII, so a Swift string literal can hold it without escapes other than the backslash).
struct CompiledWordTable: Sendable {
    let count: Int
    let capacity: Int
    let text: StaticString
    let offsets: StaticString
    let capitals: StaticString
    let slots: StaticString
}

/// The words of a `WordList` with a hash table on their ASCII-folded hashes, in the `CompiledWordTable` layout:
/// either the embedded compiled bytes, read in place, or the same layout built at run time for a list given as
/// words. Immutable after `init`.
final class WordTable: @unchecked Sendable {
    let count: Int
    /// `CompiledWordTable.text`, `.offsets`, `.capitals` and `.slots`.
    private let text: UnsafePointer<UInt8>
    private let offsetCodes: UnsafePointer<UInt8>
    private let capitals: UnsafePointer<UInt8>
    private let slotCodes: UnsafePointer<UInt8>
    private let mask: Int
    /// The memory of a table built at run time (nil for an embedded one, whose bytes are the binary's).
    private let storage: UnsafeMutableBufferPointer<UInt8>?
    /// Whether word `i` has no ASCII capital.
    let isLowercase: LowercaseFlags
    /// `byteClassMask` of every word, built on first use (only the two-edit suggestion search needs them).
    private let masks = LazyValue<[UInt32]>()

    /// Word `i`'s case, from `CompiledWordTable.capitals`.
    struct LowercaseFlags: @unchecked Sendable {
        fileprivate let capitals: UnsafePointer<UInt8>

        @inline(__always) subscript(i: Int) -> Bool { capitals[i] == 0x30 }
    }

    /// The embedded compiled list `name` ("Dictionaries/en.txt"); an empty table when there is none.
    convenience init(embedded name: String) {
        if let compiled = CompiledWordTable.embedded(name) {
            self.init(compiled)
        } else {
            self.init(bytes: [], offsets: [0])
        }
    }

    init(_ compiled: CompiledWordTable) {
        count = compiled.count
        text = compiled.text.utf8Start
        offsetCodes = compiled.offsets.utf8Start
        capitals = compiled.capitals.utf8Start
        slotCodes = compiled.slots.utf8Start
        mask = compiled.capacity - 1
        storage = nil
        isLowercase = LowercaseFlags(capitals: capitals)
    }

    /// Builds the layout for words given as `source[offsets[i]..<offsets[i + 1]]` (each non-empty).
    init(bytes source: [UInt8], offsets sourceOffsets: [Int32]) {
        count = sourceOffsets.count - 1
        var capacity = 16
        while capacity < count * 2 { capacity *= 2 }
        let textLength = source.count + count
        let offsetsLength = (count + 1) * 4
        let capitalsStart = textLength + offsetsLength
        let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: capitalsStart + count + capacity * 4)
        buffer.initialize(repeating: 0x30)
        var position = 0
        for i in 0..<count {
            Self.write(position, into: buffer, at: textLength + i * 4)
            for byte in source[Int(sourceOffsets[i])..<Int(sourceOffsets[i + 1])] {
                if byte &- 0x41 < 26 { buffer[capitalsStart + i] = 0x31 }
                buffer[position] = byte
                position += 1
            }
            buffer[position] = 0x0A
            position += 1
        }
        Self.write(position, into: buffer, at: textLength + count * 4)
        let base = UnsafePointer(buffer.baseAddress!)
        let slotsStart = capitalsStart + count
        var used = [Bool](repeating: false, count: capacity)
        for i in 0..<count {
            let start = Self.code(base + textLength, i)
            let end = Self.code(base + textLength, i + 1) - 1
            var slot = Int(WordList.foldedHash(UnsafeBufferPointer(start: base + start, count: end - start))) & (capacity - 1)
            while used[slot] { slot = (slot + 1) & (capacity - 1) }
            used[slot] = true
            Self.write(start + 1, into: buffer, at: slotsStart + slot * 4)
        }
        storage = buffer
        text = base
        offsetCodes = base + textLength
        capitals = base + capitalsStart
        slotCodes = base + slotsStart
        mask = capacity - 1
        isLowercase = LowercaseFlags(capitals: capitals)
    }

    deinit { storage?.deallocate() }

    /// The code at index `i` of a code array.
    @inline(__always) static func code(_ codes: UnsafePointer<UInt8>, _ i: Int) -> Int {
        let p = codes + i &* 4
        return Int(p[0] &- 0x30) << 18 | Int(p[1] &- 0x30) << 12 | Int(p[2] &- 0x30) << 6 | Int(p[3] &- 0x30)
    }

    private static func write(_ value: Int, into buffer: UnsafeMutableBufferPointer<UInt8>, at position: Int) {
        precondition(value < 1 << 24, "a word list is limited to 16 MB")
        buffer[position] = UInt8(0x30 + ((value >> 18) & 63))
        buffer[position + 1] = UInt8(0x30 + ((value >> 12) & 63))
        buffer[position + 2] = UInt8(0x30 + ((value >> 6) & 63))
        buffer[position + 3] = UInt8(0x30 + (value & 63))
    }

    /// The table's bytes in the `CompiledWordTable` layout (text, offsets, capitals, slots), for the test that
    /// keeps the compiled form equal to the lists.
    var layout: (text: [UInt8], offsets: [UInt8], capitals: [UInt8], slots: [UInt8]) {
        let textLength = Self.code(offsetCodes, count)
        return (
            Array(UnsafeBufferPointer(start: text, count: textLength)),
            Array(UnsafeBufferPointer(start: offsetCodes, count: (count + 1) * 4)),
            Array(UnsafeBufferPointer(start: capitals, count: count)),
            Array(UnsafeBufferPointer(start: slotCodes, count: (mask + 1) * 4))
        )
    }

    /// The byte classes of `bytes` as a set: bit `byte & 31` for each byte. An insertion, deletion, substitution
    /// or transposition changes at most two bits, so words `d` edits apart differ in at most `2 * d` bits.
    static func byteClassMask<C: Sequence>(_ bytes: C) -> UInt32 where C.Element == UInt8 {
        var mask: UInt32 = 0
        for byte in bytes { mask |= 1 << UInt32(byte & 31) }
        return mask
    }

    /// `byteClassMask` of each word, by index.
    func byteClassMasks() -> [UInt32] {
        masks.get { (0..<count).map { WordTable.byteClassMask(word($0)) } }
    }

    /// Calls `body(i, length in bytes)` for every word in order, each offset decoded once (for grouping the words
    /// by length without reading them).
    @inline(__always) func forEachWordLength(_ body: (_ index: Int, _ length: Int) -> Void) {
        var start = Self.code(offsetCodes, 0)
        for i in 0..<count {
            let next = Self.code(offsetCodes, i + 1)
            body(i, next - 1 - start)
            start = next
        }
    }

    /// The bytes of word `i`.
    @inline(__always) func word(_ i: Int) -> UnsafeBufferPointer<UInt8> {
        let start = Self.code(offsetCodes, i)
        return UnsafeBufferPointer(start: text + start, count: Self.code(offsetCodes, i + 1) - 1 - start)
    }

    /// Whether a word stored under `hash` equals `w` up to ASCII case and, when `anyCase` is false, is lowercase
    /// or equals `w` exactly (the case rules of `WordList`).
    @inline(__always) func contains(_ w: UnsafeBufferPointer<UInt8>, hash: UInt32, anyCase: Bool) -> Bool {
        var slot = Int(hash) & mask
        let n = w.count
        while true {
            let value = Self.code(slotCodes, slot)
            if value == 0 { return false }
            let entry = text + (value - 1)
            var k = 0
            var exact = true, lower = true
            while k < n {
                let a = entry[k], b = w[k]
                if a == 0x0A || NearMissIndex.fold(a) != NearMissIndex.fold(b) { break }
                if a != b { exact = false }
                if a &- 0x41 < 26 { lower = false }
                k += 1
            }
            if k == n && entry[n] == 0x0A && (anyCase || lower || exact) { return true }
            slot = (slot + 1) & mask
        }
    }
}
