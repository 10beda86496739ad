/// The spelling locales CareLint checks against: the `locale` setting of `.carelint.json`, editor settings and
/// `--locale`.
public enum ContentLocale: String, JSONChoice, Codable {
    /// American English (the default).
    case enUS = "en-US"
    /// British English.
    case enGB = "en-GB"

    public static var choiceName: String { "locale" }
    /// "fr-FR" is a locale; CareLint does not support it.
    public static var unknownAdjective: String { "unsupported" }

    /// The locale written in any case ("en-gb").
    public init?(matching text: String) {
        guard let found = Self.allCases.first(where: { $0.rawValue.lowercased() == text.lowercased() }) else { return nil }
        self = found
    }
}
