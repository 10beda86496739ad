/// `readability/long-sentence`: a sentence with more words than `maxWords`.
struct LongSentenceRule: Rule {
    let description = RuleDescription(
        id: "readability/long-sentence",
        defaultSeverity: .warning,
        summary: "A sentence is longer than the maximum number of words.",
        rationale: """
            Long sentences are the first thing that makes health writing hard: a reader has to hold the start in \
            mind until the end. Guidance for patient material asks for sentences of 15 to 20 words and few over \
            25. Split a long sentence at "and", "but" or "which", or move a list into bullets. Headings, table \
            cells and reference lists are not checked, and a sentence of web-page residue is reported once, by \
            `structure/web-boilerplate` (see docs/supersession.md). A short label before a colon and a capital ("Biopsy: A \
            test that …") stands on its own; a colon that opens a list in running text does not end the sentence.
            """,
        triggering: [
            RuleExample("1️⃣After the procedure you will rest in a recovery room for a few hours while the nurses check your blood pressure, your pulse and the small cut in your groin to make sure it is not bleeding."),
            RuleExample("Rest today. 1️⃣You may feel tired and sore for a few days after the treatment.", options: ["maxWords": .int(10)]),
            RuleExample("1️⃣Bring these to the visit: your pill bottles, your notes and your questions.", options: ["maxWords": .int(10)]),
        ],
        nonTriggering: [
            RuleExample("Chest X-ray: A picture of the lungs and the heart.", options: ["maxWords": .int(10)]),
            RuleExample("| Test | What it shows |\n|---|---|\n| Blood count | How many red and white cells you have |\n", options: ["maxWords": .int(10)]),
            RuleExample("After the procedure you will rest for a few hours. The nurses check your blood pressure and the small cut in your groin."),
            RuleExample("## References\n\nSmith J, Jones K, Brown L, Green M, White N, Black O, Gray P. Radiofrequency ablation of colorectal liver metastases: long-term outcomes in a multicentre cohort of two hundred patients. J Hepatol. 2020;12:100-110."),
        ],
        options: [RuleOption("maxWords", default: .int(25), "The most words a sentence may have.")],
        scope: .block
    )

    func check(_ context: RuleContext, into diagnostics: inout [Diagnostic]) {
        let document = context.document
        let regions = context.analysis.regions
        let limit = max(1, context.int("maxWords"))
        for sentence in document.sentences where regions.isGradedProse(sentence.block, in: document) {
            var words = 0
            for token in document.tokens[sentence.tokens] where token.kind == .word || token.kind == .number { words += 1 }
            // A footnote number glued to the end of the sentence before ("… a week.2 Most people …") is no word.
            if let first = document.tokens[sentence.tokens].first, first.kind == .number, !first.has(Token.spaceBefore) { words -= 1 }
            guard words > limit else { continue }
            diagnostics.append(context.diagnostic(
                "This sentence has \(words) words; split it into sentences of at most \(limit) words.", at: sentence.range
            ))
        }
    }
}
