import CareLint

/// `--format text`: like a compiler's output — `path:line:col: severity: message [rule]`, the source line, a caret
/// underline under the exact range, the fix, and a summary line.
struct TextReporter: Reporter {
    static let name = "text"
    var color: Bool
    var showSummary: Bool = true

    private func paint(_ text: String, _ code: String) -> String { color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }

    func begin(_ context: RunContext) -> String { "" }

    func file(_ file: FileReport, before: RunSummary, context: RunContext) -> String {
        // A file that could not be read is named on standard error by the run (every format); the summary counts it.
        if file.error != nil { return "" }
        guard let source = file.source else { return "" }
        var output = ""
        for diagnostic in file.diagnostics { output += render(diagnostic, source: source, path: file.path) }
        return output
    }

    func end(_ summary: RunSummary, context: RunContext) -> String {
        showSummary ? self.summary(summary) : ""
    }

    func render(_ diagnostic: Diagnostic, source: SourceDocument, path: String) -> String {
        let start = source.position(at: diagnostic.range.lowerBound)
        let severityColor = switch diagnostic.severity {
        case .error: "1;31"
        case .warning: "1;33"
        case .info: "1;36"
        }
        var text = paint("\(path):\(start.line):\(start.column):", "1") + " " + paint("\(diagnostic.severity.rawValue):", severityColor)
        text += " " + diagnostic.message + " " + paint("[\(diagnostic.rule)]", "2") + "\n"
        let lineRange = source.lineContentRange(start.line - 1)
        let lineText = source.text(in: lineRange)
        text += "    " + lineText + "\n"
        let underlineStart = max(diagnostic.range.lowerBound, lineRange.lowerBound)
        let underlineEnd = min(max(diagnostic.range.upperBound, underlineStart + 1), max(lineRange.upperBound, underlineStart + 1))
        let prefixRange = (lineRange.lowerBound..<min(underlineStart, lineRange.upperBound)).clamped(to: 0..<source.bytes.count)
        let flaggedRange = (underlineStart..<min(underlineEnd, lineRange.upperBound)).clamped(to: 0..<source.bytes.count)
        let padding: String
        let width: Int
        // ASCII (most lines): one column a byte, a tab kept as a tab; no scalar properties, no string per scalar.
        if source.bytes[prefixRange].allSatisfy({ $0 < 0x80 }) {
            padding = String(decoding: source.bytes[prefixRange].map { $0 == 0x09 ? 0x09 : 0x20 }, as: UTF8.self)
        } else {
            let prefix = source.text(in: prefixRange)
            padding = String(prefix.unicodeScalars.map { $0 == "\t" ? "\t" : String(repeating: " ", count: DisplayWidth.of($0)) }.joined())
        }
        if source.bytes[flaggedRange].allSatisfy({ $0 < 0x80 }) {
            width = max(1, flaggedRange.count)
        } else {
            width = max(1, source.text(in: flaggedRange).unicodeScalars.reduce(0) { $0 + DisplayWidth.of($1) })
        }
        text += "    " + padding + paint("^" + String(repeating: "~", count: width - 1), "32") + "\n"
        if let fix = diagnostic.fixes.first {
            text += "    " + paint("fix:", "32") + " \(fix.title)\n"
        }
        for related in diagnostic.related {
            let position = source.position(at: related.range.lowerBound)
            text += "    " + paint("note:", "36") + " \(path):\(position.line):\(position.column): \(related.message)\n"
        }
        return text
    }

    private func summary(_ summary: RunSummary) -> String {
        var line: String
        if summary.errors + summary.warnings + summary.infos == 0 {
            line = "No problems found in \(plural(summary.files, "file"))"
        } else {
            line = "\(plural(summary.errors, "error")), \(plural(summary.warnings, "warning")), \(plural(summary.infos, "note")) in \(plural(summary.filesWithFindings, "file")) (\(plural(summary.files, "file")) checked)"
        }
        if summary.baselined > 0 { line += "; \(plural(summary.baselined, "finding")) in the baseline not shown" }
        if summary.unreadable > 0 { line += "; \(plural(summary.unreadable, "file")) could not be read" }
        return line + ".\n"
    }
}

/// Terminal column width of a scalar: 0 for combining marks, 2 for wide (East Asian, emoji), else 1.
enum DisplayWidth {
    static func of(_ scalar: Unicode.Scalar) -> Int {
        let properties = scalar.properties
        switch properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if scalar.value == 0xFE0F || scalar.value == 0x200D { return 0 }
        let value = scalar.value
        if (0x1100...0x115F).contains(value) || (0x2E80...0xA4CF).contains(value) || (0xAC00...0xD7A3).contains(value)
            || (0xF900...0xFAFF).contains(value) || (0xFE30...0xFE4F).contains(value) || (0xFF00...0xFF60).contains(value)
            || (0xFFE0...0xFFE6).contains(value) || (0x1F300...0x1FAFF).contains(value) || (0x20000...0x3FFFD).contains(value) {
            return 2
        }
        if properties.isEmojiPresentation { return 2 }
        return 1
    }
}
