import Foundation
import Testing

@Suite("carelint check --jobs, --max-warnings; carelint init")
struct RunOptionsTests {
    static let draft = "# Liver care\n\nThe hepatic vein drains the tumour. HAI is used, then hepatic arterial infusion (HAI) again.\n"

    @Test("Parallel runs print files in input order, identical to a serial run")
    func stableOrder() throws {
        var texts: [String: String] = [:]
        for index in 0..<12 { texts["p\(index).md"] = index.isMultiple(of: 2) ? Self.draft : "# Care\n\nThe tumour grew.\n" }
        let folder = try CarelintProcess.folder(HouseVocabulary.files(texts))
        let serial = try CarelintProcess.run(["check", ".", "--jobs", "1"], in: folder)
        let parallel = try CarelintProcess.run(["check", ".", "--jobs", "3"], in: folder)
        #expect(serial.stdout == parallel.stdout)
        let order = parallel.stdout.split(separator: "\n").filter { $0.hasPrefix("./p") }.map { String($0.prefix { $0 != ":" }) }
        #expect(order == order.sorted() && Set(order).count == 12)
    }

    @Test("--max-warnings N fails the run when there are more than N warnings")
    func maxWarnings() throws {
        let folder = try CarelintProcess.folder(HouseVocabulary.files(["page.md": Self.draft]))
        let over = try CarelintProcess.run(["check", "page.md", "--max-warnings", "2"], in: folder)
        #expect(over.status == 1)
        #expect(over.stderr == "carelint: 3 warnings, more than --max-warnings 2 allows\n")
        let within = try CarelintProcess.run(["check", "page.md", "--max-warnings", "3"], in: folder)
        #expect(within.status == 0)
        #expect(within.stderr.isEmpty)
        let bad = try CarelintProcess.run(["check", "page.md", "--max-warnings", "-1"], in: folder)
        #expect(bad.status == 2)
        #expect(bad.stderr == "carelint check: --max-warnings needs a whole number of 0 or more; got \"-1\"\n")
    }

    @Test("init writes a starter .carelint.json with $schema that check accepts, and never overwrites one")
    func initialize() throws {
        let folder = try CarelintProcess.folder(["page.md": Array("# Care\n\nDrink water.\n".utf8)])
        let first = try CarelintProcess.run(["init", "--locale", "en-GB"], in: folder)
        #expect(first.status == 0)
        #expect(first.stdout == "Wrote .carelint.json. Run `carelint check .` to lint this folder with it.\n")
        let path = folder.appendingPathComponent(".carelint.json")
        let written = try String(contentsOf: path, encoding: .utf8)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(written.utf8)) as? [String: Any])
        #expect(root["$schema"] as? String == "https://carelint.dev/schemas/config.schema.json")
        #expect(root["locale"] as? String == "en-GB")
        #expect(try CarelintProcess.run(["check", "page.md"], in: folder).status == 0)
        try Data("{\"locale\": \"en-US\"}\n".utf8).write(to: path)
        let second = try CarelintProcess.run(["init"], in: folder)
        #expect(second.status == 2)
        #expect(second.stderr == "carelint init: .carelint.json already exists here; it was left as it was (edit it, or remove it to start again)\n")
        #expect(try String(contentsOf: path, encoding: .utf8) == "{\"locale\": \"en-US\"}\n")
    }
}
