/// Which parts of a document are running prose for the prose-quality rules (grade, sentence length, spelling).
///
/// A reference list ("References", "Sources", "Bibliography", "Works cited" and the like) at any heading level is
/// a list of citations, not prose: titles, author names and journal abbreviations would wreck the reading grade
/// and the spell check. Its section runs from its heading to the next heading of the same or a higher level.
public struct DocumentRegions: Sendable {
    /// For each block of the document: true when the block is in a reference list (its heading included).
    public let isReference: [Bool]

    /// Headings that open a reference list, normalized (lowercase, words joined by single spaces).
    public static let referenceHeadings: Set<String> = [
        "references", "reference", "reference list", "sources", "source", "bibliography", "citations",
        "works cited", "literature cited", "literature", "notes and references", "sources and references",
        "references and sources", "footnotes", "further reading",
    ]

    /// Finds the reference sections of a document.
    public init(_ document: ParsedDocument) {
        let blocks = document.layout.blocks
        var flags = [Bool](repeating: false, count: blocks.count)
        var referenceLevel: Int?
        for (index, block) in blocks.enumerated() {
            if case .heading(let level) = block.kind {
                if let open = referenceLevel, level > open {
                    flags[index] = true
                    continue
                }
                referenceLevel = nil
                if DocumentRegions.referenceHeadings.contains(DocumentRegions.headingText(ofBlock: index, in: document)) {
                    referenceLevel = level
                    flags[index] = true
                }
            } else if referenceLevel != nil {
                flags[index] = true
            }
        }
        isReference = flags
    }

    /// The words of a block, lowercased and joined by single spaces (punctuation dropped): "when should i seek care".
    public static func headingText(ofBlock block: Int, in document: ParsedDocument) -> String {
        var words: [String] = []
        for sentence in document.sentences(inBlock: block) {
            for token in document.tokens[document.sentences[sentence].tokens] where token.kind == .word || token.kind == .number {
                words.append(document.text(of: token).lowercased().replacingCurlyApostrophes)
            }
        }
        return words.joined(separator: " ")
    }

    /// Normalizes a heading written by a user or a pack the same way as `headingText`: lowercase words only.
    public static func normalize(_ text: String) -> String {
        var words: [String] = []
        var current = ""
        for scalar in text.lowercased().replacingCurlyApostrophes.unicodeScalars {
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

extension String {
    /// The text with ’ and ‘ turned into '.
    var replacingCurlyApostrophes: String {
        guard unicodeScalars.contains(where: { $0 == "\u{2019}" || $0 == "\u{2018}" }) else { return self }
        return String(String.UnicodeScalarView(unicodeScalars.map { $0 == "\u{2019}" || $0 == "\u{2018}" ? "'" : $0 }))
    }
}
