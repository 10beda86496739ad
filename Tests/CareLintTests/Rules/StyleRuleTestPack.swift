@testable import CareLint

/// A small pack with the lists the style and structure rules read, so their tests do not depend on Vocab/.
enum StyleRuleTestPack {
    static let json = #"""
    {"name": "test-style",
     "lists": {
       "reader-terms": ["patients", "patient", "the patient", "people with cancer", "caregivers"],
       "section-when-to-call": ["when to call your provider", "when should i seek care", "when to contact a medical professional", "when to get help"],
       "section-symptoms": ["symptoms", "signs and symptoms"],
       "section-treatment": ["treatment", "treatments", "how is it treated"],
       "template-condition": ["symptoms", "treatment", "when-to-call"]
     }}
    """#

    static let vocabulary: Vocabulary = {
        // The fixture is part of the tests: a failure to load it is a broken test, not a result.
        try! VocabularyLoader.load([PackSource(file: "test-style.json", bytes: Array(json.utf8))])
    }()

    static let linter = Linter(vocabulary: vocabulary)
}
