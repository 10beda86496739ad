import CareLint

/// The findings of one file, or why it could not be read.
struct FileReport: Sendable {
    /// The path as shown.
    var path: String
    /// The text, when it was read.
    var source: SourceDocument?
    /// Findings in document order (those in the baseline excluded).
    var diagnostics: [Diagnostic]
    /// Findings matched by the baseline: they do not fail the run and are counted apart.
    var baselined: [Diagnostic] = []
    /// Why the file could not be read.
    var error: String?
}

/// Totals of a run, gathered file by file as reports stream out.
struct RunSummary: Sendable, Equatable {
    var files = 0
    var errors = 0
    var warnings = 0
    var infos = 0
    var baselined = 0
    var unreadable = 0
    var filesWithFindings = 0
    /// The files that could not be read and why (few; SARIF lists them as notifications).
    var unreadableFiles: [UnreadableFile] = []

    /// Findings written so far, baselined ones included.
    var findings: Int { errors + warnings + infos + baselined }

    mutating func add(_ file: FileReport) {
        files += 1
        if let error = file.error {
            unreadable += 1
            unreadableFiles.append(UnreadableFile(path: file.path, message: error))
        }
        if !file.diagnostics.isEmpty { filesWithFindings += 1 }
        for diagnostic in file.diagnostics {
            switch diagnostic.severity {
            case .error: errors += 1
            case .warning: warnings += 1
            case .info: infos += 1
            }
        }
        baselined += file.baselined.count
    }

    func count(_ severity: Severity) -> Int {
        switch severity {
        case .error: errors
        case .warning: warnings
        case .info: infos
        }
    }
}

/// A file that could not be read.
struct UnreadableFile: Sendable, Equatable {
    var path: String
    var message: String
}

/// What a reporter knows before the first file: the rules that may report and where paths are relative to.
struct RunContext: Sendable {
    /// Every rule of the run's linters, in registry order (SARIF lists them in `tool.driver.rules`).
    var rules: [RuleDescription] = [] {
        didSet { ruleIndex = RunContext.index(rules) }
    }
    /// Position of each rule id in `rules`.
    private(set) var ruleIndex: [String: Int] = [:]
    /// The absolute working folder, with a trailing slash; relative paths in the output are relative to it.
    var workingDirectory: String = "/"
    /// A baseline was given (SARIF then marks results new or unchanged).
    var hasBaseline = false

    init(rules: [RuleDescription] = [], workingDirectory: String = "/", hasBaseline: Bool = false) {
        self.rules = rules
        self.ruleIndex = RunContext.index(rules)
        self.workingDirectory = workingDirectory
        self.hasBaseline = hasBaseline
    }

    private static func index(_ rules: [RuleDescription]) -> [String: Int] {
        Dictionary(rules.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    }
}

/// The findings of a whole run, for reporters rendered in one piece (tests, small runs).
struct RunReport: Sendable {
    var files: [FileReport]

    var summary: RunSummary {
        var summary = RunSummary()
        for file in files { summary.add(file) }
        return summary
    }
}

/// Renders a run's findings in one output format. Reporters are pure and stream: `begin` once, `file` for each
/// file in input order as soon as it is linted, `end` with the totals; nothing is kept between calls.
protocol Reporter: Sendable {
    /// The text before the first file.
    func begin(_ context: RunContext) -> String
    /// The text of one file; `before` holds the totals of the files written before it.
    func file(_ report: FileReport, before: RunSummary, context: RunContext) -> String
    /// The text after the last file.
    func end(_ summary: RunSummary, context: RunContext) -> String
    /// The text of one file as UTF-8 bytes, for a reporter that writes bytes (nil: use `file`).
    func fileBytes(_ report: FileReport, before: RunSummary, context: RunContext) -> [UInt8]?
}

extension Reporter {
    func fileBytes(_ report: FileReport, before: RunSummary, context: RunContext) -> [UInt8]? { nil }

    /// The whole output of a run at once.
    func render(_ report: RunReport, context: RunContext = RunContext()) -> String {
        var output = begin(context)
        var summary = RunSummary()
        for file in report.files {
            output += self.file(file, before: summary, context: context)
            summary.add(file)
        }
        return output + end(summary, context: context)
    }
}

/// Options every reporter may read.
struct ReporterOptions: Sendable {
    /// Color the text output.
    var color = false
    /// Print the summary line (text).
    var showSummary = true
}

/// Every output format, by its `--format` name.
enum ReporterRegistry {
    /// The names, in the order `--help` lists them.
    static let names = ["text", "json", "sarif", "github", "junit", "checkstyle"]

    /// The reporter of a format name (one of `names`).
    static func reporter(named name: String, options: ReporterOptions) -> any Reporter {
        switch name {
        case "json": JSONReporter()
        case "sarif": SARIFReporter()
        case "github": GitHubReporter()
        case "junit": JUnitReporter()
        case "checkstyle": CheckstyleReporter()
        default: TextReporter(color: options.color, showSummary: options.showSummary)
        }
    }
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

/// A path as shown, made relative to the working folder when it lies inside it ("./a.md" → "a.md").
enum DisplayPath {
    static func relative(_ path: String, to workingDirectory: String) -> String {
        var result = path
        if result.hasPrefix(workingDirectory) { result = String(result.dropFirst(workingDirectory.count)) }
        while result.hasPrefix("./") { result = String(result.dropFirst(2)) }
        return result
    }
}
