/// `textDocument/codeAction` parameters.
struct CodeActionParams: Codable, Sendable {
    var textDocument: TextDocumentIdentifier
    var range: LSPRange
    var context: CodeActionContext
}

/// What the client asks code actions for.
struct CodeActionContext: Codable, Sendable {
    var diagnostics: [LSPDiagnostic]?
    var only: [String]?

    private enum CodingKeys: String, CodingKey { case diagnostics, only }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        // Diagnostics of other servers may have other shapes; the server matches its own by range and code.
        diagnostics = try? container.decodeIfPresent([LSPDiagnostic].self, forKey: .diagnostics)
        only = try container.decodeIfPresent([String].self, forKey: .only)
    }
}

/// A code action.
public struct CodeAction: Codable, Sendable, Equatable {
    /// What it does, as the editor lists it.
    public var title: String
    /// `quickfix`, `source.fixAll.carelint` …
    public var kind: String
    /// The diagnostics it resolves.
    public var diagnostics: [LSPDiagnostic]?
    /// The one to apply when the writer does not choose.
    public var isPreferred: Bool?
    /// The change.
    public var edit: WorkspaceEdit
}

/// A change to one or more documents.
public struct WorkspaceEdit: Codable, Sendable, Equatable {
    /// Edits by document (clients without `documentChanges`).
    public var changes: [DocumentURI: [LSPTextEdit]]?
    /// Edits and file operations, in order (clients with `documentChanges`).
    public var documentChanges: [DocumentChange]?
}

/// One step of a `WorkspaceEdit`: create a file, or edit a document.
public enum DocumentChange: Codable, Sendable, Equatable {
    /// Create a file (`{"kind": "create", "uri": …}`).
    case create(uri: DocumentURI)
    /// Edit a document at a version.
    case edit(OptionalVersionedTextDocumentIdentifier, [LSPTextEdit])

    private enum Keys: String, CodingKey { case kind, uri, options, textDocument, edits }
    private struct CreateOptions: Codable { var ignoreIfExists: Bool }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Keys.self)
        if let kind = try container.decodeIfPresent(String.self, forKey: .kind), kind == "create" {
            self = .create(uri: try container.decode(String.self, forKey: .uri))
        } else {
            self = .edit(try container.decode(OptionalVersionedTextDocumentIdentifier.self, forKey: .textDocument), try container.decode([LSPTextEdit].self, forKey: .edits))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        switch self {
        case .create(let uri):
            try container.encode("create", forKey: .kind)
            try container.encode(uri, forKey: .uri)
            try container.encode(CreateOptions(ignoreIfExists: true), forKey: .options)
        case .edit(let document, let edits):
            try container.encode(document, forKey: .textDocument)
            try container.encode(edits, forKey: .edits)
        }
    }
}
