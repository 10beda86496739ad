import CareLint
import Foundation

/// `textDocument/codeAction`: each fix as a quick fix, "disable RULE for this line", "add WORD to the project's
/// accepted words", and `source.fixAll.carelint`.
extension LanguageServer {
    func codeActions(_ params: CodeActionParams) throws(ResponseError) -> [CodeAction] {
        guard let document = documents[params.textDocument.uri] else {
            throw ResponseError.invalidParams("textDocument/codeAction: \(params.textDocument.uri) is not open; send textDocument/didOpen first")
        }
        guard let range = document.source.byteRange(of: params.range, client.positionEncoding) else {
            throw ResponseError.invalidParams("textDocument/codeAction: the range \(DocumentStore.describe(params.range)) is outside the document's \(document.source.lineCount) lines")
        }
        guard document.isProse else { return [] }
        let result = currentResult(for: document)
        let only = params.context.only
        func wanted(_ kind: String) -> Bool {
            guard let only else { return true }
            return only.contains { kind == $0 || kind.hasPrefix($0 + ".") }
        }
        var actions: [CodeAction] = []
        if wanted(CodeActionKind.quickFix) {
            for (index, diagnostic) in result.diagnostics.enumerated()
            where diagnostic.range.lowerBound <= range.upperBound && range.lowerBound <= diagnostic.range.upperBound {
                let published = result.published[index]
                // The published diagnostic carries its fixes already in protocol ranges.
                for (position, fix) in (published.data?.fixes ?? []).enumerated() {
                    actions.append(CodeAction(
                        title: fix.title, kind: CodeActionKind.quickFix, diagnostics: [published],
                        isPreferred: position == 0 && fix.isSafe ? true : nil,
                        edit: workspaceEdit(document, fix.edits)
                    ))
                }
                if (result.settings?.linter ?? settingsStore.workspace.builtInLinter()).rule(diagnostic.rule)?.description.acceptedWords == .offered, let accept = acceptWordAction(diagnostic, published, result) {
                    actions.append(accept)
                }
                if let disable = disableAction(diagnostic, published, document) {
                    actions.append(disable)
                }
            }
        }
        if wanted(CodeActionKind.fixAll) {
            let safe = result.diagnostics.filter { $0.fixes.first?.isSafe == true }
            let applied = FixApplier.applyFirstFixes(of: safe, to: document.source.bytes, safeOnly: true).applied
            if !applied.isEmpty {
                let edits = applied.sorted { $0.range.lowerBound < $1.range.lowerBound }.map {
                    LSPTextEdit(range: document.source.lspRange($0.range, client.positionEncoding), newText: $0.newText)
                }
                actions.append(CodeAction(title: "Fix all CareLint problems that have a safe fix", kind: CodeActionKind.fixAll, diagnostics: nil, isPreferred: nil, edit: workspaceEdit(document, edits)))
            }
        }
        return actions
    }

    /// Edits to one open document, in the form the client takes.
    func workspaceEdit(_ document: OpenDocument, _ edits: [LSPTextEdit]) -> WorkspaceEdit {
        if client.documentChanges {
            return WorkspaceEdit(changes: nil, documentChanges: [.edit(OptionalVersionedTextDocumentIdentifier(uri: document.uri, version: document.version), edits)])
        }
        return WorkspaceEdit(changes: [document.uri: edits], documentChanges: nil)
    }

    /// "Disable RULE for this line": a `carelint-disable-next-line` comment on its own line above, where a line
    /// of its own cannot change the page (the start of a block, or HTML); inside a paragraph, list or table a
    /// comment line would split it, so there the comment goes at the end of the line (`carelint-disable-line`).
    private func disableAction(_ diagnostic: Diagnostic, _ published: LSPDiagnostic, _ document: OpenDocument) -> CodeAction? {
        let source = document.source
        guard source.format != .plainText else { return nil }  // plain text has no comments
        let encoding = client.positionEncoding
        let line = source.lineIndex(of: diagnostic.range.lowerBound)
        let content = source.lineContentRange(line)
        let bytes = source.bytes
        var indentEnd = content.lowerBound
        while indentEnd < content.upperBound, bytes[indentEnd] == 0x20 || bytes[indentEnd] == 0x09 { indentEnd += 1 }
        let indent = String(decoding: bytes[content.lowerBound..<indentEnd], as: UTF8.self)
        let title = "Disable \(diagnostic.rule) for this line"
        func action(_ offset: Int, _ text: String) -> CodeAction {
            let position = source.lspPosition(at: offset, encoding)
            return CodeAction(title: title, kind: CodeActionKind.quickFix, diagnostics: [published], isPreferred: nil,
                              edit: workspaceEdit(document, [LSPTextEdit(range: LSPRange(start: position, end: position), newText: text)]))
        }
        // A comment above that already disables other rules for the next line takes this one too.
        if line > 0 {
            let previous = source.lineContentRange(line - 1)
            let text = String(decoding: bytes[previous], as: UTF8.self)
            let trimmed = text.trimmingSpaces
            if trimmed.hasPrefix("<!-- carelint-disable-next-line "), trimmed.hasSuffix("-->"), !trimmed.contains(" -- "),
               let close = text.range(of: "-->", options: .backwards) {
                if trimmed.split(separator: " ").contains(Substring(diagnostic.rule)) { return nil }
                var before = text[..<close.lowerBound]
                while before.last == " " { before.removeLast() }
                return action(previous.lowerBound + before.utf8.count, " " + diagnostic.rule)
            }
        }
        let lineEnding = source.lineCount > 1 && content.upperBound < bytes.count && bytes[content.upperBound] == 0x0D ? "\r\n" : "\n"
        if source.format == .html || startsBlock(line, in: source) {
            return action(content.lowerBound, "\(indent)<!-- carelint-disable-next-line \(diagnostic.rule) -->\(lineEnding)")
        }
        return action(content.upperBound, " <!-- carelint-disable-line \(diagnostic.rule) -->")
    }

    /// True when a Markdown line begins a block: the first line, after a blank line, or a heading.
    private func startsBlock(_ line: Int, in source: SourceDocument) -> Bool {
        let content = source.lineContentRange(line)
        let bytes = source.bytes
        var index = content.lowerBound
        while index < content.upperBound, bytes[index] == 0x20 { index += 1 }
        if index < content.upperBound, bytes[index] == UInt8(ascii: "#") { return true }
        guard line > 0 else { return true }
        let previous = source.lineContentRange(line - 1)
        let blank = bytes[previous].allSatisfy { $0 == 0x20 || $0 == 0x09 }
        let rule = bytes[previous].elementsEqual("---".utf8)  // front matter end, thematic break or setext underline
        return blank || rule
    }
}
