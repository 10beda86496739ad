// libFuzzer harness: lint and fix, with every default rule and the built-in vocabulary.
//
// The first byte picks the format (and, by its bit 7, the en-GB locale); the rest is the document. Checks:
// - every diagnostic, related location and fix edit lies inside the text and on scalar boundaries;
// - applying the fixes gives valid UTF-8 and leaves every byte outside the applied edit ranges as it was;
// - fixing again and again never comes back to an earlier text (fixes that undo each other never end); a text
//   still fixable after `maximumRounds` is let go, since first-use rules fix one use per round.
import CareLint
#if canImport(Glibc)
import Glibc
#endif

private let linter = Linter(vocabulary: fuzzVocabulary)
private let maximumRounds = 12
/// FUZZ_VERBOSE=1 prints each round's edits when reproducing a finding.
private let verbose = getenv("FUZZ_VERBOSE") != nil

private func check(_ diagnostics: [Diagnostic], _ bytes: [UInt8]) {
    for diagnostic in diagnostics {
        requireRange(diagnostic.range, in: bytes, "\(diagnostic.rule) range")
        require(!diagnostic.message.isEmpty, "\(diagnostic.rule) has an empty message")
        for related in diagnostic.related { requireRange(related.range, in: bytes, "\(diagnostic.rule) related") }
        for fix in diagnostic.fixes {
            require(!fix.edits.isEmpty, "\(diagnostic.rule) fix \"\(fix.title)\" has no edits")
            for edit in fix.edits { requireRange(edit.range, in: bytes, "\(diagnostic.rule) fix \"\(fix.title)\"") }
        }
    }
}

/// Checks that `result` equals `original` outside the applied edits, and holds each edit's new text inside.
private func checkUntouched(_ original: [UInt8], _ result: FixApplier.Result) {
    var expected: [UInt8] = []
    var cursor = 0
    for edit in result.applied.sorted(by: { ($0.range.lowerBound, $0.range.upperBound) < ($1.range.lowerBound, $1.range.upperBound) }) {
        require(edit.range.lowerBound >= cursor, "applied edits overlap at \(edit.range)")
        expected += original[cursor..<edit.range.lowerBound]
        expected += Array(edit.newText.utf8)
        cursor = edit.range.upperBound
    }
    expected += original[cursor...]
    require(expected == result.bytes, "fixes changed text outside their ranges")
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let all = input(data, size)
    let (format, body) = formatAndBody(all)
    let configuration = ResolvedConfiguration(locale: (all.first ?? 0) & 0x80 != 0 ? "en-GB" : "en-US")
    guard var source = SourceDocument(path: "fuzz", bytes: body, format: format) else { return 0 }
    var history: [[UInt8]] = []
    for round in 0..<maximumRounds {
        let bytes = source.bytes
        let diagnostics = linter.lint(source, configuration: configuration)
        check(diagnostics, bytes)
        let result = FixApplier.applyFirstFixes(of: diagnostics, to: bytes, safeOnly: true)
        if verbose {
            let line = "round \(round): \(diagnostics.count) diagnostics, applied \(result.applied.map { "\($0.range)→\($0.newText.debugDescription) \(String(decoding: bytes[$0.range], as: UTF8.self).debugDescription)" })\n"
            _ = line.withCString { write(2, $0, strlen($0)) }
        }
        if result.applied.isEmpty { return 0 }
        checkUntouched(bytes, result)
        guard let next = SourceDocument(path: "fuzz", bytes: result.bytes, format: format) else {
            fatalError("invariant broken: fixes made invalid UTF-8 in round \(round): \(result.applied)")
        }
        history.append(bytes)
        require(!history.contains(result.bytes), "fixes cycle back to an earlier text in round \(round): \(result.applied)")
        source = next
    }
    // Still fixing after this many rounds without a cycle is not a failure: vocab/jargon flags only the first
    // use of a word, so each round fixes one more use (see docs/limits.md). A cycle is caught above.
    return 0
}
