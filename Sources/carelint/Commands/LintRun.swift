import CareLint
import Dispatch
import Foundation

/// One `carelint check` run: collect inputs, lint them (in parallel, output in a stable order), report.
struct LintRun {
    var options: CheckOptions
    var console: Console

    func execute() -> Int32 {
        let workspace = Workspace(configurationPath: options.configuration, overrides: options.overrides)
        if let configuration = options.configuration {
            guard FileManager.default.fileExists(atPath: configuration) else {
                console.err("carelint: \(configuration): error: the configuration file does not exist\n")
                return ExitCode.failure
            }
        }
        let (inputs, problems) = InputCollector.collect(options.paths, stdinName: options.stdinName)
        // Settings first, sequentially: a broken configuration stops the run before any output.
        var settings: [FileSettings] = []
        var validatedLinters: Set<ObjectIdentifier> = []
        for input in inputs {
            do {
                let found = try workspace.settings(forFile: input.path)
                let key = ObjectIdentifier(found.linter.vocabulary)
                if validatedLinters.insert(key).inserted {
                    let errors = workspace.validateOverrides(with: found.linter)
                    if !errors.isEmpty {
                        console.err(errors.map { "carelint: \($0.message)\n" }.joined())
                        return ExitCode.failure
                    }
                }
                settings.append(found)
            } catch {
                console.err(error.errors.map { "\($0)\n" }.joined())
                return ExitCode.failure
            }
        }
        if inputs.isEmpty, problems.isEmpty, options.overrides.severities.isEmpty == false {
            let errors = workspace.validateOverrides(with: workspace.builtInLinter())
            if !errors.isEmpty {
                console.err(errors.map { "carelint: \($0.message)\n" }.joined())
                return ExitCode.failure
            }
        }
        var reports = [FileReport?](repeating: nil, count: inputs.count)
        let settingsForInput = settings
        let console = self.console
        let lintOne: @Sendable (Int) -> FileReport = { index in
            let input = inputs[index]
            let setting = settingsForInput[index]
            switch InputReader.read(input, console: console) {
            case .failure(let problem):
                return FileReport(path: input.displayPath, source: nil, diagnostics: [], error: problem.message)
            case .success(let source):
                let diagnostics = setting.linter.lint(source, configuration: setting.configuration, localeOverride: setting.localeOverride)
                return FileReport(path: input.displayPath, source: source, diagnostics: diagnostics, error: nil)
            }
        }
        let selected = inputs.indices.filter { !(settings[$0].isIgnored && !inputs[$0].isExplicit) }
        if options.jobs > 1, selected.count > 1 {
            let results = ResultSlots(count: inputs.count)
            DispatchQueue.concurrentPerform(iterations: selected.count) { position in
                let index = selected[position]
                results.set(index, lintOne(index))
            }
            reports = results.values
        } else {
            for index in selected { reports[index] = lintOne(index) }
        }
        var files = reports.compactMap { $0 }
        files += problems.map { FileReport(path: $0.path, source: nil, diagnostics: [], error: $0.message) }
        if options.quiet {
            for index in files.indices { files[index].diagnostics.removeAll { $0.severity < options.failOn } }
        }
        let report = RunReport(files: files)
        switch options.format {
        case "json": console.out(JSONReporter().render(report))
        default: console.out(TextReporter(color: console.useColor(noColorFlag: options.noColor), showSummary: !options.quiet).render(report))
        }
        if report.unreadable > 0 { return ExitCode.failure }
        let failing = files.contains { $0.diagnostics.contains { $0.severity >= options.failOn } }
        return failing ? ExitCode.findings : ExitCode.success
    }
}

/// Slots for results written by parallel workers, each index by one worker.
final class ResultSlots: @unchecked Sendable {
    private var storage: [FileReport?]
    private let lock = NSLock()

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: FileReport) {
        lock.lock()
        storage[index] = value
        lock.unlock()
    }

    var values: [FileReport?] {
        lock.lock()
        defer { lock.unlock() }
        return storage
    }
}
