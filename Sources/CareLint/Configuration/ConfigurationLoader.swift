import Foundation

/// Where a configuration was read from, kept so that later checks (rule ids, which need the vocabulary) can still
/// point at the exact key.
public struct ConfigurationOrigin: Sendable, Equatable {
    /// The file.
    public var path: String
    /// Its bytes.
    public var bytes: [UInt8]
    /// Where each rule id key is written.
    public var ruleKeys: [String: ByteRange]
    /// Where each rule option key is written, by rule id.
    public var optionKeys: [String: [String: ByteRange]]
    /// Where each `vocabularies` entry is written.
    public var vocabularyEntries: [ByteRange]

    func error(_ range: ByteRange?, _ message: String) -> InputError {
        guard let range else { return InputError(file: path, message: message) }
        return InputError(file: path, bytes: bytes, offset: range.lowerBound, message: message)
    }
}

/// Reads `.carelint.json` files: strict JSON, strict keys, every error with file, line and column.
public enum ConfigurationLoader {
    /// The configuration file name looked for in each folder.
    public static let fileName = ".carelint.json"

    /// Parses configuration bytes. `path` names the file in errors; its folder anchors relative paths and globs.
    public static func parse(_ bytes: [UInt8], path: String) throws(InputError) -> Configuration {
        let root: JSONNode
        do {
            root = try JSONParser.parse(bytes, maximumDepth: 32)
        } catch {
            throw InputError(file: path, bytes: bytes, offset: error.offset, message: error.message)
        }
        var origin = ConfigurationOrigin(path: path, bytes: bytes, ruleKeys: [:], optionKeys: [:], vocabularyEntries: [])
        var reader = JSONFieldReader()
        var configuration = read(root, path: [], reader: &reader, origin: &origin, isOverride: false)
        if let problem = reader.problems.first { throw origin.error(problem.range, problem.message) }
        configuration.path = path
        configuration.directory = (path as NSString).deletingLastPathComponent
        configuration.origin = origin
        return configuration
    }

