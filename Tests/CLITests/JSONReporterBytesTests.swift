@testable import carelint
import CareLint
import Testing

/// The JSON report's files are written straight into bytes (`JSONByteWriter`); they must be the bytes
/// `JSONWriter` writes for the same values.
@Suite("JSON report written as bytes")
struct JSONReporterBytesTests {
    /// The report of one file as `JSONWriter` writes it (the way the reporter wrote it before).
    static func viaWriter(_ file: FileReport, first: Bool) -> String {
        var members: [(String, JSONWriter.Value)] = [("path", .string(file.path))]
        if let error = file.error {
            members.append(("error", .string(error)))
        } else if let source = file.source {
            members.append(("diagnostics", .array(file.diagnostics.map { Self.diagnostic(source, $0) })))
        } else {
            members.append(("diagnostics", .array([])))
        }
        return (first ? "\n    " : ",\n    ") + JSONWriter.write(.object(members), indent: 2, level: 2)
    }

    @Test("Findings with fixes, related places, escapes and non-ASCII text; no findings; an error")
    func sameBytes() {
        let text = "# Tumour “care”\n\nThe tumour\tgrows. Ask \"why\" \\ now — it’s 🙂 fine.\r\nLast line"
        let source = SourceDocument(path: "a \"b\".md", text: text, format: .markdown)
        let diagnostics = [
            Diagnostic(rule: "spelling/unknown-word", severity: .warning, message: "\"Tumour\" is British; did you mean \"Tumor\"?", range: 2..<8,
                       fixes: [.replace(2..<8, with: "Tumor", isSafe: false), .replace(2..<8, with: "Tumours\n", isSafe: true)]),
            Diagnostic(rule: "vocab/acronym", severity: .info, message: "Line\u{2028}separator and \u{1} control", range: 30..<30,
                       related: [RelatedLocation(range: 0..<1, message: "first"), RelatedLocation(range: 40..<44, message: "second ✓")]),
            Diagnostic(rule: "style/x", severity: .error, message: "End.", range: text.utf8.count..<text.utf8.count,
                       fixes: [Fix(title: "Two edits", edits: [TextEdit(range: 0..<0, newText: ""), TextEdit(range: 3..<5, newText: "é")])]),
        ]
        let reporter = JSONReporter()
        var before = RunSummary()
        for (index, file) in [
            FileReport(path: source.path, source: source, diagnostics: diagnostics),
            FileReport(path: "empty.md", source: SourceDocument(path: "empty.md", text: "", format: .markdown), diagnostics: []),
            FileReport(path: "gone.md", source: nil, diagnostics: [], error: "cannot read \"gone.md\""),
            FileReport(path: "unread.md", source: nil, diagnostics: []),
        ].enumerated() {
            let written = reporter.file(file, before: before, context: RunContext())
            #expect(written == Self.viaWriter(file, first: index == 0), "file \(index)")
            // The CLI writes the bytes as they are: they are the same text.
            #expect(reporter.fileBytes(file, before: before, context: RunContext()) == Array(written.utf8), "file \(index)")
            before.files += 1
        }
    }

    /// A finding as a value tree: how the reporter wrote it before it wrote bytes (the oracle of these tests).
    static func diagnostic(_ source: SourceDocument, _ diagnostic: Diagnostic) -> JSONWriter.Value {
        var members: [(String, JSONWriter.Value)] = [
            ("rule", .string(diagnostic.rule)),
            ("severity", .string(diagnostic.severity.rawValue)),
            ("message", .string(diagnostic.message)),
            ("range", source.jsonRange(diagnostic.range)),
        ]
        if !diagnostic.fixes.isEmpty {
            members.append(("fixes", .array(diagnostic.fixes.map { fix in
                .object([
                    ("title", .string(fix.title)),
                    ("safe", .bool(fix.isSafe)),
                    ("edits", .array(fix.edits.map { .object([("range", source.jsonRange($0.range)), ("newText", .string($0.newText))]) })),
                ])
            })))
        }
        if !diagnostic.related.isEmpty {
            members.append(("related", .array(diagnostic.related.map {
                .object([("range", source.jsonRange($0.range)), ("message", .string($0.message))])
            })))
        }
        return .object(members)
    }
}
