/// Web-page residue inside running text, for a whole-block data rule (`structure/web-boilerplate`): the patterns
/// of the pack list `<rule id>:inline` ("click here", "refine the search") anywhere in a sentence, and footnote
/// numbers glued to the word before them ("the disease.2 Most people").
struct InlineResidue {
    let analysis: DocumentAnalysis

    /// The name of the list of inline residue patterns of a rule.
    static func listName(_ ruleID: String) -> String { ruleID + ":inline" }

    /// Findings of the rule `ruleID`, or none when the vocabulary has no inline list for it.
    func findings(_ ruleID: String, vocabulary: Vocabulary, context: RuleContext) -> [Diagnostic] {
        let name = InlineResidue.listName(ruleID)
        guard vocabulary.lists[name] != nil else { return [] }
        let document = analysis.document
        var found: [Diagnostic] = []
        for match in vocabulary.listMatches(name, in: document, wordIDs: analysis.wordIDs) {
            if analysis.blockKind(ofToken: match.start) == .tableCell { continue }
            if analysis.regions.isReference(token: match.start, in: document) { continue }
            let range = document.tokens[match.start].start..<document.tokens[match.end - 1].end
            found.append(context.diagnostic("\"\(analysis.text(range))\" is left over from a web page; remove it or say it in words that work on paper.", at: range))
        }
        for (word, number) in gluedFootnotes() {
            let tokens = document.tokens
            let range = tokens[word].start..<tokens[number].end
            let digits = tokens[word + 1].start..<tokens[number].end
            let fix = Fix(title: "Remove the footnote number", edits: [TextEdit(range: tokens[number].start..<tokens[number].end, newText: "")], isSafe: false)
            found.append(context.diagnostic(
                "\"\(analysis.text(range))\" has a footnote number glued to it (\"\(analysis.text(digits))\"), left over from a web page; remove the number.",
                at: range, fixes: [fix]
            ))
        }
        return found
    }

    /// (word token, number token) of each "word.12": a word of two letters or more, a period and a number of one
    /// to three digits with nothing between them, then a space or the end of the block.
    private func gluedFootnotes() -> [(Int, Int)] {
        let document = analysis.document
        let tokens = document.tokens
        let bytes = document.source.bytes
        var found: [(Int, Int)] = []
        var index = 0
        while index + 2 < tokens.count {
            defer { index += 1 }
            let word = tokens[index], period = tokens[index + 1], number = tokens[index + 2]
            guard number.kind == .number, word.kind == .word, period.kind == .punctuation,
                  word.end == period.start, period.end == number.start, period.end - period.start == 1,
                  bytes[period.start] == UInt8(ascii: "."), number.end - number.start <= 3,
                  word.end - word.start >= 2, !word.has(Token.hasDigit), !word.has(Token.allCaps) || word.end - word.start >= 3 else { continue }
            if index + 3 < tokens.count, tokens[index + 3].start == number.end { continue } // "version.2.1", "p.12)"
            if analysis.blockKind(ofToken: index) == .tableCell || analysis.regions.isReference(token: index, in: document) { continue }
            found.append((index, index + 2))
        }
        return found
    }
}
