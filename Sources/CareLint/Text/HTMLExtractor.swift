/// Finds the prose of an HTML document: text between tags, with script and style contents, comments, tags and
/// attributes left out; block elements end blocks; headings, list items, table cells and definitions keep their
/// kind. Character references are never linted: one that stands for a space or a mark separates words, and a word
/// with a letter reference inside it (`caf&eacute;`) is left out whole (see `HTMLCharacterReference`).
struct HTMLExtractor {
    private let bytes: [UInt8]

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    private static let blockTags: Set<String> = [
        "p", "div", "section", "article", "header", "footer", "main", "nav", "aside", "ul", "ol", "li", "table",
        "tr", "td", "th", "thead", "tbody", "blockquote", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6",
        "br", "hr", "title", "figure", "figcaption", "pre", "form", "body", "html", "head", "caption", "details",
        "summary",
    ]

    func extract() -> ProseLayout {
        var layout = ProseLayout()
        var current = ProseBlock(kind: .paragraph, segments: [])
        func flush(next kind: BlockKind) {
            if !current.segments.isEmpty { layout.blocks.append(current) }
            current = ProseBlock(kind: kind, segments: [])
        }
        var index = LineCursor(bytes).position
        var textStart = index
        var skipUntil: [UInt8]?
        let count = bytes.count
        func addText(_ end: Int) {
            current.segments += HTMLCharacterReference.cut(textStart..<end, in: bytes)
        }
        while index < count {
            guard bytes[index] == 0x3C else { index += 1; continue }
            if let closing = skipUntil {
                if matchesLowercased(closing, at: index) { skipUntil = nil; textStart = index } else { index += 1; continue }
            }
            if matches([0x3C, 0x21, 0x2D, 0x2D], at: index) {
                addText(index)
                let close = find([0x2D, 0x2D, 0x3E], from: index + 4) ?? count
                layout.comments.append(SourceComment(range: index..<min(count, close + 3), body: (index + 4)..<close))
                index = min(count, close + 3)
                textStart = index
                continue
            }
            guard let end = tagEnd(index) else {
                if isTagStart(index) {
                    // A tag that never closes runs to the end of the file, as in a browser; stopping here keeps a
                    // file of unclosed `<a` from being scanned once per `<`.
                    addText(index)
                    textStart = count
                    index = count
                    break
                }
                index += 1
                continue
            }
            addText(index)
            let (name, isClosing) = tagName(index, end)
            if !isClosing, name == "script" || name == "style" || name == "template" || name == "noscript" {
                skipUntil = Array("</\(name)".utf8)
            }
            if HTMLExtractor.blockTags.contains(name) {
                var kind = BlockKind.paragraph
                if !isClosing {
                    switch name {
                    case "h1", "h2", "h3", "h4", "h5", "h6": kind = .heading(level: Int(name.dropFirst()) ?? 1)
                    case "li": kind = .listItem
                    case "td", "th": kind = .tableCell
                    case "dd": kind = .definition
                    default: break
                    }
                }
                flush(next: kind)
            }
            index = end
            textStart = index
        }
        if skipUntil == nil { addText(count) }
        flush(next: .paragraph)
        return layout
    }

    private func matches(_ pattern: [UInt8], at index: Int) -> Bool {
        guard index + pattern.count <= bytes.count else { return false }
        for (offset, byte) in pattern.enumerated() where bytes[index + offset] != byte { return false }
        return true
    }

    private func matchesLowercased(_ pattern: [UInt8], at index: Int) -> Bool {
        guard index + pattern.count <= bytes.count else { return false }
        for (offset, byte) in pattern.enumerated() {
            let actual = bytes[index + offset]
            let lowered = actual >= 0x41 && actual <= 0x5A ? actual | 0x20 : actual
            if lowered != byte { return false }
        }
        return true
    }

    private func find(_ pattern: [UInt8], from start: Int) -> Int? {
        var index = start
        while index + pattern.count <= bytes.count {
            if matches(pattern, at: index) { return index }
            index += 1
        }
        return nil
    }

    /// True when the `<` at `start` opens a tag: a letter, `/`, `!` or `?` follows.
    private func isTagStart(_ start: Int) -> Bool {
        let index = start + 1
        guard index < bytes.count else { return false }
        let first = bytes[index] | 0x20
        return (first >= 0x61 && first <= 0x7A) || bytes[index] == 0x2F || bytes[index] == 0x21 || bytes[index] == 0x3F
    }

    private func tagEnd(_ start: Int) -> Int? {
        guard isTagStart(start) else { return nil }
        var index = start + 1
        var quote: UInt8 = 0
        while index < bytes.count {
            let byte = bytes[index]
            if quote != 0 {
                if byte == quote { quote = 0 }
            } else if byte == 0x22 || byte == 0x27 {
                quote = byte
            } else if byte == 0x3E {
                return index + 1
            }
            index += 1
        }
        return nil
    }

    private func tagName(_ start: Int, _ end: Int) -> (String, Bool) {
        var index = start + 1
        var closing = false
        if index < end, bytes[index] == 0x2F { closing = true; index += 1 }
        var name: [UInt8] = []
        while index < end {
            let byte = bytes[index]
            let isNameByte = (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
            guard isNameByte else { break }
            name.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
            index += 1
        }
        return (String(decoding: name, as: UTF8.self), closing)
    }
}
