/// Interns case-folded words as small integer ids, and looks up a token's bytes without allocating.
///
/// Folding: ASCII and Latin-1 capitals to lower case, and the right single quote (’) to an apostrophe, so
/// "Patient’s" and "patient's" are one word. Open addressing over FNV-1a hashes of the folded bytes.
///
/// A lexicon may extend the built-in packs' compiled words (`CompiledLexicon`, read in place): their ids come
/// first, and words interned at run time (a user pack's) take the ids after them.
public struct Lexicon: Sendable, Equatable {
    private var base: CompiledLexicon?
    private var baseCount: Int32 = 0
    private var keys: [UInt8] = []          // folded bytes of every run-time word, back to back
    private var keyStarts: [Int32] = [0]    // keyStarts[id] ..< keyStarts[id + 1], run-time ids from 0
    private var slots: [Int32]              // run-time word id + 1, 0 for empty
    private var hashes: [UInt32]            // the hash of each slot's word
    private var mask: Int

    /// The number of distinct words.
    public var count: Int { Int(baseCount) + keyStarts.count - 1 }

    /// The number of words interned at run time (not in the compiled base).
    private var localCount: Int { keyStarts.count - 1 }

    /// Creates an empty lexicon.
    public init() {
        slots = [Int32](repeating: 0, count: 1024)
        hashes = [UInt32](repeating: 0, count: 1024)
        mask = 1023
    }

    /// A lexicon of the compiled words, to which `intern` adds.
    init(compiled: CompiledLexicon) {
        self.init()
        base = compiled
        baseCount = Int32(compiled.count)
    }

    /// The id of a word, adding it when new.
    @discardableResult
    public mutating func intern<C: Collection>(_ word: C) -> Int32 where C.Element == UInt8 {
        let existing = lookup(word) // most words of a vocabulary repeat: nothing to copy for them
        if existing >= 0 { return existing }
        // A new word: its folded bytes go straight to the end of `keys`.
        if (localCount + 1) * 2 > slots.count { grow() }
        let start = keys.count
        Lexicon.fold(word) { keys.append($0) }
        let local = Int32(localCount)
        keyStarts.append(Int32(keys.count))
        insert(id: local, hash: Lexicon.hash(keys[start...]))
        return baseCount + local
    }

    /// The id of a word, or -1 when it is not in the lexicon.
    @inline(__always)
    public func lookup<C: Collection>(_ word: C) -> Int32 where C.Element == UInt8 {
        var hash: UInt32 = 2_166_136_261
        var length = 0
        Lexicon.fold(word) { byte in
            hash = (hash ^ UInt32(byte)) &* 16_777_619
            length += 1
        }
        if let base {
            let id = base.lookup(word, hash: hash, length: length)
            if id >= 0 { return id }
            if localCount == 0 { return -1 }
        }
        var slot = Int(hash) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { return -1 }
            if hashes[slot] == hash {
                let id = Int(entry - 1)
                let start = Int(keyStarts[id])
                let end = Int(keyStarts[id + 1])
                if end - start == length, Lexicon.foldedEquals(word, keys[start..<end]) { return baseCount + entry - 1 }
            }
            slot = (slot + 1) & mask
        }
    }

    /// Appends the lexicon to a compiled vocabulary (`CompiledVocabulary`, read in place by `CompiledLexicon`):
    /// the word count, the table's capacity, each word's end in the returned keys (the folded words back to back),
    /// then each slot (word id + 1, 0 for empty). A lexicon read from codes writes the same codes again.
    func encode(into writer: inout CodeWriter) -> [UInt8] {
        if let base {
            precondition(localCount == 0, "a lexicon extended at run time is not compiled")
            for index in base.codeRange { writer.append(CompiledCodes.code(base.codes, index)) }
            return Array(UnsafeBufferPointer(start: base.keys, count: base.count == 0 ? 0 : CompiledCodes.code(base.codes, base.ends + base.count - 1)))
        }
        writer.append(count)
        writer.append(slots.count)
        for id in 0..<count { writer.append(Int(keyStarts[id + 1])) }
        for entry in slots { writer.append(Int(entry)) }
        return keys
    }

    /// The folded text of an id.
    public func word(_ id: Int32) -> String {
        if let base, id < baseCount { return String(decoding: base.word(Int(id)), as: UTF8.self) }
        let local = Int(id - baseCount)
        let start = Int(keyStarts[local])
        let end = Int(keyStarts[local + 1])
        return String(decoding: keys[start..<end], as: UTF8.self)
    }

    private mutating func insert(id: Int32, hash: UInt32) {
        var slot = Int(hash) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = id + 1
        hashes[slot] = hash
    }

    private mutating func grow() {
        let capacity = slots.count * 2
        slots = [Int32](repeating: 0, count: capacity)
        hashes = [UInt32](repeating: 0, count: capacity)
        mask = capacity - 1
        for id in 0..<localCount {
            let start = Int(keyStarts[id])
            let end = Int(keyStarts[id + 1])
            insert(id: Int32(id), hash: Lexicon.hash(keys[start..<end]))
        }
    }

    private static func hash<C: Collection>(_ folded: C) -> UInt32 where C.Element == UInt8 {
        var hash: UInt32 = 2_166_136_261
        for byte in folded { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        return hash
    }

    /// True when `word`, folded, equals `key` byte for byte; the caller has checked that the folded length is
    /// `key`'s. The one comparison of the run-time and the compiled tables' probes.
    @inline(__always)
    static func foldedEquals<W: Collection, K: Collection>(_ word: W, _ key: K) -> Bool where W.Element == UInt8, K.Element == UInt8 {
        var position = key.startIndex
        var equal = true
        fold(word) { byte in
            if equal { equal = key[position] == byte }
            position = key.index(after: position)
        }
        return equal
    }

    /// Streams the folded bytes of a word.
    @inline(__always)
    static func fold<C: Collection>(_ word: C, _ body: (UInt8) -> Void) where C.Element == UInt8 {
        var index = word.startIndex
        let end = word.endIndex
        while index != end {
            let byte = word[index]
            if byte >= 0x41, byte <= 0x5A {
                body(byte | 0x20)
            } else if byte < 0x80 {
                body(byte)
            } else if byte == 0xC3 {
                // Latin-1 capitals À–Þ (except ×) fold to their lower-case forms.
                body(byte)
                index = word.index(after: index)
                guard index != end else { return }
                let next = word[index]
                body(next >= 0x80 && next <= 0x9E && next != 0x97 ? next + 0x20 : next)
            } else if byte == 0xE2 {
                // ’ (E2 80 99) folds to an apostrophe.
                let second = word.index(after: index)
                if second != end, word[second] == 0x80 {
                    let third = word.index(after: second)
                    if third != end, word[third] == 0x99 {
                        body(0x27)
                        index = word.index(after: third)
                        continue
                    }
                }
                body(byte)
            } else {
                body(byte)
            }
            index = word.index(after: index)
        }
    }
}
