import CareLint

/// `--format checkstyle`: Checkstyle XML (version 4.3), read by Jenkins' warnings plug-in, reviewdog and others —
/// a `file` element per file, an `error` element per finding with its line, column, severity and rule as source.
struct CheckstyleReporter: Reporter {
    func begin(_ context: RunContext) -> String {
        XMLText.declaration + "<checkstyle version=\"4.3\">\n"
    }

    func file(_ report: FileReport, before: RunSummary, context: RunContext) -> String {
        let path = XMLText.escape(report.path)
        if let error = report.error {
            return "  <file name=\"\(path)\">\n    <error line=\"1\" severity=\"error\" message=\"\(XMLText.escape(error))\" source=\"carelint.unreadable\"/>\n  </file>\n"
        }
        guard let source = report.source else { return "" }
        var text = "  <file name=\"\(path)\">\n"
        for diagnostic in report.diagnostics {
            let start = source.position(at: diagnostic.range.lowerBound)
            text += "    <error line=\"\(start.line)\" column=\"\(start.column)\" severity=\"\(diagnostic.severity.rawValue)\""
            text += " message=\"\(XMLText.escape(diagnostic.message))\" source=\"carelint.\(XMLText.escape(diagnostic.rule))\"/>\n"
        }
        return text + "  </file>\n"
    }

    func end(_ summary: RunSummary, context: RunContext) -> String { "</checkstyle>\n" }
}
