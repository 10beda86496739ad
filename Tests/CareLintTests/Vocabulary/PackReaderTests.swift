import Testing
@testable import CareLint

/// The pack reader (no tree) must accept only what the strict `Codable` decoder accepts, with the same result.
@Suite("Pack reader")
struct PackReaderTests {
    private func both(_ json: String) throws -> (fast: VocabularyPack?, strict: VocabularyPack?) {
        let root = try? JSONParser.parse(Array(json.utf8))
        return (PackReader.read(Array(json.utf8)), root.flatMap { try? StrictJSONDecoder.decode(VocabularyPack.self, from: $0) })
    }

    @Test("Every built-in pack decodes to the same value both ways")
    func builtInPacks() throws {
        for name in VocabularyLoader.builtInNames {
            let bytes = VocabularyLoader.builtInSources[name]!.bytes
            let root = try JSONParser.parse(bytes)
            let fast = try #require(PackReader.read(bytes), "\(name) fell back to the strict decoder")
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

    @Test("Escapes, white space and a byte order mark read as the parser reads them")
    func escapes() throws {
        let plain = #"{"name": "a\"b\\c\/d\ne\tf\rg", "lists": {"x": ["\""]}}"#
        let (fast, strict) = try both("\u{FEFF} " + plain + " \n")
        #expect(strict?.name == "a\"b\\c/d\ne\tf\rg")
        #expect(fast != nil)
        #expect(fast == strict)
        // A \u escape is left to the parser: the reader gives up, the strict decoder reads it.
        let (unicode, unicodeStrict) = try both(#"{"name": "caf\u00e9"}"#)
        #expect(unicode == nil)
        #expect(unicodeStrict?.name == "café")
    }

    @Test("Whatever the strict decoder rejects, the reader rejects too (so the strict error is reported)")
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
            #"{"name": "a"} {"#,
            #"{"name": "a",}"#,
            #"{"name": "a", "concepts": [{"id": "a", "term": "b", "category": "test"},]}"#,
            #"{"name": "a", "concepts": [{"id": "a", "term": "b", "category": "test", "plain": ["c" "d"]}]}"#,
            #"{"name": "a", "version": 1}"#,
            #"{"name": "a", "$schema": "x", "$schema": "y"}"#,
            #"{"name": "a", "lists": {"l": [], "l": []}}"#,
            "{\"name\": \"a\u{1}\"}",
        ]
        for json in bad {
            let (fast, strict) = try both(json)
            #expect(strict == nil, "the strict decoder accepts \(json)")
            #expect(fast == nil, "the reader accepts \(json)")
        }
    }
}
