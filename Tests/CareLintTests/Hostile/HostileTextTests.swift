import Testing
@testable import CareLint

private func parse(_ text: String, format: DocumentFormat = .markdown) -> ParsedDocument {
    ParsedDocument(SourceDocument(path: "hostile", text: text, format: format))
}

/// The prose segments of every block, as text.
private func prose(_ document: ParsedDocument) -> [String] {
    document.layout.blocks.flatMap { $0.segments.map { document.text(in: $0) } }
}

@Suite("Hostile input: text")
struct HostileTextTests {
    @Test("A 1 MB line without spaces is tokenized in one pass: a word and a comma, half a million times")
    func megabyteLineOfCommas() {
        let document = parse(String(repeating: "a,", count: 1 << 19))
        #expect(document.layout.blocks.count == 1)
        #expect(document.tokens.count == 1 << 20)
        #expect(document.tokens.first?.range == 0..<1 && document.tokens.first?.kind == .word)
        #expect(document.tokens.last?.range == ((1 << 20) - 1)..<(1 << 20) && document.tokens.last?.kind == .punctuation)
        #expect(document.sentences.count == 1)
    }

    @Test("A 1 MB word is one token, and an e-mail address at the end of a long run is still one link")
    func megabyteWord() {
        let word = parse(String(repeating: "x", count: 1 << 20))
        #expect(word.tokens.map(\.range) == [0..<(1 << 20)])
        let text = String(repeating: "ab,", count: 1000) + " write to care@example.org, or call."
        let document = parse(text)
        let links = document.tokens.filter { $0.kind == .link }.map { document.text(of: $0) }
        #expect(links == ["care@example.org"])
        let run = parse("one,two,x@example.org.")
        #expect(run.tokens.filter { $0.kind == .link }.map { run.text(of: $0) } == ["one,two,x@example.org"])
    }

    @Test("10,000 list markers on one line make one item whose text is the other markers")
    func listMarkersOnOneLine() {
        let document = parse(String(repeating: "- ", count: 10_000) + "text")
        #expect(document.layout.blocks.map(\.kind) == [.listItem])
        #expect(document.layout.blocks[0].range == 2..<20_004)
        #expect(document.tokens.count == 10_000)
        #expect(document.tokens.last.map { document.text(of: $0) } == "text")
    }

    @Test("1,000 levels of nested list items make 1,000 items (the file is already 1 MB of indentation)")
    func nestedListItems() {
        var text = ""
        for depth in 0..<1_000 { text += String(repeating: " ", count: depth * 2) + "- item \(depth)\n" }
        let document = parse(text)
        #expect(document.layout.blocks.count == 1_000)
        #expect(document.layout.blocks.allSatisfy { $0.kind == .listItem })
        #expect(prose(document).last == "item 999")
    }

    @Test("10,000 nested block quotes leave the quoted text")
    func nestedBlockQuotes() {
        let document = parse(String(repeating: "> ", count: 10_000) + "Call your care team.\n" + String(repeating: ">", count: 10_000) + "Then rest.")
        #expect(prose(document) == ["Call your care team.", "Then rest."])
        #expect(document.layout.blocks.count == 1)
    }

    @Test("10,000 nested HTML elements leave the text inside")
    func nestedHTML() {
        let text = String(repeating: "<div><span>", count: 10_000) + "Rest after the scan." + String(repeating: "</span></div>", count: 10_000)
        let document = parse(text, format: .html)
        #expect(prose(document) == ["Rest after the scan."])
        #expect(document.layout.blocks.count == 1)
    }

    @Test("An HTML tag that never closes ends the prose, as a browser shows it")
    func unclosedHTMLTags() {
        let document = parse("<p>Drink water.</p><p>Rest " + String(repeating: "<a", count: 100_000), format: .html)
        #expect(prose(document) == ["Drink water.", "Rest "])
        let quoted = parse("<p>Before <img alt='it is > 3'> after <b title=\"x", format: .html)
        #expect(prose(quoted) == ["Before ", " after "])
    }

