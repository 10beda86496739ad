/// How the layout of a page changed with one edit: the blocks before the edit are the same, the blocks after it the
/// same moved by the edit, and a run of blocks in between was replaced.
///
/// It is what a provisional answer (`ProvisionalLint`) needs after an edit that the quick test does not accept (a
/// new line, markup, a word with a hyphen or a bracket): the edited text's layout is extracted again (one pass over
/// the bytes, no tokens, no analysis) and compared with the last one, and only the replaced blocks are linted again.
struct LayoutSplice: Equatable {
    /// The replaced blocks, in the old layout.
    var old: Range<Int>
    /// The blocks that replace them, in the new layout.
    var new: Range<Int>

    /// A splice given by its ranges.
    init(old: Range<Int>, new: Range<Int>) {
        self.old = old
        self.new = new
    }

    /// The splice that turns `old` (a layout of the text before `edit`) into `new` (the layout after it), or nil
    /// when the edit changed more than blocks: the front matter or a comment (where suppressions are).
    ///
    /// A block counts as unchanged only when it ends before the edit starts or starts after it ends (a block that
    /// merely touches the edit is replaced: its tokens look at the byte beside it).
    init?(old: ProseLayout, new: ProseLayout, edit: ByteEdit) {
        let delta = edit.delta
        func shifted(_ range: ByteRange) -> ByteRange { (range.lowerBound + delta)..<(range.upperBound + delta) }
        func isBefore(_ range: ByteRange) -> Bool { range.upperBound < edit.range.lowerBound }
        func isAfter(_ range: ByteRange) -> Bool { range.lowerBound > edit.range.upperBound }

        // The front matter and the comments do not change (they are not blocks; a change there re-lints the page).
        guard old.frontMatter == new.frontMatter, old.frontMatter.map({ isBefore($0.range) }) ?? true,
              old.comments.count == new.comments.count else { return nil }
        for (before, after) in zip(old.comments, new.comments) {
            if isBefore(before.range) {
                guard before == after else { return nil }
            } else if isAfter(before.range) {
                guard after.range == shifted(before.range), after.body == shifted(before.body) else { return nil }
            } else {
                return nil
            }
        }

        // The longest run of equal blocks before the edit, and of moved blocks after it.
        var prefix = 0
        while prefix < old.blocks.count, prefix < new.blocks.count, isBefore(old.blocks[prefix].range), old.blocks[prefix] == new.blocks[prefix] {
            prefix += 1
        }
        var suffix = 0
        while suffix < old.blocks.count - prefix, suffix < new.blocks.count - prefix {
            let before = old.blocks[old.blocks.count - 1 - suffix]
            let after = new.blocks[new.blocks.count - 1 - suffix]
            guard isAfter(before.range), before.kind == after.kind, before.segments.count == after.segments.count,
                  zip(before.segments, after.segments).allSatisfy({ shifted($0) == $1 }) else { break }
            suffix += 1
        }
        self.old = prefix..<(old.blocks.count - suffix)
        self.new = prefix..<(new.blocks.count - suffix)
    }
}
