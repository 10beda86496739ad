@testable import CareLint
import Foundation
import Testing

/// `ProvisionalLint`: which edits qualify, the layout it moves (equal to parsing the edited text again) and the
/// findings it keeps and checks again.
@Suite("Provisional lint")
struct ProvisionalLintTests {
    static let draft = """
        ---
        title: Kidney care
        ---

        # Kidney care

        Your kidneys clean your blood. The renal artery brings blood to them, and a CT scan shows their size.
        Drink water through the day, and the the doctor will check your urine.

        ## Tests

        - A blood test shows how well the kidneys work.
        - An ultrasound shows their shape. See [the guide](https://example.org/kidney-guide) for more.

        Dialysis cleans the blood when the kidneys cannot. Nephrology is the care of kidneys, and it is beleived \
        to help people who have had kidney disease for many years and who find the daily tasks hard to manage alone.

        | Step | When |
        |---|---|
        | Weigh yourself | Every morning |

        <!-- carelint-disable-next-line spelling/unknown-word -->
        Quexil stays quiet here.
        """

    /// The edit that inserts `text` at the first place `anchor` ends (or, with `before`, starts).
    static func insertion(_ text: String, after anchor: String, in source: String) throws -> (ByteEdit, [UInt8]) {
        let bytes = Array(source.utf8)
        let found = try #require(source.range(of: anchor))
        let offset = source.utf8.distance(from: source.startIndex, to: found.upperBound)
        var edited = bytes
        edited.insert(contentsOf: Array(text.utf8), at: offset)
        return (ByteEdit(range: offset..<offset, insertedCount: text.utf8.count), edited)
    }

    static func provisional(_ edit: ByteEdit, _ edited: [UInt8], from text: String) throws -> (diagnostics: [Diagnostic], layout: ProseLayout, expected: [Diagnostic], source: SourceDocument, previous: [Diagnostic])? {
        let linter = Linter()
        let old = try #require(SourceDocument(path: "a.md", bytes: Array(text.utf8), format: .markdown))
        let (previous, analysis) = linter.lint(ParsedDocument(old), configuration: ResolvedConfiguration())
        let source = try #require(SourceDocument(path: "a.md", bytes: edited, format: .markdown))
        guard let (found, layout) = ProvisionalLint.lint(after: edit, previous: (previous, old, analysis.document.layout), source: source, linter: linter, configuration: ResolvedConfiguration()) else { return nil }
        return (found, layout, linter.lint(source), source, previous)
    }

    @Test("a letter typed into a word: the layout is the edited text's, the block rules' findings are a full lint's")
    func letterInWord() throws {
        // "doctor" → "doctdor": an unknown word the block rule finds at once.
        let (edit, edited) = try Self.insertion("d", after: "the the doct", in: Self.draft)
        let result = try #require(try Self.provisional(edit, edited, from: Self.draft))
        #expect(result.layout == ProseLayout.extract(from: result.source))
        let blockRules = Set(Linter().rules.filter { $0.description.scope == .block }.map(\.description.id))
        #expect(result.diagnostics.filter { blockRules.contains($0.rule) } == result.expected.filter { blockRules.contains($0.rule) })
        let typo = try #require(result.diagnostics.first { result.source.text(in: $0.range) == "doctdor" })
        #expect(typo.rule == "spelling/unknown-word")
        // Findings after the edit moved with it: every finding of a full lint outside the edited word is there.
        #expect(Set(result.expected.filter { !$0.range.overlaps(typo.range) }).isSubset(of: Set(result.diagnostics)))
    }

    @Test("a capitalized word at a paragraph's start, misspelled by the edit, is found at once")
    func capitalizedAtStart() throws {
        let text = "# Lung care\n\nCOPD makes breathing hard.\n\nSmoking harms the lungs. Quitting helps at any age.\n\n"
        let (edit, edited) = try Self.insertion("k", after: "Smok", in: text)
        let result = try #require(try Self.provisional(edit, edited, from: text))
        #expect(result.diagnostics == result.expected, "\(result.diagnostics.map { ($0.rule, $0.range) }) vs \(result.expected.map { ($0.rule, $0.range) })")
    }

    @Test("every finding of the last answer in the blocks after the edit is kept, moved by the edit")
    func findingsMoved() throws {
        let (edit, edited) = try Self.insertion("s", after: "Drink water", in: Self.draft)
        let result = try #require(try Self.provisional(edit, edited, from: Self.draft))
        let blockEnd = try #require(Self.draft.range(of: "urine.")).upperBound
        let after = Self.draft.utf8.distance(from: Self.draft.startIndex, to: blockEnd)
        let later = result.previous.filter { $0.range.lowerBound > after }
        #expect(later.contains { $0.rule == "spelling/unknown-word" })
        for finding in later {
            #expect(result.diagnostics.contains(finding.moved(by: 1)), "\(finding)")
        }
        // And the typed word is checked: "waters" is a word.
        #expect(!result.diagnostics.contains { result.source.text(in: $0.range) == "waters" })
    }

