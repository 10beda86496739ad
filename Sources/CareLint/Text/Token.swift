/// What a token is.
public enum TokenKind: UInt8, Sendable {
    /// Letters (and digits, internal hyphens, apostrophes and abbreviation periods): "liver", "X-ray", "e.g".
    case word
    /// A number: "2", "2.5", "1,000", "10:30".
    case number
    /// One punctuation mark or symbol: ".", ",", "(", "—", "%".
    case punctuation
    /// A URL or an e-mail address; never prose to check.
    case link
}

/// One token of prose, with its exact byte range in the original text.
public struct Token: Sendable, Equatable {
    /// First byte.
    public var start: Int
    /// One past the last byte.
    public var end: Int
    /// What the token is.
    public var kind: TokenKind
    /// Index of the sentence the token belongs to.
    public var sentence: Int
    /// Shape flags (see the static members).
    public var shape: UInt8

    /// The token's bytes.
    public var range: ByteRange { start..<end }

    /// The first letter is upper case.
    public static let capitalized: UInt8 = 1
    /// Every letter is upper case (and there are at least two letters, or one letter and a digit).
    public static let allCaps: UInt8 = 2
    /// Holds a digit.
    public static let hasDigit: UInt8 = 4
    /// Holds a non-ASCII byte.
    public static let nonASCII: UInt8 = 8
    /// Whitespace (or a block start) comes right before the token.
    public static let spaceBefore: UInt8 = 16
    /// A line break comes right before the token.
    public static let lineBreakBefore: UInt8 = 32

    /// True when the shape has `flag`.
    @inline(__always) public func has(_ flag: UInt8) -> Bool { shape & flag != 0 }
}

/// A sentence: a run of tokens inside one block.
public struct Sentence: Sendable, Equatable {
    /// Indices into the document's tokens.
    public var tokens: Range<Int>
    /// From the first token's start to the last token's end.
    public var range: ByteRange
    /// Index of the block it belongs to.
    public var block: Int
}
