import Testing
@testable import CareLint

@Suite("Suggestion cache")
struct SuggestionCacheTests {
    @Test("A cached answer is the computed one, per word and per word list")
    func sameAnswers() {
        let cache = SuggestionCache()
        let us = WordList.builtIn(locale: "en-US")
        let gb = WordList.builtIn(locale: "en-GB")
        for word in ["recieve", "Tumr", "colour"] {
            let direct = SpellingSuggestions.suggestions(for: word, in: us)
            #expect(cache.suggestions(for: word, in: us) == direct)
            #expect(cache.suggestions(for: word, in: us) == direct, "second, cached call for \(word)")
            #expect(cache.suggestions(for: word, in: gb) == SpellingSuggestions.suggestions(for: word, in: gb))
        }
        #expect(cache.suggestions(for: "recieve", in: us).first == "receive")
        // Two lists with different words are two keys, even for one word.
        let small = WordList(words: ["tumor"])
        let other = WordList(words: ["rumor"])
        #expect(cache.suggestions(for: "tumr", in: small) == ["tumor"])
        #expect(cache.suggestions(for: "tumr", in: other) == SpellingSuggestions.suggestions(for: "tumr", in: other))
    }
}