    @Test("an edit of the page's structure: the layout is extracted again, the block rules' findings are a full lint's", arguments: [
        ("\n", "the the doct"), ("\n\n", "clean your"), ("#", "Your kidneys"), ("*", "blood te"), ("`", "Dialysis cl"),
        ("<", "Dialysis cl"), ("&amp;", "Dialysis cl"), ("|", "Weigh your"), ("x", "kidney-gu"), ("s", "## Tests"),
        ("\n\n# Kidney", "# Kidney care\n"), ("-", "clean"),
    ])
    func structureEdits(text: String, anchor: String) throws {
        let (edit, edited) = try Self.insertion(text, after: anchor, in: Self.draft)
        let result = try #require(try Self.provisional(edit, edited, from: Self.draft))
        #expect(result.layout == ProseLayout.extract(from: result.source))
        let blockRules = Set(Linter().rules.filter { $0.description.scope == .block }.map(\.description.id))
        #expect(result.diagnostics.filter { blockRules.contains($0.rule) } == result.expected.filter { blockRules.contains($0.rule) })
    }

    @Test("an edit of the front matter or of a comment gets no provisional answer", arguments: [
        ("x", "title: Kid"), ("x", "carelint-disable-next"), ("\n---\n", "title: Kidney care"),
    ])
    func notQualifying(text: String, anchor: String) throws {
        let (edit, edited) = try Self.insertion(text, after: anchor, in: Self.draft)
        #expect(try Self.provisional(edit, edited, from: Self.draft) == nil)
    }

    @Test("a deletion of markup extracts the layout again; a deletion of letters moves it")
    func deletions() throws {
        let text = "# Notes\n\nThe *kidney* filters blood.\n"
        let bytes = Array(text.utf8)
        let star = try #require(bytes.firstIndex(of: UInt8(ascii: "*")))
        var edited = bytes
        edited.remove(at: star)
        let unstarred = ByteEdit(range: star..<(star + 1), insertedCount: 0)
        #expect(ProvisionalLint.qualifies(unstarred, layout: ProseLayout.extract(from: try #require(SourceDocument(path: "a.md", bytes: bytes, format: .markdown))), oldBytes: bytes, newBytes: edited) == nil)
        let relayout = try #require(try Self.provisional(unstarred, edited, from: text))
        #expect(relayout.layout == ProseLayout.extract(from: relayout.source))
        let letter = try #require(text.range(of: "filters")).lowerBound.utf16Offset(in: text) + 2
        edited = bytes
        edited.remove(at: letter)
        let result = try #require(try Self.provisional(ByteEdit(range: letter..<(letter + 1), insertedCount: 0), edited, from: text))
        #expect(result.layout == ProseLayout.extract(from: result.source))
    }

    @Test("after seeded random letters and deletions inside words, a qualifying edit's layout is always the edited text's")
    func randomLayout() throws {
        var random = IncrementalLintTests.Random(state: 0x5E7_71E)
        var bytes = Array(Self.draft.utf8)
        var qualified = 0
        for _ in 0..<300 {
            let old = try #require(SourceDocument(path: "a.md", bytes: bytes, format: .markdown))
            let layout = ProseLayout.extract(from: old)
            let start = random.below(bytes.count)
            let removed = random.below(3) == 0 ? min(random.below(3), bytes.count - start) : 0
            let inserted = random.below(4) == 0 ? [] : [Array("eaost ,.'".utf8)[random.below(9)]]
            var edited = bytes
            edited.replaceSubrange(start..<(start + removed), with: inserted)
            let edit = ByteEdit(range: start..<(start + removed), insertedCount: inserted.count)
            if ProvisionalLint.qualifies(edit, layout: layout, oldBytes: bytes, newBytes: edited) != nil {
                let source = try #require(SourceDocument(path: "a.md", bytes: edited, format: .markdown))
                #expect(layout.moved(by: edit) == ProseLayout.extract(from: source), "\(String(decoding: edited, as: UTF8.self))")
                qualified += 1
            }
            bytes = edited
        }
        #expect(qualified > 50)
    }

    @Test("after seeded random edits of any kind, a provisional answer's layout is the edited text's and its block rules' findings a full lint's", arguments: [0, 1, 2])
    func randomEdits(run: Int) throws {
        let linter = Linter()
        let configuration = ResolvedConfiguration()
        let blockRules = Set(linter.rules.filter { $0.description.scope == .block }.map(\.description.id))
        var random = IncrementalLintTests.Random(state: 0x9A5_0000 + UInt64(run))
        var bytes = Array(IncrementalLintTests.drafts[run % IncrementalLintTests.drafts.count].utf8)
        var previous = try #require(SourceDocument(path: "a.md", bytes: bytes, format: .markdown))
        var (diagnostics, analysis) = linter.lint(ParsedDocument(previous), configuration: configuration)
        var layout = analysis.document.layout
        var answered = 0
        for step in 0..<120 {
            let edit = IncrementalLintTests.edit(&bytes, &random)
            let source = try #require(SourceDocument(path: "a.md", bytes: bytes, format: .markdown))
            let expected = linter.lint(ParsedDocument(source), configuration: configuration).diagnostics
            if let (found, moved) = ProvisionalLint.lint(after: edit, previous: (diagnostics, previous, layout), source: source, linter: linter, configuration: configuration) {
                answered += 1
                #expect(moved == ProseLayout.extract(from: source), "step \(step)")
                let blockFound = found.filter { blockRules.contains($0.rule) }, blockExpected = expected.filter { blockRules.contains($0.rule) }
                #expect(blockFound == blockExpected, "step \(step): \(blockFound.map { ($0.rule, $0.range) }) vs \(blockExpected.map { ($0.rule, $0.range) })\n\(String(decoding: bytes, as: UTF8.self))")
                if blockFound != blockExpected { return }
            }
            // The next edit starts from the exact answer, as in the server after a pause.
            previous = source
            diagnostics = expected
            layout = ProseLayout.extract(from: source)
        }
        #expect(answered > 60)
    }
}
