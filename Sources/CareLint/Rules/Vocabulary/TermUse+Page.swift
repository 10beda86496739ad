/// Explanations that the whole page gives, beyond the words right around a term: a gloss given earlier to a word
/// of the same family, a category named before a list, a label explained by the sentences after it, and lines
/// that are titles of other publications rather than the page's prose.
extension TermUse {
    /// Words that end a short label sentence ("Rubber band treatment." then what it is).
    static let labelMaxWords = 5

    /// True when the page explains the words of `range` through their context (see ``isExplained(tokens:in:naming:)``).
    static func isExplainedByPage(_ range: Range<Int>, in analysis: DocumentAnalysis) -> Bool {
        let document = analysis.document
        if isTitleLine(range.lowerBound, document) || isBareLine(range, document) || isHeadingLine(range, document) { return true }
        if isLabel(range, document) { return true }
        if followsDescribedCategory(range, document) { return true }
        if followsCountedCategory(range, document) || labelledBelow(range, document) || opensSectionBelow(range, in: analysis) { return true }
        return glossedEarlier(range, analysis)
    }

    /// True when every word of `range` is a word of the page's title (`KnownWords.titleWords`): the page's topic,
    /// which the whole page explains ("abdominal wall defect" on the page of that name).
    static func isTopic(_ range: Range<Int>, _ document: ParsedDocument, titleWords: Set<[UInt8]>) -> Bool {
        guard !titleWords.isEmpty else { return false }
        return document.tokens[range].allSatisfy { token in
            guard token.kind == .word else { return true }
            let folded = document.bytes(of: token).map(NearMissIndex.fold)
            // "tumor" on the page of "… Tumors", "tumors" on the page of "… Tumor".
            return titleWords.contains(folded) || titleWords.contains(folded + [0x73]) || (folded.last == 0x73 && titleWords.contains(Array(folded.dropLast())))
        }
    }

    // MARK: A title, not prose

    /// Little words that stay lower-case inside a title ("Iodine in the Diet").
    static let titleSmallWords: Set<String> = ["a", "an", "the", "of", "in", "on", "for", "and", "or", "to", "with", "at", "by", "from", "about"]

    /// True when the token's block is a list item or a line that reads as the title of another page or
    /// publication: two or more words, every longer word capitalized, no sentence end. "- Palliative Care" in a
    /// list of related topics names a page; it does not use the term.
    static func isTitleLine(_ index: Int, _ document: ParsedDocument) -> Bool {
        let block = document.sentences[document.tokens[index].sentence].block
        guard document.layout.blocks[block].kind == .listItem else { return false }
        let sentences = document.sentences(inBlock: block)
        guard sentences.count == 1 else { return false }
        let tokens = document.tokens[document.sentences[sentences.lowerBound].tokens]
        let words = tokens.filter { $0.kind == .word }
        guard words.count >= 2, words.count <= 12 else { return false }
        if let last = tokens.last(where: { $0.kind == .punctuation }), last.end == tokens.last!.end,
           [".", "!", "?", ":"].contains(document.text(of: last)) { return false }
        return words.allSatisfy { $0.has(Token.capitalized) || $0.has(Token.allCaps) || titleSmallWords.contains(document.text(of: $0).lowercased()) }
    }

    /// True when the term is a line of its own with no end punctuation ("Endocrine system" above a paragraph): a
    /// section label of a page whose headings were flattened, explained by the text under it.
    static func isBareLine(_ range: Range<Int>, _ document: ParsedDocument) -> Bool {
        let block = document.sentences[document.tokens[range.lowerBound].sentence].block
        guard document.layout.blocks[block].kind == .paragraph else { return false }
        let sentences = document.sentences(inBlock: block)
        guard sentences.count == 1 else { return false }
        let tokens = document.tokens[document.sentences[sentences.lowerBound].tokens]
        return tokens.allSatisfy { $0.kind == .word } && tokens.count == range.upperBound - range.lowerBound
    }

    /// The most words a bare list item may add to the term ("- peritoneal dialysis" for "peritoneal").
    static let bareItemExtraWords = 2

