import CareLint
import Foundation

/// `carelint/scorecard`: the page's health-literacy scorecard, from the analysis the diagnostics were built from.
extension LanguageServer {
    /// The method name, advertised as `capabilities.experimental.scorecardProvider`.
    static let scorecardMethod = "carelint/scorecard"

    /// The scorecard; `nil` (a `null` result) when the document is not checked: not prose, ignored by the
    /// configuration or too large to check as the writer types.
    func scorecard(_ params: ScorecardParams) throws(ResponseError) -> ScorecardResult? {
        guard let document = documents[params.textDocument.uri] else {
            throw ResponseError.invalidParams("\(Self.scorecardMethod): \(params.textDocument.uri) is not open; send textDocument/didOpen first")
        }
        let result = currentResult(for: document)
        guard let card = Self.scorecard(of: result) else { return nil }
        let encoding = client.positionEncoding
        return ScorecardResult(
            scores: card.scores.map { score in
                ScorecardResult.Score(
                    domain: score.domain.rawValue, label: score.domain.label, score: score.score.map { ($0 * 10).rounded() / 10 },
                    points: score.points, rated: score.rated, needsPerson: score.needsPerson, passMark: score.domain.passMark
                )
            },
            items: card.results.map { item in
                ScorecardResult.Item(
                    id: item.id, title: ScorecardCatalog.description(item.id)?.title ?? "", verdict: item.verdict.rawValue,
                    estimated: item.estimated, reason: item.reason,
                    evidence: item.evidence.map { ScorecardResult.Place(note: $0.note, range: result.source.lspRange($0.range, encoding)) }
                )
            }
        )
    }

    /// The scorecard of a lint result, from its analysis and diagnostics; nil when the document was not analysed.
    static func scorecard(of result: LintResult) -> Scorecard? {
        guard let analysis = result.analysis, let settings = result.settings else { return nil }
        return Scorer(analysis: analysis, diagnostics: result.diagnostics, linter: settings.linter).scorecard()
    }

    /// One line for the title's hover: the three scores and the items that fail.
    static func scorecardMarkdown(_ card: Scorecard) -> String {
        func figure(_ value: Double?) -> String { value.map { String(format: "%.0f", $0) } ?? "–" }
        let scores = card.scores.map { "\($0.domain.label) \(figure($0.score))" }.joined(separator: " · ")
        let failing = card.results.filter { $0.verdict == .fail }.map(\.id)
        return "**Scorecard** · \(scores)" + (failing.isEmpty ? "" : "\n\nNot met: " + failing.map { "`\($0)`" }.joined(separator: ", ") + " (`carelint explain ID` says why)")
    }
}
