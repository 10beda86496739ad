import CareLint

/// Exit codes of DESIGN.md.
enum ExitCode {
    /// Nothing at or above --fail-on.
    static let success: Int32 = 0
    /// Findings at or above --fail-on.
    static let findings: Int32 = 1
    /// Usage, configuration or vocabulary error, or an input that could not be read.
    static let failure: Int32 = 2
}

/// A `carelint` subcommand.
protocol Subcommand: Sendable {
    static var name: String { get }
    static var summary: String { get }
    static func run(_ arguments: [String], console: Console) -> Int32
}

/// `carelint SUBCOMMAND ...`: dispatches to the subcommands and prints help.
enum CommandLineTool {
    static let subcommands: [any Subcommand.Type] = [
        CheckCommand.self, FixCommand.self, BaselineCommand.self, RulesCommand.self, ExplainCommand.self, VocabCommand.self, ReportCommand.self, InitCommand.self,
        StatsCommand.self, ScoreCommand.self,
    ]

    static func run(_ arguments: [String], console: Console) -> Int32 {
        guard let first = arguments.first else {
            console.err(help())
            return ExitCode.failure
        }
        if first == "--help" || first == "-h" || first == "help" {
            console.out(help())
            return ExitCode.success
        }
        if first == "--version" {
            console.out("carelint \(CareLintVersion.string)\n")
            return ExitCode.success
        }
        guard let command = subcommands.first(where: { $0.name == first }) else {
            var message = "carelint: unknown command \"\(first)\""
            if let nearest = NearestName.find(first, among: subcommands.map { $0.name }) { message += "; did you mean \"\(nearest)\"?" }
            console.err(message + "\nRun `carelint --help` for the commands.\n")
            return ExitCode.failure
        }
        return command.run(Array(arguments.dropFirst()), console: console)
    }

    static func help() -> String {
        var text = "USAGE: carelint <command> [options]\n\nCareLint checks patient-education drafts against a controlled medical vocabulary and the style rules of good health writing.\n\nCOMMANDS:\n"
        let width = subcommands.map { $0.name.count }.max() ?? 0
        for command in subcommands {
            text += "  \(command.name)" + String(repeating: " ", count: width - command.name.count + 2) + command.summary + "\n"
        }
        text += "\nRun `carelint <command> --help` for a command's options.\n"
        return text
    }

    /// Parses arguments, printing usage errors and help; nil means "exit with `code`".
    static func parse(_ arguments: [String], specs: [OptionSpec], command: String, synopsis: String, summary: String, console: Console) -> (ParsedArguments?, Int32) {
        do {
            let parsed = try ArgumentParser.parse(arguments, specs: specs, command: command)
            if parsed.has("--help") {
                console.out(ArgumentParser.usage(command: command, synopsis: synopsis, summary: summary, specs: specs))
                return (nil, ExitCode.success)
            }
            return (parsed, 0)
        } catch {
            console.err("carelint \(command): \(error.message)\n")
            return (nil, ExitCode.failure)
        }
    }
}
