import Testing
@testable import CareLint

@Suite("Spelling rules")
struct SpellingRulesTests {
    func unknown(_ text: String, locale: String = "en-US", linter: Linter = Linter()) -> [String] {
        let (diagnostics, plain, _) = lint(text, only: "spelling/unknown-word", locale: locale, linter: linter)
        return diagnostics.map { slice(plain, $0.range) }
    }

    @Test("An accepted word matches whichever curly quote the text writes as its apostrophe")
    func acceptedApostrophes() throws {
        var written = Configuration()
        written.accept = ["Zorbly‘s"] // stored and looked up through the same normaliser
        let configuration = ResolvedConfiguration(written, relativePath: "page.md")
        for text in ["Ask about Zorbly’s plan today.", "Ask about Zorbly‘s plan today.", "Ask about Zorbly's plan today."] {
            let source = try #require(SourceDocument(path: "page.md", bytes: Array(text.utf8)))
            let findings = Linter().lint(source, configuration: configuration).filter { $0.rule == "spelling/unknown-word" }
            #expect(findings.isEmpty, "\(text)")
        }
        #expect("it‘s, it’s".replacingApostrophes == "it's, it's")
    }

    @Test("Typos are flagged with suggestions by edit distance")
    func typos() {
        let (diagnostics, _, _) = lint("The team is pretigious.", only: "spelling/unknown-word")
        #expect(diagnostics.map(\.message) == ["\"pretigious\" is not in the dictionary; did you mean \"prestigious\"?"])
        #expect(diagnostics.first?.fixes.first?.isSafe == false)
        #expect(unknown("Cureently we treat colorectal cancer with histotripsy.") == ["Cureently"])
        // One edit away without the whole-list index; frequent words first.
        #expect(SpellingSuggestions.suggestions(for: "thr", in: WordList.builtIn(locale: "en-US")).first == "the")
        #expect(SpellingSuggestions.suggestions(for: "Recieve", in: WordList.builtIn(locale: "en-US")).first == "Receive")
        // Two edits away in a long word: the index.
        #expect(SpellingSuggestions.suggestions(for: "tretmentss", in: WordList.builtIn(locale: "en-US")).contains("treatments"))
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

    @Test("The locale's list is used; the other locale's spelling is named as such, with the swap first")
    func locale() {
        // A vocabulary without locale spellings, so that this rule, not spelling/locale, sees them.
        let linter = StyleRuleTestPack.linter
        #expect(unknown("The tumour is small.", locale: "en-GB", linter: linter) == [])
        #expect(unknown("The color is odd.", locale: "en-GB", linter: linter) == ["color"])
        let (diagnostics, _, _) = lint("The liver cannot metabolise fat.", only: "spelling/unknown-word", linter: linter)
        #expect(diagnostics.map(\.message) == ["\"metabolise\" is the British spelling and the document's locale is en-US; did you mean \"metabolize\"?"])
    }

    @Test("Hyphenated words with prefixes; runs of capitalized words and repeated capitalized words are names")
    func compoundsAndNames() {
        #expect(unknown("Tell your co-workers about self-care.") == [])
        #expect(unknown("Zorbly Health has advice. We like it.") == [])
        #expect(unknown("Zorbly helps. Zorbly is free.") == [])
        #expect(unknown("Zorbly helps. A zorbly is free.") == ["Zorbly", "zorbly"])
        #expect(unknown("## Zorbly Help") == ["Zorbly"])
    }

    @Test("Reference lists are not spell-checked: under a heading, after a label line, or as citation items")
    func references() {
        #expect(unknown("## Sources\n\nQwertz J. Zorbly study. Zorb Med. 2020.") == [])
        #expect(unknown("Article sources\n\nWe cite studies.\n\n1. Qwertz J, Blorp K. Zorbly study.\n2. Blorp K. Zorbly again.\n\nThe qwertz end.", locale: "en-US").count == 1)
        #expect(unknown("1. Qwertz JL, Blorp K. Zorbly study.\n2. Narf et al. Blorp.\n3. Narfy doi:10.1/x") == [])
    }

    @Test("Repeated words: across a line break, not across punctuation or sentences")
    func repeated() {
        let (diagnostics, plain, _) = lint("Ask your your nurse.\nIt is very, very rare. Go go. Stop. Stop.", only: "spelling/repeated-word")
        #expect(diagnostics.map { slice(plain, $0.range) } == ["your your", "Go go"])
        let fixed = FixApplier.applyFirstFixes(of: diagnostics, to: Array(plain.utf8))
        #expect(String(decoding: fixed.bytes, as: UTF8.self) == "Ask your nurse.\nIt is very, very rare. Go. Stop. Stop.")
    }
}

@Suite("Unknown words on real health pages")
struct UnknownWordMedicalTests {
    func unknown(_ text: String) -> [String] {
        let (diagnostics, plain, _) = lint(text, only: "spelling/unknown-word")
        return diagnostics.map { slice(plain, $0.range) }
    }

