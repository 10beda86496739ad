@testable import CareLint
import Testing

/// `SourceDocument(editing:replacing:with:)` against indexing the edited bytes whole.
@Suite("Editing a source document")
struct SourceDocumentEditTests {
    /// Line ends of every kind, a carriage return at the very end, characters of two to four bytes.
    static let text = "# Title\r\n\r\nA line é.\rNext line 😀 here.\n\nLast\r\n- item\r"

    static func assertSame(_ edited: SourceDocument, _ bytes: [UInt8], _ note: String) throws {
        let whole = try #require(SourceDocument(path: "a.md", bytes: bytes, format: .markdown))
        #expect(edited.bytes == whole.bytes, "\(note)")
        #expect(edited.lineStarts == whole.lineStarts, "\(note)")
        #expect(edited.scalarCheckpoints == whole.scalarCheckpoints, "\(note)")
        #expect(edited.utf16Checkpoints == whole.utf16Checkpoints, "\(note)")
        #expect(edited.format == whole.format)
    }

    @Test("after seeded random edits (line ends inserted, joined and split; characters replaced) the line index equals indexing the text whole")
    func randomEdits() throws {
        let pieces = ["\n", "\r", "\r\n", "\n\n", "x", "é", "😀", "", "ab\rcd", "\r\r\n"]
        var random = IncrementalLintTests.Random(state: 7)
        var source = try #require(SourceDocument(path: "a.md", bytes: Array(Self.text.utf8), format: .markdown))
        var edits = 0
        for step in 0..<400 {
            let bytes = source.bytes
            let start = random.below(bytes.count + 1)
            let end = min(bytes.count, start + random.below(4))
            let inserted = Array(pieces[random.below(pieces.count)].utf8)
            guard let edited = SourceDocument(editing: source, replacing: start..<end, with: inserted) else {
                // Only an edit that splits a character is refused.
                let splits = { (offset: Int) in offset < bytes.count && bytes[offset] & 0xC0 == 0x80 }
                #expect(splits(start) || splits(end), "step \(step)")
                continue
            }
            var expected = bytes
            expected.replaceSubrange(start..<end, with: inserted)
            try Self.assertSame(edited, expected, "step \(step): \(start)..<\(end) ← \(inserted)")
            source = edited
            edits += 1
        }
        #expect(edits > 150)
    }

    @Test("a line grown past the checkpoint stride gets the checkpoints a whole index has")
    func longLine() throws {
        let source = try #require(SourceDocument(path: "a.md", bytes: Array("short\nline\n".utf8), format: .markdown))
        let long = [UInt8](repeating: UInt8(ascii: "a"), count: SourceDocument.checkpointStride + 10)
        let edited = try #require(SourceDocument(editing: source, replacing: 6..<6, with: long))
        #expect(!edited.scalarCheckpoints.isEmpty)
        try Self.assertSame(edited, Array("short\n".utf8) + long + Array("line\n".utf8), "long line")
        // And an edit elsewhere in a document that has checkpoints keeps them right.
        let again = try #require(SourceDocument(editing: edited, replacing: 0..<1, with: Array("é".utf8)))
        try Self.assertSame(again, Array("éhort\n".utf8) + long + Array("line\n".utf8), "after")
    }

    @Test("an edit inside a character or with invalid bytes is refused")
    func refused() throws {
        let source = try #require(SourceDocument(path: "a.md", bytes: Array("aé b".utf8), format: .markdown))
        #expect(SourceDocument(editing: source, replacing: 2..<2, with: [0x41]) == nil)
        #expect(SourceDocument(editing: source, replacing: 0..<0, with: [0xFF]) == nil)
        #expect(SourceDocument(editing: source, replacing: 0..<9, with: []) == nil)
    }
}
