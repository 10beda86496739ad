/// The kind of text a document holds, which decides how prose is extracted.
///
/// This file is the one table of prose formats: the file extensions and editor language ids CareLint checks,
/// used by the CLI's folder walk, the language server and the docs.
public enum DocumentFormat: String, Sendable, Codable, CaseIterable {
    case markdown, plainText = "text", html

    /// Every file extension CareLint checks (lowercase, without the dot), with its format.
    public static let extensions: KeyValuePairs<String, DocumentFormat> = [
        "md": .markdown, "markdown": .markdown, "mdx": .markdown,
        "html": .html, "htm": .html, "xhtml": .html,
        "txt": .plainText,
    ]

    /// Editor language ids (LSP `languageId`) of prose, with their format.
    public static let languageIds: KeyValuePairs<String, DocumentFormat> = [
        "markdown": .markdown, "mdx": .markdown, "html": .html, "xhtml": .html, "plaintext": .plainText, "text": .plainText,
    ]

    /// The format of a file name whose extension is in ``extensions``; nil for any other file.
    public init?(proseFile path: String) {
        let name = path.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        let ext = name[name.index(after: dot)...].lowercased()
        guard let format = Self.extensions.first(where: { $0.key == ext })?.value else { return nil }
        self = format
    }

    /// The format of an editor language id in ``languageIds``; nil for any other language.
    public init?(languageId: String) {
        let id = languageId.lowercased()
        guard let format = Self.languageIds.first(where: { $0.key == id })?.value else { return nil }
        self = format
    }

    /// The format for a file name, by extension (see ``extensions``); anything else is plain text.
    public init(path: String) {
        self = DocumentFormat(proseFile: path) ?? .plainText
    }

    /// True when a file with this name is prose CareLint checks (its extension is in ``extensions``).
    public static func isProse(path: String) -> Bool { DocumentFormat(proseFile: path) != nil }
}
