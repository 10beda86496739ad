/// A quick look at a JSON text's shape without parsing it: how deeply it nests and where its first value ends.
///
/// Run on every message body before decoding, so that a peer cannot exhaust the stack with deep nesting, and so
/// that a body longer than its one JSON value (a `Content-Length` too large) can be split.
struct JSONShape: Sendable, Equatable {
    /// The deepest nesting of objects and arrays.
    var maximumDepth: Int
    /// The offset just past the first complete object, array or string, if there is one.
    var endOfFirstValue: Int?

    @inline(__always)
    static func isWhitespace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 }

    /// Scans bytes up to the end of the first value (or to the end, if it never closes).
    static func scan<C: Collection>(_ bytes: C) -> JSONShape where C.Element == UInt8, C.Index == Int {
        var depth = 0
        var deepest = 0
        var inString = false
        var escaped = false
        var index = bytes.startIndex
        while index < bytes.endIndex, isWhitespace(bytes[index]) { index += 1 }
        guard index < bytes.endIndex else { return JSONShape(maximumDepth: 0, endOfFirstValue: nil) }
        let first = bytes[index]
        guard first == UInt8(ascii: "{") || first == UInt8(ascii: "[") || first == UInt8(ascii: "\"") else {
            return JSONShape(maximumDepth: 0, endOfFirstValue: nil)
        }
        while index < bytes.endIndex {
            let byte = bytes[index]
            index += 1
            if inString {
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                    if depth == 0 { return JSONShape(maximumDepth: deepest, endOfFirstValue: index - bytes.startIndex) }
                }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""):
                inString = true
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                depth += 1
                if depth > deepest { deepest = depth }
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
                if depth <= 0 { return JSONShape(maximumDepth: deepest, endOfFirstValue: index - bytes.startIndex) }
            default:
                break
            }
        }
        return JSONShape(maximumDepth: deepest, endOfFirstValue: nil)
    }
}
