import Foundation
import Testing

@Suite("Rule documentation")
struct RuleDocsTests {
    /// The repository root, from this file's place in it.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test("docs/rules.md is exactly what `carelint explain --all` prints (regenerate: carelint explain --all > docs/rules.md)")
    func docsUpToDate() throws {
        let result = try CarelintProcess.run(["explain", "--all"])
        #expect(result.status == 0)
        let committed = try String(contentsOf: Self.root.appendingPathComponent("docs/rules.md"), encoding: .utf8)
        #expect(result.stdout == committed)
    }

    @Test("--all lists every rule once, in id order, with its page under the index")
    func allPages() throws {
        let all = try CarelintProcess.run(["explain", "--all"]).stdout
        let rules = try CarelintProcess.run(["rules"]).stdout.split(separator: "\n").compactMap { line -> String? in
            let id = line.split(separator: " ").first.map(String.init) ?? ""
            return id.contains("/") ? id : nil
        }
        #expect(rules.count >= 30)
        let pages = all.split(separator: "\n").filter { $0.hasPrefix("## ") }.map { String($0.dropFirst(3)) }
        #expect(pages == rules.sorted())
        let jargon = try CarelintProcess.run(["explain", "vocab/jargon"]).stdout
        // The page itself, headings one level down.
        let demoted = jargon.split(separator: "\n", omittingEmptySubsequences: false).map { $0.hasPrefix("#") ? "#" + $0 : String($0) }
        #expect(all.contains(demoted.joined(separator: "\n")))
    }

    @Test("--all with a rule name is a usage error")
    func allWithRule() throws {
        let result = try CarelintProcess.run(["explain", "--all", "vocab/jargon"])
        #expect(result.status == 2)
        #expect(result.stderr == "carelint explain: name one rule, such as `carelint explain vocab/jargon`, or give --all alone\n")
    }
}
