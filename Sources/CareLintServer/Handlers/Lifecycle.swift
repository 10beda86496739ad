import CareLint
import Foundation

/// `initialize`, `initialized` and `shutdown` (`exit` is handled in dispatch).
extension LanguageServer {
    func initialize(_ params: InitializeParams) throws(ResponseError) -> InitializeResult {
        guard lifecycle == .uninitialized else {
            throw ResponseError(code: ResponseError.invalidRequest, message: "\"initialize\" was already received; it may be sent once")
        }
        client = ClientSupport(params.capabilities)
        settingsStore.setRoot(params.workspaceFolders?.first?.uri ?? params.rootUri ?? params.rootPath.map(DocumentStore.uri(ofPath:)))
        if let options = params.initializationOptions, case .object = options {
            applySettings(options["carelint"].isPresent ? options["carelint"] : options, from: "initializationOptions", reload: false)
        }
        settingsStore.reload()
        lifecycle = .running
        log.info("initialized: positions in \(client.positionEncoding.rawValue), diagnostics \(client.pullDiagnostics ? "pulled" : "pushed"), root \(settingsStore.rootPath ?? "(none)")")
        var kinds = [CodeActionKind.quickFix, CodeActionKind.fixAll]
        if !client.codeActionLiterals { kinds = [] }
        var experimental = ServerCapabilities.Experimental()
        if options.settleDelay > 0, !client.pullDiagnostics {
            experimental.provisionalDiagnostics = .init(settleDelayMilliseconds: Int((options.settleDelay * 1000).rounded()))
        }
        return InitializeResult(
            capabilities: ServerCapabilities(
                positionEncoding: client.positionEncoding,
                textDocumentSync: .init(),
                codeActionProvider: .init(codeActionKinds: kinds),
                hoverProvider: true,
                diagnosticProvider: client.pullDiagnostics ? .init() : nil,
                workspace: .init(),
                experimental: experimental
            ),
            serverInfo: .init(name: "carelint-lsp", version: CareLintVersion.string)
        )
    }

    func initialized() {
        for message in heldMessages { send(ServerMessages.showMessage, message) }
        heldMessages = []
        if client.watchedFilesRegistration {
            let watchers = ["**/\(ConfigurationLoader.fileName)", "**/*.json"].map { RegistrationParams.Watcher(globPattern: $0) }
            let registration = RegistrationParams.Registration(id: "carelint-configuration", method: Notifications.DidChangeWatchedFilesNotification.method, registerOptions: .init(watchers: watchers))
            request(ServerMessages.registerCapability, RegistrationParams(registrations: [registration])) { [log] result in
                if case .failure(let error) = result { log.warning("the client refused to watch configuration files: \(error.message)") }
            }
        }
        requestConfiguration()
    }

    func shutdown() -> LSPAny {
        lifecycle = .shutDown
        return .null
    }
}

/// Code action kinds the server offers.
enum CodeActionKind {
    static let quickFix = "quickfix"
    static let fixAll = "source.fixAll.carelint"
}
