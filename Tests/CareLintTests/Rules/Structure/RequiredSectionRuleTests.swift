import Foundation
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

    @Test("Prose before the first subheading is the introduction section; a phrase ending in a function word reads as open")
    func introduction() {
        let pack = #"{"name": "t", "lists": {"section-what-is": ["what is", "overview", "introduction"], "section-symptoms": ["symptoms"], "template-condition": ["what-is", "symptoms"]}}"#
        let vocabulary = try! VocabularyLoader.load([PackSource(file: "t.json", bytes: Array(pack.utf8))])
        let linter = Linter(vocabulary: vocabulary, rules: [RequiredSectionRule()])
        func messages(_ text: String) -> [String] {
            linter.lint(SourceDocument(path: "a.md", text: text, format: .markdown)).map(\.message)
        }
        #expect(messages("---\ntype: condition\n---\n# Title\n\nAn introduction.\n\n## Symptoms\n\nTired.").isEmpty)
        #expect(messages("---\ntype: condition\n---\n# Title\n\n## Symptoms\n\nTired.") == [
            "A \"condition\" document needs a section on \"what is …\"; add a heading such as \"What is …\".",
        ])
    }

    @Test("No type or an unknown type: nothing to check")
    func noTemplate() {
        #expect(findings("# Title\n\nText.").isEmpty)
        #expect(findings("---\ntype: recipe\n---\n# Title\n\nText.").isEmpty)
    }
}

@Suite("structure/required-section, sections built once")
struct RequiredSectionCacheTests {
    @Test("One linter, documents of two types and two templates: each gets its own sections")
    func perTypeAndTemplate() {
        let linter = StyleRuleTestPack.linter
        var configuration = ResolvedConfiguration()
        for rule in linter.rules where rule.description.id != "structure/required-section" { configuration.severities[rule.description.id] = .off }
        let text = "---\ntype: condition\n---\n# Title\n\n## Symptoms\n\nTired.\n\n## Outlook\n\nGood."
        func messages(_ template: [String: [String]]?, _ text: String) -> [String] {
            var settings = configuration
            settings.template = template
            return linter.lint(SourceDocument(path: "a.md", text: text, format: .markdown), configuration: settings).map(\.message)
        }
        for _ in 0..<2 {
            #expect(messages(["condition": ["symptoms", "Outlook"]], text).isEmpty)
            #expect(messages(["condition": ["Living with cancer"]], text) == [
                "A \"condition\" document needs a section on \"Living with cancer\"; add a heading such as \"Living with cancer\".",
            ])
            #expect(messages(["Condition": ["Diet"]], text) == [
                "A \"condition\" document needs a section on \"Diet\"; add a heading such as \"Diet\".",
            ])
            #expect(messages(["condition": ["symptoms"]], text.replacingOccurrences(of: "type: condition", with: "type: recipe")).isEmpty)
        }
        let cache = SectionCache()
        let sections = cache.sections(type: "Condition", vocabulary: linter.vocabulary, configuration: configuration)
        let again = cache.sections(type: "condition", vocabulary: linter.vocabulary, configuration: configuration)
        #expect(sections?.map(\.name) == again?.map(\.name))
        #expect(sections?.map(\.name) == RequiredSectionRule.requiredSections(type: "condition", vocabulary: linter.vocabulary, configuration: configuration)?.map(\.name))
        #expect(sections?.map(\.needles) == RequiredSectionRule.requiredSections(type: "condition", vocabulary: linter.vocabulary, configuration: configuration)?
            .map { $0.phrases.map { Array((" " + $0 + " ").utf8) } })
    }
}
