import CareLint
import Foundation

/// `carelint check [PATH...|-]`: lints files, folders or standard input.
enum CheckCommand: Subcommand {
    static let name = "check"
    static let summary = "Check drafts and print the findings."
    static let specs: [OptionSpec] = [
        OptionSpec(name: "--format", valueName: "FORMAT", allowed: ["text", "json"], help: "Output format."),
        OptionSpec(name: "--config", valueName: "FILE", help: "Use this configuration file instead of finding .carelint.json."),
        OptionSpec(name: "--rule", valueName: "ID=SEVERITY", repeatable: true, help: "Set a rule's severity (error, warning, info, off); repeatable."),
        OptionSpec(name: "--fail-on", valueName: "LEVEL", allowed: ["error", "warning", "info"], help: "Exit with 1 when a finding is at or above this level (default: error)."),
        OptionSpec(name: "--locale", valueName: "LOCALE", allowed: Configuration.locales, help: "Spelling locale; wins over configuration and front matter."),
        OptionSpec(name: "--grade", valueName: "N", help: "Target reading grade (default 8)."),
        OptionSpec(name: "--jobs", valueName: "N", help: "Files linted in parallel (default: the number of cores)."),
        OptionSpec(name: "--stdin-filename", valueName: "NAME", help: "The name of standard input's text, for its format and configuration."),
        OptionSpec(name: "--quiet", help: "Print only findings at or above --fail-on, and no summary."),
        OptionSpec(name: "--no-color", help: "Never color the output."),
    ]

    static func run(_ arguments: [String], console: Console) -> Int32 {
        let (parsedOrNil, code) = CommandLineTool.parse(arguments, specs: specs, command: name, synopsis: "[PATH...|-] [options]", summary: summary, console: console)
        guard let parsed = parsedOrNil else { return code }
        let options: CheckOptions
        do {
            options = try CheckOptions(parsed)
        } catch {
            console.err("carelint check: \(error.message)\n")
            return ExitCode.failure
        }
        let run = LintRun(options: options, console: console)
        return run.execute()
    }
}

/// The check options, validated.
struct CheckOptions: Sendable {
    var paths: [String]
    var format: String
    var configuration: String?
    var overrides = SettingOverrides()
    var failOn: Severity
    var stdinName: String?
    var quiet: Bool
    var noColor: Bool
    var jobs: Int

    init(_ parsed: ParsedArguments) throws(UsageError) {
        paths = parsed.positionals.isEmpty ? ["."] : parsed.positionals
        format = parsed.value("--format") ?? "text"
        configuration = parsed.value("--config")
        failOn = parsed.value("--fail-on").flatMap(Severity.init(rawValue:)) ?? .error
        stdinName = parsed.value("--stdin-filename")
        quiet = parsed.has("--quiet")
        noColor = parsed.has("--no-color")
        overrides.locale = parsed.value("--locale")
        if let grade = parsed.value("--grade") {
            guard let value = Double(grade), value >= 1, value <= 20 else {
                throw UsageError(message: "--grade needs a number from 1 to 20, such as 8; got \"\(grade)\"")
            }
            overrides.readingGrade = value
        }
        for setting in parsed.values["--rule"] ?? [] {
            let parts = setting.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, !parts[0].isEmpty else {
                throw UsageError(message: "--rule needs ID=SEVERITY, such as --rule vocab/jargon=off; got \"\(setting)\"")
            }
            guard let severity = SeveritySetting(rawValue: parts[1]) else {
                throw UsageError(message: "unknown severity \"\(parts[1])\" in --rule \(setting); expected error, warning, info or off")
            }
            overrides.severities[parts[0]] = severity
        }
        if let jobs = parsed.value("--jobs") {
            guard let value = Int(jobs), value >= 1, value <= 1024 else {
                throw UsageError(message: "--jobs needs a whole number from 1 to 1024; got \"\(jobs)\"")
            }
            self.jobs = value
        } else {
            self.jobs = ProcessInfo.processInfo.activeProcessorCount
        }
        if paths.filter({ $0 == "-" }).count > 1 { throw UsageError(message: "standard input (-) can be read once only") }
    }
}
