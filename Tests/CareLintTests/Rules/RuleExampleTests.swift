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
