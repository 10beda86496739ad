import CareLint

/// `--format junit`: JUnit XML as CI servers read it — a `testsuite` per file, a `testcase` per finding with a
/// `failure` (named by the rule), a passing `testcase` for a clean file, an `error` for a file that could not be
/// read.
struct JUnitReporter: Reporter {
    func begin(_ context: RunContext) -> String {
        XMLText.declaration + "<testsuites name=\"carelint\">\n"
    }

    func file(_ report: FileReport, before: RunSummary, context: RunContext) -> String {
        let path = XMLText.escape(report.path)
        if let error = report.error {
            return "  <testsuite name=\"\(path)\" tests=\"1\" failures=\"0\" errors=\"1\">\n"
                + "    <testcase name=\"read\" classname=\"\(path)\">\n"
                + "      <error type=\"unreadable\" message=\"\(XMLText.escape(error))\"/>\n"
                + "    </testcase>\n  </testsuite>\n"
        }
        guard let source = report.source else { return "" }
        let count = report.diagnostics.count
        var text = "  <testsuite name=\"\(path)\" tests=\"\(max(count, 1))\" failures=\"\(count)\" errors=\"0\">\n"
        if count == 0 {
            text += "    <testcase name=\"carelint\" classname=\"\(path)\"/>\n"
        }
        for diagnostic in report.diagnostics {
            let start = source.position(at: diagnostic.range.lowerBound)
            let name = "\(diagnostic.rule) at \(start.line):\(start.column)"
            let body = "\(report.path):\(start.line):\(start.column): \(diagnostic.severity.rawValue): \(diagnostic.message) [\(diagnostic.rule)]"
            text += "    <testcase name=\"\(XMLText.escape(name))\" classname=\"\(path)\">\n"
            text += "      <failure type=\"\(XMLText.escape(diagnostic.rule))\" message=\"\(XMLText.escape(diagnostic.message))\">\(XMLText.escape(body))</failure>\n"
            text += "    </testcase>\n"
        }
        return text + "  </testsuite>\n"
    }

    func end(_ summary: RunSummary, context: RunContext) -> String { "</testsuites>\n" }
}
