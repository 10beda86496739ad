import CareLint
import Foundation

/// `carelint report --html`: one self-contained page (inline CSS and SVG, no scripts, no network) for a content
/// repository — documents by reading grade against the target, findings per rule, the hardest sentences with
/// links to their files and lines, and a table of every document. Written as well-formed XHTML so any XML
/// parser can read it.
struct HTMLReport {
    var documents: [DocumentFigures]
    var hardest: [HardSentence]
    var target: Double
    /// Folder the page is written to; links to documents are relative to it.
    var outputDirectory: String
    /// The working folder, to resolve relative document paths.
    var workingDirectory: String

    /// At most this many bars in the chart (the hardest documents); the table lists all.
    static let chartLimit = 40

    private func e(_ text: String) -> String { XMLText.escape(text) }
    private func number(_ value: Double) -> String { String(format: "%.1f", value) }

    func render() -> String {
        let readable = documents.filter { $0.error == nil && $0.words > 0 }.sorted { ($0.grade, $1.path) > ($1.grade, $0.path) }
        let totalFindings = documents.reduce(0) { $0 + $1.findings.values.reduce(0, +) }
        let above = readable.filter { $0.grade > $0.target }.count
        let grades = readable.map(\.grade).sorted()
        let median = grades.isEmpty ? 0 : grades.count % 2 == 1 ? grades[grades.count / 2] : (grades[grades.count / 2 - 1] + grades[grades.count / 2]) / 2
        var html = "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n"
        html += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n<title>CareLint report</title>\n<style>\(Self.css)</style>\n</head>\n<body>\n<main>\n"
        html += "<header><h1>CareLint report</h1><p class=\"meta\">\(plural(documents.count, "document")) · target reading grade \(number(target)) · carelint \(e(CareLintVersion.string))</p></header>\n"
        html += "<section class=\"cards\">\n"
        html += card("Documents", "\(documents.count)", "")
        html += card("Above the target", "\(above)", above > 0 ? "warn" : "good")
        html += card("Median grade", number(median), median > target ? "warn" : "good")
        html += card("Findings", "\(totalFindings)", totalFindings > 0 ? "warn" : "good")
        html += "</section>\n"
        html += "<section id=\"grades\"><h2>Reading grade by document</h2>\n"
        html += "<p class=\"note\">The mean of the SMOG and Flesch–Kincaid grades, as the readability/grade rule compares it; the dashed line is the target. Hardest first" + (readable.count > Self.chartLimit ? "; the \(Self.chartLimit) hardest of \(readable.count) shown" : "") + ".</p>\n"
        html += chart(Array(readable.prefix(Self.chartLimit))) + "</section>\n"
        html += rulesSection()
        html += hardestSection()
        html += tableSection(readable)
        html += "</main>\n</body>\n</html>\n"
        return html
    }

    private func card(_ label: String, _ value: String, _ tone: String) -> String {
        "<div class=\"card \(tone)\"><div class=\"value\">\(e(value))</div><div class=\"label\">\(e(label))</div></div>\n"
    }

    private func chart(_ rows: [DocumentFigures]) -> String {
        guard !rows.isEmpty else { return "<p class=\"empty\">No document with prose to grade.</p>\n" }
        let labelWidth = 260.0
        let barWidth = 440.0
        let rowHeight = 24.0
        let top = 26.0
        let scale = max(12, (rows.map(\.grade).max() ?? 0) + 1, target + 2).rounded(.up)
        let height = top + rowHeight * Double(rows.count) + 8
        let x = { (grade: Double) in labelWidth + barWidth * min(max(grade, 0), scale) / scale }
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 \(Int(labelWidth + barWidth + 60)) \(Int(height))\" role=\"img\" aria-label=\"Reading grade by document\">\n"
        for grade in stride(from: 0, through: Int(scale), by: Int(scale) > 16 ? 4 : 2) where abs(Double(grade) - target) >= 0.75 {
            let position = x(Double(grade))
            svg += "<line class=\"grid\" x1=\"\(position)\" y1=\"\(top - 6)\" x2=\"\(position)\" y2=\"\(height - 8)\"/><text class=\"axis\" x=\"\(position)\" y=\"\(top - 10)\">\(grade)</text>\n"
        }
        let targetX = x(target)
        svg += "<text class=\"axis target-label\" x=\"\(targetX)\" y=\"\(top - 10)\">target \(number(target))</text>\n"
        svg += "<line class=\"target\" x1=\"\(targetX)\" y1=\"\(top - 4)\" x2=\"\(targetX)\" y2=\"\(height - 8)\"/>\n"
        for (index, row) in rows.enumerated() {
            let y = top + rowHeight * Double(index)
            let label = row.path.count > 40 ? "…" + String(row.path.suffix(39)) : row.path
            let tone = row.grade > row.target ? "over" : "within"
            svg += "<g class=\"bar \(tone)\"><title>\(e(row.path)): grade \(number(row.grade))</title>"
            svg += "<text class=\"label\" x=\"\(labelWidth - 8)\" y=\"\(y + 16)\">\(e(label))</text>"
            svg += "<rect x=\"\(labelWidth)\" y=\"\(y + 4)\" width=\"\(max(1, x(row.grade) - labelWidth))\" height=\"\(rowHeight - 8)\" rx=\"3\"/>"
            svg += "<text class=\"value\" x=\"\(x(row.grade) + 6)\" y=\"\(y + 16)\">\(number(row.grade))</text></g>\n"
        }
        return svg + "</svg>\n"
    }

