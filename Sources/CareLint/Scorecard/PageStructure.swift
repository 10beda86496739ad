/// The shape of a page as the scorecard's organisation items read it: title, sections, lists, tables, emphasis,
/// callouts and images. Built from the lint's parse (the prose layout and tokens) plus a look at the source bytes
/// where a block starts (list markers, quote marks), never a second parse of the text.
struct PageStructure: Sendable {
    /// A run of text under one heading (the lead section has none).
    struct Section: Sendable {
        /// The heading block, or nil for the text before the first heading.
        var heading: Int?
        /// True when the heading is a short label line rather than a Markdown heading.
        var isLabel: Bool
        /// The blocks under the heading.
        var blocks: Range<Int>
        /// Words in those blocks.
        var words: Int
        /// Paragraph, list-item and definition blocks.
        var proseBlocks: Int
    }

    /// A run of list items with nothing between them.
    struct List: Sendable {
        /// The item blocks.
        var blocks: Range<Int>
        /// Items at the outer level.
        var topLevel: Int
        /// True when some items are nested under others.
        var hasSubLists: Bool
        /// True when its items are numbered.
        var isOrdered: Bool
        /// True when it only points elsewhere (resources, links, other summaries) or is a reference list.
        var isResources: Bool
    }

    /// A table: its header cells and its size.
    struct Table: Sendable {
        var headerCells: [Int]
        var rows: Int
        var columns: Int
        var range: ByteRange
    }

    /// The page title's block (the first heading when it opens the page).
    var title: Int?
    var sections: [Section] = []
    var lists: [List] = []
    var tables: [Table] = []
    /// Bold or strong spans in the body.
    var emphasis: [ByteRange] = []
    /// Bytes of emphasised text.
    var emphasisBytes = 0
    /// Blocks inside a block quote or callout.
    var callouts: [Int] = []
    /// Images (`![…](…)`, `<img>`).
    var images: [ByteRange] = []
    /// Words per block.
    var blockWords: [Int]
    /// Body words (not headings, not reference lists).
    var words = 0
    /// Paragraph blocks in the body.
    var paragraphs = 0
    /// Bytes of body prose.
    var proseBytes = 0
    /// Blocks that read as headings: Markdown headings after the title and short label lines.
    var headingBlocks: [Int] = []
    /// One-sentence paragraphs that repeat an item of a list on the page word for word: the points of a key-points
    /// list set again on their own line to open the section that expands each (they head that section).
    var restatedPoints: [Int] = []

    /// Words that mark a list or label as pointing elsewhere.
    static let resourceWords = WordKey.set([
        "resources", "resource", "links", "link", "websites", "website", "related", "summaries", "summary", "information",
        "organizations", "organisations", "contacts", "references", "reading", "publications", "see", "visit", "more",
    ])

    /// Nouns that name what a resource list holds; a lead-in that opens with one introduces such a list.
    static let resourceNouns = WordKey.set([
        "resources", "links", "websites", "organizations", "organisations", "contacts", "references", "publications",
        "summaries",
    ])