    /// True when the term is all the words of its list item ("- Targeted therapy" in a list of treatments), or all
    /// but two: a name in an overview, which the page explains where it uses the term in prose.
    static func isBareListItem(_ range: Range<Int>, _ document: ParsedDocument) -> Bool {
        let block = document.sentences[document.tokens[range.lowerBound].sentence].block
        guard document.layout.blocks[block].kind == .listItem else { return false }
        let sentences = document.sentences(inBlock: block)
        guard sentences.count == 1 else { return false }
        let item = document.tokens[document.sentences[sentences.lowerBound].tokens]
        let words = item.filter { $0.kind == .word }.count
        let termWords = document.tokens[range].filter { $0.kind == .word }.count
        guard words >= termWords, item.first(where: { $0.kind == .word })?.start == document.tokens[range.lowerBound].start else { return false }
        if words == termWords { return true }
        // A name and a word or two ("peritoneal dialysis"), not a sentence ("X can occur") or a page's title.
        return words - termWords <= bareItemExtraWords && !isSentence(item, document) && !isTitleLine(range.lowerBound, document)
    }

    /// Words that make a list item a sentence rather than a name: verbs that name no thing.
    static let sentenceWords: Set<String> = [
        "is", "are", "was", "were", "be", "been", "has", "have", "had", "can", "may", "might", "will", "should", "must",
        "could", "would", "do", "does", "include", "includes", "occur", "occurs", "cause", "causes",
    ]

    /// True when the words hold a verb of `sentenceWords`: "False results can occur." is a sentence, not a name.
    static func isSentence(_ tokens: ArraySlice<Token>, _ document: ParsedDocument) -> Bool {
        tokens.contains { $0.kind == .word && sentenceWords.contains(document.text(of: $0).lowercased()) }
    }

    // MARK: A label explained by what follows

    /// True when the term is most of a short sentence of its own ("Band treatment." or "Band treatment:") that
    /// opens a list item whose next sentences explain it: "- Rubber band treatment. The doctor puts a band around …".
    static func isLabel(_ range: Range<Int>, _ document: ParsedDocument) -> Bool {
        let sentenceIndex = document.tokens[range.lowerBound].sentence
        let sentence = document.sentences[sentenceIndex]
        let block = sentence.block
        // Labels open list items ("- Band treatment. The doctor …"); in running prose a short sentence is a sentence.
        guard document.layout.blocks[block].kind == .listItem else { return false }
        let inBlock = document.sentences(inBlock: block)
        guard sentenceIndex == inBlock.lowerBound, inBlock.count >= 2 else { return false }
        let words = document.tokens[sentence.tokens].filter { $0.kind == .word }
        guard words.count <= labelMaxWords, words.count - (range.upperBound - range.lowerBound) <= 3 else { return false }
        // The term opens or closes the label: "Band treatment.", "Treatment with bands:".
        let tokens = document.tokens
        return words.first?.start == tokens[range.lowerBound].start || words.last?.end == tokens[range.upperBound - 1].end
    }

    // MARK: A category named before the term

    /// Words that make the phrase before "such as" a description of the thing named after it: "a doctor who
    /// treats the kidneys, such as a nephrologist".
    static let describingClauseWords: Set<String> = ["who", "that", "which", "specializes", "specialises", "specializing"]

    /// True when the term follows "such as" and the words before it describe what it is with a clause ("a doctor
    /// who specializes in the stomach, such as a gastroenterologist"). A bare category ("symptoms such as X") says
    /// too little and does not count.
    static func followsDescribedCategory(_ range: Range<Int>, _ document: ParsedDocument) -> Bool {
        let sentence = document.tokens[range.lowerBound].sentence
        var index = range.lowerBound - 1
        if let article = word(document, index, sentence: sentence), article == "a" || article == "an" { index -= 1 }
        guard word(document, index, sentence: sentence) == "as", word(document, index - 1, sentence: sentence) == "such" else { return false }
        var back = index - 2
        var seen = 0
        while back >= 0, seen < 12, document.tokens[back].sentence == sentence {
            if let previous = word(document, back, sentence: sentence), describingClauseWords.contains(previous) { return true }
            back -= 1
            seen += 1
        }
        return false
    }

