import Foundation
import Testing
@testable import CareLint

@Suite("Settings from the command line or an editor")
struct SettingOverridesTests {
    @Test("Accepted words from overrides are stored as rules look them up: case-folded, curly apostrophes straight")
    func acceptNormalised() {
        var overrides = SettingOverrides()
        overrides.accept = ["Hepatic’s", "ALT‘s"]
        overrides.locale = .enGB
        overrides.readingGrade = 7
        overrides.severities = ["vocab/jargon": .off]
        var resolved = ResolvedConfiguration()
        resolved.apply(overrides)
        #expect(resolved.accepted == ["hepatic's", "alt's"])
        #expect(resolved.locale == "en-GB")
        #expect(resolved.readingGrade == 7)
        #expect(resolved.severities["vocab/jargon"] == .off)
    }

    @Test("A word accepted with a curly apostrophe silences the finding on the straight spelling")
    func acceptSilences() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("carelint-accept-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("page.md").path
        let text = "# Care\n\nAsk about the zorbly's dose.\n"
        var plain = SettingOverrides()
        plain.locale = .enUS
        let before = try Workspace(overrides: plain).settings(forFile: path)
        #expect(before.linter.lint(SourceDocument(path: path, text: text), configuration: before.configuration).contains { $0.rule == "spelling/unknown-word" })
        var overrides = plain
        overrides.accept = ["Zorbly’s"]
        let after = try Workspace(overrides: overrides).settings(forFile: path)
        #expect(!after.linter.lint(SourceDocument(path: path, text: text), configuration: after.configuration).contains { $0.rule == "spelling/unknown-word" })
    }
}
