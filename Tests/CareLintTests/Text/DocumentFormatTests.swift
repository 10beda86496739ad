import CareLint
import Foundation
import Testing

@Suite("One table of prose formats")
struct DocumentFormatTests {
    @Test("Extensions map to their format in any case; other files are not prose and read as plain text")
    func extensions() {
        #expect(DocumentFormat(proseFile: "docs/Care.MDX") == .markdown)
        #expect(DocumentFormat(proseFile: "a/b.markdown") == .markdown)
        #expect(DocumentFormat(proseFile: "page.xhtml") == .html)
        #expect(DocumentFormat(proseFile: "page.htm") == .html)
        #expect(DocumentFormat(proseFile: "notes.txt") == .plainText)
        #expect(DocumentFormat(proseFile: "config.json") == nil)
        #expect(DocumentFormat(proseFile: ".md") == nil)
        #expect(DocumentFormat(proseFile: "md") == nil)
        #expect(DocumentFormat(proseFile: "folder.md/readme") == nil)
        #expect(DocumentFormat(path: "config.json") == .plainText)
        #expect(DocumentFormat(path: "file:///w/page.mdx") == .markdown)
    }

    @Test("Editor language ids map to their format; JSON is not prose")
    func languageIds() {
        #expect(DocumentFormat(languageId: "MDX") == .markdown)
        #expect(DocumentFormat(languageId: "plaintext") == .plainText)
        #expect(DocumentFormat(languageId: "json") == nil)
    }

    @Test("README lists exactly the extensions of the table")
    func readme() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        let line = try #require(readme.split(separator: "\n").first { $0.hasPrefix("Folders are walked for") })
        let listed = Set(line.split(separator: "`").filter { $0.hasPrefix(".") }.map { String($0.dropFirst()) })
        #expect(listed == Set(DocumentFormat.extensions.map(\.key)))
    }
}