    private func rulesSection() -> String {
        var counts: [String: Int] = [:]
        for document in documents { for (rule, count) in document.findings { counts[rule, default: 0] += count } }
        var html = "<section id=\"rules\"><h2>Findings per rule</h2>\n"
        guard let most = counts.values.max() else { return html + "<p class=\"empty\">No findings. Well done.</p>\n</section>\n" }
        html += "<table class=\"rules\"><thead><tr><th>Rule</th><th class=\"num\">Findings</th><th class=\"barcell\"></th></tr></thead><tbody>\n"
        for (rule, count) in counts.sorted(by: { ($0.value, $1.key) > ($1.value, $0.key) }) {
            let width = max(2, Int((Double(count) / Double(most) * 100).rounded()))
            html += "<tr><td><code>\(e(rule))</code></td><td class=\"num\">\(count)</td><td class=\"barcell\"><span class=\"hbar\" style=\"width: \(width)%\"></span></td></tr>\n"
        }
        return html + "</tbody></table>\n</section>\n"
    }

    private func hardestSection() -> String {
        var html = "<section id=\"sentences\"><h2>Hardest sentences</h2>\n"
        guard !hardest.isEmpty else { return html + "<p class=\"empty\">No sentence of \(ReportReadability.minimumWordsForRanking) words or more.</p>\n</section>\n" }
        html += "<ol class=\"sentences\">\n"
        for sentence in hardest {
            html += "<li><blockquote>\(e(sentence.text))</blockquote><div class=\"where\"><a href=\"\(e(link(sentence.path, line: sentence.line)))\">\(e(sentence.path)):\(sentence.line)</a>"
            html += " · grade \(number(sentence.grade)) · \(sentence.words) words"
            if sentence.repeats > 0 { html += " · also in \(plural(sentence.repeats, "other place"))" }
            html += "</div></li>\n"
        }
        return html + "</ol>\n</section>\n"
    }

