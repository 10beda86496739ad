import Testing
@testable import CareLint

@Suite("structure/required-section")
struct RequiredSectionRuleTests {
    func findings(_ text: String, template: [String: [String]]? = nil) -> [Diagnostic] {
        let linter = StyleRuleTestPack.linter
        var configuration = ResolvedConfiguration()
        for rule in linter.rules where rule.description.id != "structure/required-section" { configuration.severities[rule.description.id] = .off }
        configuration.template = template
        return linter.lint(SourceDocument(path: "a.md", text: text, format: .markdown), configuration: configuration)
    }

    static let condition = "---\ntype: condition\n---\n# Liver metastases\n\n## Symptoms\n\nTired.\n\n"

    @Test("A missing section is reported at the type, named by its first heading synonym")
    func missing() {
        let diagnostics = findings(Self.condition + "## How is it treated?\n\nSurgery.")
        #expect(diagnostics.map(\.range) == [10..<19])
        #expect(diagnostics.map(\.message) == ["A \"condition\" document needs a section on \"when to call your provider\"; add a heading such as \"When to call your provider\"."])
    }

    @Test("Synonyms match inside longer headings, across case and punctuation")
    func synonyms() {
        #expect(findings(Self.condition + "## Treatment options\n\nSurgery.\n\n## When Should I Seek Care?\n\nCall us.").isEmpty)
        #expect(findings(Self.condition + "## Treatment\n\nSurgery.\n\n## When to contact a medical professional\n\nCall.").isEmpty)
    }

    @Test("The configuration's template replaces the pack's, with section names or heading texts")
    func configured() {
        let text = "---\ntype: condition\n---\n# Title\n\n## Symptoms\n\nTired.\n\n## Outlook\n\nGood."
        #expect(findings(text, template: ["condition": ["symptoms", "Outlook"]]).isEmpty)
        #expect(findings(text, template: ["condition": ["Living with cancer"]]).map(\.message) == [
            "A \"condition\" document needs a section on \"Living with cancer\"; add a heading such as \"Living with cancer\".",
        ])
    }

    @Test("No type or an unknown type: nothing to check")
    func noTemplate() {
        #expect(findings("# Title\n\nText.").isEmpty)
        #expect(findings("---\ntype: recipe\n---\n# Title\n\nText.").isEmpty)
    }
}
