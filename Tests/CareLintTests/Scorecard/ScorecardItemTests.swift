import Testing
@testable import CareLint

/// Runs every scorecard item's own examples: each page must get the verdict written beside it.
@Suite("Scorecard items")
struct ScorecardItemTests {
    static let linter = Linter()

    static func scorecard(_ text: String, configuration: ResolvedConfiguration = ResolvedConfiguration()) -> Scorecard {
        let document = ParsedDocument(SourceDocument(path: "page.md", text: text))
        return linter.lintAndScore(document, configuration: configuration).scorecard
    }

    @Test("Every automated item's examples get their verdicts", arguments: ScorecardCatalog.ids)
    func examples(_ id: String) throws {
        let item = try #require(ScorecardCatalog.description(id))
        for example in item.examples {
            let result = try #require(Self.scorecard(example.text).result(id))
            #expect(result.verdict == example.verdict, "\(id): expected \(example.verdict.rawValue), got \(result.verdict.rawValue) (\(result.reason)) for \"\(example.text)\" (\(example.file):\(example.line))")
        }
    }

    @Test("Every item describes itself; automated items have a passing and a failing example", arguments: ScorecardCatalog.ids)
    func describesItself(_ id: String) throws {
        let item = try #require(ScorecardCatalog.description(id))
        #expect(!item.title.isEmpty)
        #expect(!item.asks.isEmpty)
        if item.decision == .person {
            #expect(item.decides.isEmpty)
        } else {
            #expect(!item.decides.isEmpty)
            #expect(item.examples.contains { $0.verdict == .pass }, "\(id) has no passing example")
            #expect(item.examples.contains { $0.verdict == .fail }, "\(id) has no failing example")
            if item.notApplicable != nil { #expect(item.examples.contains { $0.verdict == .notApplicable } || id == "cci/14" || id == "cci/15" || id == "cci/17" || id == "pemat/9" || id == "pemat/11") }
        }
    }

    @Test("The catalogue holds the brief's automated items and lists the rest for a person")
    func catalogue() {
        let automated = ScorecardCatalog.items.filter { $0.description.decision != .person }.map(\.description.id)
        #expect(automated == [
            "pemat/1", "pemat/3", "pemat/4", "pemat/5", "pemat/6", "pemat/7", "pemat/8", "pemat/9", "pemat/11", "pemat/12",
            "pemat/19", "pemat/20", "pemat/21", "pemat/22", "cci/1", "cci/2", "cci/5", "cci/7", "cci/8", "cci/9", "cci/10",
            "cci/12", "cci/14", "cci/15", "cci/17", "cci/20",
        ])
        #expect(ScorecardCatalog.description("cci/4")?.decision == .person)
        #expect(ScorecardCatalog.description("pemat/10")?.decision == .person)
    }

    @Test("Evidence points at the decisive places: the hard number, the passive verb")
    func evidence() throws {
        let text = "# Flu\n\nThe shot lowers the risk by 41.5% in adults.\n"
        let result = try #require(Self.scorecard(text).result("pemat/6"))
        #expect(result.verdict == .fail)
        let range = try #require(result.evidence.first?.range)
        #expect(String(decoding: Array(text.utf8)[range], as: UTF8.self) == "41.5")
        #expect(result.evidence.first?.note == "a percentage without a plain-words gloss")
    }

    @Test("Scores count passes over rated items; person items widen the range; N/A items are left out")
    func scores() throws {
        let card = Self.scorecard("# Ticks\n\nCheck your skin for ticks every evening after a walk.\n")
        let actionability = try #require(card.score(.pematActionability))
        #expect(actionability.points == 3)
        #expect(actionability.rated == 3)
        #expect(actionability.needsPerson == 4)
        #expect(actionability.score == 100)
        #expect(actionability.lowest.map { ($0 * 10).rounded() / 10 } == 42.9)
        #expect(actionability.highest == 100)
        #expect(card.result("pemat/6")?.verdict == .notApplicable)
    }

    @Test("A declared main message decides CCI 1 and 2")
    func declaredMessage() {
        let declared = "---\nmain_message: Get a flu shot every autumn.\n---\n# Flu\n\n## Where\n\nAsk at a pharmacy near you today.\n"
        let card = Self.scorecard(declared)
        #expect(card.result("cci/1")?.verdict == .pass)
        #expect(card.result("cci/2")?.verdict == .fail)
        #expect(card.result("cci/10")?.verdict == .fail)
    }

    @Test("Configuration chooses the items and the thresholds")
    func configuration() throws {
        var configuration = ResolvedConfiguration()
        configuration.scorecard.items = ["pemat/5", "cci/*"]
        configuration.scorecard.passiveShare = 0.5
        let card = Self.scorecard("# The test\n\nA sample is taken. The results are checked by a doctor. Call us.\n", configuration: configuration)
        #expect(card.results.first?.id == "pemat/5")
        #expect(card.result("pemat/4") == nil)
        #expect(card.result("cci/1") != nil)
        #expect(card.result("pemat/5")?.verdict == .fail)
        configuration.scorecard.passiveShare = 0.7
        #expect(Self.scorecard("# The test\n\nA sample is taken. The results are checked by a doctor. Call us.\n", configuration: configuration).result("pemat/5")?.verdict == .pass)
    }

    @Test("The scorecard reads the lint's findings even when a rule it needs is turned off")
    func rulesOff() throws {
        var configuration = ResolvedConfiguration()
        configuration.severities["readability/passive-voice"] = .off
        let card = Self.scorecard("# The test\n\nA sample is taken. It is sent to a lab. The results are checked by a doctor.\n", configuration: configuration)
        #expect(card.result("pemat/5")?.verdict == .fail)
    }
}
