import Foundation
import Testing
@testable import CareLint

@Suite("structure/review-date")
struct ReviewDateTests {
    /// 2026-03-15 noon UTC.
    static let today = Date(timeIntervalSince1970: 1_773_576_000)

    func findings(_ text: String, locale: String = "en-US", maxMonths: Int? = nil) -> [Diagnostic] {
        let rule = ReviewDateRule(now: { Self.today })
        let linter = Linter(vocabulary: StyleRuleTestPack.vocabulary, rules: [rule])
        var configuration = ResolvedConfiguration(locale: locale)
        if let maxMonths { configuration.options["structure/review-date"] = ["maxReviewAgeMonths": .int(maxMonths)] }
        return linter.lint(SourceDocument(path: "a.md", text: text, format: .markdown), configuration: configuration)
    }

    @Test("Date formats", arguments: [
        ("2025-03-14", CalendarDay(year: 2025, month: 3, day: 14)),
        ("2025/03/14", CalendarDay(year: 2025, month: 3, day: 14)),
        ("2025-03", CalendarDay(year: 2025, month: 3, day: 1)),
        ("14 March 2025", CalendarDay(year: 2025, month: 3, day: 14)),
        ("March 14, 2025", CalendarDay(year: 2025, month: 3, day: 14)),
        ("Mar 14th, 2025", CalendarDay(year: 2025, month: 3, day: 14)),
        ("March 2025", CalendarDay(year: 2025, month: 3, day: 1)),
        ("03/14/2025", CalendarDay(year: 2025, month: 3, day: 14)),
        ("14/03/2025", CalendarDay(year: 2025, month: 3, day: 14)),
        ("2025-03-14T09:30:00Z", CalendarDay(year: 2025, month: 3, day: 14)),
        ("29 February 2024", CalendarDay(year: 2024, month: 2, day: 29)),
    ])
    func parses(_ text: String, _ expected: CalendarDay) {
        #expect(ReviewDateParser.parse(text) == expected)
    }

    @Test("Ambiguous day and month follow the locale; impossible dates are rejected")
    func ambiguity() {
        #expect(ReviewDateParser.parse("03/04/2025") == CalendarDay(year: 2025, month: 3, day: 4))
        #expect(ReviewDateParser.parse("03/04/2025", dayFirst: true) == CalendarDay(year: 2025, month: 4, day: 3))
        #expect(ReviewDateParser.parse("2025-02-30") == nil)
        #expect(ReviewDateParser.parse("29 February 2025") == nil)
        #expect(ReviewDateParser.parse("soon") == nil)
        #expect(ReviewDateParser.parse("2025-13-01") == nil)
    }

    @Test("Months between days count whole months")
    func months() {
        let a = CalendarDay(year: 2024, month: 3, day: 15)
        #expect(ReviewDateParser.monthsBetween(a, CalendarDay(year: 2026, month: 3, day: 15)) == 24)
        #expect(ReviewDateParser.monthsBetween(a, CalendarDay(year: 2026, month: 3, day: 14)) == 23)
    }

    @Test("Age against the injected clock: 24 months pass, 25 do not")
    func age() {
        #expect(findings("---\nreviewed: 2024-03-15\n---\n# T").isEmpty)
        let old = findings("---\nreviewed: 2024-02-14\n---\n# T")
        #expect(old.map(\.range) == [14..<24])
        #expect(old.map(\.message) == ["The page was last reviewed 25 months ago (2024-02-14), more than 24; have it reviewed and update the date."])
        #expect(findings("---\nlast-reviewed: 2025-03-15\n---\n# T", maxMonths: 6).map(\.message) == [
            "The page was last reviewed 12 months ago (2025-03-15), more than 6; have it reviewed and update the date.",
        ])
    }

    @Test("Missing, unreadable and future dates")
    func problems() {
        #expect(findings("---\ntitle: T\n---\n# T").map(\.range) == [0..<3])
        #expect(findings("# Title\n\nText.").map(\.range) == [2..<7])
        #expect(findings("---\nreviewed: last spring\n---\n# T").map(\.message) == ["\"last spring\" is not a date CareLint can read; write the review date as YYYY-MM-DD."])
        #expect(findings("---\nreview-date: 2027-01-01\n---\n# T").map(\.message) == ["The review date 2027-01-01 is in the future; write the date the page was last reviewed."])
    }
}
