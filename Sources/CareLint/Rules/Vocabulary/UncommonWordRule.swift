/// `vocab/uncommon-word`: a medical word that is not common English, used without explanation at its first use.
struct UncommonWordRule: Rule {
    let description = RuleDescription(
        id: "vocab/uncommon-word",
        defaultSeverity: .info,
        summary: "A medical word that few general readers know is used without explanation.",
        rationale: """
            The vocabulary packs name a few thousand concepts, but health pages use many more medical words. A word \
            of the bundled medical lexicon that is not among the common words of English (SCOWL sizes 10–50, which \
            hold everyday words such as "clot", "aches" and "occupational"; see `ComplexLanguage`) is one that a reader \
            at grade 6–8 may not know ("macula", "callosum"). Only its \
            first use is reported, and not when the text explains it in place (the same test as `vocab/jargon`: \
            "X (plain words)", "X, which is …", "called X", "X means …"). Words of a vocabulary term are left to \
            `vocab/jargon` and `vocab/define-on-first-use` (or are well known by the packs' choice); when a concept \
            of the vocabulary has the word as its id, the message gives its plain word or definition. The rarest words (see `vocab/define-on-first-use`) are that rule's to report. Headings, capitalized words inside a sentence (names), ALL CAPS \
            words and reference lists are not checked. The severity is info: a word's rarity is a strong hint, not \
            proof, that readers need help (a page about one disease names it often, and some explanations are not \
            in place), so the finding guides the writer without counting as a warning.
            """,
        triggering: [
            RuleExample("Light must reach the 1️⃣macula for you to see fine detail. The macula can wear out with age."),
        ],
        nonTriggering: [
            RuleExample("Scar tissue can narrow the lumen (the open space inside the bowel)."),
            RuleExample("The open space inside the bowel is called the lumen."),
            RuleExample("# Esophagus\n\nThe food pipe carries food to the stomach."),
            RuleExample("Ask your doctor about the test. Call us if you have a fever."),
            // Everyday words that health pages use: common English by SCOWL, not medical words a reader must learn.
            RuleExample("Her eyebrows ached and a patchy rash came with a clot. The nurse took swabs."),
            // A rare word ("lumen": few real pages use it) is `vocab/define-on-first-use`'s, as a warning.
            RuleExample("Scar tissue can narrow the lumen of the bowel."),
        ]
    )

    func check(_ context: RuleContext, into diagnostics: inout [Diagnostic]) {
        let analysis = context.analysis
        let document = analysis.document
        let tokens = document.tokens
        var termAt = [Int32](repeating: -1, count: tokens.count)
        for (m, match) in analysis.termMatches.enumerated() {
            for index in match.tokenStart..<match.tokenEnd where termAt[index] < 0 { termAt[index] = Int32(m) }
        }
        var seen = Set<String>()
        let uncommon = analysis.uncommonSpellings()
        for (index, token) in tokens.enumerated() where token.kind == .word {
            let block = document.sentences[token.sentence].block
            guard !document.layout.blocks[block].kind.isHeading, !analysis.regions.isReference(token: index, in: document) else { continue }
            // A word of a vocabulary term is the vocabulary's: reported by `vocab/jargon` or
            // `vocab/define-on-first-use`, or marked well known by the packs (a definition without `defineOnFirstUse`).
            guard termAt[index] < 0, analysis.isUncommonWord(index, uncommon: uncommon) else { continue }
            // A rare word is `vocab/define-on-first-use`'s to report (a warning, not a hint).
            if DefineOnFirstUseRule.isRare(document.bytes(of: token).map(TermUse.lowerASCII)) { continue }
            let text = document.text(of: token)
            var key = text.lowercased()
            if key.hasSuffix("s"), ComplexLanguage.uncommonWords.contains(Array(key.utf8.dropLast())) { key.removeLast() }
            guard seen.insert(key).inserted else { continue }
            guard !TermUse.isExplained(tokens: index..<(index + 1), in: analysis) else { continue }
            var message = "\"\(text)\" is a medical word that many readers do not know; "
            // A concept whose id is the word, unmatched here (a pack may list only other forms): its plain word or definition.
            if let concept = context.vocabulary.concept(id: key), let plain = concept.plain.first {
                message += "use a plainer word such as \"\(plain)\" or explain it where it first appears."
            } else if let definition = context.vocabulary.concept(id: key)?.definition {
                message += "explain it where it first appears (\(definition))."
            } else {
                message += "explain it where it first appears or use a plainer word."
            }
            diagnostics.append(context.diagnostic(message, at: token.range))
        }
    }
}
