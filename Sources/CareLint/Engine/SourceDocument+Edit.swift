extension SourceDocument {
    /// The text after replacing `range` with `replacement` (valid UTF-8, as a `String`'s bytes are), with the line
    /// index of the old text spliced instead of computed again: the language server applies an edit per keystroke,
    /// and validating and indexing a 10,000-word page each time took a fifth of its provisional answer
    /// (docs/incremental-diagnostics.md). Equal to `SourceDocument(path:bytes:format:)` of the same bytes (a test
    /// compares them after random edits); nil when the edit splits a character.
    public init?(editing old: SourceDocument, replacing range: ByteRange, with replacement: [UInt8]) {
        let oldBytes = old.bytes
        guard range.lowerBound >= 0, range.upperBound <= oldBytes.count, range.lowerBound <= range.upperBound else { return nil }
        func isBoundary(_ offset: Int) -> Bool { offset == oldBytes.count || oldBytes[offset] & 0xC0 != 0x80 }
        guard isBoundary(range.lowerBound), isBoundary(range.upperBound), SourceDocument.isValidUTF8(replacement) else { return nil }
        var bytes = oldBytes
        bytes.replaceSubrange(range, with: replacement)
        let delta = replacement.count - range.count
        let newEnd = range.lowerBound + replacement.count

        // A line starts after a line feed, or after a carriage return not followed by one: a start depends on the
        // byte before it and its own. Starts before the edit stay; the edited bytes (and the byte before them) are
        // scanned; starts whose two bytes both follow the edit move with it.
        var starts: [Int] = []
        starts.reserveCapacity(old.lineStarts.count + 4)
        for start in old.lineStarts {
            guard start < range.lowerBound else { break }
            starts.append(start)
        }
        if starts.isEmpty { starts.append(0) }
        var index = max(0, range.lowerBound - 1)
        while index < newEnd {
            let byte = bytes[index]
            if byte == 0x0A || byte == 0x0D && (index + 1 >= bytes.count || bytes[index + 1] != 0x0A) {
                if index + 1 > starts[starts.count - 1] { starts.append(index + 1) }
            }
            index += 1
        }
        var next = old.lineStarts.count
        var low = 0
        while low < next {
            let middle = (low + next) / 2
            if old.lineStarts[middle] < range.upperBound + 1 { low = middle + 1 } else { next = middle }
        }
        for start in old.lineStarts[next...] { starts.append(start + delta) }

        // Checkpoints exist only for a text with a line longer than the stride; when the old text had none and the
        // edited lines are short, the new one has none either. Otherwise the whole text is indexed again.
        let first = max(0, SourceDocument.lineIndex(of: range.lowerBound, in: starts) - 1)
        let last = min(starts.count - 1, SourceDocument.lineIndex(of: newEnd, in: starts) + 1)
        var longest = 0
        for line in first...last {
            longest = max(longest, (line + 1 < starts.count ? starts[line + 1] : bytes.count) - starts[line])
        }
        guard old.scalarCheckpoints.isEmpty, longest <= SourceDocument.checkpointStride else {
            guard let whole = SourceDocument(path: old.path, bytes: bytes, format: old.format) else { return nil }
            self = whole
            return
        }
        self.path = old.path
        self.bytes = bytes
        self.format = old.format
        self.lineStarts = starts
        self.scalarCheckpoints = []
        self.utf16Checkpoints = []
    }
}
