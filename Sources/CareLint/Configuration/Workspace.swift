import Foundation

/// Settings given on the command line or by an editor, which win over configuration files.
public struct SettingOverrides: Sendable, Equatable {
    /// Severity by rule id (`--rule ID=SEVERITY`).
    public var severities: [String: SeveritySetting] = [:]
    /// `--locale`.
    public var locale: ContentLocale?
    /// `--grade`.
    public var readingGrade: Double?
    /// Extra accepted words.
    public var accept: [String] = []
    /// Rule options by rule id (editor settings).
    public var options: [String: [String: RuleOptionValue]] = [:]

    /// No overrides.
    public init() {}
}

/// What is needed to lint one file: the linter for its configuration and the settings in force.
public struct FileSettings: Sendable {
    /// The linter (vocabulary and rules of the file's configuration).
    public var linter: Linter
    /// The settings in force.
    public var configuration: ResolvedConfiguration
    /// The locale given on the command line, which wins over front matter.
    public var localeOverride: String?
    /// The configuration file in force, if any.
    public var configurationPath: String?
    /// True when the configuration's `ignore` globs exclude the file.
    public var isIgnored: Bool

    /// Creates settings (the language server builds its fallback settings with this).
    public init(linter: Linter, configuration: ResolvedConfiguration, localeOverride: String? = nil, configurationPath: String? = nil, isIgnored: Bool = false) {
        self.linter = linter
        self.configuration = configuration
        self.localeOverride = localeOverride
        self.configurationPath = configurationPath
        self.isIgnored = isIgnored
    }
}

/// Finds and loads configurations and vocabularies once per folder and per file, for the CLI and the server.
/// Safe to use from several threads.
public final class Workspace: @unchecked Sendable {
    private let lock = NSLock()
    private let explicitConfiguration: String?
    private let overrides: SettingOverrides
    private var configurationByDirectory: [String: String?] = [:]
    private var loaded: [String: Result<(Configuration, Linter), ConfigurationFailure>] = [:]
    private var defaultLinter: Linter?

    /// A configuration or vocabulary that could not be loaded.
    public struct ConfigurationFailure: Error, Sendable, CustomStringConvertible {
        /// Every problem found.
        public var errors: [InputError]
        public var description: String { errors.map(\.description).joined(separator: "\n") }
    }

    /// Creates a workspace. With `configurationPath`, that file applies to every document (no discovery).
    public init(configurationPath: String? = nil, overrides: SettingOverrides = SettingOverrides()) {
        self.explicitConfiguration = configurationPath
        self.overrides = overrides
    }

    /// Validates the overrides against the rules of a linter (unknown `--rule` ids).
    public func validateOverrides(with linter: Linter) -> [InputError] {
        overrides.severities.keys.sorted().compactMap { id in
            guard !linter.ruleIDs.contains(id) else { return nil }
            let hint = NearestName.find(id, among: linter.ruleIDs).map { "; did you mean \"\($0)\"?" } ?? "; run `carelint rules` to list the rule ids"
            return InputError(file: "<command line>", message: "unknown rule \"\(id)\" in --rule\(hint)")
        }
    }

    /// The settings for a file (a path on disk, or a name for standard input resolved from the working folder).
    public func settings(forFile path: String) throws(ConfigurationFailure) -> FileSettings {
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        let directory = (absolute as NSString).deletingLastPathComponent
        let configurationPath = explicitConfiguration.map { URL(fileURLWithPath: $0).standardizedFileURL.path } ?? discover(directory)
        var configuration = Configuration()
        let linter: Linter
        if let configurationPath {
            switch load(configurationPath) {
            case .success(let (found, foundLinter)):
                configuration = found
                linter = foundLinter
            case .failure(let failure):
                throw failure
            }
        } else {
            linter = lockedDefaultLinter()
        }
        var relative: String?
        if let base = configuration.directory.map({ URL(fileURLWithPath: $0).standardizedFileURL.path }), absolute.hasPrefix(base + "/") {
            relative = String(absolute.dropFirst(base.count + 1))
        }
        var resolved = ResolvedConfiguration(configuration, relativePath: relative ?? (absolute as NSString).lastPathComponent)
        resolved.apply(overrides)
        let ignored = relative.map { path in configuration.ignore.contains { Glob($0).matches(path) } } ?? false
        return FileSettings(linter: linter, configuration: resolved, localeOverride: overrides.locale?.rawValue, configurationPath: configurationPath, isIgnored: ignored)
    }

