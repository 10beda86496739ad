import CareLint
import Foundation

/// `textDocument/didOpen`, `didChange`, `didSave` and `didClose`: keeping the server's copy in step.
extension LanguageServer {
    func didOpen(_ params: DidOpenTextDocumentParams) {
        let item = params.textDocument
        let document = documents.open(uri: item.uri, languageId: item.languageId, version: item.version, text: item.text)
        diagnostics.invalidate(item.uri)
        if isConfigurationFile(document) {
            validateConfigurationDocument(document)
        }
        markDirty(item.uri)
    }

    func didChange(_ params: DidChangeTextDocumentParams) {
        let uri = params.textDocument.uri
        let previous = documents[uri]?.version
        let previousRevision = documents[uri]?.revision
        do {
            let (_, edits) = try documents.change(uri: uri, version: params.textDocument.version, changes: params.contentChanges, encoding: client.positionEncoding)
            if let previousRevision { diagnostics.noteEdits(uri, previous: previousRevision, edits) }
        } catch {
            // A notification gets no response: the writer is told, and the server keeps its last good copy.
            if documents[uri] == nil {
                log.warning("textDocument/didChange: \(error.message)")
            } else {
                showMessage(.warning, "carelint: \(error.message). Diagnostics may be out of date until the document is reopened.")
            }
            return
        }
        if let document = documents[uri], isConfigurationFile(document) {
            validateConfigurationDocument(document)
        }
        if let previous, params.textDocument.version <= previous {
            log.warning("textDocument/didChange: version \(params.textDocument.version) of \(uri) follows version \(previous); versions should increase. The change was applied.")
        }
        markDirty(uri)
    }

    func didSave(_ params: DidSaveTextDocumentParams) {
        let uri = params.textDocument.uri
        guard let document = documents[uri] else { return }
        if isConfigurationFile(document) || document.uri.lowercased().hasSuffix(".json") {
            reloadConfiguration(because: "\(uri) was saved")
        } else {
            diagnostics.invalidate(uri)
            markDirty(uri)
        }
    }

    func didClose(_ params: DidCloseTextDocumentParams) {
        let uri = params.textDocument.uri
        guard documents.close(uri: uri) != nil else { return }
        diagnostics.forget(uri)
        settingsStore.forget(uri)
        if !client.pullDiagnostics {
            publish(PublishDiagnosticsParams(uri: uri, version: nil, diagnostics: []))
        }
    }

    func isConfigurationFile(_ document: OpenDocument) -> Bool {
        (document.path.map { ($0 as NSString).lastPathComponent } ?? "") == ConfigurationLoader.fileName
    }
}
