import CareLint
import Foundation

/// `carelint check [PATH...|-]`: lints files, folders or standard input.
enum CheckCommand: Subcommand {
    static let name = "check"
    static let summary = "Check drafts and print the findings."
    static let specs: [OptionSpec] = [
        OptionSpec(name: "--format", valueName: "FORMAT", allowed: ReporterRegistry.names, help: "Output format."),
        OptionSpec(name: "--config", valueName: "FILE", help: "Use this configuration file instead of finding .carelint.json."),
        OptionSpec(name: "--rule", valueName: "ID=SEVERITY", repeatable: true, help: "Set a rule's severity (error, warning, info, off); repeatable."),
        OptionSpec(name: "--fail-on", valueName: "LEVEL", allowed: ["error", "warning", "info"], help: "Exit with 1 when a finding is at or above this level (default: error)."),
        OptionSpec(name: "--locale", valueName: "LOCALE", allowed: Configuration.locales, help: "Spelling locale; wins over configuration and front matter."),
        OptionSpec(name: "--grade", valueName: "N", help: "Target reading grade (default 8)."),
        OptionSpec(name: "--jobs", valueName: "N", help: "Files linted in parallel (default: the number of cores)."),
        OptionSpec(name: "--baseline", valueName: "FILE", help: "Findings in this baseline (from `carelint baseline`) do not fail the run."),
        OptionSpec(name: "--max-warnings", valueName: "N", help: "Exit with 1 when there are more than N warnings."),
        OptionSpec(name: "--max-file-size", valueName: "SIZE", help: "Skip (and report) files larger than this, such as 10MB or 500KB (default 10MB)."),
        OptionSpec(name: "--stdin-filename", valueName: "NAME", help: "The name of standard input's text, for its format and configuration."),
        OptionSpec(name: "--quiet", help: "Print only findings at or above --fail-on, and no summary."),
        OptionSpec(name: "--no-color", help: "Never color the output."),
    ]

    static func run(_ arguments: [String], console: Console) -> Int32 {
        let (parsedOrNil, code) = CommandLineTool.parse(arguments, specs: specs, command: name, synopsis: "[PATH...|-] [options]", summary: summary, console: console)
        guard let parsed = parsedOrNil else { return code }
        switch LintRun.configured(parsed, command: name, console: console) {
        case .success(let run): return run.execute()
        case .failure(let status): return status.code
        }
    }
}
