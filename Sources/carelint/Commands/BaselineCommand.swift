import CareLint
import Foundation

/// `carelint baseline PATH... > FILE`: writes today's findings as a baseline, so `check --baseline FILE` fails
/// only on new ones.
enum BaselineCommand: Subcommand {
    static let name = "baseline"
    static let summary = "Write the current findings as a baseline for `check --baseline`."
    static let specs: [OptionSpec] = CheckCommand.specs.filter {
        ["--config", "--rule", "--locale", "--grade", "--jobs", "--max-file-size", "--stdin-filename"].contains($0.name)
    }

    static func run(_ arguments: [String], console: Console) -> Int32 {
        let (parsedOrNil, code) = CommandLineTool.parse(arguments, specs: specs, command: name, synopsis: "[PATH...|-] [options] > FILE", summary: summary, console: console)
        guard let parsed = parsedOrNil else { return code }
        let lintRun: LintRun
        let run: PreparedRun
        switch LintRun.prepared(parsed, command: "baseline", console: console) {
        case .success(let prepared): (lintRun, run) = prepared
        case .failure(let status): return status.code
        }
        let collected = BaselineCollector()
        lintRun.lint(run, withEntries: true) { linted in
            if let error = linted.report.error {
                console.err("carelint: \(linted.report.path): error: \(error)\n")
                collected.unreadable()
            }
            collected.add(linted.entries)
        }
        for problem in run.problems {
            console.err("carelint: \(problem.path): error: \(problem.message)\n")
            collected.unreadable()
        }
        console.out(Baseline.render(collected.entries))
        return collected.unreadableCount > 0 ? ExitCode.failure : ExitCode.success
    }
}

/// Entries gathered one delivery at a time.
final class BaselineCollector: @unchecked Sendable {
    private(set) var entries: [BaselineEntry] = []
    private(set) var unreadableCount = 0

    func add(_ more: [BaselineEntry]) { entries += more }
    func unreadable() { unreadableCount += 1 }
}
