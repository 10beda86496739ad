/// `vocab/jargon`: a term that has a plain alternative, used bare at its first use.
struct JargonRule: Rule {
    let description = RuleDescription(
        id: "vocab/jargon",
        defaultSeverity: .warning,
        summary: "A medical word with a plain alternative is used without explanation.",
        rationale: "Readers of patient pages understand \"liver\" and \"belly\" more often than \"hepatic\" and \"abdominal\". All five source articles explain some jargon in place and leave other jargon bare; the bare uses are what this rule finds. Only the first use is flagged: once the term is explained there, later uses are fine. The plain words are suggestions, not safe fixes: \"acute\" is \"sudden\" in one sentence and part of a disease's name in the next. Inside a multi-word name (\"cerebral palsy\", \"oral cavity cancer\", \"National Institute on Drug Abuse\") no word is replaced: the name as a whole is flagged, to be explained. A capitalized word inside a run of capitalized words that does not open the sentence is part of a title or a program's name (\"Dietary Approaches to Stop Hypertension\") and is not flagged. A condition named after a person (\"Fanconi anemia\") is such a name, and a longer term that ends in a term met earlier (\"radiation oncologist\" after \"oncologist\") is not flagged again. The explanations in place are those of `vocab/define-on-first-use`, and so is the page's topic (the words of its title), which is not flagged. Words readers know that still have a plainer word (\"abdomen\", \"chronic\": the reviewed well-known list `scripts/vocab/medicine/well-known.txt`) are the familiar tier: their first unexplained use is a style suggestion at info severity (\"Most readers know \"abdomen\"; \"belly\" is plainer.\"), whatever severity the rule is set to, and a name they are part of is not flagged; the configured severity applies to the hard words. The option `familiarWords: false` turns the familiar tier off.",
        triggering: [
            RuleExample("The doctor checks the 1️⃣hepatic blood flow.", fixed: "The doctor checks the liver blood flow."),
            RuleExample("Blood reaches the tumor through the 1️⃣hepatic artery.", fixed: "Blood reaches the tumor through the hepatic artery."),
            RuleExample("- 1️⃣Abdominal swelling\n- Abdominal pain", fixed: "- Belly swelling\n- Abdominal pain"),
            RuleExample("😀 Ask about your 1️⃣prognosis.", fixed: "😀 Ask about your outlook."),
            RuleExample("Signs of 1️⃣primary biliary cirrhosis include itching.", fixed: "Signs of primary biliary cirrhosis include itching."),
            // A clause about the phrase ("pain that is sharp") does not explain the word inside it.
            RuleExample("You may have 1️⃣abdominal pain that is sharp.", fixed: "You may have belly pain that is sharp."),
            // What the noun after the term does ("the vein drains …") does not explain the term.
            RuleExample("The 1️⃣hepatic vein drains the liver.", fixed: "The liver vein drains the liver."),
            RuleExample("Ask about the plan to stop 1️⃣hypertension.", fixed: "Ask about the plan to stop high blood pressure."),
            // The familiar tier: a word readers know, with a plainer one, is a suggestion at info severity.
            RuleExample("The pain is in your 1️⃣abdomen.", fixed: "The pain is in your belly."),
            RuleExample("Ask your 1️⃣physicians about the tests.", fixed: "Ask your doctors about the tests."),
        ],
        nonTriggering: [
            RuleExample("Blood reaches the tumor through the liver artery."),
            RuleExample("Your prognosis, which means the likely course of the illness, depends on many things. The prognosis can change."),
            RuleExample("Doctors call the likely course of an illness the prognosis (outlook)."),
            RuleExample("A hepatic arterial infusion sends medicine straight to the liver."),
            RuleExample("The hepatic artery (the blood vessel that feeds the liver) is clamped."),
            RuleExample("Belly or abdominal pain can be a sign."),
            RuleExample("Ask about your prognosis. This means the likely course of the illness."),
            RuleExample("Ask about your prognosis. It is the likely course of the illness."),
            RuleExample("Your outlook (prognosis) depends on many things."),
            RuleExample("Doctors look at the likely course, sometimes called the prognosis."),
            RuleExample("The Westbourne Institute for Oral Health runs a free clinic."),
            RuleExample("Oral cavity cancer is cancer that starts in the mouth."),
            RuleExample("The cancer recurred (came back) after a year. A recurrence is treated again."),
            RuleExample("Hepatic vein thrombosis blocks blood leaving the liver. Hepatic means having to do with the liver."),
            // A condition named after a person is a name: no plain word replaces part of it.
            RuleExample("Children with Fanconi anemia need regular blood tests."),
            // A word every reader knows needs no plainer one.
            RuleExample("You will get an injection of dye."),
            // A title built on a term explained just before.
            RuleExample("An oncologist (a cancer doctor) leads the team. A radiation oncologist plans the treatment."),
            RuleExample("The hepatic artery — the blood vessel that feeds the liver — is clamped."),
            // A short form every reader knows, in brackets.
            RuleExample("Fluids go into a vein through an intravenous (IV) line."),
            // A short phrase the term opens, then an appositive that says what the phrase is.
            RuleExample("You may have hepatic congestion, a buildup of blood in the liver."),
            // "the term X … to describe" introduces the name and says what it names.
            RuleExample("Doctors used the term renal osteodystrophy to describe bone problems."),
            // The next sentence opens with the short form, after an article, and says what it is.
            RuleExample("Blood clots can cause a pulmonary embolism (PE). A PE is a sudden blockage in a lung artery."),
            // A label with its short form, then a sentence that opens with the short form and says what it is.
            RuleExample("Some people get it.\n\nPulmonary hypertension (PH). PH is increased pressure in the arteries of the lungs."),
            // A gloss glued by a lost dash to the word after the term.
            RuleExample("Risks include:\n\n- peripheral vascular diseaseblockage of blood vessels in the legs"),
            // A capitalized word inside a title or a program's name.
            RuleExample("Try the Dietary Approaches to Stop Hypertension eating plan."),
            // A name whose only medical word is one readers know.
            RuleExample("CT scans can show bowel obstruction."),
            // The familiar tier turned off: words readers know are left alone.
            RuleExample("The pain is in your abdomen.", options: ["familiarWords": .bool(false)]),
            // The page's topic, named in its title, is what the page explains.
            RuleExample("# Renal artery stenosis\n\nA narrow renal artery can raise blood pressure."),
            // A label further down opens the term's own section and explains it.
            RuleExample("Problems after surgery can include ascites and bile duct infection.\n\nMost children do well.\n\nAscites. Fluid builds up in the belly and makes it swell."),
        ],
        options: [RuleOption(JargonRule.familiarOption, default: .bool(true), "Report words readers know that have a plainer word (the familiar tier), at info severity.")]
    )

