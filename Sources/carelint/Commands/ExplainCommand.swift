import CareLint

/// `carelint explain RULE`: the rule's documentation, generated from its own description and examples.
enum ExplainCommand: Subcommand {
    static let name = "explain"
    static let summary = "Show a rule's documentation with examples."

    static func run(_ arguments: [String], console: Console) -> Int32 {
        let (parsedOrNil, code) = CommandLineTool.parse(arguments, specs: [], command: name, synopsis: "RULE", summary: summary, console: console)
        guard let parsed = parsedOrNil else { return code }
        guard parsed.positionals.count == 1 else {
            console.err("carelint explain: name one rule, such as `carelint explain vocab/jargon`\n")
            return ExitCode.failure
        }
        let linter = Linter()
        let id = parsed.positionals[0]
        guard let rule = linter.rule(id) else {
            var message = "carelint explain: unknown rule \"\(id)\""
            if let nearest = NearestName.find(id, among: linter.ruleIDs) { message += "; did you mean \"\(nearest)\"?" }
            console.err(message + "\nRun `carelint rules` to list the rules.\n")
            return ExitCode.failure
        }
        console.out(RuleDocumentation.render(rule.description))
        return ExitCode.success
    }
}

/// A rule's documentation page, from its description.
enum RuleDocumentation {
    static func render(_ rule: RuleDescription) -> String {
        var text = "# \(rule.id)\n\n\(rule.summary)\n\n"
        text += "Default severity: \(rule.defaultSeverity.rawValue)" + (rule.origin == "built-in" ? "" : " (defined in the \(rule.origin) pack)") + "\n\n"
        text += "## Why\n\n\(rule.rationale)\n"
        if !rule.options.isEmpty {
            text += "\n## Options\n\n"
            for option in rule.options { text += "- `\(option.name)` (default \(option.defaultValue)): \(option.summary)\n" }
        }
        if !rule.triggering.isEmpty {
            text += "\n## Flagged\n\n"
            for example in rule.triggering {
                text += "- " + ExampleMarkers.strip(example.text).text.replacingNewlines + (example.locale.map { "  (locale \($0))" } ?? "") + "\n"
                if let fixed = example.fixed { text += "  fixed: " + fixed.replacingNewlines + "\n" }
            }
        }
        if !rule.nonTriggering.isEmpty {
            text += "\n## Not flagged\n\n"
            for example in rule.nonTriggering { text += "- " + example.text.replacingNewlines + "\n" }
        }
        text += "\nTurn it off in .carelint.json with {\"rules\": {\"\(rule.id)\": \"off\"}}, or for one line with <!-- carelint-disable-next-line \(rule.id) -->.\n"
        return text
    }
}

extension String {
    var replacingNewlines: String { split(separator: "\n", omittingEmptySubsequences: false).joined(separator: " ⏎ ") }
}