    init(_ analysis: DocumentAnalysis, keys: [UInt64]) {
        let document = analysis.document
        let blocks = document.layout.blocks
        let bytes = document.source.bytes
        var blockWords = [Int](repeating: 0, count: blocks.count)
        for token in document.tokens where token.kind == .word || token.kind == .number {
            blockWords[document.sentences[token.sentence].block] += 1
        }
        self.blockWords = blockWords
        let references = analysis.regions.isReference
        if let first = blocks.first, case .heading = first.kind { title = 0 }

        // Headings: Markdown headings after the title, and label lines ("Treatment Options", "What causes it?").
        for index in blocks.indices where index != title {
            if blocks[index].kind.isHeading || PageStructure.isLabel(index, document, next: index + 1 < blocks.count ? blocks[index + 1].kind : nil) {
                headingBlocks.append(index)
            }
        }
        let headingSet = Set(headingBlocks)
        var start = title.map { $0 + 1 } ?? 0
        var heading: Int?
        func closeSection(at end: Int) {
            guard heading != nil || start < end else { return }
            let range = start..<end
            let prose = range.filter { !references[$0] && !blocks[$0].kind.isHeading && blocks[$0].kind != .tableCell }.count
            let words = range.reduce(0) { $0 + (references[$1] ? 0 : blockWords[$1]) }
            sections.append(Section(heading: heading, isLabel: heading.map { !blocks[$0].kind.isHeading } ?? false, blocks: range, words: words, proseBlocks: prose))
        }
        for index in blocks.indices where index >= start && headingSet.contains(index) {
            closeSection(at: index)
            heading = index
            start = index + 1
        }
        closeSection(at: blocks.count)

        // Body figures.
        for index in blocks.indices where !references[index] && index != title && !headingSet.contains(index) {
            words += blockWords[index]
            proseBytes += blocks[index].range.count
            if blocks[index].kind == .paragraph { paragraphs += 1 }
        }

        // Lists: runs of list items; the marker and indent come from the item's line.
        var index = 0
        while index < blocks.count {
            guard blocks[index].kind == .listItem else { index += 1; continue }
            var end = index
            while end < blocks.count, blocks[end].kind == .listItem { end += 1 }
            var indents: [Int] = []
            var ordered = false
            for item in index..<end {
                let shape = PageStructure.marker(of: blocks[item].range.lowerBound, in: bytes)
                indents.append(shape.indent)
                if shape.ordered { ordered = true }
            }
            let outer = indents.min() ?? 0
            let topLevel = indents.filter { $0 <= outer + 1 }.count
            let resources = references[index] || PageStructure.pointsElsewhere(items: index..<end, document, keys: keys)
            lists.append(List(blocks: index..<end, topLevel: topLevel, hasSubLists: topLevel < indents.count, isOrdered: ordered, isResources: resources))
            index = end
        }

        // Tables: cells grouped by line; the first line of a run is the header row.
        var row: [Int] = []
        var rowLine = -1
        var current: Table?
        func closeRow() {
            guard !row.isEmpty else { return }
            if current == nil {
                current = Table(headerCells: row, rows: 1, columns: row.count, range: blocks[row[0]].range)
            } else {
                current!.rows += 1
                current!.columns = max(current!.columns, row.count)
            }
            current!.range = current!.range.lowerBound..<blocks[row[row.count - 1]].range.upperBound
            row = []
        }
        for index in blocks.indices {
            guard blocks[index].kind == .tableCell else {
                closeRow()
                if let table = current { tables.append(table); current = nil }
                continue
            }
            let line = document.source.lineIndex(of: blocks[index].range.lowerBound)
            if line != rowLine { closeRow(); rowLine = line }
            row.append(index)
        }
        closeRow()
        if let table = current { tables.append(table) }

        // Emphasis and callouts, from the bytes of each body block.
        for index in blocks.indices where !references[index] && index != title && !blocks[index].kind.isHeading {
            let range = blocks[index].range
            if PageStructure.isQuoted(range.lowerBound, in: bytes) { callouts.append(index) }
            PageStructure.strongSpans(in: range, bytes) { span in
                emphasis.append(span)
                emphasisBytes += span.count
            }
        }
        images = PageStructure.images(in: bytes, format: document.source.format)
        restatedPoints = PageStructure.restatedPoints(document, keys: keys, lists: lists, headings: headingSet)
    }

    /// A point restates a list item when its words are the item's words, and there are at least this many.
    static let restatedPointWords = 4

    /// The one-sentence paragraphs whose words (as keys) are those of a list item of at least `restatedPointWords`.
    static func restatedPoints(_ document: ParsedDocument, keys: [UInt64], lists: [List], headings: Set<Int>) -> [Int] {
        guard !lists.isEmpty else { return [] }
        let blocks = document.layout.blocks
        var words = [[UInt64]](repeating: [], count: blocks.count)
        for (index, token) in document.tokens.enumerated() where token.kind == .word || token.kind == .number {
            words[document.sentences[token.sentence].block].append(keys[index])
        }
        var points: Set<[UInt64]> = []
        for list in lists {
            for item in list.blocks where words[item].count >= restatedPointWords { points.insert(words[item]) }
        }
        guard !points.isEmpty else { return [] }
        return blocks.indices.filter { index in
            blocks[index].kind == .paragraph && !headings.contains(index) && document.sentences(inBlock: index).count == 1
                && points.contains(words[index])
        }
    }

    /// A short line of its own that reads as a heading: one sentence of at most 10 words, a question or in title
    /// case, with no closing period, colon or comma, followed by more text.
    static func isLabel(_ block: Int, _ document: ParsedDocument, next: BlockKind?) -> Bool {
        guard document.layout.blocks[block].kind == .paragraph, let next, !next.isHeading else { return false }
        let sentences = document.sentences(inBlock: block)
        guard sentences.count == 1 else { return false }
        let range = document.sentences[sentences.lowerBound].tokens
        let tokens = document.tokens[range]
        let words = tokens.filter { $0.kind == .word || $0.kind == .number }
        guard (1...10).contains(words.count), let last = tokens.last else { return false }
        if last.kind == .punctuation {
            let byte = document.source.bytes[last.start]
            if byte == 0x3F { return true } // "?"
            if byte != 0x29 { return false } // only ")" may close a title-case label
        }
        // Title case: every word of four letters or more is capitalized (or all capitals), and the first word is.
        guard let first = words.first, first.has(Token.capitalized) || first.kind == .number else { return false }
        return words.allSatisfy { $0.end - $0.start < 4 || $0.has(Token.capitalized) || $0.kind == .number }
    }

