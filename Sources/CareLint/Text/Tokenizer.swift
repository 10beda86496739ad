/// Splits prose into tokens and sentences in one pass over the bytes of each prose piece.
///
/// Words keep internal hyphens ("X-ray"), apostrophes ("don't", "patient’s") and abbreviation periods ("e.g");
/// numbers keep decimal and thousands separators ("2.5", "1,000"). Sentences end at `.`, `!`, `?` and `…`, except
/// after known abbreviations ("Dr.", "e.g.", "vs."), initials ("J.") and decimal points, and always at the end of
/// a block.
struct Tokenizer {
    private let bytes: [UInt8]
    private(set) var tokens: [Token] = []
    private(set) var sentences: [Sentence] = []
    private var sentenceStart = 0
    /// The run of non-space bytes `linkEnd` last measured: its end, its first `@` at or after the last search, and
    /// its last `.`, so that a long run without spaces ("a,a,a,…") is measured once, not once per token.
    private var runEnd = -1
    private var runAt = -1
    private var runLastDot = -1

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        tokens.reserveCapacity(bytes.count / 5)
    }

    /// Tokenizes every block of a layout.
    static func tokenize(_ bytes: [UInt8], layout: ProseLayout) -> (tokens: [Token], sentences: [Sentence]) {
        var tokenizer = Tokenizer(bytes)
        for (index, block) in layout.blocks.enumerated() {
            tokenizer.addBlock(block, index: index)
        }
        return (tokenizer.tokens, tokenizer.sentences)
    }

    mutating func addBlock(_ block: ProseBlock, index blockIndex: Int) {
        sentenceStart = tokens.count
        for segment in block.segments {
            scan(segment, block: blockIndex)
        }
        closeSentence(block: blockIndex)
    }

    private mutating func closeSentence(block: Int) {
        guard tokens.count > sentenceStart else { return }
        let first = tokens[sentenceStart]
        let last = tokens[tokens.count - 1]
        // A sentence of punctuation alone (a stray bullet or a closing bracket) joins nothing and is dropped.
        let hasContent = tokens[sentenceStart...].contains { $0.kind != .punctuation }
        if hasContent {
            sentences.append(Sentence(tokens: sentenceStart..<tokens.count, range: first.start..<last.end, block: block))
        } else {
            tokens.removeSubrange(sentenceStart...)
        }
        sentenceStart = tokens.count
    }

    private mutating func scan(_ segment: ByteRange, block: Int) {
        var index = segment.lowerBound
        let end = segment.upperBound
        var space: UInt8 = Token.spaceBefore
        let classes = Tokenizer.byteClasses
        while index < end {
            let byte = bytes[index]
            let byteClass = classes[Int(byte)]
            if byteClass & Tokenizer.space != 0 {
                space = Token.spaceBefore | (byteClass & Tokenizer.lineBreak != 0 ? Token.lineBreakBefore : space & Token.lineBreakBefore)
                index += 1
                continue
            }
            if byte >= 0x80, let width = spaceWidth(at: index) { // no-break and other Unicode spaces
                space |= Token.spaceBefore
                index += width
                continue
            }
            let start = index
            if let linkEnd = linkEnd(from: index, to: end) {
                append(Token(start: start, end: linkEnd, kind: .link, sentence: sentences.count, shape: space))
                index = linkEnd
            } else if byte < 0x80 ? byteClass & Tokenizer.alphanumeric != 0 : isWordStart(at: index) {
                var shape = space
                index = wordEnd(from: index, to: end, shape: &shape)
                let kind: TokenKind = isNumber(start, index) ? .number : .word
                append(Token(start: start, end: index, kind: kind, sentence: sentences.count, shape: shape))
            } else {
                let width = byte < 0x80 ? 1 : SourceDocument.scalarLength(byte)
                index = min(end, index + width)
                append(Token(start: start, end: index, kind: .punctuation, sentence: sentences.count, shape: space))
                if endsSentence(at: tokens.count - 1, segmentEnd: end) {
                    // Closing quotes and brackets right after the mark belong to the sentence.
                    while index < end, isClosingMark(at: index) {
                        let markEnd = index + SourceDocument.scalarLength(bytes[index])
                        append(Token(start: index, end: markEnd, kind: .punctuation, sentence: sentences.count, shape: 0))
                        index = markEnd
                    }
                    closeSentence(block: block)
                }
            }
            space = 0
        }
    }

    @inline(__always)
    private mutating func append(_ token: Token) {
        var token = token
        token.sentence = sentences.count
        tokens.append(token)
    }

    // MARK: Character classes

    /// Byte classes of ASCII bytes (one table look-up instead of range tests); bytes from 0x80 are `nonASCII` and
    /// need the scalar's properties.
    static let upper: UInt8 = 1, lower: UInt8 = 2, digit: UInt8 = 4, space: UInt8 = 8, lineBreak: UInt8 = 16, nonASCII: UInt8 = 128
    static let letter: UInt8 = upper | lower
    static let alphanumeric: UInt8 = upper | lower | digit
    static let byteClasses: [UInt8] = (0..<256).map { byte -> UInt8 in
        switch byte {
        case 0x41...0x5A: upper
        case 0x61...0x7A: lower
        case 0x30...0x39: digit
        case 0x20, 0x09: space
        case 0x0A, 0x0D: space | lineBreak
        case 0x80...: nonASCII
        default: 0
        }
    }

    @inline(__always)
    private func isASCIILetter(_ byte: UInt8) -> Bool {
        let lower = byte | 0x20
        return lower >= 0x61 && lower <= 0x7A
    }

    @inline(__always)
    private func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// Decodes the scalar at `index` (valid UTF-8 is guaranteed by SourceDocument).
    private func scalar(at index: Int) -> Unicode.Scalar? {
        let byte = bytes[index]
        let length = SourceDocument.scalarLength(byte)
        guard index + length <= bytes.count else { return nil }
        var value: UInt32
        switch length {
        case 1: return Unicode.Scalar(byte)
        case 2: value = UInt32(byte & 0x1F)
        case 3: value = UInt32(byte & 0x0F)
        default: value = UInt32(byte & 0x07)
        }
        for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        return Unicode.Scalar(value)
    }

    private func isWordScalar(at index: Int) -> Bool {
        let byte = bytes[index]
        if byte < 0x80 { return isASCIILetter(byte) || isDigit(byte) }
        guard let scalar = scalar(at: index) else { return false }
        let properties = scalar.properties
        if properties.isAlphabetic { return true }
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    private func isWordStart(at index: Int) -> Bool { isWordScalar(at: index) }

    private func spaceWidth(at index: Int) -> Int? {
        guard let scalar = scalar(at: index) else { return nil }
        return scalar.properties.isWhitespace ? SourceDocument.scalarLength(bytes[index]) : nil
    }

    /// Scans a word or number; sets the case and digit flags.
    private func wordEnd(from start: Int, to end: Int, shape: inout UInt8) -> Int {
        var index = start
        var upper = 0
        var lower = 0
        var letters = 0
        var digits = 0
        var pieceLength = 0 // letters since the last joiner, for abbreviation periods
        var first = true
        let classes = Tokenizer.byteClasses
        while index < end {
            let byte = bytes[index]
            if byte < 0x80 {
                let byteClass = classes[Int(byte)]
                if byteClass & Tokenizer.letter != 0 {
                    if byteClass == Tokenizer.upper { upper += 1; if first { shape |= Token.capitalized } } else { lower += 1 }
                    letters += 1
                    pieceLength += 1
                    index += 1
                } else if byteClass == Tokenizer.digit {
                    digits += 1
                    pieceLength += 1
                    index += 1
                } else if isJoiner(byte, at: index, end: end, pieceLength: pieceLength, digits: digits, letters: letters) {
                    pieceLength = 0
                    index += 1
                } else {
                    break
                }
            } else if isWordScalar(at: index) {
                shape |= Token.nonASCII
                if let scalar = scalar(at: index) {
                    if scalar.properties.isUppercase { upper += 1; if first { shape |= Token.capitalized } }
                    else if scalar.properties.isLowercase { lower += 1 }
                }
                letters += 1
                pieceLength += 1
                index += SourceDocument.scalarLength(byte)
            } else if bytes[index] == 0xE2, index + 2 < end, bytes[index + 1] == 0x80, bytes[index + 2] == 0x99,
                      index + 3 < end, isWordScalar(at: index + 3), letters > 0 { // ’ inside a word
                shape |= Token.nonASCII
                pieceLength = 0
                index += 3
            } else {
                break
            }
            first = false
        }
        if digits > 0 { shape |= Token.hasDigit }
        if upper > 0, lower == 0, upper + digits >= 2 { shape |= Token.allCaps }
        return index
    }

    /// Hyphens, apostrophes and periods join two word pieces; commas, periods and colons join digits.
    private func isJoiner(_ byte: UInt8, at index: Int, end: Int, pieceLength: Int, digits: Int, letters: Int) -> Bool {
        guard index + 1 < end else { return false }
        let next = bytes[index + 1]
        let previous = bytes[index - 1]
        switch byte {
        case 0x2D: // -
            return isWordScalar(at: index + 1) && (isASCIILetter(previous) || isDigit(previous) || previous >= 0x80)
        case 0x27: // '
            return letters > 0 && isASCIILetter(previous) && isWordScalar(at: index + 1)
        case 0x2E: // .
            if isDigit(previous) && isDigit(next) && letters == 0 { return true }
            // Abbreviations such as "e.g", "i.e", "U.S", "Ph.D": short letter pieces joined by periods.
            return pieceLength <= 2 && letters > 0 && isASCIILetter(previous) && isASCIILetter(next)
                && (index + 2 >= end || bytes[index + 2] == 0x2E || !isASCIILetter(bytes[index + 2]) || pieceLength == 1)
        case 0x2C, 0x3A: // , :
            return letters == 0 && isDigit(previous) && isDigit(next)
        default:
            return false
        }
    }

    private func isNumber(_ start: Int, _ end: Int) -> Bool {
        for index in start..<end where !(isDigit(bytes[index]) || bytes[index] == 0x2E || bytes[index] == 0x2C || bytes[index] == 0x3A) {
            return false
        }
        return true
    }

    /// The end of a URL or e-mail address starting at `index`, or nil.
    private mutating func linkEnd(from index: Int, to end: Int) -> Int? {
        func hasPrefix(_ text: StaticString) -> Bool {
            let count = text.utf8CodeUnitCount
            guard index + count <= end else { return false }
            return text.withUTF8Buffer { prefix in
                for offset in 0..<count where (bytes[index + offset] | 0x20) != (prefix[offset] | 0x20) { return false }
                return true
            }
        }
        // Only h, w and m start a URL; anything else can only be an e-mail address, which starts with a word
        // character. Most tokens leave here after one or two byte tests.
        let first = bytes[index] | 0x20
        let isURL = (first == 0x68 || first == 0x77 || first == 0x6D)
            && (hasPrefix("http://") || hasPrefix("https://") || hasPrefix("www.") || hasPrefix("mailto:"))
        if !isURL, !(bytes[index] < 0x80 ? isASCIILetter(bytes[index]) || isDigit(bytes[index]) : isWordScalar(at: index)) { return nil }
        if index >= runEnd || runEnd > end {
            // A new run: measure its end, its first "@" and its last ".".
            var stop = index
            runAt = -1
            runLastDot = -1
            while stop < end, bytes[stop] > 0x20, bytes[stop] != 0x3C, bytes[stop] != 0x3E, bytes[stop] != 0x22 {
                if bytes[stop] == 0x40, runAt < 0 { runAt = stop } else if bytes[stop] == 0x2E { runLastDot = stop }
                stop += 1
            }
            runEnd = stop
        } else if runAt >= 0, runAt < index {
            // Later in a measured run: the next "@", searched forward only.
            var next = index
            while next < runEnd, bytes[next] != 0x40 { next += 1 }
            runAt = next < runEnd ? next : -1
        }
        var stop = runEnd
        // An e-mail address: a word character, then "@", then a dotted domain.
        if !isURL, !(runAt > index && runLastDot > runAt) { return nil }
        // Trailing sentence punctuation is not part of the link.
        while stop > index, Tokenizer.trailingPunctuation.contains(bytes[stop - 1]) { stop -= 1 }
        return stop > index ? stop : nil
    }

    private static let trailingPunctuation: [UInt8] = [0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x29, 0x27]

    // MARK: Sentence ends

    private static let abbreviations: Set<String> = [
        "dr", "mr", "mrs", "ms", "prof", "st", "vs", "e.g", "i.e", "approx", "fig", "no", "inc", "ltd", "jr", "sr",
        "cf", "al", "ca", "viz", "dept", "mt", "a.m", "p.m", "u.s", "u.k", "min", "max", "esp", "est", "vol", "ed",
        "ph.d", "m.d", "r.n", "n.b", "sept", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ]

    /// An ASCII word of up to 7 bytes as one integer: its bytes with letters lowercased, then its length; nil for
    /// longer words and words with a byte from 0x80 (whose lowercasing is Unicode's).
    static func abbreviationKey<C: Collection>(_ word: C) -> UInt64? where C.Element == UInt8 {
        guard word.count <= 7 else { return nil }
        var key: UInt64 = 0
        for byte in word {
            guard byte < 0x80 else { return nil }
            key = key << 8 | UInt64(NearMissIndex.fold(byte))
        }
        return key << 8 | UInt64(word.count)
    }

    private static let abbreviationKeys: Set<UInt64> = Set(abbreviations.compactMap { abbreviationKey(Array($0.utf8)) })
    private static let etc = abbreviationKey(Array("etc".utf8))!
    private static let al = abbreviationKey(Array("al".utf8))!
    private static let no = abbreviationKey(Array("no".utf8))!

    private func endsSentence(at tokenIndex: Int, segmentEnd: Int) -> Bool {
        let token = tokens[tokenIndex]
        let byte = bytes[token.start]
        if byte == 0x21 || byte == 0x3F { return true } // ! ?
        if byte == 0xE2, token.end - token.start == 3, bytes[token.start + 1] == 0x80, bytes[token.start + 2] == 0xA6 {
            return true // …
        }
        if byte == 0x3A { return endsLabel(at: tokenIndex, segmentEnd: segmentEnd) }
        guard byte == 0x2E else { return false }
        // "..." ends at its last period.
        if token.end < segmentEnd, bytes[token.end] == 0x2E { return false }
        guard tokenIndex > sentenceStart else { return true }
        let previous = tokens[tokenIndex - 1]
        guard previous.end == token.start, previous.kind == .word else { return true }
        let length = previous.end - previous.start
        if length == 1, previous.has(Token.capitalized) { return false } // an initial: "J. Smith"
        guard length <= 6 else { return true }
        // ASCII words (all of the abbreviations) are compared as folded bytes packed in an integer, without a String.
        if let key = Tokenizer.abbreviationKey(bytes[previous.range]) {
            if key == Tokenizer.etc || key == Tokenizer.al || key == Tokenizer.no {
                var next = token.end
                while next < segmentEnd, bytes[next] == 0x20 || bytes[next] == 0x0A || bytes[next] == 0x0D { next += 1 }
                guard next < segmentEnd else { return true }
                if key == Tokenizer.no { return !isDigit(bytes[next]) }
                return bytes[next] >= 0x41 && bytes[next] <= 0x5A
            }
            return !Tokenizer.abbreviationKeys.contains(key)
        }
        let word = String(decoding: bytes[previous.range], as: UTF8.self).lowercased()
        if word == "etc" || word == "al" || word == "no" {
            // These end a sentence when a capitalized word follows.
            var next = token.end
            while next < segmentEnd, bytes[next] == 0x20 || bytes[next] == 0x0A || bytes[next] == 0x0D { next += 1 }
            guard next < segmentEnd else { return true }
            if word == "no" { return !isDigit(bytes[next]) }
            return bytes[next] >= 0x41 && bytes[next] <= 0x5A
        }
        return !Tokenizer.abbreviations.contains(word)
    }

    /// A colon ends a short label ("Biopsy: A test that …", "Note: Take it with food."): at most eight words
    /// before it, and a capital letter after a space. A colon that opens a list or an example in running text
    /// ("include: fever and cough") does not.
    private func endsLabel(at tokenIndex: Int, segmentEnd: Int) -> Bool {
        let token = tokens[tokenIndex]
        guard token.end + 1 < segmentEnd, bytes[token.end] == 0x20 else { return false }
        var next = token.end
        while next < segmentEnd, bytes[next] == 0x20 { next += 1 }
        guard next < segmentEnd, bytes[next] >= 0x41, bytes[next] <= 0x5A else { return false }
        var words = 0
        for index in sentenceStart..<tokenIndex where tokens[index].kind == .word || tokens[index].kind == .number {
            words += 1
            if words > 8 { return false }
        }
        return words > 0
    }

    private func isClosingMark(at index: Int) -> Bool {
        let byte = bytes[index]
        if byte == 0x22 || byte == 0x27 || byte == 0x29 || byte == 0x5D || byte == 0x2A || byte == 0x5F { return true }
        // ” ’ »
        if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80 {
            return bytes[index + 2] == 0x9D || bytes[index + 2] == 0x99
        }
        return byte == 0xC2 && index + 1 < bytes.count && bytes[index + 1] == 0xBB
    }
}
