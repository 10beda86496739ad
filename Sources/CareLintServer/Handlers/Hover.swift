import CareLint
import Foundation

/// `textDocument/hover`: a vocabulary term's meaning, or the page's reading level on its first heading.
extension LanguageServer {
    func hover(_ params: TextDocumentPositionParams) throws(ResponseError) -> Hover? {
        guard let document = documents[params.textDocument.uri] else {
            throw ResponseError.invalidParams("textDocument/hover: \(params.textDocument.uri) is not open; send textDocument/didOpen first")
        }
        guard let offset = document.source.offset(of: params.position, client.positionEncoding) else {
            throw ResponseError.invalidParams("textDocument/hover: line \(params.position.line) is outside the document's \(document.source.lineCount) lines")
        }
        let result = currentResult(for: document)
        guard let analysis = result.analysis else { return nil }
        let encoding = client.positionEncoding
        // A term's meaning is the more useful answer, even in the title; the title's other words, its marker and
        // the end of its line give the page's figures.
        if let match = Self.termMatch(at: offset, in: analysis.termMatches) {
            let text = Self.termMarkdown(match, analysis.vocabulary, written: analysis.text(match.range))
            return Hover(contents: markup(text), range: document.source.lspRange(match.range, encoding))
        }
        let blocks = analysis.document.layout.blocks
        if let heading = blocks.first(where: { $0.kind.isHeading }) {
            let line = document.source.lineIndex(of: heading.range.lowerBound)
            let lineRange = document.source.lineContentRange(line)
            if lineRange.contains(offset) || offset == lineRange.upperBound {
                var text = Self.readabilityMarkdown(analysis)
                if DocumentReadability(analysis.document).counts.words > 0, let card = Self.scorecard(of: result) { text += "\n\n" + Self.scorecardMarkdown(card) }
                return Hover(contents: markup(text), range: document.source.lspRange(lineRange, encoding))
            }
        }
        return nil
    }

    private func markup(_ markdown: String) -> MarkupContent {
        if client.markdownHover { return MarkupContent(kind: "markdown", value: markdown) }
        let plain = markdown.replacingOccurrences(of: "**", with: "").replacingOccurrences(of: "_", with: "")
        return MarkupContent(kind: "plaintext", value: plain)
    }

    /// The vocabulary match that covers an offset (matches are in document order and do not overlap).
    static func termMatch(at offset: Int, in matches: [TermMatch]) -> TermMatch? {
        var low = 0
        var high = matches.count
        while low < high {
            let mid = (low + high) / 2
            if matches[mid].range.upperBound <= offset { low = mid + 1 } else { high = mid }
        }
        guard low < matches.count, matches[low].range.contains(offset) else { return nil }
        return matches[low]
    }

    /// A concept, as a writer needs it: the preferred term, plain words, the definition, category, and in how many
    /// source articles it was found.
    static func termMarkdown(_ match: TermMatch, _ vocabulary: Vocabulary, written: String) -> String {
        let concept = vocabulary.concepts[match.form.concept]
        var lines: [String] = []
        var title = "**\(concept.term)**"
        if let acronym = concept.acronym { title += " (\(acronym))" }
        title += " · _\(concept.category.rawValue)_"
        lines.append(title)
        switch match.form.kind {
        case .avoid:
            lines.append("Write \"\(concept.term)\" instead of \"\(written)\".")
        case .localeSpelling(let locale):
            lines.append("\"\(written)\" is the \(locale) spelling.")
        default:
            break
        }
        if !concept.plain.isEmpty { lines.append("**Plain words:** " + concept.plain.joined(separator: ", ")) }
        if let definition = concept.definition { lines.append(definition) }
        if !concept.variants.isEmpty { lines.append("**Also called:** " + concept.variants.joined(separator: ", ")) }
        if concept.defineOnFirstUse { lines.append("Explain this term where it first appears.") }
        // The sources are the pack's own file names, which mean nothing to a writer; how widely the term is used
        // in them does.
        let sources = Set(concept.sources).count
        if sources > 0 { lines.append("Found in \(sources) of the source articles.") }
        return lines.joined(separator: "\n\n")
    }

    /// The page's reading grades and the counts behind them, measured as `carelint stats` and `readability/grade`
    /// measure them (graded prose: headings, tables and reference lists left out); the same figures as
    /// `carelint/readability`.
    static func readabilityMarkdown(_ analysis: DocumentAnalysis) -> String {
        let figures = readabilityFigures(analysis)
        func figure(_ value: Double?) -> String { value.map { String(format: "%.1f", $0) } ?? "–" }
        guard let grade = figures.grade else {
            return "**Reading level** · no prose to grade yet (target grade \(figure(figures.target)))"
        }
        return """
        **Reading level** · grade \(figure(grade)) · target grade \(figure(figures.target)) (\(figures.withinTarget == true ? "within" : "above") target)

        | Measure | Value |
        |---|---|
        | Flesch–Kincaid grade | \(figure(figures.fleschKincaidGrade)) |
        | SMOG grade | \(figure(figures.smogGrade)) |
        | Flesch reading ease | \(figure(figures.fleschReadingEase)) |

        \(figures.words) words, \(figures.sentences) sentences, \(figures.syllables) syllables, \(figures.polysyllables) words of three or more syllables. The grade is the mean of the SMOG and Flesch–Kincaid grades.
        """ + complexMarkdown(ComplexLanguage(analysis))
    }

    /// The complex-language share beside the grade: jargon, uncommon words and unexpanded acronyms (`ComplexLanguage`).
    static func complexMarkdown(_ complex: ComplexLanguage) -> String {
        var text = "\n\n**Complex words** · \(complex.figureText)"
        if !complex.mostFrequent.isEmpty { text += " · most frequent: \(complex.mostFrequentText)" }
        return text
    }
}
