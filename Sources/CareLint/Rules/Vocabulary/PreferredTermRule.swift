/// `vocab/preferred-term`: a form the vocabulary lists under `avoid`.
struct PreferredTermRule: Rule {
    let description = RuleDescription(
        id: "vocab/preferred-term",
        defaultSeverity: .warning,
        summary: "A form the vocabulary asks to avoid is used instead of the preferred term.",
        rationale: "One name per thing helps readers: the UK source writes \"radio frequency\" and \"radio-embolisation\" where the others write \"radiofrequency\" and \"radioembolization\". The vocabulary lists such forms under `avoid`, and the fix writes the preferred term in the document's locale.",
        triggering: [
            RuleExample("Doctors can destroy small tumors with 1️⃣radio frequency ablation.", fixed: "Doctors can destroy small tumors with radiofrequency ablation."),
        ],
        nonTriggering: [
            RuleExample("Doctors can destroy small tumors with radiofrequency ablation."),
        ],
        supersedes: ["spelling/unknown-word"],
        scope: .block
    )

    func check(_ context: RuleContext, into diagnostics: inout [Diagnostic]) {
        let analysis = context.analysis
        for match in analysis.termMatches where match.form.kind == .avoid {
            let concept = context.vocabulary.concepts[match.form.concept]
            let preferred = concept.spelling[context.locale] ?? concept.term
            let original = analysis.text(match.range)
            let replacement = TermUse.replacement(preferred, for: match, original: original)
            diagnostics.append(context.diagnostic(
                "Write \"\(replacement)\" instead of \"\(original)\".", at: match.range,
                fixes: [Fix.replace(match.range, with: replacement)]
            ))
        }
    }
}
