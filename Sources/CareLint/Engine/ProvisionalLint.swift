/// One replacement in a text, in UTF-8 bytes: `range` of the old text replaced by `insertedCount` new bytes.
public struct ByteEdit: Sendable, Equatable {
    /// What was replaced, in the old text.
    public var range: ByteRange
    /// How many bytes took its place.
    public var insertedCount: Int

    /// Creates an edit.
    public init(range: ByteRange, insertedCount: Int) {
        self.range = range
        self.insertedCount = insertedCount
    }

    /// How far the text after the edit moved.
    public var delta: Int { insertedCount - range.count }
}

/// A first answer after an edit, in a few milliseconds on a long page: the block rules run again on the blocks the
/// edit replaced only, and every other finding of the last answer is kept, moved by the edit.
///
/// It is an approximation for the time between a keystroke and the exact answer (`IncrementalLint`, which the
/// server publishes after a short pause; see docs/incremental-diagnostics.md): a document rule's verdict that the
/// edit changes elsewhere in the page (the first use of a term, the reading grade, an acronym defined later) shows
/// only in the exact answer. Within the edited block it is exact for the block rules, apart from the facts of the
/// whole page that `IncrementalLint` checks (names found elsewhere on the page).
///
/// An edit inside one prose piece, not at its edges, replacing and inserting only letters, digits, spaces and
/// sentence punctuation, in a word without markup characters, cannot change the page's structure: the last layout
/// is moved. After any other edit the layout is extracted again and compared with the last (`LayoutSplice`): the
/// blocks it replaced are linted again, unless the edit changed the front matter, a comment or more than
/// `maximumReplacedBlocks` blocks (no provisional answer then).
public enum ProvisionalLint {
    /// The answer after `edit` (in the text `previous` was found in), or nil when the edit does not qualify.
    ///
    /// - Parameters:
    ///   - previous: the last answer's findings, the text they were found in and its layout.
    ///   - source: the text after the edit.
    public static func lint(after edit: ByteEdit, previous: (diagnostics: [Diagnostic], source: SourceDocument, layout: ProseLayout), source: SourceDocument, linter: Linter, configuration: ResolvedConfiguration, localeOverride: String? = nil) -> (diagnostics: [Diagnostic], layout: ProseLayout)? {
        guard let (layout, splice, word) = relayout(after: edit, previous: previous, source: source) else { return nil }

        // The block rules on the replaced blocks (with the title, whose words the spelling rules accept).
        var part = layout
        let title = layout.blocks.firstIndex { $0.kind == .heading(level: 1) }
        var chosen = Array(splice.new)
        if let title, !splice.new.contains(title) { chosen.append(title) }
        chosen.sort()
        part.blocks = chosen.map { layout.blocks[$0] }
        var fresh: [Diagnostic] = []
        var blockRules: Set<String> = []
        let analysis = DocumentAnalysis(document: ParsedDocument(source, layout: part), vocabulary: linter.vocabulary, configuration: configuration, knownRules: linter.ruleIDs, localeOverride: localeOverride)
        for rule in linter.rules where rule.description.scope == .block {
            blockRules.insert(rule.description.id)
            guard !splice.new.isEmpty, let severity = configuration.severity(of: rule.description) else { continue }
            rule.check(RuleContext(analysis: analysis, description: rule.description, severity: severity), into: &fresh)
        }
        let newBlocks = layout.blocks[splice.new]
        fresh.removeAll { finding in
            !newBlocks.contains { $0.range.contains(finding.range.lowerBound) || finding.range.lowerBound == $0.range.upperBound && finding.range.isEmpty }
        }
        linter.finish(&fresh, analysis: analysis, configuration: configuration)

        // The rest of the last answer, moved; the block rules' findings in the replaced blocks were replaced, and a
        // finding on the edited words is dropped until the exact answer.
        let oldBlocks = previous.layout.blocks[splice.old]
        let replaced = (oldBlocks.first?.range.lowerBound ?? 0)..<(oldBlocks.last?.range.upperBound ?? 0)
        var diagnostics: [Diagnostic] = []
        diagnostics.reserveCapacity(previous.diagnostics.count + fresh.count)
        for diagnostic in previous.diagnostics {
            if blockRules.contains(diagnostic.rule), !splice.old.isEmpty,
               replaced.contains(diagnostic.range.lowerBound) || diagnostic.range.isEmpty && diagnostic.range.lowerBound == replaced.upperBound { continue }
            if let moved = diagnostic.moved(through: edit, word: word) { diagnostics.append(moved) }
        }
        // A finding kept from the last answer and a fresh one may supersede each other (a near miss of a term over
        // the unknown word it is, residue over the long sentence it makes): the contest runs again in the blocks.
        if let first = newBlocks.first, let last = newBlocks.last, !fresh.isEmpty, !linter.supersedes.isEmpty {
            let region = first.range.lowerBound..<last.range.upperBound
            let nearby = diagnostics.indices.filter { diagnostics[$0].range.overlaps(region) }
            var contest = nearby.map { diagnostics[$0] } + fresh
            let count = contest.count
            Linter.dropSuperseded(&contest, supersedes: linter.supersedes, sentences: analysis.document.sentences)
            if contest.count < count {
                let survivors = Set(contest)
                let beaten = Set(nearby.filter { !survivors.contains(diagnostics[$0]) })
                diagnostics = diagnostics.indices.filter { !beaten.contains($0) }.map { diagnostics[$0] }
                fresh.removeAll { !survivors.contains($0) }
            }
        }
        diagnostics += fresh
        diagnostics.sort()
        return (diagnostics, layout)
    }

