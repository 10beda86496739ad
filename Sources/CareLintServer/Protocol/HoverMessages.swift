/// `textDocument/hover` result.
public struct Hover: Codable, Sendable, Equatable {
    /// The text shown.
    public var contents: MarkupContent
    /// What the hover is about.
    public var range: LSPRange?
}

/// Text in Markdown or plain text.
public struct MarkupContent: Codable, Sendable, Equatable {
    /// `markdown` or `plaintext`.
    public var kind: String
    /// The text.
    public var value: String
}
