/// Applies text edits to bytes: non-overlapping edits, from the end of the text backwards, so every range still
/// refers to the original text. An edit that overlaps one already taken is skipped and returned.
public enum FixApplier {
    /// The result of applying edits.
    public struct Result: Sendable {
        /// The new bytes.
        public var bytes: [UInt8]
        /// Edits applied.
        public var applied: [TextEdit]
        /// Edits skipped because they overlapped an applied one.
        public var skipped: [TextEdit]
    }

    /// Applies edits; earlier edits in the list win over later ones that overlap them.
    public static func apply(_ edits: [TextEdit], to bytes: [UInt8]) -> Result {
        var taken: [TextEdit] = []
        var skipped: [TextEdit] = []
        for edit in edits {
            let overlaps = taken.contains { other in
                edit.range.overlaps(other.range) || (edit.range.isEmpty && other.range.isEmpty && edit.range.lowerBound == other.range.lowerBound)
                    || (edit.range.isEmpty && other.range.contains(edit.range.lowerBound) && other.range.lowerBound != edit.range.lowerBound)
                    || (other.range.isEmpty && edit.range.contains(other.range.lowerBound) && edit.range.lowerBound != other.range.lowerBound)
            }
            if overlaps || edit.range.upperBound > bytes.count || edit.range.lowerBound < 0 { skipped.append(edit) } else { taken.append(edit) }
        }
        var output = bytes
        for edit in taken.sorted(by: { $0.range.lowerBound > $1.range.lowerBound || ($0.range.lowerBound == $1.range.lowerBound && $0.range.upperBound > $1.range.upperBound) }) {
            output.replaceSubrange(edit.range, with: Array(edit.newText.utf8))
        }
        return Result(bytes: output, applied: taken, skipped: skipped)
    }

    /// Applies the first fix of each diagnostic (only safe fixes when `safeOnly`); a fix whose edits overlap an
    /// earlier fix is skipped whole.
    public static func applyFirstFixes(of diagnostics: [Diagnostic], to bytes: [UInt8], safeOnly: Bool = false) -> Result {
        var edits: [TextEdit] = []
        var taken: [ByteRange] = []
        for diagnostic in diagnostics.sorted() {
            guard let fix = diagnostic.fixes.first, !safeOnly || fix.isSafe else { continue }
            let clashes = fix.edits.contains { edit in taken.contains { $0.overlaps(edit.range) || ($0.isEmpty || edit.range.isEmpty) && $0.lowerBound == edit.range.lowerBound } }
            if clashes { continue }
            edits += fix.edits
            taken += fix.edits.map(\.range)
        }
        return apply(edits, to: bytes)
    }
}
