import CareLint
import Dispatch
import Foundation

/// The inputs of a run, each with the settings it is linted with.
struct PreparedRun: Sendable {
    var inputs: [LintInput]
    /// Resolves each input's settings. Every configuration was loaded and checked by `prepare`, and the workspace
    /// caches them, so resolving again is cheap — and the run never holds settings for all files at once.
    var workspace: Workspace
    /// Paths that could not be used (missing, loops, unreadable folders); reported after the files.
    var problems: [InputProblem]
    /// Indices of the inputs to lint (files found by walking a folder that `ignore` excludes are left out).
    var selected: [Int]
    /// Every rule of the run's linters, in registry order.
    var rules: [RuleDescription]

    /// The settings of input `index` (checked by `prepare`, so this does not fail in practice).
    func settings(_ index: Int) throws(Workspace.ConfigurationFailure) -> FileSettings {
        try workspace.settings(forFile: inputs[index].path)
    }
}

/// One linted input: its report, and for each diagnostic its baseline entry (when asked for).
struct LintedFile: Sendable {
    var input: LintInput
    var report: FileReport
    var entries: [BaselineEntry]
    /// Reading figures and hardest sentences, when asked for (`carelint report`).
    var readability: ReadabilityMeasure? = nil
}

/// A document's readability counts and its hardest sentences.
struct ReadabilityMeasure: Sendable {
    var counts: ReadabilityCounts
    /// The target grade of the document's configuration.
    var target: Double
    var hardest: [HardSentence]
    /// The complex-word share (nil for a blank file).
    var complex: ComplexLanguage? = nil
}

/// Collects inputs, resolves their settings and lints them: in parallel (`--jobs`), delivered in input order as
/// soon as a file and all files before it are done, so output streams and memory stays bounded by the files in
/// flight, not the size of the run. Shared by `check`, `baseline`, `fix` and `report`.
struct LintRun {
    var options: CheckOptions
    var console: Console

    /// Collects the inputs and their settings; prints the error and gives the exit code when the run cannot start.
    func prepare() -> Result<PreparedRun, ExitStatus> {
        let workspace = Workspace(configurationPath: options.configuration, overrides: options.overrides)
        if let configuration = options.configuration {
            guard FileManager.default.fileExists(atPath: configuration) else {
                console.err("carelint: \(configuration): error: the configuration file does not exist\n")
                return .failure(ExitStatus(ExitCode.failure))
            }
        }
        let (inputs, problems) = InputCollector.collect(options.paths, stdinName: options.stdinName)
        // Settings first, sequentially: a broken configuration stops the run before any output.
        var selected: [Int] = []
        selected.reserveCapacity(inputs.count)
        var seenLinters: Set<ObjectIdentifier> = []
        var rules: [RuleDescription] = []
        var ruleIDs: Set<String> = []
        /// Checks the `--rule` ids against a linter and adds its rules; false (the errors printed) on an unknown id.
        func admit(_ linter: Linter) -> Bool {
            let errors = workspace.validateOverrides(with: linter)
            guard errors.isEmpty else {
                console.err(errors.map { "carelint: \($0.message)\n" }.joined())
                return false
            }
            for rule in linter.rules where ruleIDs.insert(rule.description.id).inserted { rules.append(rule.description) }
            return true
        }
        for (index, input) in inputs.enumerated() {
            do {
                let found = try workspace.settings(forFile: input.path)
                if seenLinters.insert(ObjectIdentifier(found.linter.vocabulary)).inserted {
                    guard admit(found.linter) else { return .failure(ExitStatus(ExitCode.failure)) }
                }
                if !(found.isIgnored && !input.isExplicit) { selected.append(index) }
            } catch {
                console.err(error.errors.map { "\($0)\n" }.joined())
                return .failure(ExitStatus(ExitCode.failure))
            }
        }
        if rules.isEmpty {
            guard admit(workspace.builtInLinter()) else { return .failure(ExitStatus(ExitCode.failure)) }
        }
        return .success(PreparedRun(inputs: inputs, workspace: workspace, problems: problems, selected: selected, rules: rules))
    }

