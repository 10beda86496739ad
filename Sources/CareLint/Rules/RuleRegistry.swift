/// Every rule in one place; nothing discovers rules by reflection.
public enum RuleRegistry {
    /// The built-in Swift rules, in catalogue order.
    public static let builtIn: [any Rule] = [
        JargonRule(),
        DefineOnFirstUseRule(),
        AcronymRule(),
        PreferredTermRule(),
        ConsistentTermRule(),
        MisspellingRule(),
        RelationRule(),
        LocaleSpellingRule(),
        UnknownWordRule(),
        UncommonWordRule(),
        RepeatedWordRule(),
        ReadingGradeRule(),
        LongSentenceRule(),
        LongParagraphRule(),
        PassiveVoiceRule(),
        ReaderAddressRule(),
        UnitConversionRule(),
        PercentStyleRule(),
        UnclearNumberRule(),
        LongListRule(),
        RequiredSectionRule(),
        ReviewDateRule(),
        UnknownRuleInComment(),
    ]

    /// The built-in rules plus the data rules of a vocabulary (a data rule never replaces a built-in one).
    public static func rules(for vocabulary: Vocabulary) -> [any Rule] {
        let builtInIDs = Set(builtIn.map(\.description.id))
        let dataRules: [any Rule] = vocabulary.rules.indices.compactMap { index in
            builtInIDs.contains(vocabulary.rules[index].id) ? nil : PackRuleCheck(vocabulary: vocabulary, index: index)
        }
        return (builtIn + dataRules).sorted { $0.description.id < $1.description.id }
    }
}

/// `carelint/unknown-rule`: a suppression comment names a rule that does not exist.
struct UnknownRuleInComment: Rule {
    static let description = RuleDescription(
        id: "carelint/unknown-rule",
        defaultSeverity: .warning,
        summary: "A carelint comment names a rule that does not exist.",
        rationale: "A misspelled rule id in a suppression comment silences nothing, so the finding it meant to silence is still reported and the comment misleads the next reader.",
        triggering: [RuleExample("<!-- carelint-disable 1️⃣vocab/jargn -->\nThe hepatic artery feeds the liver.", fixed: "<!-- carelint-disable vocab/jargon -->\nThe hepatic artery feeds the liver.")],
        nonTriggering: [RuleExample("<!-- carelint-disable vocab/jargon -->\nThe hepatic artery feeds the liver.")]
    )

    var description: RuleDescription { Self.description }

    func check(_ context: RuleContext, into diagnostics: inout [Diagnostic]) {
        for unknown in context.analysis.suppressions.unknownRules {
            var message = "Unknown rule \"\(unknown.id)\" in a carelint comment"
            message += unknown.suggestion.map { "; did you mean \"\($0)\"?" } ?? "; run `carelint rules` to list the rule ids."
            let fixes = unknown.suggestion.map { [Fix.replace(unknown.range, with: $0)] } ?? []
            diagnostics.append(context.diagnostic(message, at: unknown.range, fixes: fixes))
        }
    }
}
