/// Editor settings (the `carelint` section of the client's settings) read into `SettingOverrides` with the same
/// checks and sentences as `.carelint.json` (`SettingFields`).
extension SettingOverrides {
    /// The keys editor settings may set.
    public static let keys = ["locale", "readingGrade", "rules", "accept"]

    /// The sentence for a section that is not an object.
    public static let sectionMessage = "the \"carelint\" section must be an object of settings"

    /// Reads editor settings leniently (`JSONFieldReader.lenient`): a bad value is a problem in `reader` and is left
    /// out, the good ones apply. Keys other than `keys` are left to `reader.ignoredKeys` unless they are a near miss
    /// of one (clients keep their own settings in the same section). A rule id that `rules` does not describe is
    /// reported and kept (a project pack may define it); options are checked against the rule's description.
    public init(editorSettings node: JSONNode, reader: inout JSONFieldReader, rules: [RuleDescription]) {
        self.init()
        guard !reader.isAbsent(node) else { return }
        let byID = Dictionary(rules.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var next = SettingOverrides()
        reader.forEachMember(node, path: [], expected: Self.sectionMessage, allowed: Self.keys, unknownKeys: .nearMissesOnly) { reader, member in
            guard !reader.isAbsent(member.node) else { return }
            let path = [member.key]
            switch member.key {
            case "locale":
                next.locale = reader.locale(member.node, path: path)
            case "readingGrade":
                next.readingGrade = reader.readingGrade(member.node, path: path)
            case "accept":
                next.accept = reader.accept(member.node, path: path) ?? []
            case "rules":
                for (rule, var setting) in reader.ruleSettings(member.node, path: path) ?? [] {
                    if let description = byID[rule.key] {
                        for problem in SettingFields.optionProblems(setting, of: description) {
                            reader.report(problem.message, path: path + [rule.key], at: setting.optionRanges[problem.option])
                            setting.options[problem.option] = nil
                        }
                    } else {
                        reader.report(SettingFields.unknownRule(rule.key, among: byID.keys) + " (kept, in case a project pack defines it)", path: path, at: rule.keyRange)
                    }
                    if let severity = setting.severity { next.severities[rule.key] = severity }
                    if !setting.options.isEmpty { next.options[rule.key] = setting.options }
                }
            default:
                break
            }
        }
        self = next
    }
}
