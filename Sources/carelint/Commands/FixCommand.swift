import CareLint
import Foundation

/// `carelint fix [PATH...] [--dry-run]`: applies every safe fix in place, atomically; never loses text.
enum FixCommand: Subcommand {
    static let name = "fix"
    static let summary = "Apply every safe fix in place (atomic write; never loses text)."
    static let specs: [OptionSpec] = [
        OptionSpec(name: "--dry-run", help: "Print a unified diff of the fixes and change nothing; exit 1 when there is something to fix."),
    ] + CheckCommand.specs.filter { ["--config", "--rule", "--locale", "--grade", "--max-file-size"].contains($0.name) }

    static func run(_ arguments: [String], console: Console) -> Int32 {
        let (parsedOrNil, code) = CommandLineTool.parse(arguments, specs: specs, command: name, synopsis: "[PATH...] [options]", summary: summary, console: console)
        guard let parsed = parsedOrNil else { return code }
        guard !parsed.positionals.contains("-") else {
            console.err("carelint fix: fix changes files in place and cannot fix standard input; give file or folder paths\n")
            return ExitCode.failure
        }
        let dryRun = parsed.has("--dry-run")
        let lintRun: LintRun
        let run: PreparedRun
        switch LintRun.prepared(parsed, command: "fix", console: console, adjust: { $0.jobs = 1 }) {
        case .success(let prepared): (lintRun, run) = prepared
        case .failure(let status): return status.code
        }
        let fixer = FileFixer()
        var fixedFindings = 0
        var fixedFiles = 0
        var remaining = 0
        var failures = 0
        for index in run.selected {
            let input = run.inputs[index]
            let settings: FileSettings
            do {
                settings = try run.settings(index)
            } catch {
                failures += 1
                console.err("\(error.description)\n")
                continue
            }
            switch fixer.fix(input, settings: settings, maximumSize: lintRun.options.maximumFileSize, dryRun: dryRun) {
            case .unchanged(let left):
                remaining += left
            case .fixed(let fixed, let left, let diff):
                fixedFindings += fixed
                fixedFiles += 1
                remaining += left
                if dryRun {
                    console.out(diff)
                } else {
                    console.out("\(input.displayPath): fixed \(plural(fixed, "finding"))\n")
                }
            case .failed(let message):
                failures += 1
                console.err("carelint: \(input.displayPath): error: \(message)\n")
            }
        }
        for problem in run.problems {
            failures += 1
            console.err("carelint: \(problem.path): error: \(problem.message)\n")
        }
        var line = dryRun ? "Would fix" : "Fixed"
        line += " \(plural(fixedFindings, "finding")) in \(plural(fixedFiles, "file")) (\(plural(run.selected.count, "file")) checked)"
        if remaining > 0 { line += "; \(plural(remaining, "finding")) left for a writer (see `carelint check`)" }
        if failures > 0 { line += "; \(plural(failures, "file")) could not be fixed" }
        line += ".\n"
        // With --dry-run, standard output is the patch alone.
        if dryRun { console.err(line) } else { console.out(line) }
        if failures > 0 { return ExitCode.failure }
        return dryRun && fixedFiles > 0 ? ExitCode.findings : ExitCode.success
    }
}
