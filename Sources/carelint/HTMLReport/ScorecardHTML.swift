import CareLint
import Foundation

/// `carelint score --html FILE`: the repository's pass rate per item, then each page's scorecard with every
/// verdict's evidence as links to the file and line.
struct ScorecardHTML {
    var pages: [ScoreCommand.Page]
    var outputDirectory: String
    var workingDirectory: String

    private func e(_ text: String) -> String { XMLText.escape(text) }

    func link(_ path: String, line: Int) -> String {
        HTMLReport(documents: [], hardest: [], target: 8, outputDirectory: outputDirectory, workingDirectory: workingDirectory).link(path, line: line)
    }

    func render() -> String {
        var html = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>CareLint scorecard</title>\n"
        html += "<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}table{border-collapse:collapse}td,th{padding:.2rem .6rem;border-bottom:1px solid #ddd;text-align:left}.pass{color:#1a7f37}.fail{color:#b42318}.na,.person{color:#666}</style>\n"
        html += "</head>\n<body>\n<h1>CareLint scorecard</h1>\n<p>PEMAT-informed and CCI-informed: a program's estimate of the instruments' items, not a rating by trained reviewers.</p>\n"
        html += "<h2>Pass rate per item</h2>\n<table><tr><th>item</th><th>title</th><th>pages passing</th></tr>\n"
        for rate in ScoreCommand.passRates(pages) {
            let title = ScorecardCatalog.description(rate.id)?.title ?? ""
            html += "<tr><td><code>\(e(rate.id))</code></td><td>\(e(title))</td><td>\(ScoreCommand.format(Double(rate.passed) * 100 / Double(rate.rated)))% (\(rate.passed)/\(rate.rated))</td></tr>\n"
        }
        html += "</table>\n"
        for page in pages {
            html += "<section>\n<h2>\(e(page.path))</h2>\n"
            guard let card = page.scorecard, let source = page.source else {
                html += "<p class=\"fail\">\(e(page.error ?? "unreadable"))</p>\n</section>\n"
                continue
            }
            html += "<ul>\n"
            for score in card.scores {
                html += "<li>\(e(score.domain.label)): <strong>\(ScoreCommand.format(score.score))</strong> (\(score.points)/\(score.rated); \(score.needsPerson) for a person)</li>\n"
            }
            html += "</ul>\n<table><tr><th>item</th><th>verdict</th><th>why</th><th>where</th></tr>\n"
            for result in card.results {
                let verdictClass = switch result.verdict {
                case .pass: "pass"
                case .fail: "fail"
                case .notApplicable: "na"
                case .needsPerson: "person"
                }
                let places = result.evidence.map { evidence in
                    let position = source.position(at: evidence.range.lowerBound)
                    return "<a href=\"\(e(link(page.path, line: position.line)))\" title=\"\(e(evidence.note))\">\(position.line):\(position.column)</a>"
                }.joined(separator: " ")
                let title = ScorecardCatalog.description(result.id)?.title ?? ""
                html += "<tr><td><code>\(e(result.id))</code> \(e(title))</td><td class=\"\(verdictClass)\">\(e(result.verdict.rawValue))\(result.estimated ? " (est.)" : "")</td><td>\(e(result.reason))</td><td>\(places)</td></tr>\n"
            }
            html += "</table>\n</section>\n"
        }
        return html + "</body>\n</html>\n"
    }
}
