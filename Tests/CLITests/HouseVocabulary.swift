import Foundation

/// A small vocabulary pack and configuration for end-to-end tests: jargon with a plain word, a locale spelling
/// and an acronym, so findings with fixes and related locations are produced on any built-in vocabulary.
enum HouseVocabulary {
    static let pack = """
    {"name": "house", "concepts": [
      {"id": "hepatic", "term": "hepatic", "plain": ["liver"], "category": "general"},
      {"id": "tumor", "term": "tumor", "spelling": {"en-GB": "tumour"}, "category": "condition"},
      {"id": "hai", "term": "hepatic arterial infusion", "acronym": "HAI", "category": "treatment"}
    ]}
    """

    /// The pack, a `.carelint.json` naming it, and the given text files.
    static func files(_ texts: [String: String]) -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [
            "house.json": Array(pack.utf8),
            ".carelint.json": Array(#"{"vocabularies": ["./house.json"]}"#.utf8),
        ]
        for (path, text) in texts { files[path] = Array(text.utf8) }
        return files
    }
}
