import Testing
@testable import CareLint

@Suite("Source positions")
struct SourceDocumentTests {
    @Test("Columns count Unicode scalars after accents, emoji, tabs and combining marks")
    func scalarColumns() throws {
        // "é" is 2 bytes, "😀" is 4 bytes (one scalar), "e\u{301}" is two scalars, a tab is one.
        let text = "café 😀\te\u{301} liver"
        let source = SourceDocument(path: "a.md", text: text)
        let offset = Array(text.utf8).count - "liver".utf8.count
        #expect(source.position(at: offset) == SourcePosition(line: 1, column: 11, offset: offset))
        // UTF-16: the emoji counts two units, so "liver" starts at 0-based character 11.
        #expect(source.utf16Position(at: offset).character == 11)
        #expect(source.utf8Position(at: offset).character == offset)
    }

    @Test("Columns counted eight bytes at a time equal a scalar-by-scalar count, on short and very long lines")
    func columnsMatchScalarCount() {
        // Mixed 1-, 2-, 3- and 4-byte scalars; one line longer than the checkpoint stride.
        let piece = "ab é€😀 xyz\tcafé "
        let long = String(repeating: piece, count: 3 * SourceDocument.checkpointStride / piece.utf8.count)
        let text = "short é😀 line\n" + long + "\r\nend ✓\n\n😀"
        let source = SourceDocument(path: "a.md", text: text)
        let bytes = Array(text.utf8)
        for offset in 0...bytes.count {
            let line = source.lineIndex(of: offset)
            let content = source.lineContentRange(line)
            let end = min(offset, content.upperBound)
            // Scalars starting before `end` on the line (a continuation byte starts none).
            let prefix = bytes[source.lineStarts[line]..<max(source.lineStarts[line], end)]
            let scalars = prefix.filter { $0 & 0xC0 != 0x80 }.count
            let inside = end < bytes.count && end > source.lineStarts[line] && bytes[end] & 0xC0 == 0x80
            #expect(source.position(at: offset) == SourcePosition(line: line + 1, column: max(1, 1 + scalars - (inside ? 1 : 0)), offset: offset), "offset \(offset)")
            let unitsToOffset = bytes[source.lineStarts[line]..<offset].filter { $0 & 0xC0 != 0x80 }.count + bytes[source.lineStarts[line]..<offset].filter { $0 >= 0xF0 }.count
            #expect(source.utf16Position(at: offset).character == unitsToOffset, "offset \(offset)")
        }
    }

    @Test("UTF-16 columns count an emoji as two units")
    func utf16() {
        let source = SourceDocument(path: "a.md", text: "😀 hepatic")
        let position = source.utf16Position(at: 5)
        #expect(position.line == 0)
        #expect(position.character == 3)
        #expect(source.offset(line: 0, utf16Character: 3) == 5)
        #expect(source.offset(line: 0, utf8Character: 5) == 5)
        // A column inside the emoji's bytes snaps back to its start.
        #expect(source.offset(line: 0, utf8Character: 2) == 0)
    }

    @Test("CRLF, LF and lone CR all end lines; the CR is not part of the line")
    func lineEnds() {
        let source = SourceDocument(path: "a.txt", text: "one\r\ntwo\nthree\rfour")
        #expect(source.lineStarts == [0, 5, 9, 15])
        #expect(source.lineContentRange(0) == 0..<3)
        #expect(source.position(at: 9) == SourcePosition(line: 3, column: 1, offset: 9))
        #expect(source.position(at: 3).column == 4)
        #expect(source.offset(line: 1, utf16Character: 99) == 8)
        #expect(source.offset(line: 4, utf16Character: 0) == 19)
        #expect(source.offset(line: 5, utf16Character: 0) == nil)
    }

    @Test("A byte order mark is not a column")
    func byteOrderMark() throws {
        let source = try #require(SourceDocument(path: "a.md", bytes: [0xEF, 0xBB, 0xBF] + Array("Liver".utf8)))
        #expect(source.position(at: 3) == SourcePosition(line: 1, column: 1, offset: 3))
        #expect(source.utf16Position(at: 4).character == 1)
    }

    @Test("Invalid UTF-8 is rejected", arguments: [
        [0xFF], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xE2, 0x82], [0xF4, 0x90, 0x80, 0x80], [0x61, 0x80],
    ] as [[UInt8]])
    func invalid(_ bytes: [UInt8]) {
        #expect(SourceDocument(path: "a.md", bytes: bytes) == nil)
    }

    @Test("Valid UTF-8 is accepted")
    func valid() {
        #expect(SourceDocument(path: "a.md", bytes: Array("naïve 😀 ok".utf8)) != nil)
    }
}
