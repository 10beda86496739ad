/// The names list compiled at build time by `embed-resources`: the two literals of a `NamesByFirstWord`.
struct CompiledNames: Sendable {
    let text: StaticString
    let codes: StaticString
}

/// Multi-word names (`Dictionaries/names.txt`) by their first word, in a layout read in place: compiled at build
/// time by `embed-resources` (`CompiledNames`), or built at run time from the list's text, byte for byte the same
/// (a test keeps the two equal). Loading the compiled one takes two pointers.
///
/// A name is its words, folded (`NearMissIndex.fold`); a line of fewer than two words is no name. The layout:
/// - `text`: every word of every name, back to back.
/// - `codes`, numbers as 4-byte codes (as `CompiledWordTable`): the count of first words K, the slots' capacity
///   C (a power of two, at least 2K), the count of names N and of words W; then C slots (an open-addressing
///   table, FNV-1a 32 of the first word, linear probing) holding a first word's index + 1 or 0; K + 1 codes:
///   where each first word's names start among the names (names grouped by first word in order of first
///   appearance, each group longest first); N + 1 codes: where each name's words start; W + 1 codes: where each
///   word starts in `text`.
final class NamesByFirstWord: @unchecked Sendable {
    private let text: UnsafePointer<UInt8>
    private let codes: UnsafePointer<UInt8>
    private let keyCount: Int
    private let mask: Int
    private let nameCount: Int
    private let wordCount: Int
    /// The memory of an index built at run time (nil for a compiled one).
    private let storage: (text: UnsafeMutableBufferPointer<UInt8>, codes: UnsafeMutableBufferPointer<UInt8>)?

    /// The compiled index, read in place.
    init(_ compiled: CompiledNames) {
        text = compiled.text.utf8Start
        codes = compiled.codes.utf8Start
        storage = nil
        keyCount = Self.code(codes, 0)
        mask = Self.code(codes, 1) - 1
        nameCount = Self.code(codes, 2)
        wordCount = Self.code(codes, 3)
    }

    /// Builds the index of a names list: one name a line, words split at runs of spaces.
    init(list: String) {
        var keys: [[UInt8]: Int] = [:]
        var groups: [[[[UInt8]]]] = []
        var words: [[UInt8]] = []
        var word: [UInt8] = []
        for byte in list.utf8 + [0x0A] {
            if byte == 0x20 || byte == 0x0A {
                if !word.isEmpty { words.append(word); word.removeAll(keepingCapacity: true) }
                if byte == 0x0A {
                    if words.count >= 2 {
                        if let key = keys[words[0]] {
                            groups[key].append(words)
                        } else {
                            keys[words[0]] = groups.count
                            groups.append([words])
                        }
                    }
                    words.removeAll(keepingCapacity: true)
                }
            } else {
                word.append(NearMissIndex.fold(byte))
            }
        }
        for index in groups.indices { groups[index].sort { $0.count > $1.count } }
        var capacity = 16
        while capacity < groups.count * 2 { capacity *= 2 }
        var slots = [Int](repeating: 0, count: capacity)
        var keyNames = [0], nameWords = [0], wordStarts = [0]
        var bytes: [UInt8] = []
        for (index, group) in groups.enumerated() {
            var slot = Int(Self.hash(group[0][0])) & (capacity - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = index + 1
            for name in group {
                for word in name {
                    bytes += word
                    wordStarts.append(bytes.count)
                }
                nameWords.append(wordStarts.count - 1)
            }
            keyNames.append(nameWords.count - 1)
        }
        var writer = CodeWriter()
        for value in [groups.count, capacity, nameWords.count - 1, wordStarts.count - 1] + slots + keyNames + nameWords + wordStarts {
            writer.append(value)
        }
        let textStorage = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(1, bytes.count))
        _ = textStorage.initialize(from: bytes)
        let codeStorage = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: writer.bytes.count)
        _ = codeStorage.initialize(from: writer.bytes)
        storage = (textStorage, codeStorage)
        text = UnsafePointer(textStorage.baseAddress!)
        codes = UnsafePointer(codeStorage.baseAddress!)
        keyCount = groups.count
        mask = capacity - 1
        nameCount = nameWords.count - 1
        wordCount = wordStarts.count - 1
    }

    deinit {
        storage?.text.deallocate()
        storage?.codes.deallocate()
    }

    /// The layout's bytes (`text`, `codes`), for `embed-resources` and the test that keeps the compiled form equal
    /// to the list.
    var layout: (text: [UInt8], codes: [UInt8]) {
        let textLength = Self.code(codes, wordsStart + wordCount)
        let codeLength = (wordsStart + wordCount + 1) * 4
        return (Array(UnsafeBufferPointer(start: text, count: textLength)), Array(UnsafeBufferPointer(start: codes, count: codeLength)))
    }

    private var slotsStart: Int { 4 }
    private var keysStart: Int { 4 + mask + 1 }
    private var namesStart: Int { keysStart + keyCount + 1 }
    private var wordsStart: Int { namesStart + nameCount + 1 }

    /// The names whose first word is `key` (folded), longest first; nil when no name starts with it.
    subscript(key: [UInt8]) -> [[[UInt8]]]? {
        names(startingWith: key).map { names in
            names.map { name in (0..<wordCount(ofName: name)).map { Array(word(ofName: name, at: $0)) } }
        }
    }

    /// The names whose first word is `key` (folded), longest first, as name numbers for `wordCount(ofName:)` and
    /// `word(ofName:at:)`; nil when no name starts with it. Read in place: nothing is allocated.
    func names<C: Collection>(startingWith key: C) -> Range<Int>? where C.Element == UInt8 {
        var slot = Int(Self.hash(key)) & mask
        while true {
            let entry = Self.code(codes, slotsStart + slot)
            if entry == 0 { return nil }
            let first = Self.code(codes, keysStart + entry - 1)
            if word(Self.code(codes, namesStart + first)).elementsEqual(key) {
                return first..<Self.code(codes, keysStart + entry)
            }
            slot = (slot + 1) & mask
        }
    }

    /// The number of words of name `name` (a number from `names(startingWith:)`).
    @inline(__always) func wordCount(ofName name: Int) -> Int {
        Self.code(codes, namesStart + name + 1) - Self.code(codes, namesStart + name)
    }

    /// Word `k` of name `name`, in place.
    @inline(__always) func word(ofName name: Int, at k: Int) -> UnsafeBufferPointer<UInt8> {
        word(Self.code(codes, namesStart + name) + k)
    }

    /// The bytes of word `index`.
    private func word(_ index: Int) -> UnsafeBufferPointer<UInt8> {
        let start = Self.code(codes, wordsStart + index)
        return UnsafeBufferPointer(start: text + start, count: Self.code(codes, wordsStart + index + 1) - start)
    }

    @inline(__always) private static func code(_ codes: UnsafePointer<UInt8>, _ i: Int) -> Int {
        WordTable.code(codes, i)
    }

    /// FNV-1a, 32 bits.
    private static func hash<C: Collection>(_ bytes: C) -> UInt32 where C.Element == UInt8 {
        var hash: UInt32 = 2_166_136_261
        for byte in bytes { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        return hash
    }
}
