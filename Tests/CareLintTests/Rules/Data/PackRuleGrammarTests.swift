import Testing
@testable import CareLint

/// Replacements of data rules fitted to their sentence, on a small pack of our own.
@Suite("Data rules: grammar of replacements")
struct PackRuleGrammarTests {
    static let json = #"""
    {"name": "test-grammar",
     "lists": {"test/claim:topic": ["treatment", "drug"]},
     "rules": [
       {"id": "test/pronoun", "kind": "substitution", "severity": "warning", "summary": "s", "message": "Write \"{replacement}\" instead of \"{match}\".",
        "entries": [{"pattern": "he or she", "replacement": "they"}]},
       {"id": "test/person", "kind": "substitution", "severity": "warning", "summary": "s", "message": "m",
        "entries": [{"pattern": "cancer patients", "replacement": "people with cancer"}, {"pattern": "diabetic patients", "replacement": "people with diabetes"}]},
       {"id": "test/latin", "kind": "substitution", "severity": "warning", "summary": "s", "message": "m",
        "entries": [{"pattern": "etc", "replacement": "and so on"}]},
       {"id": "test/claim", "kind": "existence", "severity": "warning", "summary": "s", "message": "m",
        "entries": [{"pattern": "always"}]}
     ]}
    """#

    static let linter: Linter = {
        // The fixture is part of the tests: a failure to load it is a broken test, not a result.
        Linter(vocabulary: try! VocabularyLoader.load([PackSource(file: "test-grammar.json", bytes: Array(json.utf8))]))
    }()

    /// The first fix of the only finding of `rule`: the text it gives and whether it is safe.
    func fix(_ text: String, _ rule: String) throws -> (text: String, safe: Bool) {
        let diagnostics = lint(text, only: rule, linter: Self.linter).diagnostics
        try #require(diagnostics.count == 1, "\(diagnostics.map(\.message))")
        let fix = try #require(diagnostics[0].fixes.first)
        let fixed = FixApplier.applyFirstFixes(of: diagnostics, to: Array(text.utf8))
        return (String(decoding: fixed.bytes, as: UTF8.self), fix.isSafe)
    }

    @Test("\"they\" agrees the verb after it, across one adverb, and says so in the message")
    func verbAgreement() throws {
        #expect(try fix("Then he or she repairs it.", "test/pronoun") == ("Then they repair it.", true))
        #expect(try fix("He or she carries it.", "test/pronoun") == ("They carry it.", true))
        #expect(try fix("Then he or she often watches.", "test/pronoun") == ("Then they often watch.", true))
        #expect(try fix("Ask if he or she is ready.", "test/pronoun") == ("Ask if they are ready.", true))
        #expect(try fix("Ask if he or she doesn't know.", "test/pronoun") == ("Ask if they don't know.", true))
        #expect(lint("Then he or she repairs it.", only: "test/pronoun", linter: Self.linter).diagnostics.first?.message
            == "Write \"they repair\" instead of \"he or she repairs\".")
    }

    @Test("A modal or a past tense needs no change; an unknown next word makes the fix a suggestion")
    func verbUnchanged() throws {
        #expect(try fix("Then he or she may call.", "test/pronoun") == ("Then they may call.", true))
        #expect(try fix("Then he or she called.", "test/pronoun") == ("Then they called.", true))
        #expect(try fix("Say what he or she.", "test/pronoun") == ("Say what they.", false))
        #expect(try fix("Then he or she gently hum.", "test/pronoun").safe == false)
    }

    @Test("A reordering moves the words in front of the condition with it, as a suggestion")
    func personFirst() throws {
        #expect(try fix("Many skin cancer patients heal.", "test/person") == ("Many people with skin cancer heal.", false))
        #expect(try fix("Skin cancer patients heal.", "test/person") == ("People with skin cancer heal.", false))
        #expect(try fix("Many cancer patients heal.", "test/person") == ("Many people with cancer heal.", true))
        #expect(try fix("Older diabetic patients heal.", "test/person") == ("Older people with diabetes heal.", true))
        let diagnostics = lint("Many skin cancer patients heal.", only: "test/person", linter: Self.linter).diagnostics
        #expect(diagnostics.map(\.range) == [5..<25])
    }

    @Test("An abbreviation takes its period along inside a sentence, not at its end")
    func abbreviationPeriod() throws {
        #expect(try fix("Pens, paper, etc., go here.", "test/latin") == ("Pens, paper, and so on, go here.", true))
        #expect(try fix("Pens, paper, etc. and ink.", "test/latin") == ("Pens, paper, and so on and ink.", true))
        #expect(try fix("Bring pens, paper, etc.", "test/latin") == ("Bring pens, paper, and so on.", true))
    }

    @Test("A rule with a topic list fires only in sentences on the topic")
    func topic() {
        #expect(lint("This treatment always works.", only: "test/claim", linter: Self.linter).diagnostics.map(\.range) == [15..<21])
        #expect(lint("The nurse is always there.", only: "test/claim", linter: Self.linter).diagnostics.isEmpty)
    }
}

/// Inline web residue and glued footnote numbers of a whole-block rule, on a small pack of our own.
@Suite("Data rules: inline web residue")
struct InlineResidueTests {
    static let json = #"""
    {"name": "test-residue",
     "lists": {"test/residue:inline": ["click here"]},
     "rules": [
       {"id": "test/residue", "kind": "existence", "severity": "warning", "summary": "s", "message": "m", "wholeBlock": true,
        "entries": [{"pattern": "Home"}]}
     ]}
    """#

    static let linter: Linter = {
        // The fixture is part of the tests: a failure to load it is a broken test, not a result.
        Linter(vocabulary: try! VocabularyLoader.load([PackSource(file: "test-residue.json", bytes: Array(json.utf8))]))
    }()

    func findings(_ text: String) -> [Diagnostic] { lint(text, only: "test/residue", linter: Self.linter).diagnostics }

    @Test("An inline pattern is flagged where it stands, without a fix")
    func inline() {
        let diagnostics = findings("For the form, click here today.")
        #expect(diagnostics.map(\.range) == [14..<24])
        #expect(diagnostics.first?.message == "\"click here\" is left over from a web page; remove it or say it in words that work on paper.")
        #expect(diagnostics.first?.fixes == [])
    }

    @Test("A footnote number glued to a word is flagged with a suggested removal; decimals and versions pass")
    func footnote() {
        let text = "It affects one baby in a thousand.2 Most recover."
        let diagnostics = findings(text)
        #expect(diagnostics.map(\.range) == [25..<35])
        #expect(diagnostics.first?.fixes.first?.isSafe == false)
        let fixed = FixApplier.applyFirstFixes(of: diagnostics, to: Array(text.utf8))
        #expect(String(decoding: fixed.bytes, as: UTF8.self) == "It affects one baby in a thousand. Most recover.")
        #expect(findings("Take 2.5 mL. See part 3.1 of the leaflet. Call us at 4.").isEmpty)
    }

    @Test("A whole-block pattern in a table cell is the table's text")
    func tableCell() {
        #expect(findings("| Page | Visits |\n|---|---|\n| Home | 12 |\n").isEmpty)
        #expect(findings("Text.\n\nHome\n").count == 1)
    }
}
