/// A rule's setting in `.carelint.json`: a severity, or an object with a severity and options.
public struct RuleSetting: Sendable, Equatable {
    /// The configured severity, if given.
    public var severity: SeveritySetting?
    /// Option values by name.
    public var options: [String: RuleOptionValue]
    /// Where the setting was written (for error messages about its options).
    public var optionRanges: [String: ByteRange]

    /// Creates a setting.
    public init(severity: SeveritySetting? = nil, options: [String: RuleOptionValue] = [:]) {
        self.severity = severity
        self.options = options
        self.optionRanges = [:]
    }
}

/// Settings that apply to the files matching some globs.
public struct ConfigurationOverride: Sendable, Equatable {
    /// Globs, relative to the configuration file's folder.
    public var files: [String]
    /// The settings for those files (`files`, `ignore` and `overrides` are not allowed inside).
    public var settings: Configuration
}

/// The contents of a `.carelint.json` file. Every key is optional; a missing key takes its default.
public struct Configuration: Sendable, Equatable {
    /// `en-US` (default) or `en-GB`.
    public var locale: ContentLocale?
    /// The target reading grade (default 8).
    public var readingGrade: Double?
    /// Vocabulary packs: built-in names and paths (relative to the configuration file). Default: every built-in pack.
    public var vocabularies: [String]?
    /// Rule settings by id.
    public var rules: [String: RuleSetting]
    /// Words and terms to accept.
    public var accept: [String]
    /// The `acronyms` key: acronyms readers know and capitals that are not acronyms.
    public var acronyms: AcronymSettings?
    /// Globs of files not to lint.
    public var ignore: [String]
    /// Settings for some files.
    public var overrides: [ConfigurationOverride]
    /// Required sections by document type (front matter `type`): section names or heading texts.
    public var template: [String: [String]]?
    /// The health-literacy scorecard's items, thresholds and front-matter fields (top level only).
    public var scorecard: ScorecardSettings?
    /// The folder the file was found in (paths and globs are relative to it); nil for built-in defaults.
    public var directory: String?
    /// The file it was read from.
    public var path: String?
    /// Where keys were written, for later error messages.
    public var origin: ConfigurationOrigin?

    /// The defaults: no file.
    public init() {
        rules = [:]
        accept = []
        ignore = []
        overrides = []
    }

    /// The valid top-level keys.
    public static let keys = ["$schema", "locale", "readingGrade", "vocabularies", "rules", "accept", "acronyms", "ignore", "overrides", "template", "scorecard"]

    /// The keys an override may set (besides `files`, the globs it applies to).
    public static let overrideKeys = ["files", "locale", "readingGrade", "rules", "accept", "template"]

    /// The supported locales' names (`ContentLocale`), for option tables and front matter.
    public static var locales: [String] { ContentLocale.names }
}

/// The `acronyms` key of `.carelint.json`: `{"known": ["BMI"], "ignore": ["NIH"]}`. `vocab/acronym` never asks to
/// spell out either: `known` ones are familiar to this site's readers (like a concept's `wellKnown`), `ignore` ones are
/// capitals that are not acronyms here (a product name, a code).
public struct AcronymSettings: Sendable, Equatable {
    /// The valid keys.
    public static let keys = ["known", "ignore"]

    /// Acronyms the readers know.
    public var known: [String]
    /// Capitals that are not acronyms.
    public var ignore: [String]

    /// Creates settings.
    public init(known: [String] = [], ignore: [String] = []) {
        self.known = known
        self.ignore = ignore
    }
}

/// The settings in force for one document: configuration, overrides, command-line flags and front matter merged.
public struct ResolvedConfiguration: Sendable {
    /// The locale.
    public var locale: String
    /// The target reading grade.
    public var readingGrade: Double
    /// Severity by rule id, for rules whose setting differs from the default.
    public var severities: [String: SeveritySetting]
    /// Options by rule id.
    public var options: [String: [String: RuleOptionValue]]
    /// Accepted words and terms, case-folded.
    public var accepted: Set<String>
    /// Acronyms not to spell out (`acronyms.known` and `acronyms.ignore`), upper-cased.
    public var acronyms: Set<String> = []
    /// Required sections by document type.
    public var template: [String: [String]]?
    /// The scorecard's settings.
    public var scorecard = ScorecardSettings()

    /// The built-in defaults.
    public init(locale: String = "en-US", readingGrade: Double = 8) {
        self.locale = locale
        self.readingGrade = readingGrade
        self.severities = [:]
        self.options = [:]
        self.accepted = []
    }

    /// Resolves a configuration for a file path (relative to the configuration's folder, `/`-separated).
    public init(_ configuration: Configuration, relativePath: String?) {
        self.init()
        apply(configuration)
        if let relativePath {
            for override in configuration.overrides where override.files.contains(where: { Glob($0).matches(relativePath) }) {
                apply(override.settings)
            }
        }
    }

    private mutating func apply(_ configuration: Configuration) {
        if let locale = configuration.locale { self.locale = locale.rawValue }
        if let grade = configuration.readingGrade { readingGrade = grade }
        for (id, setting) in configuration.rules {
            if let severity = setting.severity { severities[id] = severity }
            for (name, value) in setting.options { options[id, default: [:]][name] = value }
        }
        for word in configuration.accept { accept(word) }
        if let settings = configuration.acronyms {
            for acronym in settings.known + settings.ignore { acronyms.insert(acronym.uppercased()) }
        }
        if let template = configuration.template { self.template = template }
        if let scorecard = configuration.scorecard { self.scorecard = scorecard }
    }

    /// Adds an accepted word in the form rules look words up in: case-folded, curly apostrophes made straight.
    public mutating func accept(_ word: String) {
        accepted.insert(word.lowercased().replacingApostrophes)
    }

    /// Applies settings from the command line or an editor, which win over configuration files.
    public mutating func apply(_ overrides: SettingOverrides) {
        for (id, severity) in overrides.severities { severities[id] = severity }
        for (id, values) in overrides.options {
            for (name, value) in values { options[id, default: [:]][name] = value }
        }
        if let locale = overrides.locale { self.locale = locale.rawValue }
        if let grade = overrides.readingGrade { readingGrade = grade }
        for word in overrides.accept { accept(word) }
    }

    /// The severity of a rule here, or nil when it is off.
    public func severity(of description: RuleDescription) -> Severity? {
        (severities[description.id] ?? description.defaultSeverity).severity
    }
}
