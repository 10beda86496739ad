/// An overview list whose items open sections further down: "- Flexible sigmoidoscopy or colonoscopy" in a list of
/// tests, then a heading or a label ("Flexible sigmoidoscopy or colonoscopy." and what the tests are) that starts
/// the item's own section. The list item is not the first use to ask about; the section explains it.
extension TermUse {
    /// The most words a list item may add to the term and still be the term's name ("X or Y", "papillary X").
    static let overviewItemExtraWords = 3

    /// True when the term is most of a short list item (a name in an overview list, not a sentence such as a key
    /// point) and a heading, a flattened heading line or a short label further down the page names the term or the
    /// whole item.
    static func opensSectionBelow(_ range: Range<Int>, in analysis: DocumentAnalysis) -> Bool {
        let document = analysis.document
        let block = analysis.block(ofToken: range.lowerBound)
        guard document.layout.blocks[block].kind == .listItem else { return false }
        let sentences = document.sentences(inBlock: block)
        guard sentences.count == 1 else { return false }
        let item = document.tokens[document.sentences[sentences.lowerBound].tokens]
        let termWords = document.tokens[range].filter { $0.kind == .word }.count
        let itemWords = item.filter { $0.kind == .word }.count
        guard itemWords <= headingLineMaxWords, itemWords - termWords <= overviewItemExtraWords, !isSentence(item, document) else { return false }
        let labels = analysis.sectionLabels.get { sectionLabels(document) }
        guard !labels.isEmpty else { return false }
        if let below = labels[labelKey(document.tokens[range], document)], below > block { return true }
        return itemWords > termWords && labels[labelKey(item, document)].map { $0 > block } == true
    }

    /// The key of a run of tokens as a label: its words lower-cased and in the singular, joined by spaces.
    static func labelKey(_ tokens: ArraySlice<Token>, _ document: ParsedDocument) -> String {
        tokens.filter { $0.kind == .word }.map { singular(document.text(of: $0).lowercased()) }.joined(separator: " ")
    }

    /// The labels that open a section, each with the last block it opens: headings, short lines without end
    /// punctuation over other text (flattened headings), and a block's short first sentence ending in "." or ":"
    /// that more sentences follow. A label "A or B" ("A and B", "A, B") also names A and B. One pass over the blocks.
    static func sectionLabels(_ document: ParsedDocument) -> [String: Int] {
        var labels: [String: Int] = [:]
        let blocks = document.layout.blocks
        let tokens = document.tokens
        for block in blocks.indices {
            let sentences = document.sentences(inBlock: block)
            guard !sentences.isEmpty else { continue }
            let first = tokens[document.sentences[sentences.lowerBound].tokens]
            guard let last = first.last else { continue }
            let words = first.filter { $0.kind == .word }.count
            guard words > 0, words <= headingLineMaxWords else { continue }
            let kind = blocks[block].kind
            let end = last.kind == .punctuation ? document.text(of: last) : ""
            let isLabel = kind.isHeading
                || (sentences.count >= 2 && (end == "." || end == ":") && words <= labelMaxWords + 1)
                || (kind == .paragraph && sentences.count == 1 && (last.kind == .word || end == ")") && block + 1 < blocks.count && !blocks[block + 1].kind.isHeading)
            guard isLabel else { continue }
            labels[labelKey(first, document)] = block
            var part: [String] = []
            var parts = 0
            for token in first {
                let text = token.kind == .word ? singular(document.text(of: token).lowercased()) : document.text(of: token)
                if text == "and" || text == "or" || text == "," {
                    if !part.isEmpty { labels[part.joined(separator: " ")] = block; parts += 1 }
                    part = []
                } else if token.kind == .word {
                    part.append(text)
                }
            }
            if parts > 0, !part.isEmpty { labels[part.joined(separator: " ")] = block }
        }
        return labels
    }
}
