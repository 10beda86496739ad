@testable import CareLint
import Foundation
import Testing

/// `IncrementalLint` against a full `Linter.lint` after every edit of seeded random edit sequences.
@Suite("Incremental lint")
struct IncrementalLintTests {
    /// Drafts written for this test, with the faults the block rules and the document rules look for.
    static let drafts: [String] = [
        """
        ---
        title: Caring for your liver
        type: condition
        reviewed: 2024-03-01
        ---

        # Caring for your liver

        Your liver cleans your blood. The hepatic artery brings it blood, and the portal vein brings blood from the gut.
        A CT scan can show the size of the liver. Your doctor may order an MRI too.

        ## What is cirrhosis?

        Cirrhosis is scarring of the liver. The scarring was caused by years of damage, and it is beleived that alcohol \
        is the most common cause, although hepatitis and fatty liver disease also lead to cirrhosis in many people who \
        never drink at all and who have no idea that anything is wrong until late.

        - Drink less alcohol.
        - Eat foods with less salt, about 2 g a day.
        - Walk for 30 minutes most days.

        ## Tests

        | Test | What it shows |
        |---|---|
        | Blood test | How well the liver works |
        | Ultrasound | The shape of the liver |

        Zorblat is a made-up word. Westbourne Road is a street. The the doctor will call you.
        Patients should be told that they must weigh themselves at 8 oz steps.

        <!-- carelint-disable-next-line spelling/unknown-word -->
        Quexil is skipped here.

        ## References

        - Smith JL, Jones K. Liver care. J Hepatol. 2020;12:1-9.
        - Brown A, et al. Cirrhosis today. doi:10.1000/xyz123
        """,
        """
        # Asthma action plan

        Asthma makes the airways narrow. Use your inhaler as your doctor showed you. COPD is a different lung disease.

        Take the reliever inhaler when you cough or wheeze. If it does not help within 20 minutes, call 911. Your \
        peak flow meter measures how fast you can blow air out, and you should write the number down every morning \
        so that you and your nurse can see when your asthma is getting worse before you feel it.

        1. Know your triggers, like smoke and dust.
        2. Keep your rescue inhaler with you.
        3. See your doctor every 6 months.

        Dyspnea means shortness of breath. Breathlessness is common at night. The colour of your lips matters.

        Term: a word to learn
        : its meaning, in plain words.
        """,
        """
        Plain notes about high blood pressure.

        High blood pressure often has no signs. Hypertension is the medical word for it. Check it at home with a cuff.

        Eat less salt, 1,500 mg a day or less. Lose 5 lbs if your doctor says so. The medicine was taken by mouth.

        Recieve your results by mail. Adherance to the plan helps.
        """,
    ]

