/// Finds the prose of a CommonMark document: headings, paragraphs, list items, table cells and definitions, with
/// code (fenced, indented, spans), HTML tags and comments, link destinations and front matter left out.
struct MarkdownExtractor {
    private let bytes: [UInt8]
    private var layout = ProseLayout()
    private var inline: InlineScanner
    private var current: ProseBlock?
    private var fence: (byte: UInt8, length: Int)?
    private var inListContext = false
    private var previousLineBlank = true
    private var inTable = false

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        self.inline = InlineScanner(bytes)
    }

    func extract() -> ProseLayout {
        var extractor = self
        extractor.run()
        return extractor.layout
    }

    private mutating func run() {
        var lines = LineCursor(bytes)
        if let frontMatter = FrontMatterParser.parse(bytes, lines: &lines) {
            layout.frontMatter = frontMatter
        }
        while let line = lines.next() {
            let next = lines.peek()
            process(line, next: next)
        }
        flush()
        layout.comments = inline.comments
    }

    private mutating func process(_ line: ByteRange, next: ByteRange?) {
        if let open = fence {
            if isClosingFence(line, open) { fence = nil }
            return
        }
        if inline.inComment {
            var segments: [ByteRange] = []
            inline.scan(line, into: &segments)
            if !segments.isEmpty { append(segments, kind: .paragraph) }
            return
        }
        var start = line.lowerBound
        let end = line.upperBound
        var indent = columns(from: &start, to: end)
        if start == end {
            flush()
            previousLineBlank = true
            inTable = false
            return
        }
        defer { previousLineBlank = false }

        // Block quotes: strip every `>` marker; the rest is read as usual.
        var quoted = false
        while indent < 4, start < end, bytes[start] == 0x3E {
            quoted = true
            start += 1
            if start < end, bytes[start] == 0x20 { start += 1 }
            indent = columns(from: &start, to: end)
        }
        if quoted, start == end { flush(); return }

        if indent < 4, let open = openingFence(start, end) {
            flush()
            fence = open
            return
        }
        if indent >= 4, current == nil, !inListContext {
            return // indented code
        }
        if indent < 4, let level = atxLevel(start, end) {
            flush()
            inListContext = false
            let content = headingContent(start + level, end)
            startBlock(.heading(level: level), content)
            flush()
            return
        }
        if indent < 4, let underline = setextLevel(start, end) {
            if var block = current, block.kind == .paragraph {
                block.kind = .heading(level: underline)
                current = block
                flush()
                return
            }
            if underline == 2, isThematicBreak(start, end) { flush(); return }
        }
        if indent < 4, isThematicBreak(start, end) {
            flush()
            inListContext = false
            return
        }
        if isTableDelimiter(start, end) {
            inTable = true
            current = nil // the header row was flushed as cells already
            return
        }
        if inTable || (bytes[start] == 0x7C) || (next.map { isTableDelimiterLine($0) } ?? false && contains(0x7C, start, end)) {
            flush()
            tableRow(start, end)
            return
        }
        if indent < 4, isLinkReferenceDefinition(start, end) { flush(); return }
        if let content = listItemContent(start, end) {
            flush()
            inListContext = true
            startBlock(.listItem, content)
            return
        }
        if indent < 4, start + 1 < end, bytes[start] == 0x3A, bytes[start + 1] == 0x20 || bytes[start + 1] == 0x09 {
            flush()
            startBlock(.definition, (start + 2)..<end)
            return
        }
        if current != nil {
            var segments: [ByteRange] = []
            inline.scan(start..<end, into: &segments)
            current?.segments.append(contentsOf: segments)
            return
        }
        if indent == 0 { inListContext = false }
        startBlock(.paragraph, start..<end)
    }

    // MARK: Blocks

    private mutating func startBlock(_ kind: BlockKind, _ content: ByteRange) {
        var segments: [ByteRange] = []
        inline.scan(content, into: &segments)
        current = ProseBlock(kind: kind, segments: segments)
    }

    private mutating func append(_ segments: [ByteRange], kind: BlockKind) {
        if current == nil { current = ProseBlock(kind: kind, segments: []) }
        current?.segments.append(contentsOf: segments)
    }

    private mutating func flush() {
        if let block = current, !block.segments.isEmpty { layout.blocks.append(block) }
        current = nil
    }

    private mutating func tableRow(_ start: Int, _ end: Int) {
        var cellStart = start
        var index = start
        var inCode = false
        if index < end, bytes[index] == 0x7C { index += 1; cellStart = index }
        while index <= end {
            let atEnd = index == end
            let byte: UInt8 = atEnd ? 0x7C : bytes[index]
            if byte == 0x60 { inCode.toggle() }
            if byte == 0x5C, !atEnd { index += 2; continue }
            if byte == 0x7C, !inCode {
                let cell = trimmed(cellStart, index)
                if !cell.isEmpty {
                    startBlock(.tableCell, cell)
                    flush()
                }
                cellStart = index + 1
            }
            index += 1
        }
    }

    // MARK: Line shapes

    /// Skips spaces and tabs, returning the indentation in columns (a tab advances to the next multiple of 4).
    private func columns(from start: inout Int, to end: Int) -> Int {
        var width = 0
        while start < end {
            if bytes[start] == 0x20 { width += 1 } else if bytes[start] == 0x09 { width += 4 - width % 4 } else { break }
            start += 1
        }
        return width
    }

    private func trimmed(_ start: Int, _ end: Int) -> ByteRange {
        var low = start
        var high = end
        while low < high, bytes[low] == 0x20 || bytes[low] == 0x09 { low += 1 }
        while high > low, bytes[high - 1] == 0x20 || bytes[high - 1] == 0x09 { high -= 1 }
        return low..<high
    }

    private func contains(_ byte: UInt8, _ start: Int, _ end: Int) -> Bool {
        bytes[start..<end].contains(byte)
    }

    private func run(of byte: UInt8, _ start: Int, _ end: Int) -> Int {
        var index = start
        while index < end, bytes[index] == byte { index += 1 }
        return index - start
    }

    private func openingFence(_ start: Int, _ end: Int) -> (byte: UInt8, length: Int)? {
        guard start < end, bytes[start] == 0x60 || bytes[start] == 0x7E else { return nil }
        let length = run(of: bytes[start], start, end)
        guard length >= 3 else { return nil }
        if bytes[start] == 0x60, contains(0x60, start + length, end) { return nil }
        return (bytes[start], length)
    }

    private func isClosingFence(_ line: ByteRange, _ open: (byte: UInt8, length: Int)) -> Bool {
        var start = line.lowerBound
        var quoteFree = start
        _ = columns(from: &quoteFree, to: line.upperBound)
        start = quoteFree
        while start < line.upperBound, bytes[start] == 0x3E { start += 1; _ = columns(from: &start, to: line.upperBound) }
        let length = run(of: open.byte, start, line.upperBound)
        guard length >= open.length else { return false }
        return trimmed(start + length, line.upperBound).isEmpty
    }

    private func atxLevel(_ start: Int, _ end: Int) -> Int? {
        let level = run(of: 0x23, start, end)
        guard (1...6).contains(level) else { return nil }
        if start + level == end { return level }
        let after = bytes[start + level]
        return after == 0x20 || after == 0x09 ? level : nil
    }

    private func headingContent(_ start: Int, _ end: Int) -> ByteRange {
        var range = trimmed(start, end)
        var high = range.upperBound
        while high > range.lowerBound, bytes[high - 1] == 0x23 { high -= 1 }
        if high == range.lowerBound || bytes[high - 1] == 0x20 || bytes[high - 1] == 0x09 {
            range = trimmed(range.lowerBound, high)
        }
        return range
    }

    private func setextLevel(_ start: Int, _ end: Int) -> Int? {
        let byte = bytes[start]
        guard byte == 0x3D || byte == 0x2D else { return nil }
        let length = run(of: byte, start, end)
        guard trimmed(start + length, end).isEmpty else { return nil }
        return byte == 0x3D ? 1 : 2
    }

    private func isThematicBreak(_ start: Int, _ end: Int) -> Bool {
        let byte = bytes[start]
        guard byte == 0x2A || byte == 0x2D || byte == 0x5F else { return false }
        var count = 0
        for index in start..<end {
            if bytes[index] == byte { count += 1 } else if bytes[index] != 0x20 && bytes[index] != 0x09 { return false }
        }
        return count >= 3
    }

    private func isTableDelimiterLine(_ line: ByteRange) -> Bool {
        var start = line.lowerBound
        _ = columns(from: &start, to: line.upperBound)
        return start < line.upperBound && isTableDelimiter(start, line.upperBound)
    }

    private func isTableDelimiter(_ start: Int, _ end: Int) -> Bool {
        var dashes = 0
        var pipes = 0
        for index in start..<end {
            switch bytes[index] {
            case 0x2D: dashes += 1
            case 0x7C: pipes += 1
            case 0x3A, 0x20, 0x09: break
            default: return false
            }
        }
        return dashes >= 1 && pipes >= 1
    }

    private func isLinkReferenceDefinition(_ start: Int, _ end: Int) -> Bool {
        guard bytes[start] == 0x5B, start + 1 < end else { return false }
        var index = start + 1
        while index < end, bytes[index] != 0x5D { index += 1 }
        return index + 1 < end && bytes[index + 1] == 0x3A
    }

    /// The content after a list marker (`-`, `*`, `+`, `1.`, `1)`, or a bullet `•`), or nil.
    private func listItemContent(_ start: Int, _ end: Int) -> ByteRange? {
        let byte = bytes[start]
        var after = start
        if byte == 0x2D || byte == 0x2A || byte == 0x2B {
            after = start + 1
        } else if byte == 0xE2, start + 2 < end, bytes[start + 1] == 0x80, bytes[start + 2] == 0xA2 { // •
            after = start + 3
        } else if byte >= 0x30, byte <= 0x39 {
            let digits = run(ofDigits: start, end)
            guard digits <= 9, start + digits < end, bytes[start + digits] == 0x2E || bytes[start + digits] == 0x29 else {
                return nil
            }
            after = start + digits + 1
        } else {
            return nil
        }
        if after == end { return after..<end }
        guard bytes[after] == 0x20 || bytes[after] == 0x09 else { return nil }
        // A task-list box is not prose.
        var content = trimmed(after, end)
        if content.count >= 3, bytes[content.lowerBound] == 0x5B, bytes[content.lowerBound + 2] == 0x5D {
            content = trimmed(content.lowerBound + 3, end)
        }
        return content
    }

    private func run(ofDigits start: Int, _ end: Int) -> Int {
        var index = start
        while index < end, bytes[index] >= 0x30, bytes[index] <= 0x39 { index += 1 }
        return index - start
    }
}

/// Walks the lines of a byte buffer; each line's range excludes its line end (LF, CRLF or CR).
struct LineCursor {
    let bytes: [UInt8]
    private(set) var position = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { position = 3 }
    }

    mutating func next() -> ByteRange? {
        guard let (line, nextStart) = lineAt(position) else { return nil }
        position = nextStart
        return line
    }

    func peek() -> ByteRange? { lineAt(position)?.0 }

    private func lineAt(_ start: Int) -> (ByteRange, Int)? {
        guard start < bytes.count else { return nil }
        var index = start
        while index < bytes.count, bytes[index] != 0x0A, bytes[index] != 0x0D { index += 1 }
        var next = index
        if next < bytes.count {
            next += bytes[next] == 0x0D && next + 1 < bytes.count && bytes[next + 1] == 0x0A ? 2 : 1
        }
        return (start..<index, next)
    }
}
