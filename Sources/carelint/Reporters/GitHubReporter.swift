import CareLint

/// `--format github`: GitHub Actions workflow commands, one line per finding, which GitHub shows as annotations
/// on the pull request: `::warning file=…,line=…,col=…,endLine=…,endColumn=…,title=RULE::message`.
/// info findings become `notice`; a file that could not be read an `error` on the file.
struct GitHubReporter: Reporter {
    func begin(_ context: RunContext) -> String { "" }

    func file(_ report: FileReport, before: RunSummary, context: RunContext) -> String {
        if let error = report.error {
            return "::error file=\(Self.escapeProperty(report.path)),title=\(Self.escapeProperty("carelint: unreadable file"))::\(Self.escapeData(error))\n"
        }
        guard let source = report.source else { return "" }
        var text = ""
        for diagnostic in report.diagnostics {
            let start = source.position(at: diagnostic.range.lowerBound)
            let end = source.position(at: diagnostic.range.upperBound)
            let command = switch diagnostic.severity {
            case .error: "error"
            case .warning: "warning"
            case .info: "notice"
            }
            var properties = [
                "file=" + Self.escapeProperty(report.path), "line=\(start.line)", "col=\(start.column)",
                "endLine=\(end.line)", "endColumn=\(end.column)", "title=" + Self.escapeProperty(diagnostic.rule),
            ]
            // GitHub ignores columns on an annotation that spans lines; keep them only on one line.
            if start.line != end.line { properties.removeAll { $0.hasPrefix("col=") || $0.hasPrefix("endColumn=") } }
            var message = diagnostic.message
            if let fix = diagnostic.fixes.first { message += "\nFix: " + fix.title }
            text += "::\(command) " + properties.joined(separator: ",") + "::" + Self.escapeData(message) + "\n"
        }
        return text
    }

    func end(_ summary: RunSummary, context: RunContext) -> String { "" }

    /// A command's message: `%`, CR and LF are written as %25, %0D, %0A.
    static func escapeData(_ text: String) -> String {
        var output = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "%": output += "%25"
            case "\r": output += "%0D"
            case "\n": output += "%0A"
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output
    }

    /// A property value: as a message, and also `:` and `,` (%3A, %2C), which would end the value.
    static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
