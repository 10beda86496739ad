import Foundation

/// A small vocabulary pack and configuration for end-to-end tests: jargon with a plain word, a locale spelling
/// and an acronym, so findings with fixes and related locations are produced on any built-in vocabulary.
enum HouseVocabulary {
    static let pack = """
    {"name": "house", "concepts": [
      {"id": "hepatic", "term": "hepatic", "plain": ["liver"], "plainIsExact": true, "category": "general"},
      {"id": "tumor", "term": "tumor", "spelling": {"en-GB": "tumour"}, "category": "condition"},
      {"id": "hai", "term": "hepatic arterial infusion", "acronym": "HAI", "category": "treatment"}
    ]}
    """

    /// Rules that fire on any short fixture (a draft without front matter has no review date); tests of the CLI
    /// turn them off so each asserts only the findings it is about.
    static let quietRules = #"{"structure/review-date": "off"}"#

    /// A `.carelint.json` with only `quietRules`, for fixtures on the built-in vocabulary.
    static let quietConfiguration = Array(#"{"rules": \#(quietRules)}"#.utf8)

    /// The pack, a `.carelint.json` naming it, and the given text files.
    static func files(_ texts: [String: String]) -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [
            "house.json": Array(pack.utf8),
            ".carelint.json": Array(#"{"vocabularies": ["./house.json"], "rules": \#(quietRules)}"#.utf8),
        ]
        for (path, text) in texts { files[path] = Array(text.utf8) }
        return files
    }
}
