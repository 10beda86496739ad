/// A document parsed once for every rule: its source, where its prose is, and its tokens and sentences.
public struct ParsedDocument: Sendable {
    /// The original text.
    public let source: SourceDocument
    /// Prose blocks, comments and front matter.
    public let layout: ProseLayout
    /// Tokens of all prose, in document order.
    public let tokens: [Token]
    /// Sentences, in document order; each lies inside one block.
    public let sentences: [Sentence]

    /// Parses a document.
    public init(_ source: SourceDocument) {
        self.source = source
        self.layout = ProseLayout.extract(from: source)
        (self.tokens, self.sentences) = Tokenizer.tokenize(source.bytes, layout: layout)
    }

    /// The bytes of a token.
    @inline(__always)
    public func bytes(of token: Token) -> ArraySlice<UInt8> { source.bytes[token.start..<token.end] }

    /// The text of a token.
    public func text(of token: Token) -> String { String(decoding: bytes(of: token), as: UTF8.self) }

    /// The text of a byte range.
    public func text(in range: ByteRange) -> String { source.text(in: range) }

    /// True when token `index` opens its sentence: only punctuation (opening quotes, brackets, list marks) before it.
    func opensSentence(_ index: Int) -> Bool {
        let sentence = sentences[tokens[index].sentence]
        return tokens[sentence.tokens.lowerBound..<index].allSatisfy { $0.kind == .punctuation }
    }

    /// Sentences of a block, as a range of sentence indices.
    public func sentences(inBlock block: Int) -> Range<Int> {
        // Sentences are in block order, so two binary searches find the run.
        var low = 0
        var high = sentences.count
        while low < high {
            let mid = (low + high) / 2
            if sentences[mid].block < block { low = mid + 1 } else { high = mid }
        }
        var end = low
        while end < sentences.count, sentences[end].block == block { end += 1 }
        return low..<end
    }
}
