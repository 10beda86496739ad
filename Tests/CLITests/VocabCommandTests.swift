import Foundation
import Testing

@Suite("carelint vocab")
struct VocabCommandTests {
    @Test("check reports every error of a pack with file:line:col and exits 2")
    func checkErrors() throws {
        let pack = """
        {"name": "house", "concepts": [
          {"id": "scan", "term": "liver scan", "category": "test"},
          {"id": "scan", "term": "belly scan", "categry": "test"}
        ]}
        """
        let folder = try CarelintProcess.folder(["house.json": Array(pack.utf8)])
        let result = try CarelintProcess.run(["vocab", "check", "house.json"], in: folder)
        #expect(result.status == 2)
        #expect(result.stderr == "house.json:3:40: error: unknown key \"categry\"; did you mean \"category\"?\n1 error in the pack.\n")
    }

    @Test("check accepts a valid pack")
    func checkValid() throws {
        let pack = #"{"name": "house", "concepts": [{"id": "scan", "term": "liver scan", "category": "test", "definition": "a picture of the liver"}]}"#
        let folder = try CarelintProcess.folder(["house.json": Array(pack.utf8)])
        let result = try CarelintProcess.run(["vocab", "check", "house.json"], in: folder)
        #expect(result.status == 0)
        #expect(result.stdout == "ok: house.json\n1 concepts, 0 spelling pairs, 0 rules.\n")
    }

    @Test("lookup finds a concept of a configured pack by variant, acronym and near miss")
    func lookup() throws {
        let pack = #"{"name": "house", "concepts": [{"id": "lft", "term": "liver function tests", "variants": ["liver panel"], "acronym": "LFT", "category": "test", "definition": "blood tests that show how well the liver works", "sources": ["001"]}]}"#
        let folder = try CarelintProcess.folder(["house.json": Array(pack.utf8), ".carelint.json": Array(#"{"vocabularies": ["./house.json"]}"#.utf8)])
        let expected = """
        liver function tests (LFT)
          id:          lft
          category:    test
          also called: liver panel
          acronym:     LFT (spell it out at first use)
          definition:  blood tests that show how well the liver works
          sources:     001
          pack:        house

        """
        for query in ["liver panel", "LFT", "lft", "Liver Function Tests"] {
            let result = try CarelintProcess.run(["vocab", "lookup", query, "--config", ".carelint.json"], in: folder)
            #expect(result.status == 0, "\(query)")
            #expect(result.stdout == expected, "\(query)")
        }
        let near = try CarelintProcess.run(["vocab", "lookup", "liver functoin tests", "--config", ".carelint.json"], in: folder)
        #expect(near.stdout.hasPrefix("\"liver functoin tests\" is not in the vocabulary; the nearest entry is:\n\nliver function tests (LFT)\n"))
    }

    @Test("check reports a term that a built-in pack owns, where it is and what to do, and exits 1")
    func checkCollision() throws {
        let pack = """
        {"name": "house", "concepts": [
          {"id": "house-scan", "term": "liver scan", "category": "test"},
          {"id": "house-palsy", "term": "cerebral palsy", "category": "condition"}
        ]}
        """
        let folder = try CarelintProcess.folder(["house.json": Array(pack.utf8)])
        let result = try CarelintProcess.run(["vocab", "check", "house.json"], in: folder)
        #expect(result.status == 1)
        #expect(result.stdout == "ok: house.json\n2 concepts, 0 spelling pairs, 0 rules.\n")
        let lines = result.stderr.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 3)
        #expect(lines[0].hasPrefix("house.json:3:33: error: the term \"cerebral palsy\" already belongs to concept \"cerebral-palsy\" (<built-in>/medicine/conditions.json:"))
        #expect(lines[1] == "1 term or id collide with the built-in packs: a configuration that lists \"built-in\" (or the pack named) with this one will not load. Rename them, or leave that built-in pack out of `vocabularies`.")
    }

    @Test("lookup names the built-in medicine pack and the sources of a generated concept")
    func lookupMedicine() throws {
        let folder = try CarelintProcess.folder([:])
        let result = try CarelintProcess.run(["vocab", "lookup", "pleural effusions"], in: folder)
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("pleural effusion\n  id:          pleural-effusion\n"))
        #expect(result.stdout.contains("  plain words: fluid around the lungs\n"))
        #expect(result.stdout.contains("  sources:     hpo-layperson-synonyms.tsv"))
        #expect(result.stdout.hasSuffix("  pack:        medicine/conditions\n"))
    }
}