    /// The option that turns the familiar tier off.
    static let familiarOption = "familiarWords"
    /// How a finding of the familiar tier opens: `isFamiliar(_:)` (the scorecard, reports) reads it.
    static let familiarMessageStart = "Most readers know "

    /// True when a diagnostic is one of this rule's familiar-tier suggestions (a word readers know, with a plainer
    /// one), not a hard word: the scorecard counts only the hard tier as jargon.
    public static func isFamiliar(_ diagnostic: Diagnostic) -> Bool {
        diagnostic.rule == "vocab/jargon" && diagnostic.message.hasPrefix(familiarMessageStart)
    }

    func check(_ context: RuleContext, into diagnostics: inout [Diagnostic]) {
        let analysis = context.analysis
        let document = analysis.document
        let concepts = context.vocabulary.concepts
        var reportFamiliar = true
        if case .bool(let value) = context.options[Self.familiarOption] { reportFamiliar = value }
        let candidates = analysis.termMatches.filter { match in
            !concepts[match.form.concept].plain.isEmpty && match.form.kind != .avoid && match.form.kind != .acronym
        }
        let words = WordList.builtIn(locale: context.locale)
        var byFirstWord: [String: [Int]]?
        var titleWords: Set<[UInt8]>?
        for (_, match) in TermUse.firstUses(candidates, in: analysis).sorted(by: { $0.value.range.lowerBound < $1.value.range.lowerBound }) {
            // A word readers know that has a plainer one ("abdomen"): the familiar tier, a suggestion at info.
            let familiar = TermUse.isWellKnown(match, in: document)
            if familiar, !reportFamiliar { continue }
            // A condition named after a person ("Fanconi anemia") is a name: no plain word replaces part of it.
            if NamedConditions.isEponym(match.tokenStart - 1, in: document, words: words) { continue }
            // A longer term built on one the page used before ("radiation oncologist" after "oncologist"): the hard
            // word was met, and flagged or explained, at its own first use.
            if match.tokenEnd - match.tokenStart >= 2 {
                if byFirstWord == nil { byFirstWord = DefineOnFirstUseRule.matchesByFirstWord(analysis) }
                if Self.endsInEarlierTerm(match, analysis, byFirstWord: byFirstWord!) { continue }
            }
            // The page's topic, named in its title, is what the whole page explains.
            if titleWords == nil { titleWords = KnownWords.titleWords(document) }
            if TermUse.isTopic(match.tokenStart..<match.tokenEnd, document, titleWords: titleWords!) { continue }
            let concept = concepts[match.form.concept]
            let original = analysis.text(match.range)
            let plain = concept.plain.map { TermUse.replacement($0, for: match, original: original) }
            if let name = analysis.fixedNames.name(containing: match.tokenStart..<match.tokenEnd), name != match.tokenStart..<match.tokenEnd {
                // A word of a name: explain the name, never rewrite inside it. An organisation's or a person's name
                // ("National Institute on Drug Abuse") needs no explaining, nor a name whose only medical word is
                // one readers know, nor the page's own topic.
                guard !familiar, !TermUse.isTopic(name, document, titleWords: titleWords!),
                      !TermUse.isExplained(tokens: name, in: analysis), !TermUse.isExplained(match, in: analysis),
                      !Self.isProperName(name, analysis) else { continue }
                let tokens = document.tokens
                let range = tokens[name.lowerBound].start..<tokens[name.upperBound - 1].end
                let message = "Explain \"\(analysis.text(range))\" where it first appears: \"\(original)\" is a medical word (\"\(concept.plain[0])\")."
                diagnostics.append(context.diagnostic(message, at: range))
                continue
            }
            guard !TermUse.isExplained(match, in: analysis), !Self.isInTitleCase(match, document) else { continue }
            if familiar {
                // Readers know the word: the plainer one is a style suggestion, never a safe fix.
                let fixes = plain.map { Fix.replace(match.range, with: $0, isSafe: false) }
                var diagnostic = context.diagnostic("\(Self.familiarMessageStart)\"\(original)\"; \"\(plain[0])\" is plainer.", at: match.range, fixes: fixes)
                diagnostic.severity = Self.familiarSeverity(context.severity)
                diagnostics.append(diagnostic)
                continue
            }
            let fixes = plain.enumerated().map { Fix.replace(match.range, with: $1, isSafe: $0 == 0 && concept.plainIsExact) }
            let message = "Write \"\(plain[0])\" instead of the medical word \"\(original)\", or explain it where it first appears."
            diagnostics.append(context.diagnostic(message, at: match.range, fixes: fixes))
        }
    }

