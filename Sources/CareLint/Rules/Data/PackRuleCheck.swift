/// A data-driven rule defined in a vocabulary pack: `substitution` (flag a pattern, offer its replacement) or
/// `existence` (flag a pattern). The engine has no per-term code: patterns are token sequences matched through
/// the vocabulary's rule trie in one pass shared by every data rule.
///
/// A pack list named `<rule id>:topic` narrows an existence rule to sentences that hold one of its patterns
/// (claims fire only in a sentence about a treatment or an outcome). A pattern in quotation marks is a word talked
/// about, not used, and an existence rule does not flag it. A whole-block rule also reports the residue
/// of ``InlineResidue`` inside sentences. Replacements are fitted to their sentence by
/// ``PackRuleGrammar``.
struct PackRuleCheck: Rule {
    let vocabulary: Vocabulary
    let index: Int
    let description: RuleDescription

    init(vocabulary: Vocabulary, index: Int) {
        self.vocabulary = vocabulary
        self.index = index
        let rule = vocabulary.rules[index]
        let origin = vocabulary.ruleOrigins[index]
        func examples(_ list: [PackRuleExample]?) -> [RuleExample] {
            (list ?? []).map { RuleExample($0.text, fixed: $0.fixed, file: "\(origin) pack, rule \(rule.id)", line: 0) }
        }
        description = RuleDescription(
            id: rule.id, defaultSeverity: rule.severity, summary: rule.summary, rationale: rule.rationale ?? rule.summary,
            triggering: examples(rule.examples?.triggering), nonTriggering: examples(rule.examples?.nonTriggering),
            origin: origin, supersedes: Set(rule.supersedes), scope: .block
        )
    }

    func check(_ context: RuleContext, into diagnostics: inout [Diagnostic]) {
        let analysis = context.analysis
        let document = analysis.document
        let rule = vocabulary.rules[index]
        guard index < analysis.patternMatches.count else { return }
        if rule.wholeBlock { diagnostics += InlineResidue(analysis: analysis).findings(rule.id, vocabulary: vocabulary, context: context) }
        let matches = analysis.patternMatches[index]
        guard !matches.isEmpty else { return }
        let silenced = Set(matches.filter { $0.entry < 0 }.map { document.tokens[$0.start].sentence })
        let topical = topicalSentences(rule, analysis)
        let grammar = PackRuleGrammar(document: document)
        var next = 0
        for match in matches where match.entry >= 0 && match.start >= next {
            let sentence = document.tokens[match.start].sentence
            if silenced.contains(sentence) { continue }
            if let topical, !topical.contains(sentence) { continue }
            let entry = rule.entries[match.entry]
            if rule.caseSensitive, !sameCase(match.start, match.end, entry.pattern, document) { continue }
            if rule.wholeBlock, !isWholeBlock(match.start, match.end, document) { continue }
            if entry.replacement == nil, !rule.wholeBlock, isQuoted(match.start, match.end, document) { continue }
            next = match.end
            var range = document.tokens[match.start].start..<document.tokens[match.end - 1].end
            var original = analysis.text(range)
            var fixes: [Fix] = []
            var replacement = ""
            if let text = entry.replacement {
                let fitted = grammar.fit(TermUse.matchCase(text, like: original), start: match.start, end: match.end)
                replacement = fitted.text
                range = fitted.range
                original = analysis.text(range)
                fixes.append(Fix.replace(range, with: replacement, isSafe: fitted.isSafe))
            } else if rule.wholeBlock {
                fixes.append(removalFix(range, document))
            }
            let template = entry.message ?? rule.message
            let message = template.replacingPlaceholder("{match}", with: original).replacingPlaceholder("{replacement}", with: replacement)
            diagnostics.append(context.diagnostic(message, at: range, fixes: fixes))
        }
    }

    /// The sentences holding a pattern of the rule's `<id>:topic` list, or nil when the rule has no such list.
    private func topicalSentences(_ rule: PackRule, _ analysis: DocumentAnalysis) -> Set<Int>? {
        let name = rule.id + ":topic"
        guard vocabulary.lists[name] != nil else { return nil }
        let document = analysis.document
        return Set(vocabulary.listMatches(name, in: document, wordIDs: analysis.wordIDs).map { document.tokens[$0.start].sentence })
    }

    private func sameCase(_ start: Int, _ end: Int, _ pattern: String, _ document: ParsedDocument) -> Bool {
        let written = document.tokens[start..<end].map { document.text(of: $0) }.joined(separator: " ")
        let expected = pattern.split(separator: " ").joined(separator: " ")
        return written == expected || written.replacingOccurrencesOfSpaces == expected.replacingOccurrencesOfSpaces
    }

    /// The match stands in quotation marks: a word talked about ("cures" in a surgeon's words), not a claim made.
    private func isQuoted(_ start: Int, _ end: Int, _ document: ParsedDocument) -> Bool {
        let tokens = document.tokens
        guard start > 0, end < tokens.count, tokens[start - 1].kind == .punctuation, tokens[end].kind == .punctuation else { return false }
        let opening = document.text(of: tokens[start - 1]), closing = document.text(of: tokens[end])
        return (opening == "\"" || opening == "“") && (closing.hasPrefix("\"") || closing.hasPrefix("”"))
    }

    /// The match covers its block, give or take closing punctuation.
    private func isWholeBlock(_ start: Int, _ end: Int, _ document: ParsedDocument) -> Bool {
        let block = document.sentences[document.tokens[start].sentence].block
        if document.layout.blocks[block].kind == .tableCell { return false } // a cell "Home" is the table's text
        let sentences = document.sentences(inBlock: block)
        guard let first = sentences.first, let last = sentences.last else { return false }
        let tokenRange = document.sentences[first].tokens.lowerBound..<document.sentences[last].tokens.upperBound
        guard tokenRange.lowerBound == start else { return false }
        return document.tokens[end..<tokenRange.upperBound].allSatisfy { $0.kind == .punctuation }
    }

    /// Removes the whole line the residue is on.
    private func removalFix(_ range: ByteRange, _ document: ParsedDocument) -> Fix {
        let source = document.source
        let line = source.lineIndex(of: range.lowerBound)
        let start = source.lineStarts[line]
        let end = line + 1 < source.lineStarts.count ? source.lineStarts[line + 1] : source.bytes.count
        return Fix(title: "Remove this line", edits: [TextEdit(range: start..<end, newText: "")], isSafe: false)
    }
}

extension String {
    func replacingPlaceholder(_ placeholder: String, with value: String) -> String {
        // On UTF-8 bytes: a generic Character search here cost more than the rest of the rule.
        let text = Array(utf8), key = Array(placeholder.utf8)
        guard !key.isEmpty, text.count >= key.count else { return self }
        var result: [UInt8] = []
        result.reserveCapacity(text.count + value.utf8.count)
        var index = 0
        var copied = 0
        while index + key.count <= text.count {
            if text[index] == key[0], text[index..<(index + key.count)].elementsEqual(key) {
                result += text[copied..<index]
                result += value.utf8
                index += key.count
                copied = index
            } else {
                index += 1
            }
        }
        if copied == 0 { return self }
        result += text[copied...]
        return String(decoding: result, as: UTF8.self)
    }

    var replacingOccurrencesOfSpaces: String { String(unicodeScalars.filter { $0 != " " }.map(Character.init)) }
}
