import Foundation

/// `structure/review-date`: the front matter has no review date, or it is too old.
struct ReviewDateRule: Rule {
    /// Today's date; injectable so that tests do not depend on the day they run.
    let now: @Sendable () -> Date

    /// Creates the rule with a clock (the system clock by default).
    init(now: @escaping @Sendable () -> Date = { Date() }) { self.now = now }

    let description = RuleDescription(
        id: "structure/review-date",
        defaultSeverity: .warning,
        summary: "The front matter lacks a review date, or the review date is too old.",
        rationale: """
            Medical advice goes out of date; readers and editors need to know when a page was last checked by \
            someone qualified (one source article shows "Last reviewed on" with a date). The rule reads \
            `reviewed` (or `last-reviewed`, `last_reviewed`, `review-date`, `reviewed-on`, `date-reviewed`) from \
            the front matter in the forms 2025-03-14, 2025-03, 2025/03/14, 14 March 2025, March 14, 2025, \
            March 2025 and 03/14/2025 (14/03/2025 in en-GB), and reports a missing, unreadable, future or \
            stale date: older than `maxReviewAgeMonths` months. Only Markdown files are checked: plain text and \
            HTML have no front matter.
            """,
        triggering: [
            RuleExample("1️⃣---\ntitle: Liver metastases\n---\n# Liver metastases"),
            RuleExample("---\nreviewed: 1️⃣2019-05-02\n---\n# Liver metastases"),
            RuleExample("---\nreviewed: 1️⃣last spring\n---\n# Liver metastases"),
            RuleExample("# 1️⃣Liver metastases\n\nCancer that spread to the liver."),
        ],
        nonTriggering: [
            RuleExample("---\nreviewed: 2025-01-10\n---\n# Liver metastases", options: ["maxReviewAgeMonths": .int(1200)]),
            RuleExample("---\nlast-reviewed: March 3, 2025\n---\n# Liver metastases", options: ["maxReviewAgeMonths": .int(1200)]),
        ],
        options: [RuleOption("maxReviewAgeMonths", default: .int(24), "How many months a review stays current.")]
    )

    static let keys = ["reviewed", "last-reviewed", "last_reviewed", "lastreviewed", "review-date", "review_date", "reviewed-on", "reviewed_on", "date-reviewed", "date_reviewed", "last-review"]

    func check(_ context: RuleContext, into diagnostics: inout [Diagnostic]) {
        let document = context.document
        guard document.source.format == .markdown else { return } // only Markdown has front matter
        let frontMatter = document.layout.frontMatter
        guard let entry = Self.keys.lazy.compactMap({ frontMatter?.entry($0) }).first else {
            let range = frontMatter.map { $0.range.lowerBound..<($0.range.lowerBound + 3) } ?? DocumentAnchor.range(document)
            diagnostics.append(context.diagnostic(
                "The document has no review date; add `reviewed: YYYY-MM-DD` to its front matter after a qualified reviewer has checked it.",
                at: range
            ))
            return
        }
        guard let date = ReviewDateParser.parse(entry.value, dayFirst: context.locale.lowercased().hasSuffix("gb")) else {
            diagnostics.append(context.diagnostic(
                "\"\(entry.value)\" is not a date CareLint can read; write the review date as YYYY-MM-DD.", at: entry.range
            ))
            return
        }
        let today = ReviewDateParser.day(of: now())
        if date > today {
            diagnostics.append(context.diagnostic(
                "The review date \(entry.value) is in the future; write the date the page was last reviewed.", at: entry.range
            ))
            return
        }
        let months = context.int("maxReviewAgeMonths")
        let age = ReviewDateParser.monthsBetween(date, today)
        guard age > months else { return }
        diagnostics.append(context.diagnostic(
            "The page was last reviewed \(age) months ago (\(entry.value)), more than \(months); have it reviewed and update the date.",
            at: entry.range
        ))
    }
}

/// A calendar day, comparable.
struct CalendarDay: Comparable, Sendable, Equatable {
    var year: Int
    var month: Int
    var day: Int

    static func < (a: CalendarDay, b: CalendarDay) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }
}

/// Reads the date formats people write in front matter.
enum ReviewDateParser {
    static let monthNames: [String: Int] = {
        let names = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
        var table: [String: Int] = [:]
        for (index, name) in names.enumerated() {
            table[name] = index + 1
            table[String(name.prefix(3))] = index + 1
        }
        table["sept"] = 9
        return table
    }()

    /// The day of a date, in UTC.
    static func day(of date: Date) -> CalendarDay {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return CalendarDay(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
    }

    /// Whole months from `a` to `b` (a day short of a month does not count).
    static func monthsBetween(_ a: CalendarDay, _ b: CalendarDay) -> Int {
        var months = (b.year - a.year) * 12 + (b.month - a.month)
        if b.day < a.day { months -= 1 }
        return max(0, months)
    }

    /// Parses a date; a month without a day means its first day. `dayFirst` reads 03/04/2025 as 3 April.
    static func parse(_ text: String, dayFirst: Bool = false) -> CalendarDay? {
        var value = text.trimmingCharacters(in: .whitespaces)
        if let t = value.firstIndex(where: { $0 == "T" || $0 == " " }), value.first?.isNumber == true, value.contains("-"), value.count > 10 {
            value = String(value[..<t]) // an ISO date-time: keep the date
        }
        let pieces = value.lowercased().split(whereSeparator: { " ,/-.".contains($0) }).map(String.init)
        let numbers: [Int?] = pieces.map { piece in
            let digits = piece.prefix { $0.isASCII && $0.isNumber }
            let rest = piece.dropFirst(digits.count)
            guard !digits.isEmpty, rest.isEmpty || ["st", "nd", "rd", "th"].contains(String(rest)) else { return nil }
            return Int(digits)
        }
        let month = pieces.firstIndex { monthNames[$0] != nil }
        func valid(_ y: Int, _ m: Int, _ d: Int) -> CalendarDay? {
            guard y >= 1900, y <= 2999, (1...12).contains(m), (1...daysIn(m, y)).contains(d) else { return nil }
            return CalendarDay(year: y, month: m, day: d)
        }
        if let month {
            let m = monthNames[pieces[month]]!
            let others = numbers.enumerated().filter { $0.offset != month }.compactMap(\.element)
            guard let year = others.first(where: { $0 >= 1900 }) else { return nil }
            let day = others.first(where: { $0 < 100 }) ?? 1
            guard others.count == (others.contains(where: { $0 < 100 }) ? 2 : 1) else { return nil }
            return valid(year, m, day)
        }
        guard pieces.count == numbers.count, numbers.allSatisfy({ $0 != nil }) else { return nil }
        let n = numbers.map { $0! }
        switch n.count {
        case 3 where pieces[0].count == 4: return valid(n[0], n[1], n[2])
        case 3 where pieces[2].count == 4:
            if n[0] > 12 { return valid(n[2], n[1], n[0]) }
            if n[1] > 12 { return valid(n[2], n[0], n[1]) }
            return dayFirst ? valid(n[2], n[1], n[0]) : valid(n[2], n[0], n[1])
        case 2 where pieces[0].count == 4: return valid(n[0], n[1], 1)
        case 2 where pieces[1].count == 4: return valid(n[1], n[0], 1)
        default: return nil
        }
    }

    static func daysIn(_ month: Int, _ year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
