import Testing
@testable import CareLint

/// The shared figures shapes: what `carelint score`, `carelint stats` and the language server show.
@Suite("Page figures")
struct PageFiguresTests {
    @Test("Scorecard figures carry the model's scores, labels, pass marks, titles and domains; JSON rounds to one decimal")
    func scorecardFigures() throws {
        let card = Scorecard(
            results: [
                ItemResult(id: "pemat/5", verdict: .pass, reason: "r5", evidence: [Evidence(3..<7, "passive")], estimated: false),
                ItemResult(id: "pemat/6", verdict: .fail, reason: "r6"),
                ItemResult(id: "pemat/2", verdict: .needsPerson, reason: "r2"),
            ],
            scores: [DomainScore(domain: .pematUnderstandability, points: 6, rated: 11, needsPerson: 1)]
        )
        let figures = ScorecardFigures(card)
        let score = try #require(figures.scores.first)
        #expect(score.domain == "pemat-understandability")
        #expect(score.label == "PEMAT-informed understandability")
        #expect(score.score == 600.0 / 11)
        #expect(score.lowest == 50)
        #expect(score.highest == 700.0 / 12)
        #expect(score.passMark == 70)
        #expect(score.passes == false)
        #expect(figures.items.map(\.id) == ["pemat/5", "pemat/6", "pemat/2"])
        #expect(figures.items.map(\.verdict) == ["pass", "fail", "needs-person"])
        #expect(figures.items[0].title == "Active voice")
        #expect(figures.items[0].domain == "pemat-understandability")
        #expect(figures.items[0].evidence == [Evidence(3..<7, "passive")])
        #expect(ScorecardFigures.rounded(600.0 / 11) == 54.5)
        let json = JSONWriter.write(card.json(source: SourceDocument(path: "p.md", text: "The test is done.\n")))
        #expect(json.contains("\"score\":54.5"), "\(json)")
        #expect(json.contains("\"highest\":58.3"), "\(json)")
    }

    @Test("Readability figures: counts always, grades and the target check only with prose")
    func readabilityFigures() {
        let prose = ReadabilityFigures(DocumentReadability(ParsedDocument(SourceDocument(path: "p.md", text: "Drink water. Rest at home.\n"))), target: 8)
        #expect(prose.words == 5)
        #expect(prose.sentences == 2)
        #expect(prose.wordsPerSentence == 2.5)
        #expect(prose.grade != nil)
        #expect(prose.withinTarget == true)
        let empty = ReadabilityFigures(DocumentReadability(ParsedDocument(SourceDocument(path: "p.md", text: "# Title\n"))), target: 8)
        #expect(empty.words == 0)
        #expect(empty.grade == nil)
        #expect(empty.withinTarget == nil)
        #expect(empty.target == 8)
    }

    @Test("numbers/unclear-number suggests a natural frequency for a percentage")
    func naturalFrequency() {
        #expect(UnclearNumberRule.frequency(percent: 38) == "about 4 in 10")
        #expect(UnclearNumberRule.frequency(percent: 97) == "almost all")
        #expect(UnclearNumberRule.frequency(percent: 2.7) == "about 3 in 100")
        #expect(UnclearNumberRule.frequency(percent: 0.4) == "about 4 in 1,000")
        #expect(UnclearNumberRule.frequency(percent: 0.01) == "fewer than 1 in 1,000")
        #expect(UnclearNumberRule.frequency(percent: 150) == nil)
    }
}