    /// A small deterministic generator (SplitMix64).
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
    }

    /// Pieces an edit inserts: letters, words that trigger rules, text that changes the block structure,
    /// definitions and acronyms that change the document rules' verdicts elsewhere (a term explained earlier, an
    /// acronym spelled out before its first use), and a made-up capitalized word whose uses in other blocks make it
    /// a name or not.
    static let insertions = [
        "e", "a", " ", ".", "\n", "\n\n", "# ", "- ", "## References\n\n", "hepatic ", "CT ", "the the ", "Zorblat ",
        "recieve ", "5 kg ", "was given ", "Cirrhosis ", " (CT)", "dyspnea ", "<!-- carelint-disable -->", "|",
        "computed tomography (CT) ", "Dyspnea means shortness of breath. ", "Hepatic means to do with the liver. ",
        "COPD ", "chronic obstructive pulmonary disease (COPD) ", ", or liver,", "MRI ", "Nephrology ",
        "Brandle ", "ask Brandle ", "brandle ", "Westbourne ",
    ]

    /// One random edit of `bytes`: an insertion, a deletion of up to 12 bytes, a replacement, or (one time in ten) a
    /// join of two paragraphs, at a UTF-8 boundary. Returns the edit.
    @discardableResult
    static func edit(_ bytes: inout [UInt8], _ random: inout Random) -> ByteEdit {
        if random.below(10) == 0 {
            let breaks = bytes.indices.dropLast().filter { bytes[$0] == 0x0A && bytes[$0 + 1] == 0x0A }
            if !breaks.isEmpty {
                let at = breaks[random.below(breaks.count)]
                bytes.replaceSubrange(at..<(at + 2), with: [0x20])
                return ByteEdit(range: at..<(at + 2), insertedCount: 1)
            }
        }
        func boundary(_ offset: Int) -> Int {
            var offset = min(offset, bytes.count)
            while offset < bytes.count, bytes[offset] & 0xC0 == 0x80 { offset += 1 }
            return offset
        }
        let start = boundary(random.below(bytes.count + 1))
        let end = boundary(start + (random.below(3) == 0 ? 0 : random.below(13)))
        let text = random.below(3) == 0 ? [] : Array(insertions[random.below(insertions.count)].utf8)
        bytes.replaceSubrange(start..<end, with: text)
        return ByteEdit(range: start..<end, insertedCount: text.count)
    }

    @Test("after every edit of seeded random edit sequences, the findings equal a full lint's", arguments: [0, 1, 2, 3, 4, 5])
    func randomEdits(run: Int) throws {
        let draft = run % Self.drafts.count
        let linter = Linter()
        let configuration = ResolvedConfiguration()
        var incremental = IncrementalLint(linter: linter)
        var random = Random(state: 0xCA4E_0000 + UInt64(run))
        var bytes = Array(Self.drafts[draft].utf8)
        var reused = 0
        for step in 0..<80 {
            if step > 0 { Self.edit(&bytes, &random) }
            let source = try #require(SourceDocument(path: "draft.md", bytes: bytes, format: .markdown))
            let expected = linter.lint(ParsedDocument(source), configuration: configuration).diagnostics
            let found = incremental.lint(ParsedDocument(source), configuration: configuration).diagnostics
            #expect(found == expected, "draft \(draft), step \(step):\n\(String(decoding: bytes, as: UTF8.self))")
            if found != expected { return }
            if step > 0 { reused += incremental.last.reused }
        }
        // The point of it: most blocks are taken from the cache.
        #expect(reused > 0)
    }

    @Test("a one-character edit in a paragraph checks that block again and reuses the others")
    func oneCharacterEdit() throws {
        let linter = Linter()
        var incremental = IncrementalLint(linter: linter)
        var text = Self.drafts[0]
        _ = incremental.lint(ParsedDocument(SourceDocument(path: "a.md", text: text, format: .markdown)), configuration: ResolvedConfiguration())
        #expect(incremental.last.wholeDocument)
        let blocks = incremental.last.blocks
        text = text.replacingOccurrences(of: "Walk for 30", with: "Walk for 40")
        let source = SourceDocument(path: "a.md", text: text, format: .markdown)
        let found = incremental.lint(ParsedDocument(source), configuration: ResolvedConfiguration()).diagnostics
        #expect(incremental.last == IncrementalLint.Statistics(blocks: blocks, reused: blocks - 1, wholeDocument: false))
        #expect(found == linter.lint(source))
    }

    @Test("an edit of a block whose capitalized word is a name because of another block checks only that block")
    func nameFromAnotherBlock() throws {
        let linter = Linter()
        var incremental = IncrementalLint(linter: linter)
        let paragraphs = ["# Notes", "We met Brandle at the clinic.", "Brandle helps with forms. The nurse is kind.", "Bring your card.",
                          "Drink water.", "Rest after lunch.", "Walk a little.", "Call if you feel worse."]
        var text = paragraphs.joined(separator: "\n\n") + "\n"
        _ = incremental.lint(ParsedDocument(SourceDocument(path: "a.md", text: text, format: .markdown)), configuration: ResolvedConfiguration())
        let blocks = incremental.last.blocks
        text = text.replacingOccurrences(of: "is kind", with: "is kinder")
        let source = SourceDocument(path: "a.md", text: text, format: .markdown)
        let found = incremental.lint(ParsedDocument(source), configuration: ResolvedConfiguration()).diagnostics
        #expect(incremental.last == IncrementalLint.Statistics(blocks: blocks, reused: blocks - 1, wholeDocument: false))
        #expect(found == linter.lint(source))
        #expect(!found.contains { $0.rule == "spelling/unknown-word" && source.text(in: $0.range) == "Brandle" })
    }

    @Test("a moved block keeps its findings, at its new place")
    func movedBlock() throws {
        let linter = Linter()
        var incremental = IncrementalLint(linter: linter)
        let text = Self.drafts[2]
        _ = incremental.lint(ParsedDocument(SourceDocument(path: "a.md", text: text, format: .markdown)), configuration: ResolvedConfiguration())
        let shifted = "Intro line.\n\n" + text
        let source = SourceDocument(path: "a.md", text: shifted, format: .markdown)
        let found = incremental.lint(ParsedDocument(source), configuration: ResolvedConfiguration()).diagnostics
        // The new block and the old first one (which now has a byte before it) are checked; the rest moved.
        #expect(incremental.last.reused == incremental.last.blocks - 2)
        #expect(found == linter.lint(source))
        let misspelled = try #require(found.first { $0.message.contains("Recieve") })
        #expect(source.text(in: misspelled.range) == "Recieve")
    }
}
