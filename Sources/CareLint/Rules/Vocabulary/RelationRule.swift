/// `vocab/relation`: the text says X is a kind of Y where the vocabulary says X is not a Y.
struct RelationRule: Rule {
    let description = RuleDescription(
        id: "vocab/relation",
        defaultSeverity: .warning,
        summary: "The text calls one thing a kind of another, and the vocabulary says it is not.",
        rationale: "A wrong is-a statement teaches the reader a wrong fact. One source article calls tyrosine kinase inhibitors \"a class of monoclonal antibodies\"; they are small-molecule drugs. The vocabulary records such known confusions in `notBroader`, and this rule checks \"X, a type (class, kind) of Y\", \"X is a Y\", \"X and other Y\" and \"Y such as X\" against them. A series (\"a X, a Y, or a Z\") names three things side by side and states no kind.",
        triggering: [
            RuleExample("Tyrosine kinase inhibitors (TKIs), a class of 1️⃣monoclonal antibodies, block signals inside cells."),
            RuleExample("Tyrosine kinase inhibitors are 1️⃣monoclonal antibodies."),
            RuleExample("Some 1️⃣monoclonal antibodies, such as tyrosine kinase inhibitors, are taken by mouth."),
        ],
        nonTriggering: [
            RuleExample("Tyrosine kinase inhibitors, a class of targeted therapy, block signals inside cells."),
            RuleExample("Tyrosine kinase inhibitors are not monoclonal antibodies."),
            RuleExample("Tyrosine kinase inhibitors and monoclonal antibodies are both targeted drugs."),
            RuleExample("Treatment may be a monoclonal antibody, a tyrosine kinase inhibitor, or a vaccine."),
        ],
        scope: .block
    )

    /// Words that name a category: "a class of", "a type of" …
    static let kindWords: Set<String> = ["type", "types", "class", "classes", "kind", "kinds", "form", "forms", "group", "groups", "family", "sort"]

    func check(_ context: RuleContext, into diagnostics: inout [Diagnostic]) {
        let analysis = context.analysis
        let document = analysis.document
        let concepts = context.vocabulary.concepts
        let matches = analysis.termMatches
        var closings = ClosingBracketFinder()
        for (index, first) in matches.enumerated() {
            let sentence = document.tokens[first.tokenStart].sentence
            // isKindOf reads at most six tokens between the terms (after a bracketed acronym), so only the next
            // few matches can relate: stopping there keeps the rule linear however many terms a sentence has.
            let reach: Int
            if first.tokenEnd < document.tokens.count, document.tokens[first.tokenEnd].sentence == sentence,
               document.tokens[first.tokenEnd].kind == .punctuation, document.source.bytes[document.tokens[first.tokenEnd].start] == 0x28 { // (
                guard let close = closings.next(after: first.tokenEnd, sentence: sentence, in: document) else { continue }
                reach = close + 7
            } else {
                reach = first.tokenEnd + 6
            }
            for second in matches[(index + 1)...] {
                guard document.tokens[second.tokenStart].sentence == sentence, second.tokenStart <= reach else { break }
                guard let reversed = isKindOf(first, second, document) else { continue }
                // "with a X, a Y, or a Z" is a list of three things, not "X, a kind of Y".
                if !reversed, TermUse.mark(document, first.tokenEnd, sentence: sentence) == ",", Self.continuesSeries(after: second.tokenEnd, document) { continue }
                let (narrow, broad) = reversed ? (second, first) : (first, second)
                let narrowConcept = concepts[narrow.form.concept]
                let broadConcept = concepts[broad.form.concept]
                guard narrowConcept.notBroader.contains(broadConcept.id) else { continue }
                var message = "\"\(analysis.text(narrow.range))\" are not a kind of \(broadConcept.term)"
                let correct = narrowConcept.broader.compactMap { context.vocabulary.concept(id: $0)?.term }
                message += correct.isEmpty ? "; check this statement." : "; the vocabulary lists them as a kind of \(correct.joined(separator: " and "))."
                if narrowConcept.term.lowercased() == analysis.text(narrow.range).lowercased(), !narrowConcept.term.hasSuffix("s") {
                    message = message.replacingPlaceholder("\" are not", with: "\" is not").replacingPlaceholder("lists them", with: "lists it")
                }
                diagnostics.append(context.diagnostic(message, at: broad.range, related: [
                    RelatedLocation(range: narrow.range, message: "\"\(analysis.text(narrow.range))\" is the thing described"),
                ]))
            }
        }
    }

