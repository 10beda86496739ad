import Testing
@testable import CareLint

@Suite("Syllables")
struct SyllableTests {
    static func count(_ word: String) -> Int { Syllables.count(Array(word.utf8)) }

    @Test("agrees with the CMU/espeak-ng reference on 1,000 common and medical words")
    func reference() {
        var total = 0, exact = 0, withinOne = 0
        var misses: [String] = []
        for line in SyllableReference.tsv.split(separator: "\n") {
            let fields = line.split(separator: "\t")
            guard fields.count == 2, let expected = Int(fields[1]) else { continue }
            let got = Syllables.count(fields[0].utf8)
            total += 1
            if got == expected { exact += 1 } else { misses.append("\(fields[0]) \(expected)→\(got)") }
            if abs(got - expected) <= 1 { withinOne += 1 }
        }
        #expect(total == 1000)
        let exactShare = Double(exact) / Double(total), nearShare = Double(withinOne) / Double(total)
        print("Syllables: exact \(exact)/\(total), within ±1 \(withinOne)/\(total); misses: \(misses.joined(separator: ", "))")
        #expect(nearShare >= 0.95)
        #expect(exactShare >= 0.85)
    }

    @Test("required medical words", arguments: [
        ("metastasis", 4), ("chemotherapy", 5), ("hepatic", 3), ("embolization", 5), ("paracentesis", 5),
        ("histotripsy", 4), ("oncologist", 4), ("radiofrequency", 6), ("encephalopathy", 6), ("jaundice", 2),
        ("ascites", 3), ("biopsy", 3), ("cirrhosis", 3), ("ablation", 3), ("diabetes", 4),
    ])
    func medical(word: String, syllables: Int) {
        #expect(Self.count(word) == syllables)
    }

    @Test("rules for common words", arguments: [
        ("the", 1), ("make", 1), ("table", 2), ("wanted", 2), ("jumped", 1), ("boxes", 2), ("notes", 1),
        ("radio", 3), ("nation", 2), ("special", 2), ("idea", 3), ("create", 2), ("dying", 2), ("yes", 1),
        ("lawyer", 2), ("quick", 1), ("language", 2), ("fatigue", 2), ("fire", 2), ("rhythm", 2), ("autism", 3),
        ("lately", 2), ("statement", 2), ("something", 2), ("being", 2), ("going", 2), ("usual", 3), ("fluid", 2),
    ])
    func common(word: String, syllables: Int) {
        #expect(Self.count(word) == syllables)
    }

    @Test("case, punctuation and non-ASCII letters")
    func bytes() {
        #expect(Self.count("HEPATIC") == 3)
        #expect(Self.count("Chemotherapy") == 5)
        #expect(Self.count("don't") == 1)
        #expect(Self.count("patient\u{2019}s") == 2)  // a curly apostrophe is no vowel
        #expect(Self.count("follow-up") == 3)
        #expect(Self.count("x-ray") == 2)
        #expect(Self.count("well\u{2014}being") == 3)  // an em dash separates
        #expect(Self.count("café") == 2)
        #expect(Self.count("naïve") == 2)
        #expect(Self.count("") == 0)
        #expect(Self.count("2024") == 1)
        #expect(Self.count("CT") == 1)
    }
}
