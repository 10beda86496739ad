import Testing
@testable import CareLint

/// One finding per problem (`Linter.dropSuperseded`, docs/supersession.md): a finding drops the findings of the rules
/// its description lists where the ranges nest.
@Suite("Supersession: nested findings of listed rules")
struct SupersessionTests {
    func finding(_ rule: String, _ range: ByteRange) -> Diagnostic {
        Diagnostic(rule: rule, severity: .warning, message: rule, range: range)
    }

    /// Two sentences, 0..<40 and 41..<80.
    static let sentences = [
        Sentence(tokens: 0..<8, range: 0..<40, block: 0),
        Sentence(tokens: 8..<16, range: 41..<80, block: 0),
    ]

    func survivors(_ findings: [Diagnostic]) -> [String] {
        var diagnostics = findings
        Linter.dropSuperseded(&diagnostics, supersedes: ["w": ["a", "b"]], sentences: Self.sentences)
        return diagnostics.map { "\($0.rule)@\($0.range.lowerBound)..<\($0.range.upperBound)" }
    }

    @Test("A listed finding inside the winner, or on the same text, is dropped")
    func inside() {
        #expect(survivors([finding("w", 10..<30), finding("a", 12..<20), finding("b", 10..<30), finding("a", 31..<35)])
            == ["w@10..<30", "a@31..<35"])
    }

    @Test("A listed finding around the winner is dropped only up to the winner's sentence")
    func around() {
        #expect(survivors([finding("w", 10..<20), finding("a", 0..<40)]) == ["w@10..<20"])
        // The finding spans both sentences (a paragraph): it says more than the winner.
        #expect(survivors([finding("w", 10..<20), finding("a", 0..<80)]) == ["w@10..<20", "a@0..<80"])
    }

    @Test("Ranges that cross without nesting, unlisted rules and the winner's own rule are kept")
    func kept() {
        // A footnote glued across the end of the first sentence: neither sentence is dropped.
        #expect(survivors([finding("w", 36..<42), finding("a", 0..<40), finding("a", 41..<80)])
            == ["w@36..<42", "a@0..<40", "a@41..<80"])
        // Nor is a finding inside a winner that starts inside one sentence and ends inside the next.
        #expect(survivors([finding("w", 36..<42), finding("a", 36..<39)]) == ["w@36..<42", "a@36..<39"])
        #expect(survivors([finding("w", 10..<20), finding("c", 10..<20), finding("w", 0..<40)])
            == ["w@10..<20", "c@10..<20", "w@0..<40"])
    }

    @Test("A winner over whole sentences drops what lies inside it")
    func wholeSentences() {
        #expect(survivors([finding("w", 0..<80), finding("a", 45..<50), finding("b", 0..<40)]) == ["w@0..<80"])
    }

    @Test("A wide winner far before the finding still counts; one after it does not")
    func order() {
        #expect(survivors([finding("w", 0..<40), finding("w", 41..<42), finding("a", 39..<40), finding("a", 60..<70)])
            == ["w@0..<40", "w@41..<42", "a@60..<70"])
    }

    static let json = #"""
    {"name": "test-supersede",
     "lists": {"test/residue:inline": ["refine the search"]},
     "rules": [
       {"id": "test/residue", "kind": "existence", "severity": "warning", "summary": "s", "message": "m", "wholeBlock": true,
        "supersedes": ["readability/long-sentence", "readability/long-paragraph", "spelling/unknown-word", "test/wordy"],
        "entries": [{"pattern": "Go to the zorblat page"}]},
       {"id": "test/wordy", "kind": "substitution", "severity": "warning", "summary": "s", "message": "m",
        "entries": [{"pattern": "required", "replacement": "needed"}]}
     ]}
    """#

    static let linter: Linter = {
        // The fixture is part of the tests: a failure to load it is a broken test, not a result.
        Linter(vocabulary: try! VocabularyLoader.load([PackSource(file: "test-supersede.json", bytes: Array(json.utf8))]))
    }()

    func rules(_ text: String, options: [String: [String: RuleOptionValue]] = [:]) -> [String] {
        var configuration = ResolvedConfiguration()
        for rule in Self.linter.rules {
            let id = rule.description.id
            configuration.severities[id] = ["test/residue", "readability/long-sentence", "readability/long-paragraph", "spelling/unknown-word", "test/wordy"]
                .contains(id) ? .warning : .off
        }
        configuration.options = options
        let diagnostics = Self.linter.lint(SourceDocument(path: "a.md", text: text, format: .markdown), configuration: configuration)
        return diagnostics.map { "\($0.rule)@\($0.range.lowerBound)" }
    }

    @Test("A pack rule declares supersedes in its JSON")
    func packField() {
        #expect(Self.linter.rule("test/residue")?.description.supersedes
            == ["readability/long-sentence", "readability/long-paragraph", "spelling/unknown-word", "test/wordy"])
        #expect(throws: (any Error).self) {
            try VocabularyLoader.load([PackSource(file: "bad.json", bytes: Array(#"""
                {"name": "bad", "rules": [{"id": "a/b", "kind": "existence", "severity": "warning", "summary": "s",
                 "message": "m", "supersedes": "readability/long-sentence", "entries": [{"pattern": "x"}]}]}
                """#.utf8))])
        }
    }

    @Test("Residue drops the length finding of its sentence and the words of its line, not its paragraph's")
    func residue() {
        let long = ["maxWords": RuleOptionValue.int(8)]
        // 0: "To narrow the list, refine the search by place, by kind of care or by drug." (16 words)
        let sentence = "To narrow the list, refine the search by place, by kind of care or by drug."
        #expect(rules(sentence, options: ["readability/long-sentence": long]) == ["test/residue@20"])
        // The same length without residue is still long.
        #expect(rules("To narrow the list, pick a place, a kind of care or a drug in the form.", options: ["readability/long-sentence": long])
            == ["readability/long-sentence@0"])
        // A residue line: its unknown word goes with it.
        #expect(rules("Rest well.\n\nGo to the zorblat page\n") == ["test/residue@12"])
        // The paragraph holding the residue sentence is still long.
        let paragraph = "Rest. Eat. Sleep. Walk. " + sentence
        #expect(rules(paragraph, options: ["readability/long-sentence": long, "readability/long-paragraph": ["maxSentences": .int(4)]])
            == ["readability/long-paragraph@0", "test/residue@44"])
    }

    @Test("A footnote number glued across a sentence end leaves the long sentence and the glued word reported")
    func footnote() {
        let text = "Most people who have the illness feel better after a week or two of rest.2 Rest."
        #expect(rules(text, options: ["readability/long-sentence": ["maxWords": .int(8)]])
            == ["readability/long-sentence@0", "test/residue@68"])
        #expect(rules("Call us if more help is required.2 Rest.") == ["test/wordy@24", "test/residue@24"])
    }
}
