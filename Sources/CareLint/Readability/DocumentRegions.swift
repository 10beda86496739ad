/// Which parts of a document are running prose for the prose-quality rules (grade, sentence length, spelling).
///
/// A reference list is citations, not prose: titles, author names and journal abbreviations would wreck the
/// reading grade and the spell check. Three signs mark one:
/// - a heading such as "References", "Sources", "Bibliography" or "Works cited": its section runs to the next
///   heading of the same or a higher level;
/// - the same words alone on a line of their own (plain text has no headings): the label, the text before the
///   list that follows (at most three blocks), and that list;
/// - a list item that reads as a citation: it opens with an author in Vancouver style ("Smith JL,") or cites a DOI
///   or "et al.".
public struct DocumentRegions: Sendable {
    /// For each block of the document: true when the block is in a reference list (its heading included).
    public let isReference: [Bool]

    /// Headings that open a reference list, normalized (lowercase, words joined by single spaces).
    public static let referenceHeadings: Set<String> = [
        "references", "reference", "reference list", "sources", "source", "bibliography", "citations",
        "works cited", "literature cited", "literature", "notes and references", "sources and references",
        "references and sources", "footnotes", "further reading", "article sources", "sources cited",
        "selected references", "cited sources", "citations and references",
    ]

    /// True when token `index` of `document` is in a reference list.
    func isReference(token index: Int, in document: ParsedDocument) -> Bool {
        isReference[document.sentences[document.tokens[index].sentence].block]
    }

    /// Finds the reference lists of a document.
    public init(_ document: ParsedDocument) {
        let blocks = document.layout.blocks
        var flags = [Bool](repeating: false, count: blocks.count)
        var referenceLevel: Int?
        var index = 0
        while index < blocks.count {
            let block = blocks[index]
            if case .heading(let level) = block.kind {
                if let open = referenceLevel, level > open {
                    flags[index] = true
                    index += 1
                    continue
                }
                referenceLevel = nil
                if DocumentRegions.referenceHeadings.contains(DocumentRegions.headingText(ofBlock: index, in: document)) {
                    referenceLevel = level
                    flags[index] = true
                }
            } else if referenceLevel != nil {
                flags[index] = true
            } else if DocumentRegions.isLabel(index, in: document) {
                // A label on its own line: it, up to three blocks before a list, and the list.
                var next = index + 1
                while next < blocks.count, next - index <= 3, blocks[next].kind != .listItem, !blocks[next].kind.isHeading { next += 1 }
                if next < blocks.count, blocks[next].kind == .listItem {
                    while next < blocks.count, blocks[next].kind == .listItem { next += 1 }
                    for covered in index..<next { flags[covered] = true }
                    index = next
                    continue
                }
                flags[index] = true
            } else if block.kind == .listItem, DocumentRegions.isCitation(index, in: document) {
                flags[index] = true
            }
            index += 1
        }
        isReference = flags
    }

    /// A short paragraph whose words are a reference heading ("References", "Article sources:").
    static func isLabel(_ block: Int, in document: ParsedDocument) -> Bool {
        guard document.layout.blocks[block].kind == .paragraph else { return false }
        let sentences = document.sentences(inBlock: block)
        guard sentences.count == 1 else { return false }
        let tokens = document.sentences[sentences.lowerBound].tokens
        guard tokens.count <= 5 else { return false }
        return referenceHeadings.contains(headingText(ofBlock: block, in: document))
    }

    /// A list item that reads as a citation: "Smith JL, Jones K. Title. Journal. 2020." or one citing a DOI or
    /// "et al.".
    static func isCitation(_ block: Int, in document: ParsedDocument) -> Bool {
        let sentences = document.sentences(inBlock: block)
        guard let first = sentences.first else { return false }
        let tokens = document.tokens
        let start = document.sentences[first].tokens.lowerBound
        let end = document.sentences[sentences.upperBound - 1].tokens.upperBound
        // Vancouver: a capitalized surname, 1 to 3 capital initials, then "," or ".".
        if start + 2 < end, tokens[start].kind == .word, tokens[start].has(Token.capitalized), !tokens[start].has(Token.allCaps) {
            let initials = tokens[start + 1]
            let length = initials.end - initials.start
            if initials.kind == .word, length <= 3, document.bytes(of: initials).allSatisfy({ $0 >= 0x41 && $0 <= 0x5A }),
               tokens[start + 2].kind == .punctuation, [0x2C, 0x2E].contains(document.source.bytes[tokens[start + 2].start]) {
                return true
            }
        }
        for position in start..<end where tokens[position].kind == .word {
            let length = tokens[position].end - tokens[position].start
            guard length == 3 || length == 2 else { continue }
            let word = document.text(of: tokens[position]).lowercased()
            if word == "doi", position + 1 < end, document.source.bytes[tokens[position + 1].start] == 0x3A { return true }
            if word == "et", position + 1 < end, document.text(of: tokens[position + 1]).lowercased() == "al" { return true }
        }
        return false
    }

    /// The words of a block, lowercased and joined by single spaces (punctuation dropped): "when should i seek care".
    public static func headingText(ofBlock block: Int, in document: ParsedDocument) -> String {
        var words: [String] = []
        for sentence in document.sentences(inBlock: block) {
            for token in document.tokens[document.sentences[sentence].tokens] where token.kind == .word || token.kind == .number {
                words.append(document.text(of: token).lowercased().replacingApostrophes)
            }
        }
        return words.joined(separator: " ")
    }

    /// Normalizes a heading written by a user or a pack the same way as `headingText`: lowercase words only.
    public static func normalize(_ text: String) -> String {
        var words: [String] = []
        var current = ""
        for scalar in text.lowercased().replacingApostrophes.unicodeScalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "'" || scalar == "-" {
                current.unicodeScalars.append(scalar)
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words.joined(separator: " ")
    }

    /// True when the block is prose to grade: not a heading, not a table cell, not in a reference list.
    public func isGradedProse(_ block: Int, in document: ParsedDocument) -> Bool {
        guard !isReference[block] else { return false }
        switch document.layout.blocks[block].kind {
        case .heading, .tableCell: return false
        default: return true
        }
    }
}