    /// Lints the selected inputs and calls `deliver` for each, one at a time, in input order.
    func lint(_ run: PreparedRun, withEntries: Bool, keepHardest: Int? = nil, deliver: @escaping @Sendable (LintedFile) -> Void) {
        let console = self.console
        let maximumSize = options.maximumFileSize
        let workingDirectory = FileManager.default.currentDirectoryPath + "/"
        let lintOne: @Sendable (Int) -> LintedFile = { index in
            let input = run.inputs[index]
            let setting: FileSettings
            do {
                setting = try run.settings(index)
            } catch {
                return LintedFile(input: input, report: FileReport(path: input.displayPath, source: nil, diagnostics: [], error: "\(error)"), entries: [])
            }
            switch InputReader.read(input, console: console, maximumSize: maximumSize) {
            case .failure(let problem):
                return LintedFile(input: input, report: FileReport(path: input.displayPath, source: nil, diagnostics: [], error: problem.message), entries: [])
            case .success(let source):
                let document = ParsedDocument(source)
                // An empty (or blank) file has nothing to check; document-level rules would only add noise.
                let isBlank = source.bytes.dropFirst(source.byteOrderMarkLength).allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
                let linted = isBlank ? nil : setting.linter.lint(document, configuration: setting.configuration, localeOverride: setting.localeOverride)
                let diagnostics = linted?.diagnostics ?? []
                var entries: [BaselineEntry] = []
                if withEntries {
                    let file = LintRun.baselinePath(input, workingDirectory: workingDirectory)
                    entries = diagnostics.map { BaselineEntry(file: file, diagnostic: $0, document: document) }
                }
                let readability = keepHardest.map { keep in
                    let (counts, hardest) = ReportReadability.measure(document, path: input.displayPath, keepHardest: keep)
                    return ReadabilityMeasure(counts: counts, target: setting.configuration.readingGrade, hardest: hardest,
                                              complex: linted.map { ComplexLanguage($0.analysis) })
                }
                return LintedFile(input: input, report: FileReport(path: input.displayPath, source: source, diagnostics: diagnostics), entries: entries, readability: readability)
            }
        }
        let selected = run.selected
        if options.jobs > 1, selected.count > 1 {
            // A window bounds the results waiting behind a slow file, so memory does not grow with the run.
            let window = DispatchSemaphore(value: options.jobs * 4)
            let delivery = OrderedDelivery<LintedFile> { file in
                deliver(file)
                window.signal()
            }
            let queue = DispatchQueue(label: "carelint.lint", attributes: .concurrent)
            let group = DispatchGroup()
            // At most `jobs` files in flight; each worker takes the next file when it is free.
            let next = AtomicCounter()
            for _ in 0..<min(options.jobs, selected.count) {
                queue.async(group: group) {
                    while true {
                        window.wait()
                        let position = next.increment()
                        guard position < selected.count else {
                            window.signal()
                            return
                        }
                        delivery.put(position, lintOne(selected[position]))
                    }
                }
            }
            group.wait()
        } else {
            for index in selected { deliver(lintOne(index)) }
        }
    }

    /// The file name a baseline records: relative to the working folder, `./` dropped.
    static func baselinePath(_ input: LintInput, workingDirectory: String) -> String {
        if input.isStandardInput { return input.displayPath }
        let absolute = URL(fileURLWithPath: input.path).standardizedFileURL.path
        return DisplayPath.relative(absolute, to: workingDirectory)
    }

