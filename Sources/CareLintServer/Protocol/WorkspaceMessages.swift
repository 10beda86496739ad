/// `workspace/didChangeWatchedFiles` parameters.
struct DidChangeWatchedFilesParams: Codable, Sendable {
    var changes: [FileEvent]

    struct FileEvent: Codable, Sendable {
        var uri: DocumentURI
        /// 1 created, 2 changed, 3 deleted.
        var type: Int
    }
}

/// `workspace/didChangeConfiguration` parameters.
struct DidChangeConfigurationParams: Decodable, Sendable {
    var settings: LSPAny?
}

/// `workspace/configuration` parameters (sent by the server).
struct ConfigurationParams: Encodable, Sendable {
    var items: [Item]

    struct Item: Encodable, Sendable {
        var scopeUri: DocumentURI?
        var section: String
    }
}

/// `client/registerCapability` parameters (sent by the server).
struct RegistrationParams: Encodable, Sendable {
    var registrations: [Registration]

    struct Registration: Encodable, Sendable {
        var id: String
        var method: String
        var registerOptions: WatchedFilesOptions
    }

    struct WatchedFilesOptions: Encodable, Sendable {
        var watchers: [Watcher]
    }

    struct Watcher: Encodable, Sendable {
        var globPattern: String
    }
}
