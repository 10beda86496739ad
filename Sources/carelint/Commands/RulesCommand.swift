import CareLint

/// `carelint rules`: every rule with its default severity and summary.
enum RulesCommand: Subcommand {
    static let name = "rules"
    static let summary = "List every rule with its default severity and summary."
    static let specs: [OptionSpec] = [
        OptionSpec(name: "--format", valueName: "FORMAT", allowed: ["text", "json"], help: "Output format."),
    ]

    static func run(_ arguments: [String], console: Console) -> Int32 {
        let (parsedOrNil, code) = CommandLineTool.parse(arguments, specs: specs, command: name, synopsis: "[options]", summary: summary, console: console)
        guard let parsed = parsedOrNil else { return code }
        let rules = Linter().rules.map(\.description)
        if parsed.value("--format") == "json" {
            let items: [JSONWriter.Value] = rules.map { rule in
                .object([
                    ("id", .string(rule.id)), ("severity", .string(rule.defaultSeverity.rawValue)),
                    ("summary", .string(rule.summary)), ("origin", .string(rule.origin)),
                ])
            }
            console.out(JSONWriter.write(.array(items), indent: 2) + "\n")
            return ExitCode.success
        }
        let width = rules.map(\.id.count).max() ?? 0
        var text = ""
        for rule in rules {
            text += rule.id + String(repeating: " ", count: width - rule.id.count + 2)
            text += rule.defaultSeverity.rawValue.padding(7) + "  " + rule.summary + "\n"
        }
        text += "\n\(rules.count) rules. Run `carelint explain RULE` for a rule's documentation and examples.\n"
        console.out(text)
        return ExitCode.success
    }
}

extension String {
    func padding(_ width: Int) -> String { self + String(repeating: " ", count: max(0, width - count)) }
}