    /// True when a list goes on after a term: ", or …", ", and …", ", a …" or "or …"/"and …".
    static func continuesSeries(after index: Int, _ document: ParsedDocument) -> Bool {
        let sentence = document.tokens[index - 1].sentence
        var next = index
        if TermUse.mark(document, next, sentence: sentence) == "," { next += 1 }
        guard let word = TermUse.word(document, next, sentence: sentence) else { return false }
        return word == "or" || word == "and" || (next > index && (word == "a" || word == "an"))
    }

    /// Whether the tokens between two terms state an is-a relation: false for "first is a second", true for
    /// "second such as first", nil for no relation.
    private func isKindOf(_ first: TermMatch, _ second: TermMatch, _ document: ParsedDocument) -> Bool? {
        let sentence = document.tokens[first.tokenStart].sentence
        var words: [String] = []
        var index = first.tokenEnd
        // Skip an acronym in brackets right after the first term: "X (TKIs), a class of Y".
        if TermUse.mark(document, index, sentence: sentence) == "(" {
            while index < second.tokenStart, TermUse.mark(document, index, sentence: sentence) != ")" { index += 1 }
            index += 1
        }
        while index < second.tokenStart {
            let token = document.tokens[index]
            words.append(token.kind == .word ? document.text(of: token).lowercased() : document.text(of: token))
            index += 1
        }
        guard words.count <= 6 else { return nil }
        if words.contains("not") || words.contains("never") || words.contains("n't") { return nil }
        let joined = words.joined(separator: " ")
        // Y, such as X / Y including X (checked first: ", such as" also starts with a comma)
        if joined == ", such as" || joined == "such as" || joined == ", including" || joined == "including" { return true }
        // X, a class of Y / X is a type of Y / X are Y
        if let first = words.first, first == "," || first == "is" || first == "are" || first == "—" {
            let rest = Array(words.dropFirst())
            if rest.isEmpty { return first == "," ? nil : false }
            if ["a", "an", "the"].contains(rest[0]) {
                if rest.count == 1 { return false }
                if rest.count >= 3, RelationRule.kindWords.contains(rest[1]), rest[2] == "of" { return false }
                return first == "," ? nil : (rest.count <= 2 ? false : nil)
            }
            if rest.count >= 2, RelationRule.kindWords.contains(rest[0]), rest[1] == "of" { return false }
            return nil
        }
        if joined == "and other" || joined == "or other" { return false }
        return nil
    }
}

/// Finds the first ")" at or after a token in its sentence; asked with starts that never go backwards, it reads
/// each token at most once.
struct ClosingBracketFinder {
    private var from = Int.max
    private var found: Int?
    private var scannedTo = -1

    mutating func next(after start: Int, sentence: Int, in document: ParsedDocument) -> Int? {
        if start >= from {
            if let found, start <= found { return found }
            if found == nil, start < scannedTo { return nil }
        }
        from = start
        found = nil
        var index = start
        while index < document.tokens.count, document.tokens[index].sentence == sentence {
            let token = document.tokens[index]
            if token.kind == .punctuation, token.end - token.start == 1, document.source.bytes[token.start] == 0x29 { // )
                found = index
                break
            }
            index += 1
        }
        scannedTo = found ?? index
        return found
    }
}
