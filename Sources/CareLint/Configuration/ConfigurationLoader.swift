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
        var configuration = try read(root, origin: &origin, isOverride: false)
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

    private static func read(_ node: JSONNode, origin: inout ConfigurationOrigin, isOverride: Bool) throws(InputError) -> Configuration {
        guard case .object(let members) = node.value else {
            throw origin.error(node.range, "expected an object with configuration keys, found \(node.value.typeDescription)")
        }
        var configuration = Configuration()
        var seen: Set<String> = []
        let allowed = isOverride ? ["files", "locale", "readingGrade", "rules", "accept", "template"] : Configuration.keys
        for member in members {
            let key = member.key
            let value = member.node
            guard seen.insert(key).inserted else { throw origin.error(member.keyRange, "duplicate key \"\(key)\"; each key may appear once") }
            guard allowed.contains(key) else {
                var message = "unknown key \(key.quotedForMessage)"
                if isOverride, Configuration.keys.contains(key), key != "$schema" {
                    message = "\"\(key)\" cannot be set in an override; set it at the top level"
                } else if let nearest = NearestName.find(key, among: allowed.filter { $0 != "$schema" }) {
                    message += "; did you mean \"\(nearest)\"?"
                } else {
                    message += "; expected one of: " + allowed.filter { $0 != "$schema" }.joined(separator: ", ")
                }
                throw origin.error(member.keyRange, message)
            }
            switch key {
            case "$schema", "files":
                break
            case "locale":
                let locale = try string(value, key, origin)
                guard let known = Configuration.locales.first(where: { $0.lowercased() == locale.lowercased() }) else {
                    throw origin.error(value.range, "unsupported locale \(locale.quotedForMessage); expected \"en-US\" or \"en-GB\"")
                }
                configuration.locale = known
            case "readingGrade":
                guard case .number(let grade, _) = value.value, ReadingGrade.targetRange.contains(grade) else {
                    throw origin.error(value.range, "\"readingGrade\" must be a number from 1 to 20, such as 8")
                }
                configuration.readingGrade = grade
            case "vocabularies":
                let items = try strings(value, key, origin)
                configuration.vocabularies = items
                origin.vocabularyEntries = value.items.map(\.range)
            case "accept":
                configuration.accept = try strings(value, key, origin)
            case "acronyms":
                configuration.acronyms = try acronyms(value, origin)
            case "ignore":
                configuration.ignore = try strings(value, key, origin)
                for (index, pattern) in configuration.ignore.enumerated() {
                    if let problem = Glob(pattern).problem { throw origin.error(value.items[index].range, problem) }
                }
            case "rules":
                guard case .object(let rules) = value.value else {
                    throw origin.error(value.range, "\"rules\" must be an object of rule id to severity, such as {\"vocab/jargon\": \"warning\"}")
                }
                for rule in rules {
                    configuration.rules[rule.key] = try ruleSetting(rule, origin: &origin)
                }
            case "overrides":
                guard case .array(let items) = value.value else {
                    throw origin.error(value.range, "\"overrides\" must be an array of objects with \"files\" and settings")
                }
                for item in items {
                    guard let files = item["files"] else {
                        throw origin.error(item.range, "an override needs \"files\": an array of globs it applies to")
                    }
                    let globs = try strings(files, "files", origin)
                    for (index, pattern) in globs.enumerated() {
                        if let problem = Glob(pattern).problem { throw origin.error(files.items[index].range, problem) }
                    }
                    let settings = try read(item, origin: &origin, isOverride: true)
                    configuration.overrides.append(ConfigurationOverride(files: globs, settings: settings))
                }
            case "template":
                guard case .object(let types) = value.value else {
                    throw origin.error(value.range, "\"template\" must be an object of document type to required sections, such as {\"condition\": [\"symptoms\", \"treatment\"]}")
                }
                var template: [String: [String]] = [:]
                for type in types { template[type.key] = try strings(type.node, "template.\(type.key)", origin) }
                configuration.template = template
            case "scorecard":
                configuration.scorecard = try scorecardSettings(value, origin: origin)
            default:
                break
            }
        }
        return configuration
    }

    private static func ruleSetting(_ member: JSONMember, origin: inout ConfigurationOrigin) throws(InputError) -> RuleSetting {
        origin.ruleKeys[member.key] = member.keyRange
        let node = member.node
        switch node.value {
        case .string(let text):
            return RuleSetting(severity: try severity(text, node, origin))
        case .object(let members):
            var setting = RuleSetting()
            for option in members {
                if option.key == "severity" {
                    guard case .string(let text) = option.node.value else {
                        throw origin.error(option.node.range, "\"severity\" must be one of \"error\", \"warning\", \"info\" or \"off\"")
                    }
                    setting.severity = try severity(text, option.node, origin)
                    continue
                }
                origin.optionKeys[member.key, default: [:]][option.key] = option.keyRange
                setting.optionRanges[option.key] = option.node.range
                setting.options[option.key] = try optionValue(option.node, option.key, origin)
            }
            return setting
        default:
            throw origin.error(node.range, "a rule setting is a severity (\"error\", \"warning\", \"info\", \"off\") or an object with \"severity\" and options; found \(node.value.typeDescription)")
        }
    }

    private static func severity(_ text: String, _ node: JSONNode, _ origin: ConfigurationOrigin) throws(InputError) -> SeveritySetting {
        guard let severity = SeveritySetting(rawValue: text) else {
            var message = "unknown severity \(text.quotedForMessage); expected \"error\", \"warning\", \"info\" or \"off\""
            if let nearest = NearestName.find(text, among: SeveritySetting.allCases.map(\.rawValue)) { message += " (did you mean \"\(nearest)\"?)" }
            throw origin.error(node.range, message)
        }
        return severity
    }

    private static func optionValue(_ node: JSONNode, _ key: String, _ origin: ConfigurationOrigin) throws(InputError) -> RuleOptionValue {
        switch node.value {
        case .bool(let value): return .bool(value)
        case .string(let value): return .string(value)
        case .number(let value, let text): return Int(text).map(RuleOptionValue.int) ?? .double(value)
        case .array: return .strings(try strings(node, key, origin))
        default: throw origin.error(node.range, "option \"\(key)\" must be a number, a string, true or false, or an array of strings")
        }
    }

    private static func string(_ node: JSONNode, _ key: String, _ origin: ConfigurationOrigin) throws(InputError) -> String {
        guard case .string(let value) = node.value else {
            throw origin.error(node.range, "\"\(key)\" must be a string, found \(node.value.typeDescription)")
        }
        return value
    }

    /// `{"known": [...], "ignore": [...]}`, both optional.
    private static func acronyms(_ node: JSONNode, _ origin: ConfigurationOrigin) throws(InputError) -> AcronymSettings {
        guard case .object(let members) = node.value else {
            throw origin.error(node.range, "\"acronyms\" must be an object such as {\"known\": [\"BMI\"], \"ignore\": [\"NIH\"]}")
        }
        var settings = AcronymSettings()
        for member in members {
            switch member.key {
            case "known": settings.known = try strings(member.node, "acronyms.known", origin)
            case "ignore": settings.ignore = try strings(member.node, "acronyms.ignore", origin)
            default: throw origin.error(member.keyRange, "unknown key \(member.key.quotedForMessage) in \"acronyms\"; expected \"known\" or \"ignore\"")
            }
        }
        return settings
    }

    private static func strings(_ node: JSONNode, _ key: String, _ origin: ConfigurationOrigin) throws(InputError) -> [String] {
        guard case .array(let items) = node.value else {
            throw origin.error(node.range, "\"\(key)\" must be an array of strings, found \(node.value.typeDescription)")
        }
        var values: [String] = []
        for item in items {
            guard case .string(let value) = item.value else {
                throw origin.error(item.range, "\"\(key)\" must hold only strings, found \(item.value.typeDescription)")
            }
            values.append(value)
        }
        return values
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
                var message = "unknown rule \(id.quotedForMessage)"
                message += NearestName.find(id, among: byID.keys).map { "; did you mean \"\($0)\"?" } ?? "; run `carelint rules` to list the rule ids"
                errors.append(origin.error(origin.ruleKeys[id], message))
                continue
            }
            for (name, value) in setting.options.sorted(by: { $0.key < $1.key }) {
                let range = origin.optionKeys[id]?[name]
                guard let option = description.options.first(where: { $0.name == name }) else {
                    let names = description.options.map(\.name)
                    var message = "rule \"\(id)\" has no option \(name.quotedForMessage)"
                    if let nearest = NearestName.find(name, among: names) { message += "; did you mean \"\(nearest)\"?" }
                    else if names.isEmpty { message += "; it takes only \"severity\"" }
                    else { message += "; its options are: " + names.joined(separator: ", ") }
                    errors.append(origin.error(range, message))
                    continue
                }
                if !compatible(value, option.defaultValue) {
                    errors.append(origin.error(range, "option \"\(name)\" of rule \"\(id)\" must be \(option.defaultValue.typeDescription), such as \(option.defaultValue)"))
                }
            }
        }
        return errors
    }

    private static func compatible(_ value: RuleOptionValue, _ expected: RuleOptionValue) -> Bool {
        switch (value, expected) {
        case (.int, .int), (.int, .double), (.double, .double), (.bool, .bool), (.string, .string), (.strings, .strings): true
        default: false
        }
    }
}
