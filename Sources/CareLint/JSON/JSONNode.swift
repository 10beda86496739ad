/// A parsed JSON value that remembers where it was written, so errors can name a line and column.
///
/// Not `indirect`: arrays and members are already heap storage, so a box per value only cost an allocation (and
/// a release) per node.
public enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    /// A number, with its literal text (so integers stay exact).
    case number(Double, String)
    case string(String)
    case array([JSONNode])
    /// Members in written order (duplicates kept, so they can be reported).
    case object([JSONMember])

    /// The JSON type name used in messages: "a string", "an object" …
    public var typeDescription: String {
        switch self {
        case .null: "null"
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }
}

/// A JSON value and its byte range in the source.
public struct JSONNode: Sendable, Equatable {
    /// The value.
    public var value: JSONValue
    /// Where it was written.
    public var range: ByteRange
}

/// One `"key": value` member of an object.
public struct JSONMember: Sendable, Equatable {
    /// The key, unescaped.
    public var key: String
    /// Where the key (with its quotes) was written.
    public var keyRange: ByteRange
    /// The value.
    public var node: JSONNode
}

/// A JSON syntax error at a byte offset.
public struct JSONSyntaxError: Error, Sendable, Equatable {
    /// What is wrong and what was expected.
    public var message: String
    /// Where.
    public var offset: Int
}

/// A strict JSON parser (RFC 8259) over UTF-8 bytes that records positions and bounds nesting depth.
public struct JSONParser {
    private let bytes: [UInt8]
    private var index = 0
    private let maximumDepth: Int

    /// Parses `bytes` as one JSON document.
    public static func parse(_ bytes: [UInt8], maximumDepth: Int = 256) throws(JSONSyntaxError) -> JSONNode {
        var parser = JSONParser(bytes: bytes, maximumDepth: maximumDepth)
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { parser.index = 3 }
        parser.skipWhitespace()
        let node = try parser.parseValue(depth: 0)
        parser.skipWhitespace()
        guard parser.index == bytes.count else {
            throw JSONSyntaxError(message: "unexpected \(parser.describeCurrent()) after the end of the JSON value", offset: parser.index)
        }
        return node
    }

    private init(bytes: [UInt8], maximumDepth: Int) {
        self.bytes = bytes
        self.maximumDepth = maximumDepth
    }

