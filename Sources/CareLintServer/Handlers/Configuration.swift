import CareLint
import Foundation

/// Settings: `.carelint.json` per document, `workspace/configuration`, reloading, and reporting broken files.
extension LanguageServer {
    /// The settings for a document; with a broken configuration, the last good settings (or the defaults).
    func settings(for document: OpenDocument) -> FileSettings {
        do {
            return try settingsStore.settings(for: document, workingDirectory: options.workingDirectory)
        } catch {
            report(error)
            return settingsStore.lastGoodSettings(for: document.uri) ?? settingsStore.defaultSettings()
        }
    }

    /// Tells the writer once per reload that a configuration or pack is broken, and marks the faults in the
    /// files that are open.
    func report(_ failure: Workspace.ConfigurationFailure) {
        guard settingsStore.isNewFailure(failure) else { return }
        showMessage(.error, "carelint: the configuration could not be loaded; the last good settings stay in force until it is fixed.\n\(failure.description)")
        attach(failure.errors)
    }

    /// Publishes configuration errors on the files they point at, when those files are open.
    private func attach(_ errors: [InputError]) {
        var byURI: [DocumentURI: [LSPDiagnostic]] = [:]
        for error in errors {
            guard let document = documents.document(atPath: error.file) else { continue }
            byURI[document.uri, default: []].append(configurationDiagnostic(error, in: document.source))
        }
        for (uri, problems) in byURI.sorted(by: { $0.key < $1.key }) where diagnostics.setConfigurationProblems(problems, of: uri) {
            if !client.pullDiagnostics {
                publish(PublishDiagnosticsParams(uri: uri, version: documents[uri]?.version, diagnostics: problems))
            }
        }
    }

    /// An error in a configuration or pack as a diagnostic on the token it points at.
    func configurationDiagnostic(_ error: InputError, in source: SourceDocument) -> LSPDiagnostic {
        var start = 0
        if let line = error.line, line >= 1, line <= source.lineCount {
            let content = source.lineContentRange(line - 1)
            start = content.lowerBound
            var column = 1
            while start < content.upperBound, column < (error.column ?? 1) {
                start += 1
                while start < content.upperBound, source.bytes[start] & 0xC0 == 0x80 { start += 1 }
                column += 1
            }
        }
        let bytes = source.bytes
        // Some errors point at the blank before a key; the diagnostic marks the token itself.
        while start < bytes.count, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
        var end = start
        if end < bytes.count, bytes[end] == UInt8(ascii: "\"") {
            end += 1
            while end < bytes.count, bytes[end] != UInt8(ascii: "\""), bytes[end] != 0x0A {
                end += bytes[end] == UInt8(ascii: "\\") ? 2 : 1
            }
            end = min(end + 1, bytes.count)
        } else {
            while end < bytes.count, !" \t\r\n,:}]".utf8.contains(bytes[end]) { end += 1 }
        }
        return LSPDiagnostic(
            range: source.lspRange(start..<end, client.positionEncoding), severity: 1, code: nil, codeDescription: nil,
            source: "carelint", message: error.message, relatedInformation: nil, data: nil
        )
    }

    /// Checks an open `.carelint.json` as written in the editor: syntax, keys, packs and rule ids.
    func validateConfigurationDocument(_ document: OpenDocument) {
        guard let path = document.path else { return }
        var errors: [InputError] = []
        do {
            let configuration = try ConfigurationLoader.parse(document.source.bytes, path: path)
            switch Workspace.vocabulary(for: configuration) {
            case .failure(let failure):
                errors = failure.errors
            case .success(let vocabulary):
                let linter = vocabulary.map { Linter(vocabulary: $0) } ?? settingsStore.workspace.builtInLinter()
                errors = ConfigurationLoader.validateRules(configuration, against: linter.rules.map(\.description))
            }
        } catch {
            errors = [error]
        }
        let diagnostics = errors.filter { $0.file == path }.map { configurationDiagnostic($0, in: document.source) }
        let others = errors.filter { $0.file != path }
        if !others.isEmpty { attach(others) }
        if self.diagnostics.setConfigurationProblems(diagnostics, of: document.uri) {
            markDirty(document.uri)
        }
    }