    /// Loads a configuration file.
    public static func load(path: String) throws(InputError) -> Configuration {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputError(file: path, message: "cannot read the configuration file; check that it exists and is readable")
        }
        return try parse(Array(data), path: path)
    }

    /// The nearest `.carelint.json` in `directory` or a folder above it, or nil.
    public static func discover(from directory: String) -> String? {
        var current = URL(fileURLWithPath: directory).standardizedFileURL.path
        while true {
            let candidate = (current as NSString).appendingPathComponent(fileName)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate, isDirectory: &isDirectory), !isDirectory.boolValue { return candidate }
            let parent = (current as NSString).deletingLastPathComponent
            if parent == current || parent.isEmpty { return nil }
            current = parent
        }
    }

    /// Reads the configuration keys of `node` (the root, or an override when `isOverride`), recording every
    /// problem in `reader` (the caller throws the first). Rule keys and `vocabularies` entries are noted in
    /// `origin` for the checks that need the vocabulary.
    private static func read(_ node: JSONNode, path: [String], reader: inout JSONFieldReader, origin: inout ConfigurationOrigin, isOverride: Bool) -> Configuration {
        var configuration = Configuration()
        let allowed = isOverride ? Configuration.overrideKeys : Configuration.keys.filter { $0 != "$schema" }
        let overrideOnly: ((String) -> String?)? = isOverride ? { key in
            Configuration.keys.contains(key) && key != "$schema" ? "\"\(key)\" cannot be set in an override; set it at the top level" : nil
        } : nil
        reader.forEachMember(
            node, path: path, expected: "expected an object with configuration keys, found \(node.value.typeDescription)",
            allowed: allowed, unknownKeyMessage: overrideOnly
        ) { reader, member in
            let value = member.node
            let keyPath = path + [member.key]
            switch member.key {
            case "locale":
                configuration.locale = reader.locale(value, path: keyPath)
            case "readingGrade":
                configuration.readingGrade = reader.readingGrade(value, path: keyPath)
            case "vocabularies":
                configuration.vocabularies = reader.strings(value, path: keyPath)
                if configuration.vocabularies != nil { origin.vocabularyEntries = value.items.map(\.range) }
            case "accept":
                configuration.accept = reader.accept(value, path: keyPath) ?? []
            case "acronyms":
                configuration.acronyms = acronyms(value, path: keyPath, reader: &reader)
            case "ignore":
                configuration.ignore = globs(value, path: keyPath, reader: &reader) ?? []
            case "rules":
                for (rule, setting) in reader.ruleSettings(value, path: keyPath) ?? [] {
                    origin.ruleKeys[rule.key] = rule.keyRange
                    if case .object(let options) = rule.node.value {
                        for option in options where setting.options[option.key] != nil {
                            origin.optionKeys[rule.key, default: [:]][option.key] = option.keyRange
                        }
                    }
                    configuration.rules[rule.key] = setting
                }
            case "overrides":
                guard case .array(let items) = value.value else {
                    reader.report("\"overrides\" must be an array of objects with \"files\" and settings", path: keyPath, at: value.range)
                    return
                }
                for item in items {
                    guard let files = item["files"] else {
                        reader.report("an override needs \"files\": an array of globs it applies to", path: keyPath, at: item.range)
                        continue
                    }
                    guard let globs = globs(files, path: keyPath + ["files"], reader: &reader) else { continue }
                    let settings = read(item, path: keyPath, reader: &reader, origin: &origin, isOverride: true)
                    configuration.overrides.append(ConfigurationOverride(files: globs, settings: settings))
                }
            case "template":
                let expected = "\"template\" must be an object of document type to required sections, such as {\"condition\": [\"symptoms\", \"treatment\"]}"
                var template: [String: [String]] = [:]
                let isObject = reader.forEachEntry(value, path: keyPath, expected: expected, container: "template") { reader, type in
                    if let sections = reader.strings(type.node, path: keyPath + [type.key], name: "template.\(type.key)") { template[type.key] = sections }
                }
                if isObject { configuration.template = template }
            case "scorecard":
                configuration.scorecard = scorecardSettings(value, path: keyPath, reader: &reader)
            default:
                break
            }
        }
        return configuration
    }

    /// An array of globs, each checked.
    private static func globs(_ node: JSONNode, path: [String], reader: inout JSONFieldReader) -> [String]? {
        guard let patterns = reader.strings(node, path: path) else { return nil }
        for (index, pattern) in patterns.enumerated() {
            if let problem = Glob(pattern).problem {
                reader.report(problem, path: path, at: node.items[index].range)
                return nil
            }
        }
        return patterns
    }

    /// `{"known": [...], "ignore": [...]}`, both optional.
    private static func acronyms(_ node: JSONNode, path: [String], reader: inout JSONFieldReader) -> AcronymSettings? {
        var settings = AcronymSettings()
        let isObject = reader.forEachMember(
            node, path: path, expected: "\"acronyms\" must be an object such as {\"known\": [\"BMI\"], \"ignore\": [\"NIH\"]}",
            allowed: AcronymSettings.keys, container: "acronyms"
        ) { reader, member in
            let words = reader.strings(member.node, path: path + [member.key], name: "acronyms.\(member.key)") ?? []
            if member.key == "known" { settings.known = words } else { settings.ignore = words }
        }
        return isObject ? settings : nil
    }

    /// Checks rule ids and options against the rules that exist (known only once the vocabulary is loaded).
    public static func validateRules(_ configuration: Configuration, against rules: [RuleDescription]) -> [InputError] {
        guard let origin = configuration.origin else { return [] }
        var errors: [InputError] = []
        let byID = Dictionary(rules.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var settings: [(String, RuleSetting)] = configuration.rules.map { ($0.key, $0.value) }
        for override in configuration.overrides { settings += override.settings.rules.map { ($0.key, $0.value) } }
        var reported: Set<String> = []
        for (id, setting) in settings.sorted(by: { (origin.ruleKeys[$0.0]?.lowerBound ?? 0) < (origin.ruleKeys[$1.0]?.lowerBound ?? 0) }) {
            guard let description = byID[id] else {
                guard reported.insert(id).inserted else { continue }
                errors.append(origin.error(origin.ruleKeys[id], SettingFields.unknownRule(id, among: byID.keys)))
                continue
            }
            for problem in SettingFields.optionProblems(setting, of: description) {
                errors.append(origin.error(origin.optionKeys[id]?[problem.option], problem.message))
            }
        }
        return errors
    }
}
