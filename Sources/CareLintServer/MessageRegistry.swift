import Foundation

/// The server's handlers by method name: one entry per message type the server reads.
///
/// A request handler decodes the typed `params`, runs and replies (with the result, or the error it threw); a
/// notification handler decodes and runs. Methods absent from the table are "method not found" for requests and
/// ignored for notifications.
struct MessageRegistry {
    /// Decodes, handles and answers one request.
    typealias RequestHandler = (LanguageServer, RequestID, Data) -> Void
    /// Decodes and handles one notification; returns the decoding failure, for the caller to log.
    typealias NotificationHandler = (LanguageServer, Data) -> ResponseError?

    private var requests: [String: RequestHandler] = [:]
    private var notifications: [String: NotificationHandler] = [:]

    /// Registers the handler of a request type.
    mutating func register<Request: RequestType>(
        _: Request.Type, _ handler: @escaping (LanguageServer, Request.Params) throws -> Request.Response
    ) {
        precondition(requests[Request.method] == nil, "\(Request.method) is registered twice")
        requests[Request.method] = { server, id, body in
            do {
                let params = try server.decode(Request.Params.self, body, Request.method)
                server.reply(id, try handler(server, params))
            } catch let error as ResponseError {
                server.reply(id, error: error)
            } catch {
                server.reply(id, error: ResponseError(code: ResponseError.internalError, message: "\(Request.method) failed: \(error)"))
            }
        }
    }

    /// Registers the handler of a notification type.
    mutating func register<Notification: NotificationType>(
        _: Notification.Type, _ handler: @escaping (LanguageServer, Notification.Params) -> Void
    ) {
        precondition(notifications[Notification.method] == nil, "\(Notification.method) is registered twice")
        notifications[Notification.method] = { server, body in
            do throws(ResponseError) {
                handler(server, try server.decode(Notification.Params.self, body, Notification.method))
                return nil
            } catch {
                return error
            }
        }
    }

    /// Registers a notification the server reads and does nothing with (its `params` are not even decoded).
    mutating func ignore<Notification: NotificationType>(_: Notification.Type) {
        precondition(notifications[Notification.method] == nil, "\(Notification.method) is registered twice")
        notifications[Notification.method] = { _, _ in nil }
    }

    /// The handler of a request method, if the server answers it.
    func request(_ method: String) -> RequestHandler? { requests[method] }

    /// The handler of a notification method, if the server reads it.
    func notification(_ method: String) -> NotificationHandler? { notifications[method] }

    /// Every method in the table, sorted (for tests and logs).
    var methods: [String] { (Array(requests.keys) + Array(notifications.keys)).sorted() }

    /// The language server's table.
    static func languageServer() -> MessageRegistry {
        var table = MessageRegistry()
        table.register(Requests.InitializeRequest.self) { server, params in try server.initialize(params) }
        table.register(Requests.ShutdownRequest.self) { server, _ in server.shutdown() }
        table.register(Requests.CodeActionsRequest.self) { server, params in try server.codeActions(params) }
        table.register(Requests.HoverRequest.self) { server, params in try server.hover(params) }
        table.register(Requests.DiagnosticRequest.self) { server, params in try server.pullDiagnostics(params) }
        table.register(Requests.ReadabilityRequest.self) { server, params in try server.readability(params) }
        table.register(Requests.ScorecardRequest.self) { server, params in try server.scorecard(params) }

        table.register(Notifications.InitializedNotification.self) { server, _ in server.initialized() }
        table.register(Notifications.DidOpenNotification.self) { server, params in server.didOpen(params) }
        table.register(Notifications.DidChangeNotification.self) { server, params in server.didChange(params) }
        table.register(Notifications.DidSaveNotification.self) { server, params in server.didSave(params) }
        table.register(Notifications.DidCloseNotification.self) { server, params in server.didClose(params) }
        table.register(Notifications.DidChangeWatchedFilesNotification.self) { server, params in server.didChangeWatchedFiles(params) }
        table.register(Notifications.DidChangeConfigurationNotification.self) { server, params in server.didChangeConfiguration(params) }
        // Cancellations are taken by the reader thread as they arrive; trace settings change nothing here.
        table.ignore(Notifications.CancelRequestNotification.self)
        table.ignore(Notifications.SetTraceNotification.self)
        table.ignore(Notifications.LogTraceNotification.self)
        return table
    }
}
