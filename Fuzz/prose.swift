// libFuzzer harness: Markdown / HTML / plain-text prose extraction, the tokenizer and position conversions.
//
// The first byte picks the format; the rest is the document. Checks: UTF-8 validation agrees with the standard
// library; every block segment, comment, token and sentence lies inside the text, on scalar boundaries and in
// order; tokens sit inside the prose segments; a token's UTF-16 and UTF-8 positions convert back to its offset.
import CareLint

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let (format, bytes) = formatAndBody(input(data, size))
    let valid = String(validating: bytes, as: UTF8.self) != nil
    guard let source = SourceDocument(path: "fuzz", bytes: bytes, format: format) else {
        require(!valid, "valid UTF-8 refused")
        return 0
    }
    require(valid, "invalid UTF-8 accepted")
    let document = ParsedDocument(source)
    let layout = document.layout

    var segments: [Range<Int>] = []
    for (index, block) in layout.blocks.enumerated() {
        require(!block.segments.isEmpty, "block \(index) has no segments")
        var previousEnd = 0
        for segment in block.segments {
            requireRange(segment, in: bytes, "segment of block \(index)")
            require(segment.lowerBound >= previousEnd, "segments of block \(index) out of order")
            previousEnd = segment.upperBound
            segments.append(segment)
        }
        if case .heading(let level) = block.kind { require((1...6).contains(level), "heading level \(level)") }
    }
    for comment in layout.comments {
        requireRange(comment.range, in: bytes, "comment")
        require(comment.body.lowerBound >= comment.range.lowerBound && comment.body.upperBound <= comment.range.upperBound, "comment body outside its comment")
    }
    if let frontMatter = layout.frontMatter {
        requireRange(frontMatter.range, in: bytes, "front matter")
        for entry in frontMatter.entries { requireRange(entry.range, in: bytes, "front matter entry \(entry.key)") }
    }

    // Tokens: in order, non-empty, inside a prose segment.
    var segmentIndex = 0
    var previousEnd = 0
    for (index, token) in document.tokens.enumerated() {
        requireRange(token.range, in: bytes, "token \(index)")
        require(token.start < token.end, "empty token \(index)")
        require(token.start >= previousEnd, "token \(index) overlaps the one before")
        previousEnd = token.end
        while segmentIndex < segments.count, segments[segmentIndex].upperBound <= token.start { segmentIndex += 1 }
        require(segmentIndex < segments.count && segments[segmentIndex].lowerBound <= token.start && token.end <= segments[segmentIndex].upperBound,
                "token \(index) \(token.range) is not inside one prose segment")
        require(token.sentence >= 0 && token.sentence < document.sentences.count, "token \(index) names sentence \(token.sentence) of \(document.sentences.count)")

        // Position round trips, as the server and the reporters use them.
        let utf16 = source.utf16Position(at: token.start)
        require(source.offset(line: utf16.line, utf16Character: utf16.character) == token.start, "UTF-16 position of \(token.start) does not convert back")
        let utf8 = source.utf8Position(at: token.start)
        require(source.offset(line: utf8.line, utf8Character: utf8.character) == token.start, "UTF-8 position of \(token.start) does not convert back")
        let position = source.position(at: token.start)
        require(position.line == utf16.line + 1 && position.column >= 1, "line of \(token.start) differs between conversions")
    }
    var previousSentenceEnd = 0
    for (index, sentence) in document.sentences.enumerated() {
        requireRange(sentence.range, in: bytes, "sentence \(index)")
        require(!sentence.tokens.isEmpty && sentence.tokens.upperBound <= document.tokens.count, "sentence \(index) token range \(sentence.tokens)")
        require(sentence.tokens.lowerBound >= previousSentenceEnd, "sentence \(index) overlaps the one before")
        previousSentenceEnd = sentence.tokens.upperBound
        require(sentence.block >= 0 && sentence.block < layout.blocks.count, "sentence \(index) names block \(sentence.block)")
        for tokenIndex in sentence.tokens { require(document.tokens[tokenIndex].sentence == index, "token \(tokenIndex) is in sentence \(index) but names another") }
    }
    return 0
}
