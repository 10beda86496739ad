import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

@Suite("carelint report --html")
struct ReportCommandTests {
    static let easy = "# Care\n\nDrink water. Rest well. Call us if you feel sick.\n"
    static let hard = "# Liver care\n\nThe hepatic vein drains the tumour. Consequently, interdisciplinary multidisciplinary considerations necessitate individualized therapeutic recommendations regarding hepatic arterial infusion (HAI) administration.\n"

    @Test("One self-contained page: documents by grade, findings per rule, hardest sentences linked to file and line")
    func page() throws {
        let folder = try CarelintProcess.folder(HouseVocabulary.files(["docs/easy.md": Self.easy, "docs/hard.md": Self.hard]))
        let result = try CarelintProcess.run(["report", "docs", "--html", "out/report.html"], in: folder)
        #expect(result.status == 0)
        #expect(result.stdout == "Wrote out/report.html: 2 documents, 1 above the target grade.\n")
        let data = try Data(contentsOf: folder.appendingPathComponent("out/report.html"))
        let text = String(decoding: data, as: UTF8.self)
        // Self-contained: no scripts, no external stylesheets, images or fonts.
        let withoutNamespaces = text.replacingOccurrences(of: "xmlns=\"http://www.w3.org/1999/xhtml\"", with: "")
            .replacingOccurrences(of: "xmlns=\"http://www.w3.org/2000/svg\"", with: "")
        #expect(!withoutNamespaces.contains("http"))
        #expect(!text.contains("<script") && !text.contains("<link") && !text.contains("src="))
        let document = try XMLDocument(data: data, options: [])
        let root = try #require(document.rootElement())
        func nodes(_ xpath: String) throws -> [XMLNode] { try root.nodes(forXPath: xpath) }
        #expect(try nodes("//*[local-name()='title']").first?.stringValue == "CareLint report")
        // The chart: one bar per document, hardest first, the hard one over the target.
        // (Attributes are read through XPath: FoundationXML does not find them by name under a default namespace.)
        #expect(try nodes("//*[local-name()='svg']/*[local-name()='g']/@class").map(\.stringValue) == ["bar over", "bar within"])
        #expect(try nodes("//*[local-name()='svg']/*[local-name()='g']/*[local-name()='title']").first?.stringValue?.hasPrefix("docs/hard.md: grade ") == true)
        // Findings per rule, most first.
        let rules = try nodes("//*[@id='rules']//*[local-name()='tbody']/*[local-name()='tr']").map { row in
            (row as? XMLElement)?.children?.prefix(2).compactMap(\.stringValue).joined(separator: " ")
        }
        // "individualized" and "therapeutic" are general English (SCOWL size 50 or lower), not uncommon medical words;
        // "multidisciplinary" is a word of two known parts.
        #expect(rules == ["spelling/locale 1", "vocab/jargon 1"])
        // The hardest sentence links to its file and line, relative to the page.
        #expect(try nodes("//*[@id='sentences']//*[local-name()='a']/@href").first?.stringValue == "../docs/hard.md#L3")
        #expect(try nodes("//*[@id='sentences']//*[local-name()='a']").first?.stringValue == "docs/hard.md:3")
        let quote = try #require(try nodes("//*[@id='sentences']//*[local-name()='blockquote']").first)
        #expect(quote.stringValue?.hasPrefix("Consequently, interdisciplinary") == true)
        let rows = try nodes("//*[@id='documents']//*[local-name()='tbody']/*[local-name()='tr']")
        #expect(rows.count == 2)
    }

    @Test("report needs --html and refuses standard input")
    func usage() throws {
        let missing = try CarelintProcess.run(["report", "."])
        #expect(missing.status == 2)
        #expect(missing.stderr == "carelint report: name the page to write with --html FILE, such as --html carelint-report.html\n")
        let stdin = try CarelintProcess.run(["report", "-", "--html", "r.html"])
        #expect(stdin.status == 2)
        #expect(stdin.stderr == "carelint report: the report covers files; give file or folder paths, not standard input\n")
    }
}
