/// A 1-based line and 1-based column counted in Unicode scalars, with the UTF-8 byte offset it stands for.
public struct SourcePosition: Sendable, Equatable, Hashable, Codable {
    /// 1-based line number.
    public var line: Int
    /// 1-based column, counted in Unicode scalars from the start of the line.
    public var column: Int
    /// UTF-8 byte offset into the original text.
    public var offset: Int

    /// Creates a position.
    public init(line: Int, column: Int, offset: Int) {
        self.line = line
        self.column = column
        self.offset = offset
    }
}

/// A document's original UTF-8 bytes, its name and a line index.
///
/// Every offset in CareLint is a UTF-8 byte offset into `bytes`; conversions to lines and columns happen only at
/// the edges (reporters and the language server), through this type.
public struct SourceDocument: Sendable {
    /// Where the text came from (a path, `-` or an editor URI); used for format detection and messages.
    public let path: String
    /// The original bytes, exactly as read (a UTF-8 byte order mark included).
    public let bytes: [UInt8]
    /// How prose is extracted.
    public let format: DocumentFormat
    /// Byte offset of the first byte of each line. Line ends are LF, CRLF or a lone CR.
    public let lineStarts: [Int]
    /// Scalars and UTF-16 code units before every `checkpointStride`-th byte; kept only when a line is longer
    /// than the stride, so that a column on a very long line costs O(stride) rather than O(line).
    let scalarCheckpoints: [Int]
    let utf16Checkpoints: [Int]
    /// Bytes between checkpoints.
    static let checkpointStride = 1024

    /// Creates a document from bytes; nil when they are not valid UTF-8.
    public init?(path: String, bytes: [UInt8], format: DocumentFormat? = nil) {
        guard SourceDocument.isValidUTF8(bytes) else { return nil }
        self.init(path: path, validatedBytes: bytes, format: format)
    }

    /// Creates a document from a string.
    public init(path: String, text: String, format: DocumentFormat? = nil) {
        self.init(path: path, validatedBytes: Array(text.utf8), format: format)
    }

    private init(path: String, validatedBytes bytes: [UInt8], format: DocumentFormat?) {
        self.path = path
        self.bytes = bytes
        self.format = format ?? DocumentFormat(path: path)
        self.lineStarts = SourceDocument.computeLineStarts(bytes)
        (scalarCheckpoints, utf16Checkpoints) = SourceDocument.computeCheckpoints(bytes, lineStarts: lineStarts)
    }

    private static func computeCheckpoints(_ bytes: [UInt8], lineStarts: [Int]) -> ([Int], [Int]) {
        var longest = bytes.count - (lineStarts.last ?? 0)
        for index in 1..<max(1, lineStarts.count) { longest = max(longest, lineStarts[index] - lineStarts[index - 1]) }
        guard longest > checkpointStride else { return ([], []) }
        var scalars: [Int] = [0]
        var units: [Int] = [0]
        scalars.reserveCapacity(bytes.count / checkpointStride + 1)
        units.reserveCapacity(bytes.count / checkpointStride + 1)
        var scalarCount = 0
        var unitCount = 0
        for (index, byte) in bytes.enumerated() {
            if index > 0, index % checkpointStride == 0 {
                scalars.append(scalarCount)
                units.append(unitCount)
            }
            if byte & 0xC0 != 0x80 {
                scalarCount += 1
                unitCount += byte >= 0xF0 ? 2 : 1
            }
        }
        return (scalars, units)
    }

    /// Scalars (or, with `utf16`, UTF-16 code units) starting in `start..<end`.
    private func count(from start: Int, to end: Int, utf16: Bool) -> Int {
        guard start < end else { return 0 }
        return bytes.withUnsafeBufferPointer { buffer in
            let stride = SourceDocument.checkpointStride
            guard !scalarCheckpoints.isEmpty, end - start > stride else { return Self.count(buffer, start, end, utf16: utf16) }
            let checkpoints = utf16 ? utf16Checkpoints : scalarCheckpoints
            func before(_ offset: Int) -> Int {
                let slot = min(offset / stride, checkpoints.count - 1)
                return checkpoints[slot] + Self.count(buffer, slot * stride, offset, utf16: utf16)
            }
            return before(end) - before(start)
        }
    }