    private func describeCurrent() -> String {
        guard index < bytes.count else { return "end of file" }
        let byte = bytes[index]
        if byte >= 0x20, byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
        return "byte 0x\(String(byte, radix: 16))"
    }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }

    private mutating func parseValue(depth: Int) throws(JSONSyntaxError) -> JSONNode {
        guard index < bytes.count else {
            throw JSONSyntaxError(message: "unexpected end of file; expected a value", offset: index)
        }
        let start = index
        switch bytes[index] {
        case 0x7B: return try parseObject(depth: depth + 1)
        case 0x5B: return try parseArray(depth: depth + 1)
        case 0x22:
            let string = try parseString()
            return JSONNode(value: .string(string), range: start..<index)
        case 0x74: try literal("true"); return JSONNode(value: .bool(true), range: start..<index)
        case 0x66: try literal("false"); return JSONNode(value: .bool(false), range: start..<index)
        case 0x6E: try literal("null"); return JSONNode(value: .null, range: start..<index)
        case 0x2D, 0x30...0x39: return try parseNumber()
        default:
            throw JSONSyntaxError(message: "unexpected \(describeCurrent()); expected a value (object, array, string, number, true, false or null)", offset: index)
        }
    }

    private mutating func literal(_ word: StaticString) throws(JSONSyntaxError) {
        let start = index
        let count = word.utf8CodeUnitCount
        let matches = word.withUTF8Buffer { expected in
            guard start + count <= bytes.count else { return false }
            for offset in 0..<count where bytes[start + offset] != expected[offset] { return false }
            return true
        }
        guard matches else { throw JSONSyntaxError(message: "invalid literal; expected \(word)", offset: start) }
        index += count
    }

    private mutating func parseNumber() throws(JSONSyntaxError) -> JSONNode {
        let start = index
        if bytes[index] == 0x2D { index += 1 }
        func digits() -> Int {
            let first = index
            while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 { index += 1 }
            return index - first
        }
        let integerStart = index
        guard digits() > 0 else { throw JSONSyntaxError(message: "invalid number; expected a digit", offset: index) }
        if bytes[integerStart] == 0x30, index - integerStart > 1 {
            throw JSONSyntaxError(message: "invalid number; leading zeros are not allowed", offset: integerStart)
        }
        if index < bytes.count, bytes[index] == 0x2E {
            index += 1
            guard digits() > 0 else { throw JSONSyntaxError(message: "invalid number; expected a digit after '.'", offset: index) }
        }
        if index < bytes.count, bytes[index] | 0x20 == 0x65 {
            index += 1
            if index < bytes.count, bytes[index] == 0x2B || bytes[index] == 0x2D { index += 1 }
            guard digits() > 0 else { throw JSONSyntaxError(message: "invalid number; expected an exponent", offset: index) }
        }
        let text = String(decoding: bytes[start..<index], as: UTF8.self)
        return JSONNode(value: .number(Double(text) ?? .nan, text), range: start..<index)
    }

    private mutating func parseString() throws(JSONSyntaxError) -> String {
        let start = index
        index += 1
        // Fast path: most strings have no escape; one scan to the closing quote, one validating decode.
        var end = index
        while end < bytes.count {
            let byte = bytes[end]
            if byte == 0x22 {
                let string = String(decoding: bytes[index..<end], as: UTF8.self)
                index = end + 1
                return string
            }
            if byte < 0x20 || byte == 0x5C { break }
            end += 1
        }
        var scalars = String.UnicodeScalarView()
        var runStart = index
        func flushRun(_ end: Int) {
            if end > runStart { scalars.append(contentsOf: String(decoding: bytes[runStart..<end], as: UTF8.self).unicodeScalars) }
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x22 {
                flushRun(index)
                index += 1
                return String(scalars)
            }
            if byte < 0x20 {
                throw JSONSyntaxError(message: "control character in a string; write it as an escape such as \\n", offset: index)
            }
            if byte == 0x5C {
                flushRun(index)
                index += 1
                guard index < bytes.count else { break }
                let escape = bytes[index]
                index += 1
                switch escape {
                case 0x22: scalars.append("\"")
                case 0x5C: scalars.append("\\")
                case 0x2F: scalars.append("/")
                case 0x62: scalars.append("\u{08}")
                case 0x66: scalars.append("\u{0C}")
                case 0x6E: scalars.append("\n")
                case 0x72: scalars.append("\r")
                case 0x74: scalars.append("\t")
                case 0x75:
                    var value = try hex4()
                    if (0xD800...0xDBFF).contains(value), index + 1 < bytes.count, bytes[index] == 0x5C, bytes[index + 1] == 0x75 {
                        index += 2
                        let low = try hex4()
                        guard (0xDC00...0xDFFF).contains(low) else {
                            throw JSONSyntaxError(message: "invalid surrogate pair in \\u escape", offset: index - 6)
                        }
                        value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
                    }
                    guard let scalar = Unicode.Scalar(value) else {
                        throw JSONSyntaxError(message: "invalid \\u escape (a lone surrogate)", offset: index - 6)
                    }
                    scalars.append(scalar)
                default:
                    throw JSONSyntaxError(message: "invalid escape '\\\(Character(Unicode.Scalar(escape)))' in a string", offset: index - 2)
                }
                runStart = index
                continue
            }
            index += 1
        }
        throw JSONSyntaxError(message: "unterminated string; expected a closing '\"'", offset: start)
    }

    private mutating func hex4() throws(JSONSyntaxError) -> UInt32 {
        guard index + 4 <= bytes.count else { throw JSONSyntaxError(message: "incomplete \\u escape", offset: index) }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt32
            switch byte {
            case 0x30...0x39: digit = UInt32(byte - 0x30)
            case 0x41...0x46: digit = UInt32(byte - 0x41 + 10)
            case 0x61...0x66: digit = UInt32(byte - 0x61 + 10)
            default: throw JSONSyntaxError(message: "invalid hex digit in \\u escape", offset: index)
            }
            value = value << 4 | digit
            index += 1
        }
        return value
    }

    private mutating func parseArray(depth: Int) throws(JSONSyntaxError) -> JSONNode {
        guard depth <= maximumDepth else {
            throw JSONSyntaxError(message: "nesting deeper than \(maximumDepth) levels", offset: index)
        }
        let start = index
        index += 1
        var items: [JSONNode] = []
        skipWhitespace()
        if index < bytes.count, bytes[index] == 0x5D {
            index += 1
            return JSONNode(value: .array(items), range: start..<index)
        }
        while true {
            skipWhitespace()
            items.append(try parseValue(depth: depth))
            skipWhitespace()
            guard index < bytes.count else {
                throw JSONSyntaxError(message: "unexpected end of file; expected ',' or ']' to continue the array that starts here", offset: start)
            }
            if bytes[index] == 0x2C {
                index += 1
                skipWhitespace()
                if index < bytes.count, bytes[index] == 0x5D {
                    throw JSONSyntaxError(message: "trailing comma before ']'; remove it", offset: index)
                }
                continue
            }
            if bytes[index] == 0x5D { index += 1; break }
            throw JSONSyntaxError(message: "unexpected \(describeCurrent()); expected ',' or ']'", offset: index)
        }
        return JSONNode(value: .array(items), range: start..<index)
    }

    private mutating func parseObject(depth: Int) throws(JSONSyntaxError) -> JSONNode {
        guard depth <= maximumDepth else {
            throw JSONSyntaxError(message: "nesting deeper than \(maximumDepth) levels", offset: index)
        }
        let start = index
        index += 1
        var members: [JSONMember] = []
        skipWhitespace()
        if index < bytes.count, bytes[index] == 0x7D {
            index += 1
            return JSONNode(value: .object(members), range: start..<index)
        }
        while true {
            skipWhitespace()
            guard index < bytes.count, bytes[index] == 0x22 else {
                if index < bytes.count, bytes[index] == 0x7D, !members.isEmpty {
                    throw JSONSyntaxError(message: "trailing comma before '}'; remove it", offset: index)
                }
                throw JSONSyntaxError(message: "unexpected \(describeCurrent()); expected a member name in double quotes", offset: index)
            }
            let keyStart = index
            let key = try parseString()
            let keyRange = keyStart..<index
            skipWhitespace()
            guard index < bytes.count, bytes[index] == 0x3A else {
                throw JSONSyntaxError(message: "unexpected \(describeCurrent()); expected ':' after the member name", offset: index)
            }
            index += 1
            skipWhitespace()
            let value = try parseValue(depth: depth)
            members.append(JSONMember(key: key, keyRange: keyRange, node: value))
            skipWhitespace()
            guard index < bytes.count else {
                throw JSONSyntaxError(message: "unexpected end of file; expected ',' or '}' to continue the object that starts here", offset: start)
            }
            if bytes[index] == 0x2C { index += 1; continue }
            if bytes[index] == 0x7D { index += 1; break }
            throw JSONSyntaxError(message: "unexpected \(describeCurrent()); expected ',' or '}'", offset: index)
        }
        return JSONNode(value: .object(members), range: start..<index)
    }
}
