/// `vocab/jargon`: a term that has a plain alternative, used bare at its first use.
struct JargonRule: Rule {
    let description = RuleDescription(
        id: "vocab/jargon",
        defaultSeverity: .warning,
        summary: "A medical word with a plain alternative is used without explanation.",
        rationale: "Readers of patient pages understand \"liver\" and \"belly\" more often than \"hepatic\" and \"abdominal\". All five source articles explain some jargon in place and leave other jargon bare; the bare uses are what this rule finds. Only the first use is flagged: once the term is explained there, later uses are fine. A word inside a fixed name (\"oral cavity cancer\", \"cerebral palsy\") is never rewritten: the whole name is flagged for explaining, and names of organisations are left alone. The replacement is a suggestion unless the vocabulary marks it `exact`, since a plain word rarely fits every sentence.",
        triggering: [
            RuleExample("Blood reaches the tumor through the 1️⃣hepatic artery.", fixed: "Blood reaches the tumor through the liver artery."),
            // A word of a fixed name: the name is flagged whole and never rewritten.
            RuleExample("1️⃣Oral cavity cancer starts in the mouth."),
            RuleExample("- 1️⃣Abdominal swelling\n- Abdominal pain", fixed: "- Belly swelling\n- Abdominal pain"),
            RuleExample("😀 Ask about your 1️⃣prognosis.", fixed: "😀 Ask about your outlook."),
        ],
        nonTriggering: [
            RuleExample("Blood reaches the tumor through the liver artery."),
            RuleExample("Your prognosis, which means the likely course of the illness, depends on many things. The prognosis can change."),
            RuleExample("Doctors call the likely course of an illness the prognosis (outlook)."),
            RuleExample("A hepatic arterial infusion sends medicine straight to the liver."),
            RuleExample("Belly or abdominal pain can be a sign."),
            RuleExample("Ask about your prognosis. This means the likely course of the illness."),
            RuleExample("Ask about your prognosis. It is the likely course of the illness."),
            RuleExample("Your outlook (prognosis) depends on many things."),
            RuleExample("Doctors look at the likely course, sometimes called the prognosis."),
            RuleExample("The Westbourne Society for Oral Health runs a free clinic."),
            RuleExample("Oral cavity cancer is cancer that starts in the mouth."),
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
            if let name = analysis.fixedName(around: match.range) {
                // A word of a fixed name ("oral cavity cancer"): explain the name, never rewrite a word of it. The
                // name of an organisation or a person ("National Institute on Drug Abuse") needs no explaining.
                if Self.isProperName(name, analysis) { continue }
                let tokens = analysis.document.tokens
                var first = match.tokenStart, end = match.tokenEnd
                while first > 0, tokens[first - 1].start >= name.lowerBound { first -= 1 }
                while end < tokens.count, tokens[end].end <= name.upperBound { end += 1 }
                if TermUse.isExplained(tokens: first..<end, in: analysis) { continue }
                let whole = analysis.text(name)
                diagnostics.append(context.diagnostic(
                    "Explain \"\(whole)\" where it first appears (\"\(original)\" means \"\(concept.plain[0])\"); keep the name as it is.",
                    at: name
                ))
                continue
            }
            let plain = concept.plain.map { TermUse.replacement($0, for: match, original: original) }
            // Safe only when the vocabulary says the first plain word means exactly the term everywhere.
            let fixes = plain.enumerated().map { Fix.replace(match.range, with: $1, isSafe: $0 == 0 && concept.exact) }
            let message = "Write \"\(plain[0])\" instead of the medical word \"\(original)\", or explain it where it first appears."
            diagnostics.append(context.diagnostic(message, at: match.range, fixes: fixes))
        }
    }

    /// A name with a capital after its first word: an organisation, a person's name, a title.
    static func isProperName(_ name: ByteRange, _ analysis: DocumentAnalysis) -> Bool {
        let bytes = analysis.document.source.bytes
        var index = name.lowerBound
        while index < name.upperBound, bytes[index] != 0x20 { index += 1 }
        while index < name.upperBound {
            if bytes[index] == 0x20, index + 1 < name.upperBound, bytes[index + 1] >= 0x41, bytes[index + 1] <= 0x5A { return true }
            index += 1
        }
        return false
    }
}