    /// `carelint check`: lint, report, and give the exit code.
    func execute() -> Int32 {
        let run: PreparedRun
        switch prepare() {
        case .success(let prepared): run = prepared
        case .failure(let status): return status.code
        }
        let matcher: BaselineMatcher?
        do {
            matcher = try options.baseline.map { path throws(UsageError) in BaselineMatcher(try Baseline.load(path)) }
        } catch {
            console.err("carelint: \(error.message)\n")
            return ExitCode.failure
        }
        let reporter = ReporterRegistry.reporter(named: options.format, options: ReporterOptions(color: console.useColor(noColorFlag: options.noColor), showSummary: !options.quiet))
        let context = RunContext(rules: run.rules, workingDirectory: FileManager.default.currentDirectoryPath + "/", hasBaseline: matcher != nil)
        let state = CheckState(reporter: reporter, context: context, options: options, console: console, total: run.selected.count + run.problems.count)
        console.out(reporter.begin(context))
        lint(run, withEntries: matcher != nil) { linted in
            var report = linted.report
            if let matcher, report.error == nil {
                let file = LintRun.baselinePath(linted.input, workingDirectory: context.workingDirectory)
                (report.diagnostics, report.baselined) = matcher.split(file: file, diagnostics: report.diagnostics, entries: linted.entries)
            }
            state.write(report)
        }
        for problem in run.problems { state.write(FileReport(path: problem.path, source: nil, diagnostics: [], error: problem.message)) }
        state.progress.finish()
        let summary = state.summary
        console.out(reporter.end(summary, context: context))
        if let matcher, let path = options.baseline {
            let gone = matcher.disappeared()
            if !gone.isEmpty {
                let total = gone.reduce(0) { $0 + $1.count }
                var text = "carelint: \(total) finding\(total == 1 ? "" : "s") in the baseline \(path) no longer occur\(total == 1 ? "s" : ""); make a new baseline to shrink it:\n"
                for (entry, count) in gone { text += "  \(entry.file): \(entry.rule) \"\(entry.text)\"" + (count > 1 ? " (\(count) times)" : "") + "\n" }
                console.err(text)
            }
        }
        if summary.unreadable > 0 { return ExitCode.failure }
        if state.failing { return ExitCode.findings }
        if let limit = options.maxWarnings, state.warnings > limit {
            console.err("carelint: \(state.warnings) warnings, more than --max-warnings \(limit) allows\n")
            return ExitCode.findings
        }
        return ExitCode.success
    }
}

/// An exit code carried as an error.
struct ExitStatus: Error {
    var code: Int32
    init(_ code: Int32) { self.code = code }
}

/// What `check` gathers while reports stream out; only touched by one delivery at a time.
final class CheckState: @unchecked Sendable {
    let reporter: any Reporter
    let context: RunContext
    let options: CheckOptions
    let console: Console
    let progress: ProgressLine
    private(set) var summary = RunSummary()
    /// A new finding at or above --fail-on was seen (counted before --quiet hides any).
    private(set) var failing = false
    /// New warnings, for --max-warnings.
    private(set) var warnings = 0

    init(reporter: any Reporter, context: RunContext, options: CheckOptions, console: Console, total: Int) {
        self.reporter = reporter
        self.context = context
        self.options = options
        self.console = console
        self.progress = ProgressLine(console: console, total: total)
    }

    func write(_ original: FileReport) {
        var report = original
        if report.diagnostics.contains(where: { $0.severity >= options.failOn }) { failing = true }
        warnings += report.diagnostics.filter { $0.severity == .warning }.count
        if options.quiet { report.diagnostics.removeAll { $0.severity < options.failOn } }
        if let error = report.error {
            // Like a compiler, a file that could not be read is named on standard error in every format (a CI log
            // shows it even when stdout is a JSON or SARIF file); machine formats keep it in the report too.
            progress.clear()
            console.err("\(report.path): error: \(error)\n")
        }
        if let bytes = reporter.fileBytes(report, before: summary, context: context) {
            if !bytes.isEmpty {
                progress.clear()
                console.out(bytes: bytes)
            }
        } else {
            let text = reporter.file(report, before: summary, context: context)
            if !text.isEmpty {
                progress.clear()
                console.out(text)
            }
        }
        summary.add(report)
        progress.advance()
    }
}

/// Hands results to `deliver` in index order, each as soon as it and all before it are in; results that arrive
/// early wait (at most about one per worker).
final class OrderedDelivery<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var pending: [Int: Value] = [:]
    private var next = 0
    private let deliver: @Sendable (Value) -> Void

    init(deliver: @escaping @Sendable (Value) -> Void) { self.deliver = deliver }

    func put(_ index: Int, _ value: Value) {
        lock.lock()
        defer { lock.unlock() }
        pending[index] = value
        while let ready = pending.removeValue(forKey: next) {
            deliver(ready)
            next += 1
        }
    }
}

/// A counter shared by workers.
final class AtomicCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    /// The value before adding one.
    func increment() -> Int {
        lock.lock()
        defer { lock.unlock() }
        value += 1
        return value - 1
    }
}