    /// Words that count the things of a category: "two hormones, A and B".
    static let countingWords: Set<String> = ["two", "three", "four", "five", "several", "both", "main", "major"]

    /// Words that a list of names does not hold: a preposition makes the words before the term a phrase ("in the
    /// back of the upper belly"), not a list.
    static let listBreakers: Set<String> = ["of", "in", "on", "for", "to", "with", "at", "by", "from", "about", "into", "near"]

    /// True when the term is in a list that names the members of a counted category just before it: "the gland
    /// makes two hormones, A (T3) and B (T4)" says what A and B are.
    static func followsCountedCategory(_ range: Range<Int>, _ document: ParsedDocument) -> Bool {
        let sentence = document.tokens[range.lowerBound].sentence
        var index = range.lowerBound - 1
        if let article = word(document, index, sentence: sentence), article == "a" || article == "an" || article == "the" { index -= 1 }
        var steps = 0
        // The term ends the list ("A and X") or opens it right after the comma ("Ys, X and A").
        let before = word(document, index, sentence: sentence)
        guard before == "and" || before == "or" || mark(document, index, sentence: sentence) == "," else { return false }
        // Back over the list before the term: names, brackets, commas and "and"/"or", to a comma after a plural.
        while index > 0, steps < 10, document.tokens[index].sentence == sentence {
            if let item = word(document, index, sentence: sentence), listBreakers.contains(item) { return false }
            if mark(document, index, sentence: sentence) == ",", let category = word(document, index - 1, sentence: sentence), category.hasSuffix("s") {
                for back in max(0, index - 4)..<(index - 1) {
                    if let counting = word(document, back, sentence: sentence), countingWords.contains(counting) { return true }
                }
                return false
            }
            if let mark = mark(document, index, sentence: sentence), mark != "(", mark != ")", mark != "," { return false }
            index -= 1
            steps += 1
        }
        return false
    }

    // MARK: A gloss given earlier to a word of the same family

    /// The shortest shared beginning for two words to count as one family ("recurred", "recurrence").
    static let familyPrefix = 6

    /// True when an earlier word of the page shares the term's first word's beginning (six letters or more) and
    /// is explained where it stands: "the cancer recurred (came back)", then "a recurrence".
    static func glossedEarlier(_ range: Range<Int>, _ analysis: DocumentAnalysis) -> Bool {
        let document = analysis.document
        let first = document.bytes(of: document.tokens[range.lowerBound])
        guard first.count >= familyPrefix else { return false }
        let earliest = analysis.glossedFamilies.get { glossedFamilies(document) }
        return earliest[first.prefix(familyPrefix).map(lowerASCII)].map { $0 < range.lowerBound } ?? false
    }

    /// For each word family (the first `familyPrefix` letters, lower-cased) that the page glosses somewhere, the
    /// token where it first does: one pass over the page, shared by every term the rules ask about.
    static func glossedFamilies(_ document: ParsedDocument) -> [[UInt8]: Int] {
        var earliest: [[UInt8]: Int] = [:]
        for (index, token) in document.tokens.enumerated() where token.kind == .word && token.end - token.start >= familyPrefix {
            guard hasGlossAfter(index, document) else { continue }
            let key = document.bytes(of: token).prefix(familyPrefix).map(lowerASCII)
            if earliest[key] == nil { earliest[key] = index }
        }
        return earliest
    }

    /// "word (plain words)" or "word, or plain words": a gloss right after the word.
    static func hasGlossAfter(_ index: Int, _ document: ParsedDocument, maxWords: Int = 8) -> Bool {
        let tokens = document.tokens
        let sentence = tokens[index].sentence
        guard mark(document, index + 1, sentence: sentence) == "(" else { return hasGluedGloss(index, document) }
        var close = index + 2
        var words = 0
        while close < tokens.count, tokens[close].sentence == sentence, mark(document, close, sentence: sentence) != ")" {
            if tokens[close].kind == .word {
                if tokens[close].has(Token.allCaps) || tokens[close].has(Token.hasDigit) { return false }
                words += 1
            }
            close += 1
        }
        return words > 0 && words <= maxWords
    }

    @inline(__always)
    static func lowerASCII(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte }
}
