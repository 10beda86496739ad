import CareLint

/// The findings of one file, or why it could not be read.
struct FileReport: Sendable {
    /// The path as shown.
    var path: String
    /// The text, when it was read.
    var source: SourceDocument?
    /// Findings in document order.
    var diagnostics: [Diagnostic]
    /// Why the file could not be read.
    var error: String?
}

/// The findings of a run.
struct RunReport: Sendable {
    var files: [FileReport]

    func count(_ severity: Severity) -> Int {
        files.reduce(0) { $0 + $1.diagnostics.filter { $0.severity == severity }.count }
    }

    var unreadable: Int { files.filter { $0.error != nil }.count }
}

/// Renders a run's findings in one output format. Reporters are pure: report in, text out.
protocol Reporter {
    /// The `--format` name.
    static var name: String { get }
    /// The whole output.
    func render(_ report: RunReport) -> String
}

/// Positions shown to people and machines: 1-based line and scalar column.
extension SourceDocument {
    func jsonPosition(_ offset: Int) -> JSONWriter.Value {
        let position = position(at: offset)
        return .object([("line", .int(position.line)), ("column", .int(position.column)), ("offset", .int(position.offset))])
    }

    func jsonRange(_ range: ByteRange) -> JSONWriter.Value {
        .object([("start", jsonPosition(range.lowerBound)), ("end", jsonPosition(range.upperBound))])
    }
}