    /// Scalars (or UTF-16 code units) starting in `buffer[low..<high]`, eight bytes at a time: a scalar starts at
    /// every byte but a continuation byte (`10xxxxxx`), and one that starts with `11110xxx` is two UTF-16 units.
    private static func count(_ buffer: UnsafeBufferPointer<UInt8>, _ low: Int, _ high: Int, utf16: Bool) -> Int {
        guard low < high, let base = buffer.baseAddress else { return 0 }
        let raw = UnsafeRawPointer(base)
        let tops: UInt64 = 0x8080_8080_8080_8080
        var total = 0
        var index = low
        while index + 8 <= high {
            let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            // Bit 7 of each byte: set for a continuation byte (bit 7 set, bit 6 clear).
            total += 8 - (word & ~(word << 1) & tops).nonzeroBitCount
            if utf16 { total += (word & (word << 1) & (word << 2) & (word << 3) & tops).nonzeroBitCount }
            index += 8
        }
        while index < high {
            let byte = base[index]
            if byte & 0xC0 != 0x80 { total += utf16 && byte >= 0xF0 ? 2 : 1 }
            index += 1
        }
        return total
    }

    /// The text as a String (for small pieces prefer `text(in:)`).
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// The length of the UTF-8 byte order mark at the start, 0 or 3.
    public var byteOrderMarkLength: Int {
        bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
    }

    /// The text of a byte range.
    public func text(in range: ByteRange) -> String {
        let clamped = range.clamped(to: 0..<bytes.count)
        return String(decoding: bytes[clamped], as: UTF8.self)
    }

    /// The number of lines; text after the last line end (even none) counts as a line, as editors show it.
    public var lineCount: Int { lineStarts.count }

    /// 0-based index of the line that holds `offset`.
    public func lineIndex(of offset: Int) -> Int {
        Self.lineIndex(of: offset, in: lineStarts)
    }

    /// The index of the line holding `offset` in a sorted list of line starts (a binary search).
    static func lineIndex(of offset: Int, in starts: [Int]) -> Int {
        var low = 0
        var high = starts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if starts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }

    /// Byte range of a 0-based line's content, without its line end.
    public func lineContentRange(_ index: Int) -> ByteRange {
        let start = lineStarts[index]
        var end = index + 1 < lineStarts.count ? lineStarts[index + 1] : bytes.count
        if end > start, bytes[end - 1] == 0x0A { end -= 1 }
        if end > start, bytes[end - 1] == 0x0D { end -= 1 }
        return start..<end
    }

    /// The 1-based line and scalar column of a byte offset. An offset inside a multi-byte scalar counts as that
    /// scalar; an offset in a line end counts as the column after the line's last scalar.
    public func position(at offset: Int) -> SourcePosition {
        let clamped = max(0, min(offset, bytes.count))
        let line = lineIndex(of: clamped)
        var start = lineStarts[line]
        if line == 0 { start = min(byteOrderMarkLength, clamped) }
        let content = lineContentRange(line)
        let end = min(clamped, max(content.upperBound, start))
        var column = 1 + count(from: start, to: end, utf16: false)
        // Offsets inside a scalar's continuation bytes belong to that scalar.
        if end < bytes.count, end > start, bytes[end] & 0xC0 == 0x80 { column -= 1 }
        return SourcePosition(line: line + 1, column: max(1, column), offset: clamped)
    }

    /// 0-based line and UTF-16 code-unit column of a byte offset (the LSP default encoding).
    public func utf16Position(at offset: Int) -> (line: Int, character: Int) {
        let clamped = max(0, min(offset, bytes.count))
        let line = lineIndex(of: clamped)
        let start = line == 0 ? min(byteOrderMarkLength, clamped) : lineStarts[line]
        return (line, count(from: start, to: clamped, utf16: true))
    }

    /// 0-based line and Unicode scalar column of a byte offset (LSP's `utf-32`: an emoji counts 1). An offset
    /// inside a scalar's continuation bytes counts as the start of that scalar.
    public func utf32Position(at offset: Int) -> (line: Int, character: Int) {
        let clamped = max(0, min(offset, bytes.count))
        let line = lineIndex(of: clamped)
        let start = line == 0 ? min(byteOrderMarkLength, clamped) : lineStarts[line]
        var scalars = count(from: start, to: clamped, utf16: false)
        // A scalar counts once its lead byte is passed, so an offset in its middle would count it; it should not.
        if clamped < bytes.count, clamped > start, bytes[clamped] & 0xC0 == 0x80 { scalars -= 1 }
        return (line, scalars)
    }

