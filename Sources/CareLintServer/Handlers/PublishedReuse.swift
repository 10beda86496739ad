import CareLint

/// After one edit, most findings are the ones published before, at the same lines and columns: those above the
/// edited lines, and (when the edit added or removed no line) those below them. Converting every finding to
/// protocol positions again, and comparing the results with the last answer's to copy their JSON, took about a
/// fifth of a provisional answer's instructions on a 10,000-word page (docs/incremental-diagnostics.md); this
/// takes those findings' protocol form from the last answer instead.
struct PublishedReuse {
    /// The protocol form of each finding, in order.
    var published: [LSPDiagnostic] = []
    /// For each finding, the position of the same protocol diagnostic in the last answer (its JSON can be copied
    /// as it is), or nil when it was converted.
    var same: [Int?] = []

    /// The protocol form of `found` (the findings in `source`, the text after `edit`), taking each finding that
    /// `base` published unchanged from `base`; `convert` converts the others.
    ///
    /// A finding is taken when every one of its offsets (range, fixes, related places) lies on a line wholly before
    /// the edit's first line (then it must equal the old finding), or, when the edit kept the number of lines, on a
    /// line wholly after the edit's last line (then it must equal the old finding moved by the edit). Line starts
    /// before the edited line are unchanged and those after it move with the text, so such offsets keep their line
    /// and column in every position encoding.
    init(_ found: [Diagnostic], in source: SourceDocument, after edit: ByteEdit, base: (diagnostics: [Diagnostic], published: [LSPDiagnostic], source: SourceDocument), convert: (Diagnostic) -> LSPDiagnostic) {
        published.reserveCapacity(found.count)
        same.reserveCapacity(found.count)
        let old = base.source
        guard base.diagnostics.count == base.published.count, edit.range.upperBound <= old.bytes.count else {
            for diagnostic in found {
                published.append(convert(diagnostic))
                same.append(nil)
            }
            return
        }
        let delta = edit.delta
        // Offsets below `before` (old text) are on lines before the edit's; offsets from `after` on lines after it.
        let before = old.lineStarts[old.lineIndex(of: edit.range.lowerBound)]
        let lastLine = old.lineIndex(of: edit.range.upperBound)
        let after = old.lineCount == source.lineCount && lastLine + 1 < old.lineCount ? old.lineStarts[lastLine + 1] : Int.max
        base.diagnostics.withUnsafeBufferPointer { oldDiagnostics in
            for diagnostic in found {
                var match: Int?
                let start = diagnostic.range.lowerBound
                if start < before || (after != Int.max && start - delta >= after) {
                    let isBefore = start < before
                    let shift = isBefore ? 0 : delta
                    let oldStart = start - shift
                    // The first old finding starting there (old findings are in document order).
                    var low = 0, high = oldDiagnostics.count
                    while low < high {
                        let middle = (low + high) / 2
                        if oldDiagnostics[middle].range.lowerBound < oldStart { low = middle + 1 } else { high = middle }
                    }
                    var candidate = low
                    while candidate < oldDiagnostics.count, oldDiagnostics[candidate].range.lowerBound == oldStart {
                        if Self.offsets(of: oldDiagnostics[candidate], allIn: isBefore ? 0..<before : after..<Int.max),
                           Self.equal(oldDiagnostics[candidate], movedBy: shift, to: diagnostic) {
                            match = candidate
                            break
                        }
                        candidate += 1
                    }
                }
                if let match {
                    published.append(base.published[match])
                } else {
                    published.append(convert(diagnostic))
                }
                same.append(match)
            }
        }
    }

    /// True when `old` moved by `delta` bytes equals `new` (without making the moved copy).
    static func equal(_ old: Diagnostic, movedBy delta: Int, to new: Diagnostic) -> Bool {
        func moved(_ range: ByteRange) -> ByteRange { (range.lowerBound + delta)..<(range.upperBound + delta) }
        guard moved(old.range) == new.range, old.severity == new.severity, old.rule == new.rule, old.message == new.message,
              old.fixes.count == new.fixes.count, old.related.count == new.related.count else { return false }
        for (a, b) in zip(old.fixes, new.fixes) {
            guard a.title == b.title, a.isSafe == b.isSafe, a.edits.count == b.edits.count else { return false }
            for (x, y) in zip(a.edits, b.edits) where moved(x.range) != y.range || x.newText != y.newText { return false }
        }
        for (a, b) in zip(old.related, new.related) where moved(a.range) != b.range || a.message != b.message { return false }
        return true
    }

    /// True when every offset of a finding lies in `range`.
    static func offsets(of diagnostic: Diagnostic, allIn range: Range<Int>) -> Bool {
        func holds(_ byteRange: ByteRange) -> Bool { byteRange.lowerBound >= range.lowerBound && byteRange.upperBound < range.upperBound }
        guard holds(diagnostic.range) else { return false }
        for fix in diagnostic.fixes { for edit in fix.edits where !holds(edit.range) { return false } }
        for place in diagnostic.related where !holds(place.range) { return false }
        return true
    }
}