    /// The linter with the built-in vocabulary and no configuration.
    public func builtInLinter() -> Linter { lockedDefaultLinter() }

    private func lockedDefaultLinter() -> Linter {
        lock.lock()
        defer { lock.unlock() }
        if let defaultLinter { return defaultLinter }
        let linter = Linter()
        defaultLinter = linter
        return linter
    }

    private func discover(_ directory: String) -> String? {
        lock.lock()
        if let known = configurationByDirectory[directory] { lock.unlock(); return known }
        lock.unlock()
        let found = ConfigurationLoader.discover(from: directory)
        lock.lock()
        configurationByDirectory[directory] = .some(found)
        lock.unlock()
        return found
    }

    private func load(_ path: String) -> Result<(Configuration, Linter), ConfigurationFailure> {
        lock.lock()
        defer { lock.unlock() }
        if let cached = loaded[path] { return cached }
        let result = Workspace.loadUncached(path, overrides: overrides, defaultLinter: { defaultLinter ?? Linter() })
        loaded[path] = result
        return result
    }

    /// Reads a configuration, loads its vocabularies and checks its rule ids.
    static func loadUncached(_ path: String, overrides: SettingOverrides, defaultLinter: () -> Linter) -> Result<(Configuration, Linter), ConfigurationFailure> {
        let configuration: Configuration
        do {
            configuration = try ConfigurationLoader.load(path: path)
        } catch {
            return .failure(ConfigurationFailure(errors: [error]))
        }
        let linter: Linter
        switch vocabulary(for: configuration) {
        case .success(let vocabulary?): linter = Linter(vocabulary: vocabulary)
        case .success(nil): linter = defaultLinter()
        case .failure(let failure): return .failure(failure)
        }
        let errors = ConfigurationLoader.validateRules(configuration, against: linter.rules.map(\.description))
        guard errors.isEmpty else { return .failure(ConfigurationFailure(errors: errors)) }
        return .success((configuration, linter))
    }

    /// The vocabulary a configuration names: nil for the built-in default.
    public static func vocabulary(for configuration: Configuration) -> Result<Vocabulary?, ConfigurationFailure> {
        guard let names = configuration.vocabularies else { return .success(nil) }
        var sources: [PackSource] = []
        var errors: [InputError] = []
        let origin = configuration.origin
        for (index, name) in names.enumerated() {
            let range = origin.flatMap { index < $0.vocabularyEntries.count ? $0.vocabularyEntries[index] : nil }
            if name == "built-in" {
                sources += VocabularyLoader.builtInNames.compactMap { VocabularyLoader.builtInSources[$0] }
            } else if let builtIn = VocabularyLoader.builtInSources[name] {
                sources.append(builtIn)
            } else if name.contains("/") || name.hasSuffix(".json") {
                let base = configuration.directory ?? FileManager.default.currentDirectoryPath
                let path = name.hasPrefix("/") ? name : (base as NSString).appendingPathComponent(name)
                guard let data = FileManager.default.contents(atPath: path) else {
                    let message = "cannot read the vocabulary pack \"\(name)\" (looked for \(path))"
                    errors.append(origin?.error(range, message) ?? InputError(file: path, message: message))
                    continue
                }
                sources.append(PackSource(file: path, bytes: Array(data)))
            } else {
                var message = "unknown built-in vocabulary \"\(name)\""
                let known = VocabularyLoader.builtInNames + ["built-in"]
                message += NearestName.find(name, among: known).map { "; did you mean \"\($0)\"?" }
                    ?? "; built-in packs are " + known.joined(separator: ", ") + ", and a path must end in .json"
                errors.append(origin?.error(range, message) ?? InputError(file: "<configuration>", message: message))
            }
        }
        guard errors.isEmpty else { return .failure(ConfigurationFailure(errors: errors)) }
        do {
            return .success(try VocabularyLoader.load(sources))
        } catch {
            return .failure(ConfigurationFailure(errors: error.errors))
        }
    }
}
