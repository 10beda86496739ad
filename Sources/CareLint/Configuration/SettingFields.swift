/// The settings `.carelint.json` and editor settings share (`locale`, `readingGrade`, `rules`, `accept`), each
/// read and checked once here, with one wording per fact, for both.
extension JSONFieldReader {
    /// `locale`: "en-US" or "en-GB", in any case.
    public mutating func locale(_ node: JSONNode, path: [String]) -> ContentLocale? {
        choice(ContentLocale.self, node, path: path)
    }

    /// `readingGrade`: a number in `ReadingGrade.targetRange`.
    public mutating func readingGrade(_ node: JSONNode, path: [String]) -> Double? {
        number(node, path: path, in: ReadingGrade.targetRange, message: SettingFields.readingGradeMessage)
    }

    /// `accept`: words and terms to accept.
    public mutating func accept(_ node: JSONNode, path: [String]) -> [String]? {
        strings(node, path: path)
    }

    /// `rules`: rule id to a severity, or to an object with `severity` and options. Each rule's member (for its
    /// key's position) with its setting; a bad setting is reported and left out.
    public mutating func ruleSettings(_ node: JSONNode, path: [String]) -> [(JSONMember, RuleSetting)]? {
        var settings: [(JSONMember, RuleSetting)] = []
        let isObject = forEachEntry(node, path: path, expected: SettingFields.rulesMessage, container: path.last) { reader, rule in
            if let setting = reader.ruleSetting(rule.node, path: path + [rule.key]) { settings.append((rule, setting)) }
        }
        return isObject ? settings : nil
    }

    private mutating func ruleSetting(_ node: JSONNode, path: [String]) -> RuleSetting? {
        if case .string(let text) = node.value {
            return choice(SeveritySetting.self, text, node: node, path: path).map { RuleSetting(severity: $0) }
        }
        let wrongType = SettingFields.ruleSettingMessage + "; found \(node.value.typeDescription)"
        var setting = RuleSetting()
        let problems = self.problems.count
        let isObject = forEachEntry(node, path: path, expected: wrongType, container: path.last) { reader, option in
            if option.key == "severity" {
                setting.severity = reader.choice(SeveritySetting.self, option.node, path: path + ["severity"])
                return
            }
            if case .array = option.node.value, reader.strings(option.node, path: path + [option.key]) == nil { return }
            guard let value = SettingFields.optionValue(option.node) else {
                reader.report("option \(option.key.quotedForMessage) must be a number, a string, true or false, or an array of strings", path: path, at: option.node.range)
                return
            }
            setting.optionRanges[option.key] = option.node.range
            setting.options[option.key] = value
        }
        return isObject && self.problems.count == problems ? setting : nil
    }
}

/// The sentences and checks of the shared settings that are not a single reader call.
public enum SettingFields {
    /// A reading grade out of range or not a number.
    public static var readingGradeMessage: String {
        let range = ReadingGrade.targetRange
        return "\"readingGrade\" must be a number from \(Int(range.lowerBound)) to \(Int(range.upperBound)), such as 8"
    }

    /// `rules` that is not an object.
    public static let rulesMessage = "\"rules\" must be an object of rule id to severity, such as {\"vocab/jargon\": \"warning\"}"

    /// A rule's setting that is neither a severity nor an object.
    public static var ruleSettingMessage: String {
        "a rule setting is a severity (\(JSONWording.list(SeveritySetting.names))) or an object with \"severity\" and options"
    }

    /// An option's value, or nil for a type options never take (null, an object, an array of non-strings).
    static func optionValue(_ node: JSONNode) -> RuleOptionValue? {
        switch node.value {
        case .bool(let value): return .bool(value)
        case .string(let value): return .string(value)
        case .number(let value, let text): return Int(text).map(RuleOptionValue.int) ?? .double(value)
        case .array(let items):
            var strings: [String] = []
            for item in items {
                guard case .string(let text) = item.value else { return nil }
                strings.append(text)
            }
            return .strings(strings)
        default: return nil
        }
    }

    /// A rule id no rule has: the nearest id, or where to find them.
    public static func unknownRule(_ id: String, among ids: some Sequence<String>) -> String {
        "unknown rule \(id.quotedForMessage)" + (NearestName.find(id, among: ids).map { "; did you mean \"\($0)\"?" } ?? "; run `carelint rules` to list the rule ids")
    }

    /// The problems of one rule's options against its description, each with the option it is about, in name
    /// order: an option the rule does not have, or a value of the wrong type.
    public static func optionProblems(_ setting: RuleSetting, of description: RuleDescription) -> [(option: String, message: String)] {
        var problems: [(String, String)] = []
        let id = description.id
        for (name, value) in setting.options.sorted(by: { $0.key < $1.key }) {
            guard let option = description.options.first(where: { $0.name == name }) else {
                let names = description.options.map(\.name)
                var message = "rule \"\(id)\" has no option \(name.quotedForMessage)"
                if let nearest = NearestName.find(name, among: names) { message += "; did you mean \"\(nearest)\"?" }
                else if names.isEmpty { message += "; it takes only \"severity\"" }
                else { message += "; its options are: " + names.joined(separator: ", ") }
                problems.append((name, message))
                continue
            }
            if !compatible(value, option.defaultValue) {
                problems.append((name, "option \"\(name)\" of rule \"\(id)\" must be \(option.defaultValue.typeDescription), such as \(option.defaultValue)"))
            }
        }
        return problems
    }

    private static func compatible(_ value: RuleOptionValue, _ expected: RuleOptionValue) -> Bool {
        switch (value, expected) {
        case (.int, .int), (.int, .double), (.double, .double), (.bool, .bool), (.string, .string), (.strings, .strings): true
        default: false
        }
    }
}
