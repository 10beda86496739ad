import Foundation
import Testing
@testable import CareLint

/// The first problem of a configuration file, as the CLI prints it.
private func fileMessage(_ json: String) -> String? {
    do {
        _ = try ConfigurationLoader.parse(Array(json.utf8), path: "/repo/.carelint.json")
        return nil
    } catch {
        return error.description
    }
}

/// Editor settings read from `json`: the overrides and the problems as the server shows them.
private func editor(_ json: String, lenient: Bool = true) throws -> (SettingOverrides, [String], [String]) {
    var reader = JSONFieldReader(lenient: lenient)
    let overrides = SettingOverrides(editorSettings: try JSONParser.parse(Array(json.utf8)), reader: &reader, rules: Linter().rules.map(\.description))
    return (overrides, reader.problems.map(\.messageWithPath), reader.ignoredKeys)
}

@Suite("One reader for configuration files and editor settings")
struct SettingsReaderTests {
    /// Each bad value, the column the file reports it at, and the key path the editor adds (nil: none).
    static let badValues: [(json: String, column: Int, path: String?)] = [
        (#"{"locale": "fr-FR"}"#, 12, nil),
        (#"{"locale": ["en-GB"]}"#, 12, nil),
        (#"{"readingGrade": 25}"#, 18, nil),
        (#"{"readingGrade": "six"}"#, 18, nil),
        (#"{"accept": "hepatic"}"#, 12, nil),
        (#"{"accept": ["hepatic", 3]}"#, 24, nil),
        (#"{"rules": ["vocab/jargon"]}"#, 11, nil),
        (#"{"rules": {"vocab/jargon": "warn"}}"#, 28, "rules.vocab/jargon"),
        (#"{"rules": {"vocab/jargon": 3}}"#, 28, "rules.vocab/jargon"),
        (#"{"rules": {"vocab/jargon": {"severity": true}}}"#, 41, "rules.vocab/jargon.severity"),
        (#"{"readingGrde": 6}"#, 2, nil),
    ]

    @Test("The same bad value gives the same message in a file and in editor settings; the file adds line and column, the editor the key path of a nested value")
    func sameMessage() throws {
        for bad in Self.badValues {
            let (_, problems, _) = try editor(bad.json)
            let message = try #require(problems.first, "\(bad.json)")
            #expect(problems.count == 1, "\(bad.json)")
            let bare = bad.path.map { message.replacingOccurrences(of: "\"\($0)\": ", with: "") } ?? message
            if let path = bad.path { #expect(message.hasPrefix("\"\(path)\": "), "\(bad.json)") }
            #expect(fileMessage(bad.json) == "/repo/.carelint.json:1:\(bad.column): error: \(bare)", "\(bad.json)")
        }
    }

    @Test("The messages, worded once")
    func wording() throws {
        let (_, problems, _) = try editor(#"{"locale": "fr-FR", "readingGrade": 0, "rules": {"vocab/jargon": "warn", "vocab/acronym": {"severity": 2}}}"#)
        #expect(problems == [
            #"unsupported locale "fr-FR"; expected "en-US" or "en-GB""#,
            #""readingGrade" must be a number from 1 to 20, such as 8"#,
            #""rules.vocab/jargon": unknown severity "warn"; expected "error", "warning", "info" or "off" (did you mean "warning"?)"#,
            #""rules.vocab/acronym.severity": "severity" must be one of "error", "warning", "info" or "off", found a number"#,
        ])
    }

    @Test("Editor settings: good values apply next to bad ones; other clients' keys are handed back quietly, near misses reported")
    func editorSettings() throws {
        let (overrides, problems, ignored) = try editor(#"{"trace": "off", "locale": "en-gb", "readingGrade": 6, "acept": [], "accept": ["Zorbly"], "rules": {"vocab/jargon": "off"}}"#)
        #expect(overrides.locale == .enGB && overrides.readingGrade == 6 && overrides.accept == ["Zorbly"] && overrides.severities == ["vocab/jargon": .off])
        #expect(problems == [#"unknown key "acept"; did you mean "accept"?"#])
        #expect(ignored == ["trace"])
    }

    @Test("Editor settings: [] stands for {} and {} for [], null for absent (Neovim 0.7); a file is strict")
    func lenient() throws {
        let (overrides, problems, _) = try editor(#"{"rules": [], "accept": {}, "locale": null}"#)
        #expect(overrides == SettingOverrides() && problems.isEmpty)
        #expect(try editor("[]").1.isEmpty && editor("null").1.isEmpty)
        #expect(try editor(#""warning""#).1 == [#"the "carelint" section must be an object of settings"#])
        #expect(fileMessage(#"{"accept": {}}"#) == #"/repo/.carelint.json:1:12: error: "accept" must be an array of strings, found an object"#)
        #expect(try editor(#"{"accept": {}}"#, lenient: false).1 == [#""accept" must be an array of strings, found an object"#])
    }

    @Test("Editor settings: a rule no built-in rule has is kept and reported; options are checked against the rule and applied")
    func editorRules() throws {
        let (overrides, problems, _) = try editor(#"{"rules": {"house/own": "error", "structure/review-date": {"severity": "info", "maxReviewAgeMonths": 12, "maxAge": 3}, "vocab/jargn": "off"}}"#)
        #expect(overrides.severities == ["house/own": .error, "structure/review-date": .info, "vocab/jargn": .off])
        #expect(overrides.options == ["structure/review-date": ["maxReviewAgeMonths": .int(12)]])
        #expect(problems == [
            "unknown rule \"house/own\"; run `carelint rules` to list the rule ids (kept, in case a project pack defines it)",
            #"rule "structure/review-date" has no option "maxAge"; its options are: maxReviewAgeMonths"#,
            #"unknown rule "vocab/jargn"; did you mean "vocab/jargon"? (kept, in case a project pack defines it)"#,
        ])
        var resolved = ResolvedConfiguration()
        resolved.apply(overrides)
        #expect(resolved.options["structure/review-date"] == ["maxReviewAgeMonths": .int(12)])
    }

    @Test("A key written twice is a problem in every object of a file")
    func duplicates() {
        #expect(fileMessage(#"{"rules": {"vocab/jargon": "off", "vocab/jargon": "error"}}"#) ==
            #"/repo/.carelint.json:1:35: error: duplicate key "vocab/jargon" in "rules"; each key may appear once"#)
        #expect(fileMessage(#"{"scorecard": {"listItems": 5, "listItems": 6}}"#) ==
            #"/repo/.carelint.json:1:32: error: duplicate key "listItems" in "scorecard"; each key may appear once"#)
    }

    @Test("The first problem in written order is the one a file reports")
    func writtenOrder() {
        #expect(fileMessage(#"{"readingGrade": 0, "locle": "en-GB"}"#) == #"/repo/.carelint.json:1:18: error: "readingGrade" must be a number from 1 to 20, such as 8"#)
        #expect(fileMessage(#"{"locle": "en-GB", "readingGrade": 0}"#) == #"/repo/.carelint.json:1:2: error: unknown key "locle"; did you mean "locale"?"#)
    }

    @Test("Lists of choices read the same everywhere")
    func lists() {
        #expect(JSONWording.list(["a"]) == #""a""#)
        #expect(JSONWording.list(["a", "b"]) == #""a" or "b""#)
        #expect(JSONWording.list(["a", "b", "c"]) == #""a", "b" or "c""#)
        #expect(JSONWording.oneOf(["a", "b"]) == #""a" or "b""#)
        #expect(JSONWording.oneOf(["a", "b", "c"]) == #"one of "a", "b" or "c""#)
        #expect(ContentLocale(matching: "EN-gb") == .enGB && ContentLocale(matching: "en") == nil)
        #expect(Configuration.locales == ["en-US", "en-GB"])
    }

    @Test("Schemas/config.schema.json and the reader agree on keys, locales, severities and the grade range")
    func schemaAgrees() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let data = try Data(contentsOf: root.appendingPathComponent("Schemas/config.schema.json"))
        let schema = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let properties = try #require(schema["properties"] as? [String: Any])
        let definitions = try #require(schema["$defs"] as? [String: Any])
        #expect(Set(properties.keys) == Set(Configuration.keys))
        #expect((definitions["locale"] as? [String: Any])?["enum"] as? [String] == ContentLocale.names)
        #expect((definitions["severity"] as? [String: Any])?["enum"] as? [String] == SeveritySetting.names)
        let grade = try #require(definitions["readingGrade"] as? [String: Any])
        #expect(grade["minimum"] as? Double == ReadingGrade.targetRange.lowerBound && grade["maximum"] as? Double == ReadingGrade.targetRange.upperBound)
        let override = try #require(((properties["overrides"] as? [String: Any])?["items"] as? [String: Any])?["properties"] as? [String: Any])
        #expect(Set(override.keys) == Set(Configuration.overrideKeys))
        let scorecard = try #require((definitions["scorecard"] as? [String: Any])?["properties"] as? [String: Any])
        #expect(Set(scorecard.keys) == Set(ScorecardSettings.keys))
    }
}
