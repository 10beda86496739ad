/// `readability/long-paragraph`: a paragraph with more sentences than `maxSentences`.
struct LongParagraphRule: Rule {
    let description = RuleDescription(
        id: "readability/long-paragraph",
        defaultSeverity: .info,
        summary: "A paragraph has more sentences than the maximum.",
        rationale: """
            A wall of text discourages a worried reader and hides the one instruction they need. Short \
            paragraphs, each about one thing, let readers scan; a list suits steps and symptoms better than a \
            paragraph. Only paragraphs are checked, not list items or reference lists.
            """,
        triggering: [
            RuleExample("1️⃣You rest after the test. A nurse checks you. You can eat when you are awake. Your groin may be sore. Do not lift heavy things. Call us if it bleeds. You can shower the next day."),
        ],
        nonTriggering: [
            RuleExample("You rest after the test. A nurse checks you. You can eat when you are awake.\n\nYour groin may be sore. Do not lift heavy things. Call us if it bleeds. You can shower the next day."),
            RuleExample("You rest after the test. A nurse checks you. You can eat when you are awake. Your groin may be sore.", options: ["maxSentences": .int(4)]),
        ],
        options: [RuleOption("maxSentences", default: .int(6), "The most sentences a paragraph may have.")],
        scope: .block
    )

    func check(_ context: RuleContext, into diagnostics: inout [Diagnostic]) {
        let document = context.document
        let regions = context.analysis.regions
        let limit = max(1, context.int("maxSentences"))
        for (block, prose) in document.layout.blocks.enumerated() where prose.kind == .paragraph && !regions.isReference[block] {
            let sentences = document.sentences(inBlock: block)
            guard sentences.count > limit else { continue }
            let range = document.sentences[sentences.lowerBound].range.lowerBound..<document.sentences[sentences.upperBound - 1].range.upperBound
            diagnostics.append(context.diagnostic(
                "This paragraph has \(sentences.count) sentences; break it into paragraphs of at most \(limit), or turn steps into a list.",
                at: range
            ))
        }
    }
}
