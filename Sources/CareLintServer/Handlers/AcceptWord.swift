import CareLint
import Foundation

/// "Add WORD to the project's accepted words": an edit of `.carelint.json` (created when there is none).
extension LanguageServer {
    func acceptWordAction(_ diagnostic: Diagnostic, _ published: LSPDiagnostic, _ result: LintResult) -> CodeAction? {
        let word = result.source.text(in: diagnostic.range)
        guard !word.isEmpty, !word.contains("\n") else { return nil }
        let title = "Add \"\(word)\" to the project's accepted words"
        let configurationPath = result.settings?.configurationPath
            ?? ((settingsStore.rootPath ?? (result.source.path as NSString).deletingLastPathComponent) as NSString).appendingPathComponent(ConfigurationLoader.fileName)
        let uri = documents.document(atPath: configurationPath)?.uri ?? DocumentStore.uri(ofPath: configurationPath)
        let openVersion = documents[uri]?.version
        let literal = Self.jsonString(word)
        settingsStore.noteEditOffered(configurationPath)

        let existing = documents[uri]?.source.bytes ?? FileManager.default.contents(atPath: configurationPath).map(Array.init)
        guard let bytes = existing else {
            guard client.createFiles else { return nil }
            let text = "{\n  \"accept\": [\(literal)]\n}\n"
            let edit = LSPTextEdit(range: LSPRange(0, 0, 0, 0), newText: text)
            return CodeAction(title: title, kind: CodeActionKind.quickFix, diagnostics: [published], isPreferred: nil,
                              edit: WorkspaceEdit(changes: nil, documentChanges: [.create(uri: uri), .edit(OptionalVersionedTextDocumentIdentifier(uri: uri, version: nil), [edit])]))
        }
        // Edit the file as written, keeping its layout: only the new entry is inserted.
        guard let root = try? JSONParser.parse(bytes), case .object(let members) = root.value else { return nil }
        let insertion: (offset: Int, text: String)
        if let accept = members.first(where: { $0.key == "accept" }) {
            guard case .array(let items) = accept.node.value else { return nil }
            if items.contains(where: { if case .string(let text) = $0.value { text.lowercased() == word.lowercased() } else { false } }) { return nil }
            if let last = items.last {
                insertion = (last.range.upperBound, ", \(literal)")
            } else {
                insertion = (accept.node.range.upperBound - 1, literal)
            }
        } else if let last = members.last {
            insertion = (last.node.range.upperBound, ",\n  \"accept\": [\(literal)]")
        } else {
            insertion = (root.range.upperBound - 1, "\"accept\": [\(literal)]")
        }
        let file = SourceDocument(path: configurationPath, bytes: bytes, format: .plainText) ?? SourceDocument(path: configurationPath, text: String(decoding: bytes, as: UTF8.self), format: .plainText)
        let position = file.lspPosition(at: insertion.offset, client.positionEncoding)
        let edit = LSPTextEdit(range: LSPRange(start: position, end: position), newText: insertion.text)
        let workspaceEdit = client.documentChanges
            ? WorkspaceEdit(changes: nil, documentChanges: [.edit(OptionalVersionedTextDocumentIdentifier(uri: uri, version: openVersion), [edit])])
            : WorkspaceEdit(changes: [uri: [edit]], documentChanges: nil)
        return CodeAction(title: title, kind: CodeActionKind.quickFix, diagnostics: [published], isPreferred: nil, edit: workspaceEdit)
    }

    /// A JSON string literal.
    static func jsonString(_ text: String) -> String {
        var out = ""
        JSONWriter.escape(text, into: &out)
        return out
    }
}
