import CareLint
import Foundation

/// Where settings come from and what the server remembers of them: the workspace (configuration files and
/// packs, cached), the editor's overrides, the last good settings of each document, the failures already
/// reported, and the configuration files the server offered to edit.
struct SettingsStore {
    /// Configuration files and packs, loaded once each until a reload.
    private(set) var workspace = Workspace()
    /// The editor's settings (`initializationOptions`, `workspace/configuration`, `didChangeConfiguration`).
    private(set) var overrides = SettingOverrides()
    /// The client's workspace root.
    private(set) var rootURI: DocumentURI?
    /// The root as a path, when it is a `file:` URI.
    private(set) var rootPath: String?
    /// The settings each document was last linted with successfully.
    private var lastGood: [DocumentURI: FileSettings] = [:]
    /// Configuration failures already shown to the writer since the last reload.
    private var reportedFailures: Set<String> = []
    /// Configuration files this server offered to edit ("Add to accepted words"), with their modification stamp
    /// then: a client that sends no `workspace/didChangeWatchedFiles` still gets the edit applied once saved.
    /// (nil: the file did not exist yet).
    private var editedConfigurations: [String: FileStamp?] = [:]

    /// Sets the workspace root (from `initialize`).
    mutating func setRoot(_ uri: DocumentURI?) {
        rootURI = uri
        rootPath = uri.flatMap(DocumentStore.path(of:))
    }

    /// Replaces the editor's settings; false when they did not change.
    mutating func setOverrides(_ next: SettingOverrides) -> Bool {
        guard next != overrides else { return false }
        overrides = next
        return true
    }

    /// Forgets every loaded configuration and pack and every reported failure; edited files are stamped anew.
    mutating func reload() {
        workspace = Workspace(overrides: overrides)
        for path in editedConfigurations.keys { editedConfigurations.updateValue(FileStamp(path: path), forKey: path) }
        reportedFailures = []
    }

    /// The path a document's configuration is looked up from (a document without a path sits in the root).
    func lookupPath(for document: OpenDocument, workingDirectory: String) -> String {
        document.path ?? ((rootPath ?? workingDirectory) as NSString).appendingPathComponent((document.uri as NSString).lastPathComponent)
    }

    /// The settings for a document, remembered as its last good ones; a failure leaves the last good ones.
    mutating func settings(for document: OpenDocument, workingDirectory: String) throws(Workspace.ConfigurationFailure) -> FileSettings {
        let settings = try workspace.settings(forFile: lookupPath(for: document, workingDirectory: workingDirectory))
        lastGood[document.uri] = settings
        return settings
    }

    /// The settings a document was last linted with, if any.
    func lastGoodSettings(for uri: DocumentURI) -> FileSettings? { lastGood[uri] }

    /// The built-in defaults with the editor's overrides.
    func defaultSettings() -> FileSettings {
        var configuration = ResolvedConfiguration()
        configuration.apply(overrides)
        return FileSettings(linter: workspace.builtInLinter(), configuration: configuration, localeOverride: overrides.locale?.rawValue, configurationPath: nil, isIgnored: false)
    }

    /// True the first time a failure is seen since the last reload.
    mutating func isNewFailure(_ failure: Workspace.ConfigurationFailure) -> Bool {
        reportedFailures.insert(failure.description).inserted
    }

    /// Notes that the server offered to edit a configuration file (its stamp now, the first time).
    mutating func noteEditOffered(_ path: String) {
        if !editedConfigurations.keys.contains(path) {
            editedConfigurations.updateValue(FileStamp(path: path), forKey: path)
        }
    }

    /// The configuration files the server offered to edit that changed on disk since, sorted; they are forgotten
    /// (one `stat` per such file; nothing when there is none).
    mutating func takeChangedEditedConfigurations() -> [String] {
        guard !editedConfigurations.isEmpty else { return [] }
        let changed = editedConfigurations.filter { FileStamp(path: $0.key) != $0.value }.keys.sorted()
        if !changed.isEmpty { editedConfigurations = [:] }
        return changed
    }

    /// Forgets a closed document.
    mutating func forget(_ uri: DocumentURI) {
        lastGood[uri] = nil
    }
}
