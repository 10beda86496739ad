import Testing
@testable import CareLint

/// `vocab/jargon`'s two tiers: hard words at the configured severity, words readers know (with a plainer word) as
/// suggestions at info; and the page's topic, which neither tier flags.
@Suite("Jargon: the familiar tier and the page's topic")
struct FamiliarTierTests {
    /// The jargon findings of `text` with the rule at `severity`.
    private func jargon(_ text: String, severity: SeveritySetting = .warning, options: [String: RuleOptionValue] = [:]) -> [Diagnostic] {
        let linter = Linter()
        var configuration = ResolvedConfiguration(locale: "en-US")
        for rule in linter.rules where rule.description.id != "vocab/jargon" { configuration.severities[rule.description.id] = .off }
        configuration.severities["vocab/jargon"] = severity
        configuration.options["vocab/jargon"] = options
        return linter.lint(SourceDocument(path: "page.md", text: text), configuration: configuration)
    }

    @Test("A word readers know with a plainer one is an info suggestion: message, range, unsafe fix")
    func familiarWord() throws {
        let found = jargon("The pain is in your abdomen.")
        #expect(found.count == 1)
        let finding = try #require(found.first)
        #expect(finding.range == 20..<27)
        #expect(finding.severity == .info)
        #expect(finding.message == "Most readers know \"abdomen\"; \"belly\" is plainer.")
        #expect(finding.fixes.map(\.isSafe) == [false])
        #expect(finding.fixes.first?.edits.first?.newText == "belly")
        #expect(JargonRule.isFamiliar(finding))
    }

    @Test("The configured severity applies to hard words; the familiar tier stays at info")
    func severities() {
        let text = "The hepatic vein is near your abdomen."
        #expect(jargon(text, severity: .error).map(\.range.lowerBound) == [4, 30])
        #expect(jargon(text, severity: .error).map(\.severity) == [.error, .info])
        #expect(jargon(text, severity: .warning).map(\.severity) == [.warning, .info])
        #expect(jargon(text, severity: .info).map(\.severity) == [.info, .info])
        #expect(jargon(text, severity: .off).isEmpty)
        // The hard word is not a familiar-tier finding.
        #expect(jargon(text).map(JargonRule.isFamiliar) == [false, true])
    }

    @Test("familiarWords: false turns the familiar tier off and leaves the hard words")
    func optionOff() {
        let found = jargon("The hepatic vein is near your abdomen.", options: ["familiarWords": .bool(false)])
        #expect(found.map(\.range.lowerBound) == [4])
        #expect(found.first?.severity == .warning)
    }

    @Test("Each tier reports only the first unexplained use, and explanations count for the familiar tier too")
    func firstUseAndExplained() {
        #expect(jargon("Your abdomen hurts. The abdomen is sore.").map(\.range.lowerBound) == [5])
        #expect(jargon("Your abdomen (belly) hurts.").isEmpty)
    }

    @Test("A name whose only medical word is familiar is not flagged; a name with a hard word is")
    func familiarWordInName() {
        #expect(jargon("CT scans can show bowel obstruction.").isEmpty)
    }

    @Test("The page's topic, every word of it in the title, is not flagged by either tier")
    func topic() {
        #expect(jargon("# Renal artery stenosis\n\nA narrow renal artery can raise blood pressure.").isEmpty)
        // The same sentence under another title: the hard word is flagged.
        let found = jargon("# Blood pressure\n\nA narrow renal artery can raise blood pressure.")
        #expect(found.map(\.range.lowerBound) == [27])
        #expect(found.first?.severity == .warning)
        #expect(jargon("# Abdominal wall defects\n\nAn abdominal wall defect is an opening in the belly.").isEmpty)
    }
}
