/// Where a finding about the whole document is reported: the title heading when the document opens with one,
/// else its first sentence; the start of the text when it has no prose.
enum DocumentAnchor {
    static func range(_ document: ParsedDocument) -> ByteRange {
        if let heading = document.layout.blocks.firstIndex(where: { $0.kind.isHeading }),
           let sentence = document.sentences(inBlock: heading).first,
           heading == 0 || document.layout.blocks[0..<heading].allSatisfy({ $0.kind.isHeading }) {
            return document.sentences[sentence].range
        }
        if let first = document.sentences.first { return first.range }
        return 0..<0
    }
}