    /// The indent (in columns, quote marks skipped) and numbering of the list item whose content starts at `offset`.
    static func marker(of offset: Int, in bytes: [UInt8]) -> (indent: Int, ordered: Bool) {
        var lineStart = offset
        while lineStart > 0, bytes[lineStart - 1] != 0x0A { lineStart -= 1 }
        var indent = 0
        var ordered = false
        var position = lineStart
        while position < offset {
            let byte = bytes[position]
            if byte == 0x20 { indent += 1 } else if byte == 0x09 { indent += 4 - indent % 4 } else if byte == 0x3E { indent = 0 } else {
                if byte >= 0x30 && byte <= 0x39 { ordered = true }
                break
            }
            position += 1
        }
        return (indent, ordered)
    }

    /// True when the line of `offset` starts with a block-quote mark.
    static func isQuoted(_ offset: Int, in bytes: [UInt8]) -> Bool {
        var position = offset
        while position > 0, bytes[position - 1] != 0x0A { position -= 1 }
        while position < offset, bytes[position] == 0x20 { position += 1 }
        return position < offset && bytes[position] == 0x3E
    }

    /// Calls `found` with each `**…**`, `__…__`, `<strong>…</strong>` or `<b>…</b>` span inside `range`.
    static func strongSpans(in range: ByteRange, _ bytes: [UInt8], _ found: (ByteRange) -> Void) {
        var position = range.lowerBound
        let end = min(range.upperBound + 2, bytes.count)
        var open: Int?
        var openByte: UInt8 = 0
        while position + 1 < end {
            let byte = bytes[position]
            if (byte == 0x2A || byte == 0x5F), bytes[position + 1] == byte {
                if let start = open, openByte == byte {
                    if position > start { found(start..<position) }
                    open = nil
                } else if open == nil {
                    open = position + 2
                    openByte = byte
                }
                position += 2
                continue
            }
            if byte == 0x3C, let tag = htmlStrong(at: position, bytes) {
                if tag.closing, let start = open, openByte == 0x3C {
                    if position > start { found(start..<position) }
                    open = nil
                } else if !tag.closing, open == nil {
                    open = position + tag.length
                    openByte = 0x3C
                }
                position += tag.length
                continue
            }
            position += 1
        }
    }

    private static func htmlStrong(at position: Int, _ bytes: [UInt8]) -> (closing: Bool, length: Int)? {
        for (tag, closing) in [("<strong>", false), ("</strong>", true), ("<b>", false), ("</b>", true)] {
            let pattern = Array(tag.utf8)
            guard position + pattern.count <= bytes.count else { continue }
            let written = bytes[position..<position + pattern.count].map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
            if written == pattern { return (closing, pattern.count) }
        }
        return nil
    }

    /// Images in the source: Markdown `![` and HTML `<img`.
    static func images(in bytes: [UInt8], format: DocumentFormat) -> [ByteRange] {
        var found: [ByteRange] = []
        var position = 0
        while position + 3 < bytes.count {
            let byte = bytes[position]
            if byte == 0x21, bytes[position + 1] == 0x5B, format == .markdown {
                found.append(position..<position + 2)
            } else if byte == 0x3C, bytes[position + 1] | 0x20 == 0x69, bytes[position + 2] | 0x20 == 0x6D, bytes[position + 3] | 0x20 == 0x67 {
                found.append(position..<position + 4)
            }
            position += 1
        }
        return found
    }

    /// A list that only points elsewhere: the text just before it (a label or lead-in, at most 12 words) names
    /// resources, links or other summaries, or every item is a link.
    static func pointsElsewhere(items: Range<Int>, _ document: ParsedDocument, keys: [UInt64]) -> Bool {
        let blocks = document.layout.blocks
        // Every item opens with a link ("- [Heart health](…)").
        if items.allSatisfy({ item in
            let start = blocks[item].range.lowerBound
            return start > 0 && document.source.bytes[start - 1] == 0x5B
        }) { return true }
        guard items.lowerBound > 0 else { return false }
        let before = items.lowerBound - 1
        guard blocks[before].kind != .listItem else { return false }
        let sentences = document.sentences(inBlock: before)
        guard let last = sentences.last else { return false }
        let tokens = document.sentences[last].tokens
        let words = tokens.filter { document.tokens[$0].kind == .word }
        // "These resources address …:", "The following websites offer …:": a lead-in about resources, of any length.
        if words.prefix(3).contains(where: { resourceNouns.contains(keys[$0]) }) { return true }
        guard words.count <= 12 else { return false }
        var hits = 0
        for index in words where resourceWords.contains(keys[index]) { hits += 1 }
        // "For more information, see:" / "Related resources" / "See the following summaries".
        return hits >= 2 || (hits == 1 && words.count <= 3)
    }
}
