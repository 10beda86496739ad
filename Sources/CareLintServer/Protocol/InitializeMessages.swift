/// `initialize` parameters: what the client can do and where its workspace is.
struct InitializeParams: Decodable, Sendable {
    var rootUri: DocumentURI?
    var rootPath: String?
    var workspaceFolders: [WorkspaceFolder]?
    var capabilities: LSPAny
    var initializationOptions: LSPAny?

    private enum CodingKeys: String, CodingKey { case rootUri, rootPath, workspaceFolders, capabilities, initializationOptions }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        // Only `capabilities` is required; the rest is read leniently, since clients differ.
        capabilities = try container.decode(LSPAny.self, forKey: .capabilities)
        guard case .object = capabilities else {
            throw DecodingError.typeMismatch(LSPAny.self, .init(codingPath: [CodingKeys.capabilities], debugDescription: "\"capabilities\" must be an object"))
        }
        rootUri = try? container.decodeIfPresent(String.self, forKey: .rootUri)
        rootPath = try? container.decodeIfPresent(String.self, forKey: .rootPath)
        workspaceFolders = try? container.decodeIfPresent([WorkspaceFolder].self, forKey: .workspaceFolders)
        initializationOptions = try? container.decodeIfPresent(LSPAny.self, forKey: .initializationOptions)
    }
}

/// A folder of the client's workspace.
struct WorkspaceFolder: Codable, Sendable {
    var uri: DocumentURI
    var name: String?
}

/// `initialize` result.
struct InitializeResult: Encodable, Sendable {
    var capabilities: ServerCapabilities
    var serverInfo: ServerInfo

    struct ServerInfo: Encodable, Sendable {
        var name: String
        var version: String
    }
}

/// What the server offers.
struct ServerCapabilities: Encodable, Sendable {
    var positionEncoding: PositionEncoding
    var textDocumentSync: TextDocumentSyncOptions
    var codeActionProvider: CodeActionOptions
    var hoverProvider: Bool
    var diagnosticProvider: DiagnosticOptions?
    var workspace: WorkspaceCapabilities
    var experimental = Experimental()

    /// CareLint's own requests.
    struct Experimental: Encodable, Sendable {
        /// `carelint/readability` is served.
        var readabilityProvider = true
        /// `carelint/scorecard` is served.
        var scorecardProvider = true
        /// `carelint/exactDiagnostics` is sent to a client whose capabilities ask for it.
        var exactDiagnosticsProvider = true
        /// A small edit gets a provisional answer at once and the exact one after a pause (milliseconds); absent
        /// when every answer is exact.
        var provisionalDiagnostics: ProvisionalDiagnostics?
    }

    /// How diagnostics are pushed after an edit.
    struct ProvisionalDiagnostics: Encodable, Sendable {
        /// The pause after the last change before the exact answer.
        var settleDelayMilliseconds: Int
    }

    struct TextDocumentSyncOptions: Encodable, Sendable {
        var openClose = true
        /// 2: incremental.
        var change = 2
        var save = SaveOptions()
    }

    struct SaveOptions: Encodable, Sendable {
        var includeText = false
    }

    struct CodeActionOptions: Encodable, Sendable {
        var codeActionKinds: [String]
        var resolveProvider = false
    }

    struct DiagnosticOptions: Encodable, Sendable {
        var identifier = "carelint"
        var interFileDependencies = false
        var workspaceDiagnostics = false
    }

    struct WorkspaceCapabilities: Encodable, Sendable {
        var workspaceFolders = WorkspaceFoldersOptions()
    }

    struct WorkspaceFoldersOptions: Encodable, Sendable {
        var supported = true
        var changeNotifications = false
    }
}

/// What the server remembers of the client's capabilities.
struct ClientSupport: Sendable {
    var positionEncoding: PositionEncoding = .utf16
    var pullDiagnostics = false
    var workspaceConfiguration = false
    var watchedFilesRegistration = false
    var documentChanges = false
    var createFiles = false
    var diagnosticRefresh = false
    var markdownHover = true
    var codeActionLiterals = true
    var relatedInformation = true
    /// The client wants `carelint/exactDiagnostics` after each exact answer.
    var exactDiagnosticsNotice = false

    init() {}

    init(_ capabilities: LSPAny) {
        let encodings = capabilities["general"]["positionEncodings"].strings
        // UTF-8 is the server's own; UTF-32 next (no surrogate pairs to count); UTF-16, which every client knows, last.
        positionEncoding = [PositionEncoding.utf8, .utf32].first { encodings.contains($0.rawValue) } ?? .utf16
        exactDiagnosticsNotice = capabilities["experimental"]["carelintExactDiagnostics"].bool ?? false
        let textDocument = capabilities["textDocument"]
        pullDiagnostics = textDocument["diagnostic"].isPresent
        let workspace = capabilities["workspace"]
        workspaceConfiguration = workspace["configuration"].bool ?? false
        watchedFilesRegistration = workspace["didChangeWatchedFiles"]["dynamicRegistration"].bool ?? false
        documentChanges = workspace["workspaceEdit"]["documentChanges"].bool ?? false
        createFiles = documentChanges && workspace["workspaceEdit"]["resourceOperations"].strings.contains("create")
        diagnosticRefresh = workspace["diagnostics"]["refreshSupport"].bool ?? false
        let formats = textDocument["hover"]["contentFormat"].strings
        markdownHover = formats.isEmpty || formats.contains("markdown")
        codeActionLiterals = textDocument["codeAction"]["codeActionLiteralSupport"].isPresent || !textDocument["codeAction"].isPresent
        relatedInformation = textDocument["publishDiagnostics"]["relatedInformation"].bool ?? true
    }
}
