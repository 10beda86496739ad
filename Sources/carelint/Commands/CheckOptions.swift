import CareLint
import Foundation

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
    var baseline: String?
    var maxWarnings: Int?
    var maximumFileSize = InputReader.defaultMaximumSize

    init(_ parsed: ParsedArguments) throws(UsageError) {
        paths = parsed.positionals.isEmpty ? ["."] : parsed.positionals
        format = parsed.value("--format") ?? "text"
        configuration = parsed.value("--config")
        failOn = parsed.value("--fail-on").flatMap(Severity.init(rawValue:)) ?? .error
        stdinName = parsed.value("--stdin-filename")
        quiet = parsed.has("--quiet")
        noColor = parsed.has("--no-color")
        overrides.locale = parsed.value("--locale").flatMap(ContentLocale.init(matching:))
        if let grade = parsed.value("--grade") {
            guard let value = Double(grade), ReadingGrade.targetRange.contains(value) else {
                let range = ReadingGrade.targetRange
                throw UsageError(message: "--grade needs a number from \(Int(range.lowerBound)) to \(Int(range.upperBound)), such as 8; got \"\(grade)\"")
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
        jobs = try parsed.wholeNumber("--jobs", in: 1...1024) ?? ProcessInfo.processInfo.activeProcessorCount
        baseline = parsed.value("--baseline")
        if let limit = parsed.value("--max-warnings") {
            guard let value = Int(limit), value >= 0 else {
                throw UsageError(message: "--max-warnings needs a whole number of 0 or more; got \"\(limit)\"")
            }
            maxWarnings = value
        }
        if let size = parsed.value("--max-file-size") {
            guard let bytes = ByteSize.parse(size), bytes > 0 else {
                throw UsageError(message: "--max-file-size needs a size such as 10MB, 500KB or 1048576 (bytes); got \"\(size)\"")
            }
            maximumFileSize = bytes
        }
        if paths.filter({ $0 == "-" }).count > 1 { throw UsageError(message: "standard input (-) can be read once only") }
    }
}
