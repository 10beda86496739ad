/// A word as a 64-bit key: FNV-1a over its bytes with ASCII letters lowercased and ’ read as '. The scorecard
/// compares words by key, so reading a page's tokens builds no strings.
enum WordKey {
    /// The key of some bytes.
    @inline(__always)
    static func of(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var index = bytes.startIndex
        while index < bytes.endIndex {
            var byte = bytes[index]
            if byte == 0xE2, index + 2 < bytes.endIndex, bytes[index + 1] == 0x80, bytes[index + 2] == 0x99 {
                byte = 0x27
                index += 2
            } else if byte >= 0x41 && byte <= 0x5A {
                byte |= 0x20
            }
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
            index += 1
        }
        return hash
    }

    /// The key of a word written in code.
    static func of(_ word: String) -> UInt64 { of(Array(word.utf8)[...]) }

    /// The keys of some words.
    static func set(_ words: [String]) -> Set<UInt64> { Set(words.map { of($0) }) }

    /// Phrases as key sequences ("out of" → [key(out), key(of)]).
    static func phrases(_ phrases: [String]) -> [[UInt64]] {
        phrases.map { $0.split(separator: " ").map { of(String($0)) } }
    }
}