    @Test("Medical words of the lexicon, their plurals and regular formations are known")
    func medicalWords() {
        #expect(unknown("The endometrial lining, the ureters, the fallopian tubes and cerebrospinal fluid.") == [])
        #expect(unknown("Sarcoidosis and prediabetes; androgens and radiosensitizers; piebaldism, prolactinomas.") == [])
        #expect(unknown("A nonsyndromic form, a tubelike organ and foodborne illness.") == [])
    }

    @Test("Symbols, units and pronunciation guides are not spelled")
    func symbols() {
        #expect(unknown("Levels of hGH, hCG and mTOR in mg/dL or mmHg.") == [])
        #expect(unknown("Cirrhosis (sir-RO-sis) and emphysema (em-fi-SE-ma) are named here.") == [])
    }

    @Test("A lost apostrophe or space is reported with the restored form first")
    func gluedAndApostrophes() {
        let (diagnostics, _, _) = lint("The bodys energyand the child doesnt rest.", only: "spelling/unknown-word")
        #expect(diagnostics.map(\.message) == [
            "\"bodys\" is not in the dictionary; did you mean \"body's\"?",
            "\"energyand\" is not in the dictionary; did you mean \"energy and\"?",
            "\"doesnt\" is not in the dictionary; did you mean \"doesn't\"?",
        ])
        #expect(unknown("The childs rest.") == ["childs"])
        let words = WordList.builtIn(locale: "en-US")
        #expect(LostCharacters.restoreApostrophe("youre", words) == "you're")
        #expect(LostCharacters.restoreApostrophe("theyve", words) == "they've")
    }

    @Test("Two general words glued together get the split first; a medical word is not cut into look-alikes")
    func gluedContentWords() {
        let (diagnostics, _, _) = lint("The nurse who reads the chartexplains the plan.", only: "spelling/unknown-word")
        #expect(diagnostics.map(\.message) == ["\"chartexplains\" is not in the dictionary; did you mean \"chart explains\"?"])
        #expect(LostCharacters.splitGlued("ileoanal", WordList.builtIn(locale: "en-US")) == nil)
        // An article glued after a word ("radiologista") is split off; a prefix-like word ("in") is never cut off
        // the front of a real word.
        #expect(LostCharacters.splitGlued("radiologista", WordList.builtIn(locale: "en-US")) == "radiologist a")
        #expect(LostCharacters.splitGlued("inactivators", WordList.builtIn(locale: "en-US")) == nil)
    }

    @Test("The Latin species word after a genus or its initial is not an unknown word; a glued word after a genus is")
    func speciesEpithets() {
        #expect(unknown("Ticks spread Borrelia mayonii and Ehrlichia muris; T. taeniaeformis lives in cats.") == [])
        #expect(unknown("Ticks spread Ehrlichia diseasesthe fast.") == ["diseasesthe"])
    }
}
