/// A pull reader over JSON bytes for the well-formed common case: it reads values in place, in order, without
/// building a `JSONNode` tree, and answers nil (or false) at the first thing it does not handle, so the caller can
/// fall back to `JSONParser` and `StrictJSONDecoder`, whose errors name the place and the fix.
///
/// It accepts a subset of what `JSONParser` accepts and reads it to the same values: strings whose escapes are
/// `\"`, `\\`, `\/`, `\n`, `\r`, `\t` (any other escape, a control character or a number gives nil), `true`,
/// `false`, `null`, arrays and objects, with the same rules for white space, commas and the byte order mark.
/// Invalid UTF-8 in a string is repaired as `JSONParser` repairs it (`String(decoding:as:)`).
struct JSONCursor {
    let bytes: UnsafeBufferPointer<UInt8>
    private(set) var index = 0
    /// Arrays and objects still open; past `maximumDepth` the reader gives up (the parser reports the depth).
    private var depth = 0
    static let maximumDepth = 60

    /// A cursor at the start of `bytes`, after a byte order mark.
    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { index = 3 }
    }

    /// Whether only white space is left.
    mutating func atEnd() -> Bool {
        skipWhitespace()
        return index == bytes.count
    }

    @inline(__always) mutating func skipWhitespace() {
        while index < bytes.count {
            let byte = bytes[index]
            guard byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 else { return }
            index += 1
        }
    }

    /// Consumes `null` when it comes next.
    mutating func null() -> Bool {
        skipWhitespace()
        guard index + 4 <= bytes.count, bytes[index] == 0x6E, bytes[index + 1] == 0x75, bytes[index + 2] == 0x6C, bytes[index + 3] == 0x6C else { return false }
        index += 4
        return true
    }

    mutating func bool() -> Bool? {
        skipWhitespace()
        if index + 4 <= bytes.count, bytes[index] == 0x74, bytes[index + 1] == 0x72, bytes[index + 2] == 0x75, bytes[index + 3] == 0x65 {
            index += 4
            return true
        }
        if index + 5 <= bytes.count, bytes[index] == 0x66, bytes[index + 1] == 0x61, bytes[index + 2] == 0x6C, bytes[index + 3] == 0x73, bytes[index + 4] == 0x65 {
            index += 5
            return false
        }
        return nil
    }

    /// The raw bytes of a string without escapes (an object key), or nil.
    mutating func rawString() -> UnsafeBufferPointer<UInt8>? {
        skipWhitespace()
        guard index < bytes.count, bytes[index] == 0x22 else { return nil }
        var end = index + 1
        while end < bytes.count {
            let byte = bytes[end]
            if byte == 0x22 {
                let raw = UnsafeBufferPointer(rebasing: bytes[(index + 1)..<end])
                index = end + 1
                return raw
            }
            if byte < 0x20 || byte == 0x5C { return nil }
            end += 1
        }
        return nil
    }

    mutating func string() -> String? {
        let start = index
        if let raw = rawString() { return String(decoding: raw, as: UTF8.self) }
        index = start
        skipWhitespace()
        guard index < bytes.count, bytes[index] == 0x22 else { return nil }
        var decoded: [UInt8] = []
        var k = index + 1
        while k < bytes.count {
            let byte = bytes[k]
            if byte == 0x22 {
                index = k + 1
                return String(decoding: decoded, as: UTF8.self)
            }
            if byte < 0x20 { return nil }
            if byte == 0x5C {
                guard k + 1 < bytes.count else { return nil }
                switch bytes[k + 1] {
                case 0x22, 0x5C, 0x2F: decoded.append(bytes[k + 1])
                case 0x6E: decoded.append(0x0A)
                case 0x72: decoded.append(0x0D)
                case 0x74: decoded.append(0x09)
                default: return nil
                }
                k += 2
                continue
            }
            decoded.append(byte)
            k += 1
        }
        return nil
    }

    /// Reads an array, calling `item` with the cursor at each item; false when the array or an item fails.
    mutating func array(_ item: (inout JSONCursor) -> Bool) -> Bool {
        skipWhitespace()
        guard index < bytes.count, bytes[index] == 0x5B, depth < Self.maximumDepth else { return false }
        index += 1
        depth += 1
        defer { depth -= 1 }
        skipWhitespace()
        if index < bytes.count, bytes[index] == 0x5D { index += 1; return true }
        while true {
            guard item(&self) else { return false }
            skipWhitespace()
            guard index < bytes.count else { return false }
            if bytes[index] == 0x2C { index += 1; continue }
            if bytes[index] == 0x5D { index += 1; return true }
            return false
        }
    }

    /// Reads an object, calling `member` with each key's raw bytes and the cursor at its value; false when the
    /// object or a member fails (a key with an escape fails too).
    mutating func object(_ member: (inout JSONCursor, UnsafeBufferPointer<UInt8>) -> Bool) -> Bool {
        skipWhitespace()
        guard index < bytes.count, bytes[index] == 0x7B, depth < Self.maximumDepth else { return false }
        index += 1
        depth += 1
        defer { depth -= 1 }
        skipWhitespace()
        if index < bytes.count, bytes[index] == 0x7D { index += 1; return true }
        while true {
            guard let key = rawString() else { return false }
            skipWhitespace()
            guard index < bytes.count, bytes[index] == 0x3A else { return false }
            index += 1
            guard member(&self, key) else { return false }
            skipWhitespace()
            guard index < bytes.count else { return false }
            if bytes[index] == 0x2C { index += 1; continue }
            if bytes[index] == 0x7D { index += 1; return true }
            return false
        }
    }

    /// Skips one value (not a number).
    mutating func skipValue() -> Bool {
        skipWhitespace()
        guard index < bytes.count else { return false }
        switch bytes[index] {
        case 0x22: return string() != nil
        case 0x74, 0x66: return bool() != nil
        case 0x6E: return null()
        case 0x5B: return array { $0.skipValue() }
        case 0x7B: return object { cursor, _ in cursor.skipValue() }
        default: return false
        }
    }

    /// A string, or nil for null (`present` false); nil result for any other value.
    mutating func optionalString() -> String?? {
        if null() { return .some(nil) }
        guard let string = string() else { return nil }
        return .some(string)
    }

    mutating func optionalBool() -> Bool?? {
        if null() { return .some(nil) }
        guard let bool = bool() else { return nil }
        return .some(bool)
    }

    /// An array of strings, `.some(nil)` for null.
    mutating func optionalStrings() -> [String]?? {
        if null() { return .some(nil) }
        guard let strings = strings() else { return nil }
        return .some(strings)
    }

    mutating func strings() -> [String]? {
        var items: [String] = []
        let ok = array { cursor in
            guard let string = cursor.string() else { return false }
            items.append(string)
            return true
        }
        return ok ? items : nil
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// Whether the bytes are `text`'s UTF-8.
    @inline(__always) func equals(_ text: StaticString) -> Bool {
        guard count == text.utf8CodeUnitCount else { return false }
        let expected = text.utf8Start
        for k in 0..<count where self[k] != expected[k] { return false }
        return true
    }
}
