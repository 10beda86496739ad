/// `vocab/jargon`: a term that has a plain alternative, used bare at its first use.
struct JargonRule: Rule {
    let description = RuleDescription(
        id: "vocab/jargon",
        defaultSeverity: .warning,
        summary: "A medical word with a plain alternative is used without explanation.",
        rationale: "Readers of patient pages understand \"liver\" and \"belly\" more often than \"hepatic\" and \"abdominal\". All five source articles explain some jargon in place and leave other jargon bare; the bare uses are what this rule finds. Only the first use is flagged: once the term is explained there, later uses are fine.",
        triggering: [
            RuleExample("Blood reaches the tumor through the 1️⃣hepatic artery.", fixed: "Blood reaches the tumor through the liver artery."),
            RuleExample("- 1️⃣Abdominal swelling\n- Abdominal pain", fixed: "- Belly swelling\n- Abdominal pain"),
            RuleExample("😀 Ask about your 1️⃣prognosis.", fixed: "😀 Ask about your outlook."),
        ],
        nonTriggering: [
            RuleExample("Blood reaches the tumor through the liver artery."),
            RuleExample("Your prognosis, which means the likely course of the illness, depends on many things. The prognosis can change."),
            RuleExample("Doctors call the likely course of an illness the prognosis (outlook)."),
            RuleExample("A hepatic arterial infusion sends medicine straight to the liver."),
        ]
    )

    func check(_ context: RuleContext, into diagnostics: inout [Diagnostic]) {
        let analysis = context.analysis
        let concepts = context.vocabulary.concepts
        let candidates = analysis.termMatches.filter { match in
            !concepts[match.form.concept].plain.isEmpty && match.form.kind != .avoid && match.form.kind != .acronym
        }
        for (_, match) in TermUse.firstUses(candidates, in: analysis).sorted(by: { $0.value.range.lowerBound < $1.value.range.lowerBound }) {
            guard !TermUse.isExplained(match, in: analysis) else { continue }
            let concept = concepts[match.form.concept]
            let original = analysis.text(match.range)
            let plain = concept.plain.map { TermUse.replacement($0, for: match, original: original) }
            let fixes = plain.enumerated().map { Fix.replace(match.range, with: $1, isSafe: $0 == 0) }
            let message = "Write \"\(plain[0])\" instead of the medical word \"\(original)\", or explain it where it first appears."
            diagnostics.append(context.diagnostic(message, at: match.range, fixes: fixes))
        }
    }
}
