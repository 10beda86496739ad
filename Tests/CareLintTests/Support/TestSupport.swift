@testable import CareLint

/// Lints marked text with one rule (or all) and returns the diagnostics and the text without markers.
func lint(
    _ marked: String, only rule: String? = nil, locale: String = "en-US", format: DocumentFormat = .markdown,
    options: [String: RuleOptionValue] = [:], linter: Linter = Linter()
) -> (diagnostics: [Diagnostic], text: String, markers: [Int]) {
    let (text, markers) = ExampleMarkers.strip(marked)
    var configuration = ResolvedConfiguration(locale: locale)
    if let rule {
        for other in linter.rules where other.description.id != rule { configuration.severities[other.description.id] = .off }
        if configuration.severity(of: linter.rule(rule)!.description) == nil { configuration.severities[rule] = .warning }
        configuration.options[rule] = options
    }
    let path = format == .markdown ? "example.md" : format == .html ? "example.html" : "example.txt"
    let source = SourceDocument(path: path, text: text, format: format)
    let diagnostics = linter.lint(source, configuration: configuration)
    return (rule.map { id in diagnostics.filter { $0.rule == id } } ?? diagnostics, text, markers)
}

/// The text of a range.
func slice(_ text: String, _ range: ByteRange) -> String {
    String(decoding: Array(text.utf8)[range], as: UTF8.self)
}