    /// 0-based line and UTF-8 byte column of a byte offset.
    public func utf8Position(at offset: Int) -> (line: Int, character: Int) {
        let clamped = max(0, min(offset, bytes.count))
        let line = lineIndex(of: clamped)
        let start = line == 0 ? min(byteOrderMarkLength, clamped) : lineStarts[line]
        return (line, clamped - start)
    }

    /// The byte offset of a 0-based line and UTF-16 column; nil when the line does not exist. A column past the
    /// end of the line is clamped to the line's end, as LSP asks.
    public func offset(line: Int, utf16Character: Int) -> Int? {
        guard line >= 0 else { return nil }
        if line >= lineStarts.count { return line == lineStarts.count ? bytes.count : nil }
        let content = lineContentRange(line)
        var index = line == 0 ? max(content.lowerBound, byteOrderMarkLength) : content.lowerBound
        var units = 0
        while index < content.upperBound, units < utf16Character {
            let byte = bytes[index]
            let length = SourceDocument.scalarLength(byte)
            units += length == 4 ? 2 : 1
            index += length
        }
        return min(index, content.upperBound)
    }

    /// The byte offset of a 0-based line and Unicode scalar column; nil when the line does not exist. A column
    /// past the end of the line is clamped to the line's end.
    public func offset(line: Int, utf32Character: Int) -> Int? {
        guard line >= 0 else { return nil }
        if line >= lineStarts.count { return line == lineStarts.count ? bytes.count : nil }
        let content = lineContentRange(line)
        var index = line == 0 ? max(content.lowerBound, byteOrderMarkLength) : content.lowerBound
        var scalars = 0
        while index < content.upperBound, scalars < utf32Character {
            index += 1
            while index < content.upperBound, bytes[index] & 0xC0 == 0x80 { index += 1 }
            scalars += 1
        }
        return min(index, content.upperBound)
    }

    /// The byte offset of a 0-based line and UTF-8 column; nil when the line does not exist.
    public func offset(line: Int, utf8Character: Int) -> Int? {
        guard line >= 0 else { return nil }
        if line >= lineStarts.count { return line == lineStarts.count ? bytes.count : nil }
        let content = lineContentRange(line)
        let start = line == 0 ? max(content.lowerBound, byteOrderMarkLength) : content.lowerBound
        var offset = min(start + max(0, utf8Character), content.upperBound)
        while offset > start, offset < bytes.count, bytes[offset] & 0xC0 == 0x80 { offset -= 1 }
        return offset
    }

    /// Length in bytes of the UTF-8 sequence that starts with `byte`.
    @inline(__always)
    static func scalarLength(_ byte: UInt8) -> Int {
        if byte < 0x80 { return 1 }
        if byte >= 0xF0 { return 4 }
        if byte >= 0xE0 { return 3 }
        if byte >= 0xC0 { return 2 }
        return 1
    }

    static func computeLineStarts(_ bytes: [UInt8]) -> [Int] {
        var starts = [0]
        starts.reserveCapacity(bytes.count / 40 + 1)
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte == 0x0A {
                starts.append(index + 1)
            } else if byte == 0x0D, index + 1 >= count || bytes[index + 1] != 0x0A {
                starts.append(index + 1)
            }
            index += 1
        }
        return starts
    }

    /// True when `bytes` are well-formed UTF-8 (no overlongs, surrogates or values past U+10FFFF).
    public static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte < 0x80 { index += 1; continue }
            let length: Int
            let minimum: UInt32
            var value: UInt32
            switch byte {
            case 0xC2...0xDF: length = 2; minimum = 0x80; value = UInt32(byte & 0x1F)
            case 0xE0...0xEF: length = 3; minimum = 0x800; value = UInt32(byte & 0x0F)
            case 0xF0...0xF4: length = 4; minimum = 0x10000; value = UInt32(byte & 0x07)
            default: return false
            }
            guard index + length <= count else { return false }
            for next in 1..<length {
                let continuation = bytes[index + next]
                guard continuation & 0xC0 == 0x80 else { return false }
                value = value << 6 | UInt32(continuation & 0x3F)
            }
            if value < minimum || value > 0x10FFFF || (0xD800...0xDFFF).contains(value) { return false }
            index += length
        }
        return true
    }
}
