/// The one JSON string escaper, on UTF-8 bytes, used by the report writer (``JSONWriter``) and the language server.
///
/// Escapes what JSON requires (`"`, `\`, control characters below U+0020), and DEL, U+2028 and U+2029 as well, so
/// the output is also safe to embed in JavaScript and HTML script blocks. Everything else is copied as UTF-8.
public enum JSONEscape {
    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    /// True when `text` has a byte that needs an escape (or may start U+2028/U+2029), so a caller can copy the rest whole.
    @inlinable
    public static func needsEscape(_ text: String) -> Bool {
        text.utf8.contains { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x7F || $0 == 0xE2 }
    }

    /// Appends `text` as a JSON string literal, quotes included.
    public static func append(_ text: String, to bytes: inout [UInt8]) {
        var text = text
        text.withUTF8 { append($0, to: &bytes) } // a native string's own bytes: no copy
    }

    /// Appends the UTF-8 `source` as a JSON string literal, quotes included: runs that need no escape are copied
    /// whole, in one pass.
    public static func append(_ source: UnsafeBufferPointer<UInt8>, to bytes: inout [UInt8]) {
        bytes.append(0x22)
        var copied = 0
        var index = 0
        let count = source.count
        while index < count {
            let byte = source[index]
            // Most bytes: printable ASCII other than `"`, `\` and DEL, or a multi-byte letter's bytes.
            if byte >= 0x20, byte != 0x22, byte != 0x5C, byte != 0x7F, byte != 0xE2 { index += 1; continue }
            if byte == 0xE2 {
                // U+2028 and U+2029 are E2 80 A8 and E2 80 A9; any other E2 sequence is copied.
                guard index + 2 < count, source[index + 1] == 0x80, source[index + 2] == 0xA8 || source[index + 2] == 0xA9 else {
                    index += 1
                    continue
                }
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[copied..<index]))
            switch byte {
            case 0x22: bytes.append(0x5C); bytes.append(0x22)
            case 0x5C: bytes.append(0x5C); bytes.append(0x5C)
            case 0x0A: bytes.append(0x5C); bytes.append(UInt8(ascii: "n"))
            case 0x0D: bytes.append(0x5C); bytes.append(UInt8(ascii: "r"))
            case 0x09: bytes.append(0x5C); bytes.append(UInt8(ascii: "t"))
            case 0xE2:
                appendUnicodeEscape(source[index + 2] == 0xA8 ? 0x2028 : 0x2029, to: &bytes)
                index += 2
            default: appendUnicodeEscape(UInt32(byte), to: &bytes) // below U+0020, and DEL
            }
            index += 1
            copied = index
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[copied..<count]))
        bytes.append(0x22)
    }

    private static func appendUnicodeEscape(_ value: UInt32, to bytes: inout [UInt8]) {
        bytes.append(0x5C); bytes.append(UInt8(ascii: "u"))
        for shift in stride(from: 12, through: 0, by: -4) { bytes.append(hexDigits[Int((value >> UInt32(shift)) & 0xF)]) }
    }
}
