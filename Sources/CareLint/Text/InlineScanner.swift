/// Splits one line of Markdown or HTML text into prose pieces, leaving out code spans, tags, comments, link
/// destinations, autolinks and footnote references.
struct InlineScanner {
    let bytes: [UInt8]
    /// True while inside a comment that began on an earlier line.
    var inComment = false
    /// Where the open comment began.
    var commentStart = 0
    /// True when code spans (backticks) are recognized (Markdown, not HTML text).
    var recognizesCodeSpans = true
    /// Comments found so far.
    var comments: [SourceComment] = []

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// Appends the prose pieces of `range` to `segments`.
    mutating func scan(_ range: ByteRange, into segments: inout [ByteRange]) {
        var index = range.lowerBound
        let end = range.upperBound
        var pieceStart = index
        // A line full of openers that never close (backtick runs of many lengths, `[^`, `][`) is scanned once, not
        // once per opener: backtick runs are indexed by length on the first backtick, and the place past which no
        // `]` exists is remembered.
        var backtickRuns: BacktickRuns?
        var noBracketFrom = Int.max

        func flush(_ upTo: Int) {
            if upTo > pieceStart { segments.append(pieceStart..<upTo) }
        }

        if inComment {
            guard let close = find([0x2D, 0x2D, 0x3E], from: index, to: end) else { return }
            comments.append(SourceComment(range: commentStart..<(close + 3), body: (commentStart + 4)..<close))
            inComment = false
            index = close + 3
            pieceStart = index
        }
        while index < end {
            let byte = bytes[index]
            switch byte {
            case 0x60 where recognizesCodeSpans: // ` code span
                var run = 0
                while index + run < end, bytes[index + run] == 0x60 { run += 1 }
                if backtickRuns == nil { backtickRuns = BacktickRuns(bytes, index..<end) }
                if let close = backtickRuns?.next(length: run, from: index + run) {
                    flush(index)
                    index = close + run
                    pieceStart = index
                } else {
                    index += run
                }
            case 0x3C: // <
                if matches([0x3C, 0x21, 0x2D, 0x2D], at: index) { // <!--
                    flush(index)
                    if let close = find([0x2D, 0x2D, 0x3E], from: index + 4, to: end) {
                        comments.append(SourceComment(range: index..<(close + 3), body: (index + 4)..<close))
                        index = close + 3
                        pieceStart = index
                    } else {
                        inComment = true
                        commentStart = index
                        return
                    }
                } else if let close = tagEnd(from: index, to: end) {
                    flush(index)
                    index = close
                    pieceStart = index
                } else {
                    index += 1
                }
            case 0x5D where index + 1 < end && bytes[index + 1] == 0x28: // ]( link destination
                if let close = matchingParen(from: index + 1, to: end) {
                    flush(index + 1)
                    index = close + 1
                    pieceStart = index
                } else {
                    index += 1
                }
            case 0x5D where index + 1 < end && bytes[index + 1] == 0x5B: // ][ref] reference link label
                if index + 2 < noBracketFrom, let close = find([0x5D], from: index + 2, to: end) {
                    flush(index + 1)
                    index = close + 1
                    pieceStart = index
                } else {
                    noBracketFrom = min(noBracketFrom, index + 2)
                    index += 1
                }
            case 0x5B where index + 1 < end && bytes[index + 1] == 0x5E: // [^note] footnote reference
                if index + 2 < noBracketFrom, let close = find([0x5D], from: index + 2, to: end) {
                    flush(index)
                    index = close + 1
                    pieceStart = index
                } else {
                    noBracketFrom = min(noBracketFrom, index + 2)
                    index += 1
                }
            case 0x5C where index + 1 < end: // backslash escape: keep the escaped character as prose
                index += 2
            default:
                index += 1
            }
        }
        flush(end)
    }

    /// Ends the current line; a comment left open stays open for the next line.
    func matches(_ pattern: [UInt8], at index: Int) -> Bool {
        guard index + pattern.count <= bytes.count else { return false }
        for (offset, byte) in pattern.enumerated() where bytes[index + offset] != byte { return false }
        return true
    }

    func find(_ pattern: [UInt8], from start: Int, to end: Int) -> Int? {
        var index = start
        while index + pattern.count <= end {
            if matches(pattern, at: index) { return index }
            index += 1
        }
        return nil
    }

    /// The end (exclusive) of an HTML tag or autolink that starts at `start`, or nil if it is not one.
    private func tagEnd(from start: Int, to end: Int) -> Int? {
        var index = start + 1
        guard index < end else { return nil }
        let first = bytes[index]
        let isLetter = (first | 0x20) >= 0x61 && (first | 0x20) <= 0x7A
        guard isLetter || first == 0x2F || first == 0x21 || first == 0x3F else { return nil } // letter / ! ?
        var quote: UInt8 = 0
        while index < end {
            let byte = bytes[index]
            if quote != 0 {
                if byte == quote { quote = 0 }
            } else if byte == 0x22 || byte == 0x27 {
                quote = byte
            } else if byte == 0x3E {
                return index + 1
            } else if byte == 0x3C {
                return nil
            }
            index += 1
        }
        return nil
    }

    /// CommonMark's bound on parentheses nested in a link destination. It also keeps a line of `](` openers
    /// linear: no place is scanned from more than this many openers.
    static let maximumParenthesisDepth = 32

    private func matchingParen(from start: Int, to end: Int) -> Int? {
        var depth = 0
        var index = start
        while index < end {
            switch bytes[index] {
            case 0x28:
                depth += 1
                if depth > InlineScanner.maximumParenthesisDepth { return nil }
            case 0x29:
                depth -= 1
                if depth == 0 { return index }
            case 0x5C: index += 1
            default: break
            }
            index += 1
        }
        return nil
    }
}

/// The maximal runs of backticks in a line, by length, with a forward-only cursor per length: finding the closing
/// run of every opener costs one pass over the line in all.
private struct BacktickRuns {
    private var starts: [Int: [Int]] = [:]
    private var cursors: [Int: Int] = [:]

    init(_ bytes: [UInt8], _ range: ByteRange) {
        var index = range.lowerBound
        while index < range.upperBound {
            guard bytes[index] == 0x60 else { index += 1; continue }
            let start = index
            while index < range.upperBound, bytes[index] == 0x60 { index += 1 }
            starts[index - start, default: []].append(start)
        }
    }

    /// The start of the first run of exactly `length` backticks at or after `offset`; offsets must not decrease
    /// from one call to the next for the same length.
    mutating func next(length: Int, from offset: Int) -> Int? {
        guard let list = starts[length] else { return nil }
        var cursor = cursors[length] ?? 0
        while cursor < list.count, list[cursor] < offset { cursor += 1 }
        cursors[length] = cursor
        return cursor < list.count ? list[cursor] : nil
    }
}