    private func tableSection(_ readable: [DocumentFigures]) -> String {
        var html = "<section id=\"documents\"><h2>All documents</h2>\n<table class=\"documents\"><thead><tr><th>Document</th><th class=\"num\">Grade</th>"
        html += "<th class=\"num\">Flesch–Kincaid</th><th class=\"num\">SMOG</th><th class=\"num\">Complex words</th><th class=\"num\">Words</th><th class=\"num\">Findings</th></tr></thead><tbody>\n"
        let unreadable = documents.filter { $0.error != nil || $0.words == 0 }.sorted { $0.path < $1.path }
        for document in readable + unreadable {
            let findings = document.findings.values.reduce(0, +)
            html += "<tr\(document.grade > document.target ? " class=\"over\"" : "")><td><a href=\"\(e(link(document.path, line: nil)))\">\(e(document.path))</a>"
            if let error = document.error { html += "<div class=\"error\">\(e(error))</div>" }
            html += "</td>"
            if document.error == nil, document.words > 0 {
                html += "<td class=\"num\">\(number(document.grade))</td><td class=\"num\">\(number(document.reading.fleschKincaidGrade))</td><td class=\"num\">\(number(document.reading.smogGrade))</td>"
                html += complexCell(document.complex)
            } else {
                html += "<td class=\"num\">–</td><td class=\"num\">–</td><td class=\"num\">–</td><td class=\"num\">–</td>"
            }
            html += "<td class=\"num\">\(document.words)</td><td class=\"num\">\(findings)</td></tr>\n"
        }
        return html + "</tbody></table>\n</section>\n"
    }

    /// The complex-word share, with the most frequent complex words as the cell's tooltip.
    func complexCell(_ complex: ComplexLanguage?) -> String {
        guard let complex else { return "<td class=\"num\">–</td>" }
        let title = complex.mostFrequent.isEmpty ? "" : " title=\"\(e("most frequent: " + complex.mostFrequentText))\""
        return "<td class=\"num\"\(title)>\(complex.percentText)</td>"
    }

    /// A link from the page's folder to a document (and line, as editors and code hosts read `#L12`).
    func link(_ path: String, line: Int?) -> String {
        let absolute = URL(fileURLWithPath: path.hasPrefix("/") ? path : workingDirectory + "/" + path).standardizedFileURL.pathComponents
        let base = URL(fileURLWithPath: outputDirectory).standardizedFileURL.pathComponents
        var common = 0
        while common < absolute.count - 1, common < base.count, absolute[common] == base[common] { common += 1 }
        let relative = Array(repeating: "..", count: base.count - common) + absolute[common...]
        let encoded = relative.map { $0.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(CharacterSet(charactersIn: "/?#"))) ?? $0 }
        return encoded.joined(separator: "/") + (line.map { "#L\($0)" } ?? "")
    }

    static let css = """
    :root{--ink:#1f2933;--muted:#616e7c;--line:#e4e7eb;--good:#2f855a;--warn:#c05621;--accent:#2b6cb0;--paper:#fbfbfa}
    *{box-sizing:border-box}body{margin:0;background:var(--paper);color:var(--ink);font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
    main{max-width:920px;margin:0 auto;padding:32px 24px 64px}h1{font-size:28px;margin:0 0 4px}h2{font-size:20px;margin:40px 0 8px}
    .meta,.note,.empty{color:var(--muted);margin:0 0 12px}.cards{display:grid;grid-template-columns:repeat(4,1fr);gap:12px;margin-top:24px}
    .card{background:#fff;border:1px solid var(--line);border-radius:10px;padding:14px 16px}.card .value{font-size:28px;font-weight:650}
    .card .label{color:var(--muted);font-size:14px}.card.warn .value{color:var(--warn)}.card.good .value{color:var(--good)}
    .chart{width:100%;height:auto;background:#fff;border:1px solid var(--line);border-radius:10px;padding:8px}
    .chart text{font-size:12px;fill:var(--ink)}.chart .label{text-anchor:end}.chart .axis{text-anchor:middle;fill:var(--muted);font-size:11px}
    .chart .grid{stroke:var(--line)}.chart .target-label{fill:var(--ink);font-weight:600}.chart .target{stroke:var(--ink);stroke-width:1.5;stroke-dasharray:5 4}
    .bar.over rect{fill:var(--warn)}.bar.within rect{fill:var(--good)}.chart .value{fill:var(--muted);paint-order:stroke;stroke:#fff;stroke-width:4px}
    table{width:100%;border-collapse:collapse;background:#fff;border:1px solid var(--line);border-radius:10px;overflow:hidden}
    th,td{text-align:left;padding:7px 12px;border-bottom:1px solid var(--line);vertical-align:top}th{font-size:13px;color:var(--muted);font-weight:600}
    .num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}.barcell{width:40%}
    .hbar{display:block;height:10px;margin-top:7px;border-radius:5px;background:var(--accent)}
    tr.over td:nth-child(2){color:var(--warn);font-weight:600}.error{color:var(--warn);font-size:14px}
    code{font:14px ui-monospace,SFMono-Regular,Menlo,monospace}a{color:var(--accent);text-decoration:none}a:hover{text-decoration:underline}
    .sentences{padding-left:22px}.sentences li{margin:0 0 14px}blockquote{margin:0;padding:8px 12px;background:#fff;border-left:4px solid var(--warn);border-radius:4px}
    .where{color:var(--muted);font-size:14px;margin-top:4px}
    @media (max-width:640px){.cards{grid-template-columns:repeat(2,1fr)}}
    """
}
