// libFuzzer harness: the `.carelint.json` loader, rule validation, overrides and globs.
//
// Checks: a configuration is loaded or refused with an error at a place inside the file; a configuration that
// passes validation resolves for a path and lints a short document with its settings without breaking the range
// invariants.
import CareLint

private let linter = Linter()
private let sample = SourceDocument(path: "docs/a/page.md", text: "# Care\n\nPatients should call us in order to ask, e.g. about the hepatic tumor.\n", format: .markdown)
private let paths = ["docs/a/page.md", "page.md", "a/b/c/d.txt", "docs/", "x.html", "é/ü.md"]

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = input(data, size)
    let configuration: Configuration
    do {
        configuration = try ConfigurationLoader.parse(bytes, path: "/repo/.carelint.json")
    } catch {
        require(error.file == "/repo/.carelint.json", "error names another file: \(error)")
        requireInputError(error, file: bytes)
        return 0
    }
    let problems = ConfigurationLoader.validateRules(configuration, against: linter.rules.map(\.description))
    for problem in problems { requireInputError(problem, file: bytes) }
    for pattern in configuration.ignore + configuration.overrides.flatMap(\.files) {
        let glob = Glob(pattern)
        for path in paths { _ = glob.matches(path) }
    }
    guard problems.isEmpty else { return 0 }
    let resolved = ResolvedConfiguration(configuration, relativePath: "docs/a/page.md")
    for diagnostic in linter.lint(sample, configuration: resolved) {
        requireRange(diagnostic.range, in: sample.bytes, "\(diagnostic.rule) range")
        for fix in diagnostic.fixes { for edit in fix.edits { requireRange(edit.range, in: sample.bytes, "\(diagnostic.rule) fix") } }
    }
    return 0
}
