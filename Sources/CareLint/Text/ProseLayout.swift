/// What kind of block a piece of prose sits in.
public enum BlockKind: Sendable, Equatable, Hashable {
    /// A heading, with its level (1–6).
    case heading(level: Int)
    /// A paragraph of running text.
    case paragraph
    /// One item of a bulleted or numbered list.
    case listItem
    /// One cell of a table.
    case tableCell
    /// The definition part of a definition-list item (`: …` under a term line).
    case definition

    /// True for headings.
    public var isHeading: Bool {
        if case .heading = self { return true }
        return false
    }
}

/// A block of prose: the byte ranges of its text, in order, with markup, code and URLs left out.
public struct ProseBlock: Sendable, Equatable {
    /// The block's kind.
    public var kind: BlockKind
    /// Prose pieces in document order; words never join across two pieces.
    public var segments: [ByteRange]

    /// Creates a block.
    public init(kind: BlockKind, segments: [ByteRange]) {
        self.kind = kind
        self.segments = segments
    }

    /// From the start of the first piece to the end of the last.
    public var range: ByteRange {
        guard let first = segments.first, let last = segments.last else { return 0..<0 }
        return first.lowerBound..<last.upperBound
    }
}

/// A comment in the source (`<!-- … -->`), where suppression directives live.
public struct SourceComment: Sendable, Equatable {
    /// The whole comment, delimiters included.
    public var range: ByteRange
    /// The text between the delimiters.
    public var body: ByteRange

    /// Creates a comment.
    public init(range: ByteRange, body: ByteRange) {
        self.range = range
        self.body = body
    }
}

/// Metadata from YAML front matter (`---` … `---` at the top of a Markdown file).
public struct FrontMatter: Sendable, Equatable {
    /// One `key: value` entry.
    public struct Entry: Sendable, Equatable {
        /// The key as written.
        public var key: String
        /// The value, unquoted; list values joined by ", ".
        public var value: String
        /// Where the value (or, when empty, the key) is.
        public var range: ByteRange
    }

    /// The whole front matter block, delimiters included.
    public var range: ByteRange
    /// Entries in order.
    public var entries: [Entry]

    /// The value of a key (keys compare case-insensitively).
    public subscript(key: String) -> String? { entry(key)?.value }

    /// The entry of a key (keys compare case-insensitively).
    public func entry(_ key: String) -> Entry? {
        let lower = key.lowercased()
        return entries.first { $0.key.lowercased() == lower }
    }
}

/// Where a document's prose is: the result of Markdown, HTML or plain-text extraction.
public struct ProseLayout: Sendable, Equatable {
    /// Prose blocks in document order.
    public var blocks: [ProseBlock] = []
    /// Comments, for suppression directives.
    public var comments: [SourceComment] = []
    /// Front matter, when present.
    public var frontMatter: FrontMatter?

    /// Creates an empty layout.
    public init() {}

    /// Extracts the prose of a document according to its format.
    public static func extract(from source: SourceDocument) -> ProseLayout {
        switch source.format {
        case .markdown: HTMLCharacterReference.cut(MarkdownExtractor(source.bytes).extract(), in: source.bytes)
        case .plainText: PlainTextExtractor(source.bytes).extract()
        case .html: HTMLExtractor(source.bytes).extract()
        }
    }
}
