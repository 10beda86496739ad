import Testing
@testable import CareLint

@Suite("ByteWordFlags")
struct ByteWordFlagsTests {
    static let table = ByteWordFlags([("syndrome cancer\nfever", 1), ("institute center", 2), ("of the cancer", 4)])

    @Test("a word has the union of its groups' flags; other words, prefixes and longer words have none")
    func flags() {
        #expect(Self.table.flags(of: Array("syndrome".utf8)) == 1)
        #expect(Self.table.flags(of: Array("fever".utf8)) == 1)
        #expect(Self.table.flags(of: Array("cancer".utf8)) == 5)
        #expect(Self.table.flags(of: Array("center".utf8)) == 2)
        #expect(Self.table.flags(of: Array("the".utf8)) == 4)
        for absent in ["", "cance", "cancers", "Cancer", "th", "them", "institutes"] {
            #expect(Self.table.flags(of: Array(absent.utf8)) == 0, "\(absent)")
            #expect(!Self.table.contains(Array(absent.utf8)))
        }
    }

    @Test("a slice of a larger buffer is looked up in place")
    func slices() {
        let bytes = Array("xx fever yy".utf8)
        #expect(Self.table.flags(of: bytes[3..<8]) == 1)
        #expect(Self.table.flags(of: bytes[3..<7]) == 0)
    }

    @Test("FixedNames' word classes hold every word of their lists")
    func fixedNamesClasses() {
        for (text, flag) in [(FixedNames.namingHeadWords, FixedNames.head), (FixedNames.organisationWords, FixedNames.organisation),
                             (FixedNames.organisationJoiners, FixedNames.joiner)] {
            for word in text.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
                #expect(FixedNames.wordClasses.flags(of: Array(word.utf8)) & flag != 0, "\(word)")
            }
        }
        #expect(FixedNames.wordClasses.flags(of: Array("liver".utf8)) == 0)
    }
}
