import Testing
@testable import CareLint

@Suite("Scorecard settings in .carelint.json")
struct ScorecardSettingsTests {
    static func parse(_ json: String) -> Result<Configuration, InputError> {
        do { return .success(try ConfigurationLoader.parse(Array(json.utf8), path: "/repo/.carelint.json")) } catch { return .failure(error) }
    }

    static func message(_ json: String) -> String? {
        if case .failure(let error) = parse(json) { return error.description }
        return nil
    }

    @Test("Items, thresholds and front-matter fields are read; the defaults stand otherwise")
    func reads() throws {
        let json = #"{"scorecard": {"items": ["pemat/*", "cci/7"], "paragraphWords": 90, "passiveShare": 0.3, "frontMatter": {"mainMessage": "key_message"}}}"#
        let configuration = try Self.parse(json).get()
        let settings = try #require(configuration.scorecard)
        #expect(settings.items == ["pemat/*", "cci/7"])
        #expect(settings.paragraphWords == 90)
        #expect(settings.passiveShare == 0.3)
        #expect(settings.mainMessageField == "key_message")
        #expect(settings.audienceField == "audience")
        #expect(settings.sectionWords == 300)
        #expect(settings.includes("pemat/4"))
        #expect(settings.includes("cci/7"))
        #expect(!settings.includes("cci/8"))
    }

    @Test("Unknown items and keys, and out-of-range thresholds, are errors at their place")
    func errors() {
        #expect(Self.message(#"{"scorecard": {"items": ["pemat/40"]}}"#)?.contains("unknown scorecard item \"pemat/40\"; did you mean \"pemat/4\"?") == true)
        #expect(Self.message(#"{"scorecard": {"pasiveShare": 0.2}}"#)?.contains("unknown key \"pasiveShare\" in \"scorecard\"; did you mean \"passiveShare\"?") == true)
        #expect(Self.message(#"{"scorecard": {"passiveShare": 2}}"#)?.contains("\"scorecard.passiveShare\" must be a share from 0 to 1") == true)
        #expect(Self.message(#"{"scorecard": {"sectionWords": 3}}"#)?.contains("\"scorecard.sectionWords\" must be a whole number from 20 to 5000") == true)
        #expect(Self.message(#"{"scorecard": []}"#)?.contains("\"scorecard\" must be an object") == true)
    }
}