    /// The familiar tier's severity: info, or the rule's own when that is lower (it never is: info is the lowest).
    /// The configured severity applies to the hard tier.
    static func familiarSeverity(_ configured: Severity) -> Severity { min(configured, .info) }

    /// True when an earlier term of the page ends the match ("oncologist", then "radiation oncologist"): the
    /// hard word is the head, met at its own first use; the words before it are everyday ones. An earlier term
    /// that is only a modifier ("urinary", then "urinary incontinence") does not count.
    static func endsInEarlierTerm(_ match: TermMatch, _ analysis: DocumentAnalysis, byFirstWord: [String: [Int]]) -> Bool {
        let document = analysis.document
        let head = document.text(of: document.tokens[match.tokenEnd - 1]).lowercased()
        for position in byFirstWord[head] ?? [] {
            let earlier = analysis.termMatches[position]
            guard earlier.tokenEnd <= match.tokenStart else { break }
            if earlier.tokenEnd - earlier.tokenStart == 1, earlier.form.concept != match.form.concept { return true }
        }
        return false
    }

    /// True when the term is capitalized inside a run of capitalized words that does not open the sentence: part of
    /// a proper name or a title ("Dietary Approaches to Stop Hypertension"), not the writer's wording.
    static func isInTitleCase(_ match: TermMatch, _ document: ParsedDocument) -> Bool {
        let tokens = document.tokens
        guard tokens[match.tokenStart..<match.tokenEnd].allSatisfy({ $0.kind != .word || $0.has(Token.capitalized) }), !document.opensSentence(match.tokenStart) else { return false }
        let sentence = tokens[match.tokenStart].sentence
        var before = match.tokenStart - 1
        // Little words inside a title: "Approaches to Stop X".
        while before >= 0, tokens[before].sentence == sentence, tokens[before].kind == .word,
              TermUse.titleSmallWords.contains(document.text(of: tokens[before]).lowercased()), !tokens[before].has(Token.capitalized) { before -= 1 }
        guard before >= 0, tokens[before].sentence == sentence, tokens[before].kind == .word, tokens[before].has(Token.capitalized), !tokens[before].has(Token.allCaps) else { return false }
        return !document.opensSentence(before)
    }

    /// A name with a capitalized word after its first: an organisation, a person's name, a title.
    static func isProperName(_ name: Range<Int>, _ analysis: DocumentAnalysis) -> Bool {
        analysis.document.tokens[name].dropFirst().contains { $0.kind == .word && $0.has(Token.capitalized) }
    }
}
