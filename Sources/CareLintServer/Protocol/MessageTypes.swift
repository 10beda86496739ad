/// A request the server answers: its method name, the type of its `params` and the type of its result.
///
/// Each message names its own method (`static let method`), so the handler table, the decoder's error messages
/// and the documentation cannot disagree about it.
protocol RequestType {
    /// What `params` decodes to (`NoParams` when the request has none).
    associatedtype Params: Decodable & Sendable
    /// What the response's `result` encodes from.
    associatedtype Response: Encodable
    /// The JSON-RPC method name.
    static var method: String { get }
}

/// A notification the server reads: its method name and the type of its `params`.
protocol NotificationType {
    /// What `params` decodes to (`NoParams` when the notification has none, or the server ignores them).
    associatedtype Params: Decodable & Sendable
    /// The JSON-RPC method name.
    static var method: String { get }
}

/// The `params` of a message that has none, or whose `params` the server does not read: nothing is decoded.
struct NoParams: Decodable, Sendable {}

/// The requests the server answers.
enum Requests {
    struct InitializeRequest: RequestType {
        typealias Params = InitializeParams
        typealias Response = InitializeResult
        static let method = "initialize"
    }

    struct ShutdownRequest: RequestType {
        typealias Params = NoParams
        typealias Response = LSPAny
        static let method = "shutdown"
    }

    struct CodeActionsRequest: RequestType {
        typealias Params = CodeActionParams
        typealias Response = [CodeAction]
        static let method = "textDocument/codeAction"
    }

    struct HoverRequest: RequestType {
        typealias Params = TextDocumentPositionParams
        typealias Response = Hover?
        static let method = "textDocument/hover"
    }

    struct DiagnosticRequest: RequestType {
        typealias Params = DocumentDiagnosticParams
        typealias Response = DocumentDiagnosticReport
        static let method = "textDocument/diagnostic"
    }

    struct ReadabilityRequest: RequestType {
        typealias Params = ReadabilityParams
        typealias Response = ReadabilityResult?
        static var method: String { LanguageServer.readabilityMethod }
    }

    struct ScorecardRequest: RequestType {
        typealias Params = ScorecardParams
        typealias Response = ScorecardResult?
        static var method: String { LanguageServer.scorecardMethod }
    }
}

/// The notifications the server reads.
enum Notifications {
    struct InitializedNotification: NotificationType {
        typealias Params = NoParams
        static let method = "initialized"
    }

    struct ExitNotification: NotificationType {
        typealias Params = NoParams
        static let method = "exit"
    }

    struct DidOpenNotification: NotificationType {
        typealias Params = DidOpenTextDocumentParams
        static let method = "textDocument/didOpen"
    }

    struct DidChangeNotification: NotificationType {
        typealias Params = DidChangeTextDocumentParams
        static let method = "textDocument/didChange"
    }

    struct DidSaveNotification: NotificationType {
        typealias Params = DidSaveTextDocumentParams
        static let method = "textDocument/didSave"
    }

    struct DidCloseNotification: NotificationType {
        typealias Params = DidCloseTextDocumentParams
        static let method = "textDocument/didClose"
    }

    struct DidChangeWatchedFilesNotification: NotificationType {
        typealias Params = DidChangeWatchedFilesParams
        static let method = "workspace/didChangeWatchedFiles"
    }

    struct DidChangeConfigurationNotification: NotificationType {
        typealias Params = DidChangeConfigurationParams
        static let method = "workspace/didChangeConfiguration"
    }

    /// Read by the reader thread as soon as it arrives (see `LanguageServer.run`); nothing is left to do later.
    struct CancelRequestNotification: NotificationType {
        typealias Params = CancelParams
        static let method = "$/cancelRequest"
    }

    struct SetTraceNotification: NotificationType {
        typealias Params = NoParams
        static let method = "$/setTrace"
    }

    struct LogTraceNotification: NotificationType {
        typealias Params = NoParams
        static let method = "$/logTrace"
    }
}

/// Messages the server sends.
enum ServerMessages {
    static let publishDiagnostics = "textDocument/publishDiagnostics"
    static let showMessage = "window/showMessage"
    static let logMessage = "window/logMessage"
    static let configuration = "workspace/configuration"
    static let registerCapability = "client/registerCapability"
    static let diagnosticRefresh = "workspace/diagnostic/refresh"
    /// CareLint's own: the diagnostics last published for a version are exact (sent only to a client that asks).
    static let exactDiagnostics = "carelint/exactDiagnostics"
}