    @Test("Openers that never close are prose, read in one pass: `](`, `[^`, `][` and backtick runs of every length")
    func unclosedInlineOpeners() {
        for opener in ["](", "[^"] {
            let text = String(repeating: opener, count: 200_000)
            let found = prose(parse(text))
            #expect(found.count == 1 && found.first == text, "\(opener)")
        }
        let labels = "][" + String(repeating: "a[", count: 100_000)
        #expect(prose(parse(labels)) == [labels])
        var ticks = ""
        for length in 1...600 { ticks += String(repeating: "`", count: length) + "a" }
        #expect(prose(parse(ticks)) == [ticks])
        // A closer far away still closes, and the shortest matching run wins.
        let far = "Take `" + String(repeating: "x", count: 100_000) + "` daily, ``a`b`` and `c`` d`."
        #expect(prose(parse(far)) == ["Take ", " daily, ", " and ", "."])
        // Link destinations nest parentheses up to 32 deep.
        #expect(prose(parse("See [the page](a(b(c))) now.")) == ["See [the page]", " now."])
        let deep = "See [x](" + String(repeating: "(", count: 40) + String(repeating: ")", count: 41) + " now."
        #expect(prose(parse(deep)) == [deep])
    }

    @Test("A suppression comment naming an unknown rule is reported, with the nearest id as a fix")
    func suppressionNamingUnknownRule() {
        let text = "<!-- carelint-disable-next-line vocab/jargn house/nothing -->\nThe scan is short.\n"
        let diagnostics = Linter().lint(SourceDocument(path: "a.md", text: text), configuration: ResolvedConfiguration())
            .filter { $0.rule == "carelint/unknown-rule" }
        #expect(diagnostics.map(\.message) == [
            #"Unknown rule "vocab/jargn" in a carelint comment; did you mean "vocab/jargon"?"#,
            "Unknown rule \"house/nothing\" in a carelint comment; run `carelint rules` to list the rule ids.",
        ])
        #expect(diagnostics.map(\.rule) == ["carelint/unknown-rule", "carelint/unknown-rule"])
        #expect(diagnostics.map(\.range) == [32..<43, 44..<57])
        #expect(diagnostics.first?.fixes.first?.edits == [TextEdit(range: 32..<43, newText: "vocab/jargon")])
    }

    @Test("Columns on a very long line match a count from the line start, in scalars, UTF-16 units and UTF-32 scalars")
    func longLinePositions() {
        var text = "first line\n"
        for index in 0..<6_000 { text += ["a", "é", "中", "😀", "\t"][index % 5] }
        text += "\nlast"
        let source = SourceDocument(path: "long.txt", text: text)
        let bytes = Array(text.utf8)
        for offset in stride(from: 11, through: bytes.count, by: 37) where offset == bytes.count || bytes[offset] & 0xC0 != 0x80 {
            let line = source.lineIndex(of: offset)
            let start = source.lineStarts[line]
            let before = String(decoding: bytes[start..<offset], as: UTF8.self)
            let content = source.lineContentRange(line)
            let expectedColumn = 1 + String(decoding: bytes[start..<min(offset, content.upperBound)], as: UTF8.self).unicodeScalars.count
            #expect(source.position(at: offset) == SourcePosition(line: line + 1, column: expectedColumn, offset: offset))
            #expect(source.utf16Position(at: offset) == (line, before.utf16.count))
            #expect(source.offset(line: line, utf16Character: before.utf16.count) == min(offset, content.upperBound))
            #expect(source.utf32Position(at: offset) == (line, before.unicodeScalars.count))
            #expect(source.offset(line: line, utf32Character: before.unicodeScalars.count) == min(offset, content.upperBound))
        }
    }

    /// Found by Fuzz/vocabulary and Fuzz/configuration: a value quoted in an error message kept its line ends.
    @Test("Error messages escape control characters")
    func messagesEscapeControlCharacters() {
        let error = InputError(file: "x.json", line: 1, column: 2, message: "bad \"a\nb\tc\u{1B}[0m\u{85}\"")
        #expect(error.description == #"x.json:1:2: error: bad "a\nb\tc\u{1B}[0m\u{85}""#)
    }
}
