import CareLint
@testable import CareLintServer
import Testing

/// `PublishedReuse`: the protocol form taken from the last answer equals converting every finding again.
@Suite("Published diagnostics reused after an edit")
struct PublishedReuseTests {
    static let draft = """
        # Caring for your liver 😀

        Your liver cleans your blood. The hepatic artery brings it blood. A CT scan can show the liver.\r
        Zorblat is a made-up word. The the doctor will call you. Recieve your results by mail.

        - Drink less alcohol, about 2 g a day.\r
        - Walk for 30 minutes. Adherance to the plan helps.

        Cirrhosis is scarring of the liver. It was caused by years of damage, and dyspnea may follow.
        """

    /// A finding as the protocol shows it, in UTF-16 columns (the emoji counts two), with its fixes and places.
    static func convert(_ diagnostic: Diagnostic, _ source: SourceDocument) -> LSPDiagnostic {
        let fixes = diagnostic.fixes.map { fix in
            LSPDiagnostic.FixData(title: fix.title, edits: fix.edits.map { LSPTextEdit(range: source.lspRange($0.range, .utf16), newText: $0.newText) }, isSafe: fix.isSafe)
        }
        let related = diagnostic.related.map { LSPDiagnostic.RelatedInformation(location: Location(uri: "file:///a.md", range: source.lspRange($0.range, .utf16)), message: $0.message) }
        return LSPDiagnostic(range: source.lspRange(diagnostic.range, .utf16), severity: 2, code: diagnostic.rule, codeDescription: nil, source: "carelint",
                             message: diagnostic.message, relatedInformation: related.isEmpty ? nil : related, data: fixes.isEmpty ? nil : .init(fixes: fixes))
    }

    @Test("after seeded random edits (letters, words, new lines, line ends joined), every reused diagnostic is the one conversion gives")
    func randomEdits() throws {
        let linter = Linter()
        let pieces = ["e", " ", "\n", "\r\n", "\n\n", "😀", "hepatic ", "the the ", "", "CT "]
        var state: UInt64 = 0x5EED
        func below(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        var source = SourceDocument(path: "a.md", text: Self.draft, format: .markdown)
        var found = linter.lint(source)
        var published = found.map { Self.convert($0, source) }
        var reused = 0
        for step in 0..<60 {
            var start = below(source.bytes.count + 1)
            while start < source.bytes.count, source.bytes[start] & 0xC0 == 0x80 { start += 1 }
            var end = min(source.bytes.count, start + (below(3) == 0 ? below(6) : 0))
            while end < source.bytes.count, source.bytes[end] & 0xC0 == 0x80 { end += 1 }
            let inserted = Array(pieces[below(pieces.count)].utf8)
            let edited = try #require(SourceDocument(editing: source, replacing: start..<end, with: inserted))
            let next = linter.lint(edited)
            let reuse = PublishedReuse(next, in: edited, after: ByteEdit(range: start..<end, insertedCount: inserted.count), base: (found, published, source)) {
                Self.convert($0, edited)
            }
            let expected = next.map { Self.convert($0, edited) }
            #expect(reuse.published == expected, "step \(step): \(start)..<\(end) ← \(inserted)")
            #expect(reuse.same.count == next.count)
            for (index, known) in reuse.same.enumerated() {
                guard let known else { continue }
                #expect(published[known] == expected[index], "step \(step)")
                reused += 1
            }
            (source, found, published) = (edited, next, expected)
        }
        // The point of it: most diagnostics are taken, not converted.
        #expect(reused > 60 * 4)
    }

    @Test("the same text (the exact answer after a provisional one): every finding off the first line is taken")
    func sameText() {
        let linter = Linter()
        let source = SourceDocument(path: "a.md", text: Self.draft, format: .markdown)
        let found = linter.lint(source)
        let published = found.map { Self.convert($0, source) }
        let reuse = PublishedReuse(found, in: source, after: ByteEdit(range: 0..<0, insertedCount: 0), base: (found, published, source)) { Self.convert($0, source) }
        #expect(reuse.published == published)
        let offFirstLine = found.indices.filter { found[$0].range.lowerBound >= source.lineStarts[1] && found[$0].related.allSatisfy { $0.range.lowerBound >= source.lineStarts[1] } }
        #expect(!offFirstLine.isEmpty)
        for index in offFirstLine { #expect(reuse.same[index] == index) }
    }
}
