import Testing
@testable import CareLint

@Suite("Spelling rules")
struct SpellingRulesTests {
    func unknown(_ text: String, locale: String = "en-US", linter: Linter = Linter()) -> [String] {
        let (diagnostics, plain, _) = lint(text, only: "spelling/unknown-word", locale: locale, linter: linter)
        return diagnostics.map { slice(plain, $0.range) }
    }

    @Test("Typos are flagged with suggestions by edit distance")
    func typos() {
        let (diagnostics, _, _) = lint("The team is pretigious.", only: "spelling/unknown-word")
        #expect(diagnostics.map(\.message) == ["\"pretigious\" is not in the dictionary; did you mean \"prestigious\"?"])
        #expect(diagnostics.first?.fixes.first?.isSafe == false)
        #expect(unknown("Cureently we treat colorectal cancer with histotripsy.") == ["Cureently"])
    }

    @Test("Skipped: links, domains, numbers, acronyms, words with digits, names, abbreviations")
    func skipped() {
        #expect(unknown("Visit portal.myclinic.health or https://x.example/zzqq or mail zzqq@example.org.") == [])
        #expect(unknown("Take 2x daily. Ask about TACE, HCC and COVID-19. See the FAQs.") == [])
        #expect(unknown("Dr. Abbruzzese works at Westbourne Hospital. Abbruzzese is kind.") == [])
        #expect(unknown("It is rare, i.e. uncommon, e.g. one in a million.") == [])
        #expect(unknown("Café and naïve are fine.") == [])
    }

    @Test("Accepted words and vocabulary words are known")
    func accepted() {
        var configuration = ResolvedConfiguration()
        configuration.accepted = ["zzqqword"]
        let linter = Linter()
        for rule in linter.rules where rule.description.id != "spelling/unknown-word" { configuration.severities[rule.description.id] = .off }
        let diagnostics = linter.lint(SourceDocument(path: "a.md", text: "A zzqqword here.", format: .markdown), configuration: configuration)
        #expect(diagnostics.isEmpty)
        #expect(unknown("We ask caregivers.", linter: StyleRuleTestPack.linter) == [])
    }

    @Test("The locale's list is used")
    func locale() {
        #expect(unknown("The tumour is small.", locale: "en-GB") == [])
        #expect(unknown("The color is odd.", locale: "en-GB") == ["color"])
    }

    @Test("Repeated words: across a line break, not across punctuation or sentences")
    func repeated() {
        let (diagnostics, plain, _) = lint("Ask your your nurse.\nIt is very, very rare. Go go. Stop. Stop.", only: "spelling/repeated-word")
        #expect(diagnostics.map { slice(plain, $0.range) } == ["your your", "Go go"])
        let fixed = FixApplier.applyFirstFixes(of: diagnostics, to: Array(plain.utf8))
        #expect(String(decoding: fixed.bytes, as: UTF8.self) == "Ask your nurse.\nIt is very, very rare. Go. Stop. Stop.")
    }
}
