import CareLint

/// One option of a subcommand: its spelling, whether it takes a value, and its help.
struct OptionSpec: Sendable {
    /// "--format".
    var name: String
    /// "FORMAT" when the option takes a value, nil for a flag.
    var valueName: String?
    /// Accepted values, when the option takes one of a few.
    var allowed: [String]?
    /// The option may be given several times.
    var repeatable: Bool = false
    /// One line of help.
    var help: String
    /// A one-letter alias such as "-h".
    var short: String?
}

/// A usage error: an unknown or malformed option. Exit code 2.
struct UsageError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}

/// Arguments parsed against a table of options.
struct ParsedArguments {
    var values: [String: [String]] = [:]
    var flags: Set<String> = []
    var positionals: [String] = []

    func value(_ name: String) -> String? { values[name]?.last }
    func has(_ name: String) -> Bool { flags.contains(name) }

    /// The option's value as a whole number within `range`; nil when the option is not given.
    func wholeNumber(_ name: String, in range: ClosedRange<Int>) throws(UsageError) -> Int? {
        guard let text = value(name) else { return nil }
        guard let number = Int(text), range.contains(number) else {
            throw UsageError(message: "\(name) needs a whole number from \(range.lowerBound) to \(range.upperBound); got \"\(text)\"")
        }
        return number
    }
}

/// Parses arguments from a declarative table: `--name value`, `--name=value`, flags, `--` to end options, and `-`
/// as a positional (standard input). Unknown options get "did you mean" hints.
enum ArgumentParser {
    static let help = OptionSpec(name: "--help", help: "Show this help.", short: "-h")

    static func parse(_ arguments: [String], specs: [OptionSpec], command: String) throws(UsageError) -> ParsedArguments {
        let table = specs + [help]
        var parsed = ParsedArguments()
        var index = 0
        var optionsEnded = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if optionsEnded || argument == "-" || !argument.hasPrefix("-") {
                parsed.positionals.append(argument)
                continue
            }
            if argument == "--" { optionsEnded = true; continue }
            var name = argument
            var inlineValue: String?
            if let equals = argument.firstIndex(of: "="), argument.hasPrefix("--") {
                name = String(argument[..<equals])
                inlineValue = String(argument[argument.index(after: equals)...])
            }
            guard let spec = table.first(where: { $0.name == name || $0.short == name }) else {
                var message = "unknown option \(name) for `carelint \(command)`"
                if let nearest = NearestName.find(name, among: table.map(\.name)) { message += "; did you mean \(nearest)?" }
                message += "\nRun `carelint \(command) --help` for the options."
                throw UsageError(message: message)
            }
            guard let valueName = spec.valueName else {
                if inlineValue != nil { throw UsageError(message: "option \(spec.name) takes no value") }
                parsed.flags.insert(spec.name)
                continue
            }
            let value: String
            if let inlineValue {
                value = inlineValue
            } else {
                guard index < arguments.count else { throw UsageError(message: "option \(spec.name) needs a value: \(spec.name) \(valueName)") }
                value = arguments[index]
                index += 1
            }
            if let allowed = spec.allowed, !allowed.contains(value) {
                var message = "invalid value \"\(value)\" for \(spec.name); expected one of: \(allowed.joined(separator: ", "))"
                if let nearest = NearestName.find(value, among: allowed) { message += " (did you mean \(nearest)?)" }
                throw UsageError(message: message)
            }
            if !spec.repeatable, parsed.values[spec.name] != nil {
                throw UsageError(message: "option \(spec.name) is given twice; give it once")
            }
            parsed.values[spec.name, default: []].append(value)
        }
        return parsed
    }

    /// The help text of a subcommand.
    static func usage(command: String, synopsis: String, summary: String, specs: [OptionSpec]) -> String {
        var text = "USAGE: carelint \(command) \(synopsis)\n\n\(summary)\n\nOPTIONS:\n"
        let rows = (specs + [help]).map { spec -> (String, String) in
            var left = spec.short.map { "\($0), " } ?? ""
            left += spec.name + (spec.valueName.map { " \($0)" } ?? "")
            var right = spec.help
            if let allowed = spec.allowed { right += " (\(allowed.joined(separator: "|")))" }
            return (left, right)
        }
        let width = rows.map(\.0.count).max() ?? 0
        for (left, right) in rows {
            text += "  " + left + String(repeating: " ", count: width - left.count + 2) + right + "\n"
        }
        return text
    }
}