    /// Forgets every loaded configuration and pack, and lints the open documents again.
    func reloadConfiguration(because reason: String) {
        log.info("reloading the configuration: \(reason)")
        settingsStore.reload()
        let previous = diagnostics.invalidateAll()
        for document in documents.documents.values.sorted(by: { $0.uri < $1.uri }) {
            if isConfigurationFile(document) { validateConfigurationDocument(document) }
            markDirty(document.uri)
        }
        lintDirtyDocuments()
        // Files whose faults are gone get their diagnostics cleared.
        for uri in previous.sorted() where diagnostics.configurationProblems(of: uri) == nil && documents[uri] != nil && !client.pullDiagnostics {
            if documents[uri]?.isProse == false {
                publish(PublishDiagnosticsParams(uri: uri, version: documents[uri]?.version, diagnostics: []))
            }
        }
        if client.pullDiagnostics, client.diagnosticRefresh {
            request(ServerMessages.diagnosticRefresh, LSPAny.null) { _ in }
        }
    }

    /// Reloads when a configuration file this server offered to edit changed on disk since (one `stat` per such
    /// file before a lint; nothing when there is none).
    func reloadIfEditedConfigurationChanged() {
        let changed = settingsStore.takeChangedEditedConfigurations()
        guard !changed.isEmpty else { return }
        reloadConfiguration(because: changed.joined(separator: ", ") + " changed on disk after an edit this server offered")
    }

    func didChangeWatchedFiles(_ params: DidChangeWatchedFilesParams) {
        let relevant = params.changes.filter { $0.uri.lowercased().hasSuffix(".json") }
        guard !relevant.isEmpty else { return }
        reloadConfiguration(because: relevant.map(\.uri).joined(separator: ", ") + " changed")
    }

    func didChangeConfiguration(_ params: DidChangeConfigurationParams) {
        if let settings = params.settings, settings["carelint"].isPresent {
            applySettings(settings["carelint"], from: "workspace/didChangeConfiguration", reload: true)
        } else if client.workspaceConfiguration {
            requestConfiguration()
        } else {
            reloadConfiguration(because: "the client's settings changed")
        }
    }

    /// Asks the client for the `carelint` settings section, when it can answer.
    func requestConfiguration() {
        guard client.workspaceConfiguration else { return }
        request(ServerMessages.configuration, ConfigurationParams(items: [.init(scopeUri: settingsStore.rootURI, section: "carelint")])) { [self] result in
            switch result {
            case .success(let body):
                let sections = (try? JSONDecoder().decode(ResultEnvelope<[LSPAny]>.self, from: body))?.result ?? []
                applySettings(sections.first ?? .null, from: "workspace/configuration", reload: true)
            case .failure(let error):
                log.warning("workspace/configuration failed: \(error.message)")
            }
        }
    }

    /// Reads editor settings (`SettingOverrides.keys`) through the library's reader, with its checks and
    /// sentences (the same as for `.carelint.json`); a bad value is reported and left out.
    ///
    /// Keys the server does not read are left alone quietly: clients send their own settings in the same section
    /// (VS Code's `path` and `trace`), so only a near miss of a known key ("readingGrde") is worth a warning.
    /// An empty array stands for an empty object, since some clients (Neovim 0.7) encode `{}` as `[]`.
    func applySettings(_ settings: LSPAny, from origin: String, reload: Bool) {
        var reader = JSONFieldReader(lenient: true)
        let rules = settingsStore.workspace.builtInLinter().rules.map(\.description)
        let next = SettingOverrides(editorSettings: settings.jsonNode, reader: &reader, rules: rules)
        for key in reader.ignoredKeys {
            log.debug("ignored the setting \"\(key)\" from \(origin): carelint reads \(SettingOverrides.keys.joined(separator: ", "))")
        }
        if !reader.problems.isEmpty {
            showMessage(.warning, "carelint: in the settings from \(origin): " + reader.problems.map(\.messageWithPath).joined(separator: "; "))
        }
        guard settingsStore.setOverrides(next) else { return }
        if reload { reloadConfiguration(because: "settings from \(origin)") }
    }
}

extension LSPAny {
    /// The value as a JSON tree without positions, object members in key order, for the library's reader.
    var jsonNode: JSONNode {
        let value: JSONValue
        switch self {
        case .null: value = .null
        case .bool(let bool): value = .bool(bool)
        case .number(let number):
            let text = number.rounded() == number && abs(number) < 1e15 ? String(Int(number)) : String(number)
            value = .number(number, text)
        case .string(let string): value = .string(string)
        case .array(let items): value = .array(items.map(\.jsonNode))
        case .object(let members):
            value = .object(members.sorted { $0.key < $1.key }.map { JSONMember(key: $0.key, keyRange: 0..<0, node: $0.value.jsonNode) })
        }
        return JSONNode(value: value, range: 0..<0)
    }
}
