import Testing
@testable import CareLint

private func parse(_ json: String) -> Result<Configuration, InputError> {
    do { return .success(try ConfigurationLoader.parse(Array(json.utf8), path: "/repo/.carelint.json")) } catch { return .failure(error) }
}

private func message(_ json: String) -> String? {
    if case .failure(let error) = parse(json) { return error.description }
    return nil
}

@Suite("Configuration")
struct ConfigurationTests {
    @Test("The default configuration equals decoding {}")
    func defaults() throws {
        let decoded = try parse("{}").get()
        #expect(decoded.locale == nil && decoded.rules.isEmpty && decoded.accept.isEmpty && decoded.overrides.isEmpty)
        let resolved = ResolvedConfiguration(decoded, relativePath: "a.md")
        #expect(resolved.locale == "en-US" && resolved.readingGrade == 8 && resolved.severities.isEmpty)
    }

    @Test("Unknown keys name the file, the key and the nearest valid one")
    func unknownKey() {
        #expect(message("{\n  \"locle\": \"en-GB\"\n}") == "/repo/.carelint.json:2:3: error: unknown key \"locle\"; did you mean \"locale\"?")
        #expect(message(#"{"overrides": [{"files": ["*.md"], "ignore": ["x"]}]}"#) ==
            "/repo/.carelint.json:1:36: error: \"ignore\" cannot be set in an override; set it at the top level")
    }

    @Test("Wrong values say what is expected")
    func wrongValues() {
        #expect(message(#"{"locale": "fr-FR"}"#) == "/repo/.carelint.json:1:12: error: unsupported locale \"fr-FR\"; expected \"en-US\" or \"en-GB\"")
        #expect(message(#"{"rules": {"vocab/jargon": "warn"}}"#) ==
            "/repo/.carelint.json:1:28: error: unknown severity \"warn\"; expected \"error\", \"warning\", \"info\" or \"off\" (did you mean \"warning\"?)")
        #expect(message(#"{"ignore": ["drafts/[a"]}"#) == "/repo/.carelint.json:1:13: error: unclosed '[' in the glob \"drafts/[a\"; close the character class with ']'")
    }

    @Test("Unknown rule ids and options are errors with the nearest valid name")
    func ruleIDs() throws {
        let configuration = try parse(#"{"rules": {"vocab/jargn": "off", "vocab/acronym": {"severity": "info", "maxWords": 3}}}"#).get()
        let errors = ConfigurationLoader.validateRules(configuration, against: Linter().rules.map(\.description)).map(\.description)
        #expect(errors == [
            "/repo/.carelint.json:1:12: error: unknown rule \"vocab/jargn\"; did you mean \"vocab/jargon\"?",
            "/repo/.carelint.json:1:72: error: rule \"vocab/acronym\" has no option \"maxWords\"; it takes only \"severity\"",
        ])
    }

    @Test("acronyms: known and ignored acronyms are read, upper-cased, and vocab/acronym leaves them alone")
    func acronyms() throws {
        let configuration = try parse(#"{"acronyms": {"known": ["bmi"], "ignore": ["WXYZ"]}}"#).get()
        #expect(configuration.acronyms == AcronymSettings(known: ["bmi"], ignore: ["WXYZ"]))
        let resolved = ResolvedConfiguration(configuration, relativePath: "a.md")
        #expect(resolved.acronyms == ["BMI", "WXYZ"])
        let source = SourceDocument(path: "a.md", text: "Ask about your BMI and the WXYZ code and the QRST code.", format: .markdown)
        let found = Linter().lint(source, configuration: resolved).filter { $0.rule == "vocab/acronym" }
        #expect(found.map(\.message) == ["Spell out \"QRST\" where it is first used, as \"full name (QRST)\"."])
        #expect(message(#"{"acronyms": ["BMI"]}"#) == "/repo/.carelint.json:1:14: error: \"acronyms\" must be an object such as {\"known\": [\"BMI\"], \"ignore\": [\"NIH\"]}")
        #expect(message(#"{"acronyms": {"known": ["BMI"], "skip": []}}"#) == "/repo/.carelint.json:1:33: error: unknown key \"skip\" in \"acronyms\"; expected \"known\" or \"ignore\"")
    }

    @Test("Overrides apply to matching files, in order")
    func overrides() throws {
        let configuration = try parse(#"{"locale": "en-GB", "rules": {"vocab/jargon": "error"}, "overrides": [{"files": ["drafts/**/*.md"], "locale": "en-US", "rules": {"vocab/jargon": "off"}}]}"#).get()
        let draft = ResolvedConfiguration(configuration, relativePath: "drafts/2026/liver.md")
        let page = ResolvedConfiguration(configuration, relativePath: "pages/liver.md")
        #expect(draft.locale == "en-US" && draft.severities["vocab/jargon"] == .off)
        #expect(page.locale == "en-GB" && page.severities["vocab/jargon"] == .error)
    }

    @Test("Globs", arguments: [
        ("*.md", "a/b/c.md", true), ("drafts/*.md", "drafts/a.md", true), ("drafts/*.md", "drafts/x/a.md", false),
        ("drafts/**/*.md", "drafts/a.md", true), ("drafts/", "drafts/x/y.txt", true), ("[ab].md", "c.md", false),
        ("?.md", "a.md", true), ("**/old-*", "x/y/old-page.html", true),
    ])
    func globs(_ pattern: String, _ path: String, _ expected: Bool) {
        #expect(Glob(pattern).matches(path) == expected)
    }
}

@Suite("Suppression comments")
struct SuppressionTests {
    @Test("disable-next-line, disable/enable ranges and unknown ids")
    func directives() {
        let text = """
        <!-- carelint-disable-next-line vocab/jargon -->
        The hepatic tissue.
        The hepatic vein. <!-- carelint-disable -->
        The hepatic duct.
        <!-- carelint-enable -->
        Hepatic cells. <!-- carelint-disable vocab/jargn -->
        """
        let linter = Linter()
        var configuration = ResolvedConfiguration()
        configuration.severities["vocab/jargon"] = .warning
        let diagnostics = linter.lint(SourceDocument(path: "a.md", text: text), configuration: configuration)
        let unknown = diagnostics.filter { $0.rule == "carelint/unknown-rule" }
        #expect(unknown.map(\.message) == ["Unknown rule \"vocab/jargn\" in a carelint comment; did you mean \"vocab/jargon\"?"])
        #expect(unknown.first.map { slice(text, $0.range) } == "vocab/jargn")
    }

    @Test("a disable comment before any prose covers findings about the whole document; after prose it does not")
    func disableBeforeProse() {
        var configuration = ResolvedConfiguration()
        configuration.severities["structure/review-date"] = .warning
        func reviewDate(_ text: String) -> Int {
            Linter().lint(SourceDocument(path: "a.md", text: text), configuration: configuration).filter { $0.rule == "structure/review-date" }.count
        }
        let front = "---\nreviewed: 2019-05-02\n---\n"
        #expect(reviewDate(front + "# Care\n\nRest at home.\n") == 1)
        #expect(reviewDate(front + "<!-- carelint-disable structure/review-date -->\n# Care\n\nRest at home.\n") == 0)
        #expect(reviewDate(front + "# Care\n\n<!-- carelint-disable structure/review-date -->\nRest at home.\n") == 1)
    }
}
