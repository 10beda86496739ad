/// `spelling/locale`: a spelling of the other locale.
struct LocaleSpellingRule: Rule {
    let description = RuleDescription(
        id: "spelling/locale",
        defaultSeverity: .warning,
        summary: "A word is spelled the way the other locale spells it.",
        rationale: "A page should spell words one way. One source article uses British spellings (tumour, oedema, metastasised) among American ones; readers notice the switch and search engines treat the forms as different words. The locale comes from `--locale`, front matter `locale`, or `.carelint.json`.",
        triggering: [
            RuleExample("Cells break away from the first 1️⃣tumour.", fixed: "Cells break away from the first tumor."),
            RuleExample("The 1️⃣Tumours had 2️⃣metastasised.", fixed: "The Tumors had metastasized."),
            RuleExample("Cells break away from the first 1️⃣tumor.", fixed: "Cells break away from the first tumour.", locale: "en-GB"),
        ],
        nonTriggering: [
            RuleExample("Cells break away from the first tumor."),
            RuleExample("Cells break away from the first tumour.", locale: "en-GB"),
        ],
        supersedes: ["spelling/unknown-word"],
        scope: .block
    )

    func check(_ context: RuleContext, into diagnostics: inout [Diagnostic]) {
        let analysis = context.analysis
        let locale = context.locale
        let other = locale == "en-GB" ? "en-US" : "en-GB"
        let concepts = context.vocabulary.concepts
        var reported: [ByteRange] = []   // concept spellings, which win over a general pair on the same words
        for match in analysis.termMatches {
            let concept = concepts[match.form.concept]
            let replacement: String
            switch match.form.kind {
            case .localeSpelling(let formLocale) where formLocale != locale:
                replacement = concept.spelling[locale] ?? concept.term
            case .term where concept.spelling[locale] != nil && concept.spelling[locale]?.lowercased() != concept.term.lowercased():
                replacement = concept.spelling[locale]!
            default:
                continue
            }
            report(context, match.range, replacement: TermUse.replacement(replacement, for: match, original: analysis.text(match.range)), otherLocale: other, into: &diagnostics)
            reported.append(match.range)
        }
        let pairs = context.vocabulary.spellingPairs
        var next = 0
        for (range, form) in context.vocabulary.spellingMatches(in: analysis.document, wordIDs: analysis.wordIDs) where form.locale != locale {
            // Both lists run left to right, so one forward sweep finds the overlaps.
            while next < reported.count, reported[next].upperBound <= range.lowerBound { next += 1 }
            if next < reported.count, reported[next].lowerBound < range.upperBound { continue }
            let pair = pairs[form.pair]
            let target = locale == "en-GB" ? pair.gb : pair.us
            let original = analysis.text(range)
            let inflected = form.inflection.map { $0.apply(to: target) } ?? target
            report(context, range, replacement: TermUse.matchCase(inflected, like: original), otherLocale: other, into: &diagnostics)
        }
    }

    private func report(_ context: RuleContext, _ range: ByteRange, replacement: String, otherLocale: String, into diagnostics: inout [Diagnostic]) {
        let original = context.analysis.text(range)
        guard original != replacement else { return }
        diagnostics.append(context.diagnostic(
            "\"\(original)\" is the \(otherLocale) spelling; write \"\(replacement)\" in \(context.locale).", at: range,
            fixes: [Fix.replace(range, with: replacement)]
        ))
    }
}
