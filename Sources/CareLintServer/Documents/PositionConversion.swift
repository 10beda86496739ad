import CareLint

/// Conversions between CareLint's UTF-8 byte offsets and protocol positions, in the negotiated encoding.
extension SourceDocument {
    /// The protocol position of a byte offset.
    func lspPosition(at offset: Int, _ encoding: PositionEncoding) -> Position {
        let (line, character) = switch encoding {
        case .utf8: utf8Position(at: offset)
        case .utf16: utf16Position(at: offset)
        case .utf32: utf32Position(at: offset)
        }
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
        // No line is longer than the text, so a larger character only means "the end of the line"; clamping it
        // keeps the arithmetic from overflowing on a hostile value such as Int.max.
        let character = min(position.character, bytes.count + 1)
        return switch encoding {
        case .utf8: offset(line: position.line, utf8Character: character)
        case .utf16: offset(line: position.line, utf16Character: character)
        case .utf32: offset(line: position.line, utf32Character: character)
        }
    }

    /// The byte range of a protocol range; nil when either end is outside the document or the range is reversed.
    func byteRange(of range: LSPRange, _ encoding: PositionEncoding) -> ByteRange? {
        guard let start = offset(of: range.start, encoding), let end = offset(of: range.end, encoding), start <= end else { return nil }
        return start..<end
    }
}