    /// The most blocks an edit may replace for a provisional answer (typing a code fence can swallow a page).
    static let maximumReplacedBlocks = 16

    /// The layout after `edit`, which blocks it replaced, and the edited words (with the space around them) in the
    /// old text; nil when the edit changed more than a few blocks.
    ///
    /// An edit inside one word of prose (`qualifies`) moves the last layout; any other edit extracts the layout
    /// again and compares it with the last (`LayoutSplice`).
    static func relayout(after edit: ByteEdit, previous: (diagnostics: [Diagnostic], source: SourceDocument, layout: ProseLayout), source: SourceDocument) -> (layout: ProseLayout, splice: LayoutSplice, word: ByteRange)? {
        let oldBytes = previous.source.bytes
        if let (block, word) = qualifies(edit, layout: previous.layout, oldBytes: oldBytes, newBytes: source.bytes) {
            return (previous.layout.moved(by: edit), LayoutSplice(old: block..<(block + 1), new: block..<(block + 1)), word)
        }
        guard edit.range.upperBound <= oldBytes.count, source.bytes.count - oldBytes.count == edit.delta else { return nil }
        let layout = ProseLayout.extract(from: source)
        guard let splice = LayoutSplice(old: previous.layout, new: layout, edit: edit), splice.new.count <= maximumReplacedBlocks else { return nil }
        // The words the edit touched, in the old text.
        var start = edit.range.lowerBound
        while start > 0, !isSpace(oldBytes[start - 1]) { start -= 1 }
        var end = edit.range.upperBound
        while end < oldBytes.count, !isSpace(oldBytes[end]) { end += 1 }
        return (layout, splice, max(0, start - 1)..<min(oldBytes.count, end + 1))
    }

