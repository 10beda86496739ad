import Testing
@testable import CareLint

/// The fast pack decoder must accept exactly what the strict `Codable` decoder accepts, with the same result.
@Suite("Pack fast decoder")
struct PackFastDecoderTests {
    private func both(_ json: String) throws -> (fast: VocabularyPack?, strict: VocabularyPack?) {
        let root = try JSONParser.parse(Array(json.utf8))
        return (PackFastDecoder.decode(root), try? StrictJSONDecoder.decode(VocabularyPack.self, from: root))
    }

    @Test("Every built-in pack decodes to the same value both ways")
    func builtInPacks() throws {
        for name in VocabularyLoader.builtInNames {
            let root = try JSONParser.parse(VocabularyLoader.builtInSources[name]!.bytes)
            let fast = try #require(PackFastDecoder.decode(root), "\(name) fell back to the strict decoder")
            #expect(fast == (try StrictJSONDecoder.decode(VocabularyPack.self, from: root)), "\(name)")
        }
    }

    @Test("Nulls, $schema, optional keys and examples decode as the strict decoder does")
    func optionalShapes() throws {
        let json = #"""
        {"$schema": "x", "name": "house", "version": null, "description": "d",
         "concepts": [{"id": "a", "term": "b", "definition": null, "acronym": "AB", "wellKnown": true,
                       "category": "test", "spelling": {"en-GB": "bb", "$schema": "y"}, "variants": null}],
         "spellings": [{"en-US": "color", "en-GB": "colour"}],
         "lists": {"hedges": ["may", "might"], "$schema": []},
         "rules": [{"id": "house/x", "kind": "substitution", "severity": "warning", "summary": "s", "message": "m",
                    "caseSensitive": true, "entries": [{"pattern": "p", "replacement": "q", "message": null}],
                    "examples": {"triggering": [{"text": "1️⃣p", "fixed": "q"}]}}]}
        """#
        let (fast, strict) = try both(json)
        #expect(fast != nil)
        #expect(fast == strict)
    }

    @Test("Whatever the strict decoder rejects, the fast one rejects too (so the strict error is reported)")
    func rejections() throws {
        let bad = [
            #"{"name": 1}"#,
            #"{"version": "1"}"#,
            #"{"name": "a", "name": "b"}"#,
            #"{"name": "a", "nmae": "b"}"#,
            #"{"name": "a", "concepts": [{"id": "a", "term": "b", "category": "nope"}]}"#,
            #"{"name": "a", "concepts": [{"id": "a", "term": "b"}]}"#,
            #"{"name": "a", "concepts": [{"id": "a", "term": null, "category": "test"}]}"#,
            #"{"name": "a", "concepts": [{"id": "a", "term": "b", "category": "test", "spelling": {"en-AU": "c"}}]}"#,
            #"{"name": "a", "concepts": [{"id": "a", "term": "b", "category": "test", "plain": ["c", 1]}]}"#,
            #"{"name": "a", "concepts": [{"id": "a", "term": "b", "category": "test", "wellKnown": "yes"}]}"#,
            #"{"name": "a", "spellings": [{"en-US": "color"}]}"#,
            #"{"name": "a", "lists": {"l": "x"}}"#,
            #"{"name": "a", "rules": [{"id": "r", "kind": "existence", "severity": "loud", "summary": "s", "message": "m", "entries": []}]}"#,
            #"{"name": "a", "rules": [{"id": "r", "kind": "existence", "severity": "off", "summary": "s", "message": "m"}]}"#,
            #"{"name": "a", "rules": [{"id": "r", "kind": "existence", "severity": "off", "summary": "s", "message": "m", "entries": null}]}"#,
            #"{"name": "a", "rules": [{"id": "r", "kind": "existence", "severity": "off", "summary": "s", "message": "m", "entries": [{"pattern": "p", "extra": 1}]}]}"#,
            #"["name"]"#,
        ]
        for json in bad {
            let (fast, strict) = try both(json)
            #expect(strict == nil, "the strict decoder accepts \(json)")
            #expect(fast == nil, "the fast decoder accepts \(json)")
        }
    }
}
