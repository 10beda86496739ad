import CareLint

/// Conversions between CareLint's UTF-8 byte offsets and protocol positions, in the negotiated encoding.
extension SourceDocument {
    /// The protocol position of a byte offset.
    func lspPosition(at offset: Int, _ encoding: PositionEncoding) -> Position {
        let (line, character) = encoding == .utf8 ? utf8Position(at: offset) : utf16Position(at: offset)
        return Position(line: line, character: character)
    }

    /// The protocol range of a byte range.
    func lspRange(_ range: ByteRange, _ encoding: PositionEncoding) -> LSPRange {
        LSPRange(start: lspPosition(at: range.lowerBound, encoding), end: lspPosition(at: range.upperBound, encoding))
    }

    /// The byte offset of a protocol position; nil when the line does not exist or a number is negative. A
    /// character past the end of its line means the end of the line, as the protocol says.
    func offset(of position: Position, _ encoding: PositionEncoding) -> Int? {
        guard position.line >= 0, position.character >= 0 else { return nil }
        return encoding == .utf8
            ? offset(line: position.line, utf8Character: position.character)
            : offset(line: position.line, utf16Character: position.character)
    }

    /// The byte range of a protocol range; nil when either end is outside the document or the range is reversed.
    func byteRange(of range: LSPRange, _ encoding: PositionEncoding) -> ByteRange? {
        guard let start = offset(of: range.start, encoding), let end = offset(of: range.end, encoding), start <= end else { return nil }
        return start..<end
    }
}