    /// The block an edit falls in and the edited word's range in the old text, when the edit cannot change the
    /// page's structure.
    static func qualifies(_ edit: ByteEdit, layout: ProseLayout, oldBytes: [UInt8], newBytes: [UInt8]) -> (block: Int, word: ByteRange)? {
        // Inside one piece of one block, with prose on both sides.
        let blocks = layout.blocks
        var low = 0, high = blocks.count
        while low < high {
            let middle = (low + high) / 2
            if blocks[middle].range.upperBound <= edit.range.lowerBound { low = middle + 1 } else { high = middle }
        }
        guard low < blocks.count else { return nil }
        let block = blocks[low]
        guard block.segments.contains(where: { $0.lowerBound < edit.range.lowerBound && edit.range.upperBound < $0.upperBound }) else { return nil }
        // Only plain characters in the replaced and the inserted text and in the word around them.
        let newEnd = edit.range.lowerBound + edit.insertedCount
        guard newEnd <= newBytes.count, edit.range.upperBound <= oldBytes.count, newBytes.count - oldBytes.count == edit.delta else { return nil }
        for byte in oldBytes[edit.range] where !isPlain(byte) { return nil }
        for byte in newBytes[edit.range.lowerBound..<newEnd] where !isPlain(byte) { return nil }
        var start = edit.range.lowerBound
        while start > 0, !isSpace(newBytes[start - 1]) {
            start -= 1
            guard isPlain(newBytes[start]) else { return nil }
        }
        var end = newEnd
        while end < newBytes.count, !isSpace(newBytes[end]) {
            guard isPlain(newBytes[end]) else { return nil }
            end += 1
        }
        // The word (and the space around it) in the old text.
        let wordStart = max(0, start - 1)
        let wordEnd = end - edit.delta + 1
        return (low, wordStart..<wordEnd)
    }

    /// Letters, digits, a space and sentence punctuation: characters that no Markdown, HTML or reference syntax
    /// starts with, when typed inside a word of prose. Bytes of other scripts qualify too.
    static func isPlain(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"): true
        case UInt8(ascii: " "), UInt8(ascii: ","), UInt8(ascii: "."), UInt8(ascii: ";"), UInt8(ascii: "?"), UInt8(ascii: "'"), UInt8(ascii: "\""): true
        case 0x80...0xFF: true
        default: false
        }
    }

    static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 }
}

extension ProseLayout {
    /// The layout after an edit inside one of its pieces: every offset after it moved, the piece grown or shrunk.
    func moved(by edit: ByteEdit) -> ProseLayout {
        let delta = edit.delta
        guard delta != 0 else { return self }
        let at = edit.range.lowerBound
        // The edit lies inside one piece: a range ends before it, starts after it, or holds it.
        func move(_ range: ByteRange) -> ByteRange {
            if range.upperBound <= at { return range }
            if range.lowerBound >= edit.range.upperBound { return (range.lowerBound + delta)..<(range.upperBound + delta) }
            return range.lowerBound..<(range.upperBound + delta)
        }
        var moved = self
        for block in moved.blocks.indices where moved.blocks[block].range.upperBound > at {
            for segment in moved.blocks[block].segments.indices {
                moved.blocks[block].segments[segment] = move(moved.blocks[block].segments[segment])
            }
        }
        for comment in moved.comments.indices where moved.comments[comment].range.upperBound > at {
            moved.comments[comment].range = move(moved.comments[comment].range)
            moved.comments[comment].body = move(moved.comments[comment].body)
        }
        return moved
    }
}

extension Diagnostic {
    /// The same finding after `edit`, or nil when it touches `word` (the edited word, in the old text) without
    /// covering it: its verdict may change with the word.
    func moved(through edit: ByteEdit, word: ByteRange) -> Diagnostic? {
        let delta = edit.delta
        func move(_ range: ByteRange) -> ByteRange? {
            if range.upperBound <= word.lowerBound { return range }
            if range.lowerBound >= word.upperBound { return (range.lowerBound + delta)..<(range.upperBound + delta) }
            if range.lowerBound <= word.lowerBound, range.upperBound >= word.upperBound { return range.lowerBound..<(range.upperBound + delta) }
            return nil
        }
        if range.upperBound <= word.lowerBound, related.isEmpty, fixes.isEmpty { return self }
        var moved = self
        guard let range = move(range) else { return nil }
        moved.range = range
        for fix in moved.fixes.indices {
            for index in moved.fixes[fix].edits.indices {
                guard let range = move(moved.fixes[fix].edits[index].range) else { return nil }
                moved.fixes[fix].edits[index].range = range
            }
        }
        for index in moved.related.indices {
            guard let range = move(moved.related[index].range) else { return nil }
            moved.related[index].range = range
        }
        return moved
    }
}
