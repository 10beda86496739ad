/// `style/reader-address`: the reader named in the third person in an instruction ("Patients should …").
struct ReaderAddressRule: Rule {
    let description = RuleDescription(
        id: "style/reader-address",
        defaultSeverity: .info,
        summary: "An instruction names the reader in the third person where \"you\" fits.",
        rationale: """
            Patient material speaks to one reader. "You should drink plenty of fluids" is clearer and warmer than \
            "Patients should drink plenty of fluids", which makes the reader wonder whether they are meant. The \
            rule looks for a reader noun (the vocabulary's `reader-terms` list: patients, the patient, people with \
            cancer …) as the subject of an instruction: at the start of a sentence or clause, followed by \
            "should", "must", "need to", "can", "may want to", "are advised to" and the like. Descriptions \
            ("Some patients feel tired") pass. The fix writes "you" when nothing else in the sentence refers back \
            to the noun ("their", "they").
            """,
        triggering: [
            RuleExample("1️⃣Patients should drink plenty of fluids.", fixed: "You should drink plenty of fluids."),
            RuleExample("After the test, 1️⃣the patient must rest for an hour.", fixed: "After the test, you must rest for an hour."),
            RuleExample("1️⃣Patients are advised to bring their medicines."),
            RuleExample("1️⃣Patients with cirrhosis should not drink alcohol."),
        ],
        nonTriggering: [
            RuleExample("You should drink plenty of fluids."),
            RuleExample("Some patients feel tired for a few days. Patients with cirrhosis have a higher risk."),
            RuleExample("Most patients go home the same day."),
        ],
        scope: .block
    )

    /// What follows the reader noun in an instruction, as lowercase word sequences.
    static let instructions: [[String]] = [
        ["should"], ["must"], ["need", "to"], ["needs", "to"], ["will", "need", "to"], ["have", "to"], ["has", "to"],
        ["can"], ["may", "want", "to"], ["might", "want", "to"], ["may", "wish", "to"], ["ought", "to"],
        ["are", "advised", "to"], ["is", "advised", "to"], ["are", "encouraged", "to"], ["is", "encouraged", "to"],
        ["are", "asked", "to"], ["is", "asked", "to"], ["are", "told", "to"], ["is", "told", "to"],
        ["are", "instructed", "to"], ["is", "instructed", "to"], ["should", "not"], ["must", "not"],
        ["cannot"], ["shouldn't"], ["mustn't"], ["are", "required", "to"], ["is", "required", "to"],
    ]

    /// Modals after which "you" needs no other change ("patients can" → "you can").
    static let modals: Set<String> = ["should", "must", "can", "may", "might", "will", "ought", "cannot", "shouldn't", "mustn't"]

    /// Words that refer back to a third-person subject; with one in the sentence the fix would leave it wrong.
    static let backReferences: Set<String> = [
        "their", "theirs", "them", "themselves", "they", "they're", "they'll", "his", "her", "hers", "him", "he",
        "she", "himself", "herself", "he's", "she's", "they've",
    ]

    func check(_ context: RuleContext, into diagnostics: inout [Diagnostic]) {
        let analysis = context.analysis
        let document = analysis.document
        let tokens = document.tokens
        let matches = context.vocabulary.listMatches("reader-terms", in: document, wordIDs: analysis.wordIDs)
        for match in matches {
            let sentence = document.sentences[tokens[match.start].sentence]
            // A possessive ("the patient's family") is not the reader's own subject.
            let last = word(document, match.end - 1)
            if last.hasSuffix("'s") || last.hasSuffix("s'") { continue }
            // Subject position: the start of the sentence or clause, maybe after "the" or "all".
            var start = match.start
            if start > sentence.tokens.lowerBound, ["the", "all"].contains(word(document, start - 1)) { start -= 1 }
            let atStart = start == sentence.tokens.lowerBound
                || (tokens[start - 1].kind == .punctuation && [0x2C, 0x3B, 0x3A].contains(document.source.bytes[tokens[start - 1].start]))
            guard atStart else { continue }
            guard let instruction = instruction(after: match.end, in: sentence, document) else {
                // "Patients with cirrhosis should …", "Patients who smoke must …": a qualified reader.
                if let qualified = qualifiedInstruction(after: match.end, in: sentence, document) {
                    let range = tokens[start].start..<tokens[match.end - 1].end
                    diagnostics.append(context.diagnostic(
                        "Speak to the reader: write \"if you …, you \(qualified.joined(separator: " "))\" instead of naming them in the third person.",
                        at: range
                    ))
                }
                continue
            }
            let written = document.text(in: tokens[match.end].start..<tokens[match.end + instruction.count - 1].end)
            let range = tokens[start].start..<tokens[match.end - 1].end
            let original = document.text(in: range)
            let plural = word(document, match.end - 1).hasSuffix("s")
            var fixes: [Fix] = []
            let firstWord = instruction.first ?? ""
            let agrees = Self.modals.contains(firstWord) || (plural && ["need", "have", "are"].contains(firstWord))
            let refersBack = (match.end..<sentence.tokens.upperBound).contains { Self.backReferences.contains(word(document, $0)) }
            if agrees && !refersBack {
                let you = start == sentence.tokens.lowerBound ? "You" : "you"
                fixes = [Fix.replace(range, with: you, title: "Address the reader as \"\(you)\"")]
            }
            diagnostics.append(context.diagnostic(
                "Speak to the reader: write \"you \(instruction.joined(separator: " "))\" instead of \"\(original) \(written)\".",
                at: range, fixes: fixes
            ))
        }
    }

    /// Words that open a phrase qualifying the reader noun.
    static let qualifiers: Set<String> = ["with", "who", "that", "taking", "having", "receiving", "on", "undergoing"]

    /// An instruction after a short qualifying phrase ("with cirrhosis", "who smoke"), within 8 words and no
    /// punctuation, or nil.
    private func qualifiedInstruction(after index: Int, in sentence: Sentence, _ document: ParsedDocument) -> [String]? {
        guard index < sentence.tokens.upperBound, Self.qualifiers.contains(word(document, index)) else { return nil }
        var position = index + 1
        while position < sentence.tokens.upperBound, position - index <= 8, document.tokens[position].kind != .punctuation {
            if let found = instruction(after: position, in: sentence, document), ["should", "must", "need", "are", "ought", "have"].contains(found.first ?? "") {
                return found
            }
            position += 1
        }
        return nil
    }

    /// The instruction words right after token `index`, or nil.
    private func instruction(after index: Int, in sentence: Sentence, _ document: ParsedDocument) -> [String]? {
        var best: [String]?
        for pattern in Self.instructions where index + pattern.count <= sentence.tokens.upperBound {
            let fits = pattern.indices.allSatisfy { word(document, index + $0) == pattern[$0] }
            if fits, pattern.count > (best?.count ?? 0) { best = pattern }
        }
        guard let found = best else { return nil }
        // "you needs to" is wrong: report the base form.
        switch found.first {
        case "needs": return ["need"] + found.dropFirst()
        case "has": return ["have"] + found.dropFirst()
        case "is": return ["are"] + found.dropFirst()
        default: return found
        }
    }

    private func word(_ document: ParsedDocument, _ index: Int) -> String {
        let token = document.tokens[index]
        guard token.kind == .word else { return "" }
        return document.text(of: token).lowercased().replacingApostrophes
    }
}
