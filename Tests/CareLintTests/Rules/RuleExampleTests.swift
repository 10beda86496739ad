import Testing
@testable import CareLint

/// Runs every rule's own examples: adding a rule adds its tests.
@Suite("Rule examples")
struct RuleExampleTests {
    static let linter = Linter()
    static let rules = linter.rules.map(\.description)

    @Test("Triggering examples are flagged exactly at their markers, and fix to the fixed text", arguments: rules.map(\.id))
    func triggering(_ id: String) throws {
        let description = try #require(Self.linter.rule(id)).description
        for example in description.triggering {
            let (diagnostics, text, markers) = lint(example.text, only: id, locale: example.locale ?? "en-US", format: example.format, options: example.options, linter: Self.linter)
            let where_ = "\(example.file):\(example.line)"
            #expect(!markers.isEmpty, "\(id): triggering example has no 1️⃣ marker (\(where_))")
            #expect(diagnostics.map(\.range.lowerBound) == markers, "\(id): expected findings at \(markers), got \(diagnostics.map { "\($0.range.lowerBound) \"\(slice(text, $0.range))\"" }) in \"\(text)\" (\(where_))")
            if let fixed = example.fixed {
                let result = FixApplier.applyFirstFixes(of: diagnostics, to: Array(text.utf8))
                #expect(String(decoding: result.bytes, as: UTF8.self) == fixed, "\(id): fixes of \"\(text)\" (\(where_))")
            }
        }
    }

    @Test("Non-triggering examples are not flagged", arguments: rules.map(\.id))
    func nonTriggering(_ id: String) throws {
        let description = try #require(Self.linter.rule(id)).description
        for example in description.nonTriggering {
            let (diagnostics, text, _) = lint(example.text, only: id, locale: example.locale ?? "en-US", format: example.format, options: example.options, linter: Self.linter)
            #expect(diagnostics.isEmpty, "\(id): \"\(text)\" was flagged: \(diagnostics.map(\.message)) (\(example.file):\(example.line))")
        }
    }

    /// An emoji (4 UTF-8 bytes, 2 UTF-16 units) and an accented letter, put at the start of the line of a
    /// triggering example's first finding. In a comment, so the prose the rule reads is the same: only the
    /// positions move.
    static let shiftPrefix = "<!-- 😀 Café --> "

    @Test("Triggering examples give the same findings, shifted exactly, after an emoji and accents on the same line", arguments: rules.map(\.id))
    func shifted(_ id: String) throws {
        let description = try #require(Self.linter.rule(id)).description
        for example in description.triggering where example.format != .plainText {
            let options = (locale: example.locale ?? "en-US", format: example.format, options: example.options)
            let (plain, text, markers) = lint(example.text, only: id, locale: options.locale, format: options.format, options: options.options, linter: Self.linter)
            guard let first = markers.first else { continue }
            // Insert at the start of the first finding's line, when that line starts with prose.
            let bytes = Array(text.utf8)
            var lineStart = first
            while lineStart > 0, bytes[lineStart - 1] != 0x0A { lineStart -= 1 }
            guard lineStart < bytes.count, (bytes[lineStart] | 0x20) >= 0x61, (bytes[lineStart] | 0x20) <= 0x7A else { continue }
            // Not inside front matter, which is YAML, not prose.
            if text.hasPrefix("---\n"), let end = text.range(of: "\n---\n", range: text.index(text.startIndex, offsetBy: 3)..<text.endIndex),
               lineStart < text.utf8.distance(from: text.utf8.startIndex, to: end.upperBound) { continue }
            let prefix = Array(Self.shiftPrefix.utf8)
            let shiftedText = String(decoding: bytes[..<lineStart] + prefix + bytes[lineStart...], as: UTF8.self)
            let (moved, _, _) = lint(shiftedText, only: id, locale: options.locale, format: options.format, options: options.options, linter: Self.linter)
            let expected = plain.map { d in
                (d.range.lowerBound >= lineStart ? d.range.lowerBound + prefix.count : d.range.lowerBound, d.range.count, d.message)
            }
            let got = moved.map { ($0.range.lowerBound, $0.range.count, $0.message) }
            #expect(got.map(\.0) == expected.map(\.0) && got.map(\.1) == expected.map(\.1) && got.map(\.2) == expected.map(\.2),
                    "\(id): after \"\(Self.shiftPrefix)\" the findings of \"\(text)\" moved to \(got) instead of \(expected) (\(example.file):\(example.line))")
        }
    }

    @Test("Triggering examples give no finding under a disable comment for the rule", arguments: rules.map(\.id))
    func disabled(_ id: String) throws {
        let description = try #require(Self.linter.rule(id)).description
        for example in description.triggering where example.format != .plainText {
            var text = example.text
            let comment = "<!-- carelint-disable \(id) -->\n"
            if text.hasPrefix("---\n"), let end = text.range(of: "\n---\n", range: text.index(text.startIndex, offsetBy: 3)..<text.endIndex) {
                text.insert(contentsOf: comment, at: end.upperBound)
            } else {
                text = comment + text
            }
            let (diagnostics, _, _) = lint(text, only: id, locale: example.locale ?? "en-US", format: example.format, options: example.options, linter: Self.linter)
            #expect(diagnostics.isEmpty, "\(id): a disable comment did not silence \(diagnostics.map(\.message)) (\(example.file):\(example.line))")
        }
    }

    @Test("Every rule describes itself completely", arguments: rules.map(\.id))
    func describesItself(_ id: String) throws {
        let description = try #require(Self.linter.rule(id)).description
        #expect(!description.summary.isEmpty)
        #expect(!description.rationale.isEmpty)
        #expect(!description.triggering.isEmpty, "\(id) has no triggering example")
        #expect(!description.nonTriggering.isEmpty, "\(id) has no non-triggering example")
        #expect(description.id.contains("/"))
    }
}
