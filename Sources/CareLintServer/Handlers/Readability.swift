import CareLint
import Foundation

/// `carelint/readability`: the figures behind the first heading's hover, for status bars and commands.
extension LanguageServer {
    /// The method name, advertised as `capabilities.experimental.readabilityProvider`.
    static let readabilityMethod = "carelint/readability"

    /// The document's reading grades and counts; `nil` (a `null` result) when the document is not checked: not
    /// prose, ignored by the configuration or too large to check as the writer types.
    func readability(_ params: ReadabilityParams) throws(ResponseError) -> ReadabilityResult? {
        guard let document = documents[params.textDocument.uri] else {
            throw ResponseError.invalidParams("\(Self.readabilityMethod): \(params.textDocument.uri) is not open; send textDocument/didOpen first")
        }
        guard let analysis = currentResult(for: document).analysis else { return nil }
        return Self.readabilityFigures(analysis)
    }

    /// The figures of an analysed document.
    static func readabilityFigures(_ analysis: DocumentAnalysis) -> ReadabilityResult {
        let readability = DocumentReadability(analysis.document)
        let counts = readability.counts
        let target = analysis.configuration.readingGrade
        var result = ReadabilityResult(
            target: target, words: counts.words, sentences: counts.sentences, syllables: counts.syllables, polysyllables: counts.polysyllables
        )
        guard counts.words > 0 else { return result }
        let figures = readability.grade
        // The same grade the rule compares with the target, compared unrounded as the rule does.
        let grade = figures.grade
        result.grade = rounded(grade)
        result.fleschKincaidGrade = rounded(figures.fleschKincaidGrade)
        result.smogGrade = rounded(figures.smogGrade)
        result.fleschReadingEase = rounded(figures.fleschReadingEase)
        result.withinTarget = grade <= target
        return result
    }

    /// One decimal, as the writer sees figures everywhere else.
    private static func rounded(_ value: Double) -> Double { (value * 10).rounded() / 10 }
}
