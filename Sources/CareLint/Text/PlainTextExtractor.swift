/// Finds the prose of a plain-text document.
///
/// Paragraphs are separated by blank lines. Within a paragraph a line joins the next one when the next line
/// continues it (starts in lower case or with punctuation) or when the line ends a sentence; a short line with no
/// closing punctuation followed by a capitalized line is a heading of its own, as in text copied from web pages.
/// Lines starting with a bullet (`•`, `-`, `*`) or a number and `.` are list items.
struct PlainTextExtractor {
    private let bytes: [UInt8]

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    func extract() -> ProseLayout {
        var layout = ProseLayout()
        var lines = LineCursor(bytes)
        var current: ProseBlock?
        var scanner = InlineScanner(bytes)
        scanner.recognizesCodeSpans = false
        func flush() {
            if let block = current, !block.segments.isEmpty { layout.blocks.append(block) }
            current = nil
        }
        var previous: ByteRange?
        while let raw = lines.next() {
            let line = trimmed(raw)
            if line.isEmpty {
                flush()
                previous = nil
                continue
            }
            var kind = BlockKind.paragraph
            var content = line
            if let item = listItem(line) {
                kind = .listItem
                content = item
                flush()
            } else if let last = previous, current != nil, !continues(after: last, with: line) {
                flush()
            }
            var segments: [ByteRange] = []
            scanner.scan(content, into: &segments)
            if current == nil {
                current = ProseBlock(kind: kind, segments: segments)
            } else {
                current?.segments.append(contentsOf: segments)
            }
            previous = line
        }
        flush()
        layout.comments = scanner.comments
        return layout
    }

    /// True when `next` continues the block of `line` rather than starting a new one.
    private func continues(after line: ByteRange, with next: ByteRange) -> Bool {
        let first = bytes[next.lowerBound]
        let startsLower = first >= 0x61 && first <= 0x7A
        let startsWithPunctuation = first == 0x2C || first == 0x2E || first == 0x3B || first == 0x3A || first == 0x29
        if startsLower || startsWithPunctuation { return true }
        let last = bytes[line.upperBound - 1]
        // A line that ends a sentence is followed by the next sentence of the same paragraph.
        return last == 0x2E || last == 0x21 || last == 0x3F || last == 0x2C || last == 0x3B
    }

    private func trimmed(_ range: ByteRange) -> ByteRange {
        var low = range.lowerBound
        var high = range.upperBound
        while low < high, bytes[low] == 0x20 || bytes[low] == 0x09 { low += 1 }
        while high > low, bytes[high - 1] == 0x20 || bytes[high - 1] == 0x09 { high -= 1 }
        return low..<high
    }

    private func listItem(_ line: ByteRange) -> ByteRange? {
        let start = line.lowerBound
        var after: Int
        if bytes[start] == 0xE2, line.count > 3, bytes[start + 1] == 0x80, bytes[start + 2] == 0xA2 {
            after = start + 3
        } else if bytes[start] == 0x2D || bytes[start] == 0x2A {
            after = start + 1
        } else {
            var index = start
            while index < line.upperBound, bytes[index] >= 0x30, bytes[index] <= 0x39 { index += 1 }
            guard index > start, index - start <= 3, index < line.upperBound, bytes[index] == 0x2E || bytes[index] == 0x29
            else { return nil }
            after = index + 1
        }
        guard after < line.upperBound, bytes[after] == 0x20 || bytes[after] == 0x09 else { return nil }
        while after < line.upperBound, bytes[after] == 0x20 || bytes[after] == 0x09 { after += 1 }
        return after..<line.upperBound
    }
}
