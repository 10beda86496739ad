/// HTML character references (`&amp;`, `&nbsp;`, `&#8217;`, `&#x2019;`): what they stand for, as far as linting
/// needs to know.
///
/// Prose positions are byte ranges of the original text, so a reference is never decoded in place. One that stands
/// for a space or a punctuation mark (`&nbsp;`, `&amp;`, `&mdash;`, `&quot;`) is left out of the prose and
/// separates words; one that stands for a letter or an apostrophe inside a word (`caf&eacute;`, `don&#8217;t`)
/// would split the word into fragments that are not words, so the whole word is left out instead.
///
/// Markdown (CommonMark) has the same references, so its prose goes through the same cut.
enum HTMLCharacterReference {
    /// The pieces of `range` that remain prose once references are cut out.
    static func cut(_ range: ByteRange, in bytes: [UInt8]) -> [ByteRange] {
        guard !range.isEmpty else { return [] }
        var pieces: [ByteRange] = []
        var start = range.lowerBound
        var position = range.lowerBound
        let end = range.upperBound
        while position < end {
            guard bytes[position] == 0x26, let close = referenceEnd(bytes, position, end) else { position += 1; continue }
            var cutStart = position
            var cutEnd = close
            if isWordPart(bytes[position..<close]) {
                // A letter or an apostrophe inside a word: leave the whole word out.
                while cutStart > start, isWordByte(bytes[cutStart - 1]) { cutStart -= 1 }
                while cutEnd < end {
                    if isWordByte(bytes[cutEnd]) {
                        cutEnd += 1
                    } else if bytes[cutEnd] == 0x26, let next = referenceEnd(bytes, cutEnd, end), isWordPart(bytes[cutEnd..<next]) {
                        cutEnd = next
                    } else {
                        break
                    }
                }
            }
            if cutStart > start { pieces.append(start..<cutStart) }
            position = cutEnd
            start = cutEnd
        }
        if end > start { pieces.append(start..<end) }
        return pieces
    }

    /// The same cut over every block of a layout (blocks left without prose are dropped).
    static func cut(_ layout: ProseLayout, in bytes: [UInt8]) -> ProseLayout {
        guard bytes.contains(0x26) else { return layout }
        var result = layout
        result.blocks = layout.blocks.compactMap { block in
            var block = block
            block.segments = block.segments.flatMap { cut($0, in: bytes) }
            return block.segments.isEmpty ? nil : block
        }
        return result
    }

    /// The end of a reference starting with `&` at `start`: `&name;`, `&#digits;` or `&#xhex;`, at most 32 bytes.
    static func referenceEnd(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Int? {
        var index = start + 1
        while index < end, index - start <= 32 {
            let byte = bytes[index]
            if byte == 0x3B { return index > start + 1 && !(index == start + 2 && bytes[start + 1] == 0x23) ? index + 1 : nil }
            let lower = byte | 0x20
            let ok = (lower >= 0x61 && lower <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || (byte == 0x23 && index == start + 1)
            guard ok else { return nil }
            index += 1
        }
        return nil
    }

    /// Letters, digits, in-word apostrophes and hyphens, and any non-ASCII byte (so a word next to a Unicode space
    /// or dash may be left out with it: text is lost to linting, never misread).
    private static func isWordByte(_ byte: UInt8) -> Bool {
        let lower = byte | 0x20
        return (lower >= 0x61 && lower <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x27 || byte == 0x2D || byte >= 0x80
    }

    /// Named references that stand for a letter or an in-word mark (besides the accented-letter patterns).
    private static let letterNames: Set<String> = [
        "szlig", "eth", "thorn", "aelig", "oelig", "rsquo", "lsquo", "apos", "shy", "hyphen", "dash", "mu", "micro",
    ]

    /// Accent suffixes of named letter references: `eacute`, `Ouml`, `ntilde`, `aring`, `oslash`, `ccedil`.
    private static let accentSuffixes = ["acute", "grave", "circ", "uml", "tilde", "cedil", "ring", "slash", "caron", "macr", "ogon", "breve", "dot"]

    /// True when the reference (`&` … `;`, bytes included) stands for a letter, a digit or an in-word mark (an
    /// apostrophe or a hyphen).
    static func isWordPart(_ reference: ArraySlice<UInt8>) -> Bool {
        guard reference.count >= 3 else { return false }
        let body = reference.dropFirst().dropLast()
        if body.first == 0x23 { // #
            guard let scalar = numericValue(body.dropFirst()) else { return false }
            if scalar == "'" || scalar == "\u{2019}" || scalar == "\u{2018}" || scalar == "\u{00AD}" || scalar == "\u{2010}" || scalar == "\u{2011}" { return true }
            return scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
        }
        let name = String(decoding: body, as: UTF8.self)
        let lower = name.lowercased()
        if letterNames.contains(lower) { return true }
        return accentSuffixes.contains { suffix in lower.count == suffix.count + 1 && lower.hasSuffix(suffix) }
    }

    /// The scalar of a numeric reference body after `#` (`8217`, `x2019`), or nil.
    static func numericValue(_ digits: ArraySlice<UInt8>) -> Unicode.Scalar? {
        guard let first = digits.first else { return nil }
        var value: UInt32 = 0
        if first | 0x20 == 0x78 { // x
            guard digits.count > 1 else { return nil }
            for byte in digits.dropFirst() {
                let lower = byte | 0x20
                let digit: UInt32
                if byte >= 0x30 && byte <= 0x39 { digit = UInt32(byte - 0x30) } else if lower >= 0x61 && lower <= 0x66 { digit = UInt32(lower - 0x61 + 10) } else { return nil }
                value = value &* 16 &+ digit
                if value > 0x10FFFF { return nil }
            }
        } else {
            for byte in digits {
                guard byte >= 0x30 && byte <= 0x39 else { return nil }
                value = value &* 10 &+ UInt32(byte - 0x30)
                if value > 0x10FFFF { return nil }
            }
        }
        return Unicode.Scalar(value)
    }
}
