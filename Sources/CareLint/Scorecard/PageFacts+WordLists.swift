/// The word lists `PageFacts` reads, as 64-bit word keys (`WordKey`): imperatives, modals, people, units, number
/// words, gloss words and the other cues of the scorecard's action and number items.
extension PageFacts {
    static let imperatives = WordKey.set([
        "take", "call", "ask", "talk", "tell", "eat", "drink", "avoid", "keep", "wash", "get", "go", "see", "stop",
        "start", "use", "check", "make", "try", "wear", "store", "follow", "limit", "choose", "bring", "write",
        "schedule", "walk", "rest", "protect", "cover", "clean", "put", "apply", "give", "watch", "plan", "remember",
        "report", "exercise", "quit", "cut", "add", "sleep", "lose", "stay", "look", "wait", "throw", "replace",
        "change", "prepare", "cook", "reduce", "include", "consider", "discuss", "return", "join", "test",
        "measure", "record", "contact", "seek", "find", "let", "be", "do", "don't", "never", "always", "wear",
        "learn", "read", "visit", "share", "call", "talk", "practice", "practise", "drive", "sit", "stand", "lie",
        "breathe", "cough", "sneeze", "throw", "dispose", "empty", "fill", "rinse", "dry", "lift", "move", "turn",
        "hold", "press", "place", "remove", "comb", "brush", "soak", "wipe", "feed", "raise", "elevate", "ice", "drink", "swallow", "chew", "follow", "tell", "mention", "note", "monitor", "weigh", "cool",
    ])
    /// Imperatives that are as often a noun or an adjective at the start of a line ("Dry skin", "Sleep problems",
    /// "Test results"): an action only when an object, a particle, an adverb or a number follows.
    static let nounLike = WordKey.set([
        "dry", "sleep", "rest", "cough", "sneeze", "ice", "test", "record", "note", "cut", "change", "place", "turn",
        "watch", "report", "plan", "empty", "cool", "lie", "stand", "return", "measure", "exercise", "walk",
        "practice", "practise", "fill", "press", "hold", "move", "feed", "monitor", "brush", "comb", "soak", "wipe",
        "raise", "lift", "cover", "clean", "drink", "cook", "sit", "drive", "quit", "wait", "look", "limit", "store",
    ])
    /// Verbs that make the opening words a subject ("Dry skin is …", "Test results can …").
    static let linking = WordKey.set(["is", "are", "was", "were", "can", "may", "might", "will", "causes", "cause", "means", "happens"])
    /// Words after a verb that show it acts on something: determiners, pronouns, particles and prepositions.
    static let objectMarkers = WordKey.set([
        "your", "the", "a", "an", "it", "them", "this", "that", "these", "those", "any", "all", "some", "his", "her",
        "their", "my", "our", "up", "down", "off", "out", "on", "in", "into", "at", "for", "with", "to", "well", "more",
        "less", "often", "every", "each", "until", "after", "before", "as", "and", "or", "if", "when", "while", "away",
        "back", "over", "plenty", "lots", "enough", "only", "slowly", "gently", "fully", "right", "now", "here",
    ])

    /// Imperatives that only send the reader elsewhere: a call to action (CCI 5) but not a behaviour (CCI 12).
    static let lookUp = WordKey.set(["learn", "read", "visit", "share", "find", "see", "look", "contact", "join"])
    /// Words that open a sentence before its verb: "Always wash …", "Please call …", "Do not …".
    static let openers = WordKey.set(["always", "never", "please", "do", "don't", "also", "then", "first", "next", "now", "gently", "only"])
    /// Linking adverbs that open a sentence before a comma: "However, see your doctor if …".
    static let connectives = WordKey.set([
        "however", "also", "instead", "otherwise", "still", "so", "finally", "meanwhile", "besides", "likewise",
        "similarly", "therefore", "thus", "first", "second", "third", "next", "then", "lastly", "again", "often",
        "sometimes", "usually", "most", "importantly", "overall", "today", "now", "later", "afterward", "afterwards",
    ])
    static let see = WordKey.of("see")
    /// Words that make "See …" a prompt to get more information (CCI 5), not a pointer within the text.
    static let informationWords = WordKey.set(["information", "info", "details", "learn", "more", "resources", "help", "support"])
    static let it = WordKey.of("it")
    static let their = WordKey.of("their")
    static let copulas = WordKey.set(["is", "it's", "'s"])
    /// Adjectives of advice in "It is important to …", "It is a good idea to …".
    static let adviceWords = WordKey.set(["important", "best", "essential", "vital", "wise", "helpful", "good", "better", "crucial", "necessary", "idea"])
    static let conditionals = WordKey.set(["if", "when", "before", "after", "during", "while", "until", "once", "to", "for", "as"])
    /// How far (in words) a modal may follow a person noun that opens the sentence as its subject.
    static let subjectReach = 10
    /// Prepositions that open a phrase before the subject ("For patients who …, a scan should …").
    static let prepositions = WordKey.set(["for", "in", "with", "among", "of", "by", "at", "from", "about", "like", "unlike", "since", "because", "although", "though", "unless", "whether"])
    /// Modals of possibility before "need to": "Children may need to be fed …" says what may happen.
    static let possibility = WordKey.set(["may", "might", "could", "will", "would", "often", "sometimes", "also"])
    static let modals = WordKey.set(["should", "must", "need", "needs", "ought"])
    /// Modals that recommend to someone else only before "to" ("Parents need to …"); "you need …" always addresses
    /// the reader ("You need two doses").
    static let needs = WordKey.set(["need", "needs"])
    static let to = WordKey.of("to")
    static let you = WordKey.of("you")
    /// Verbs that say a behaviour does good: "Losing weight and being active can help …" recommends them.
    static let benefits = WordKey.set([
        "help", "helps", "prevent", "prevents", "lower", "lowers", "reduce", "reduces", "protect", "protects",
        "improve", "improves",
    ])
    static let notWord = WordKey.of("not")
    static let recommendWords = WordKey.set(["recommended", "recommend", "recommends", "advised", "advise", "advises"])
    static let navigation = WordKey.set(["click", "subscribe", "sign", "print", "download", "email", "follow"])
    /// People a recommendation may be aimed at in the third person ("Parents should …").
    static let people = WordKey.set([
        "people", "person", "persons", "patients", "patient", "parents", "parent", "caretaker", "caretakers", "caregiver",
        "caregivers", "adults", "adult", "children", "child", "women", "woman", "men", "man", "anyone", "everyone",
        "someone", "individuals", "families", "family", "teens", "teenagers", "kids", "smokers", "travelers",
        "travellers", "mothers", "fathers", "infants", "babies", "they",
    ])
    static let units = WordKey.set([
        "mg", "mcg", "ml", "cm", "mm", "kg", "g", "dl", "mmol", "iu", "milligrams", "milligram", "milliliters",
        "millilitres", "milliliter", "millilitre", "grams", "gram", "micrograms", "microgram", "centimeters",
        "centimetres", "centimeter", "centimetre", "millimeters", "millimetres", "millimeter", "millimetre", "kilograms",
        "kilogram", "ounces", "oz", "units", "mmhg", "calories", "kcal",
    ])
    // Numbers.
    static let percentWords = WordKey.set(["percent", "percentage", "per cent"])
    static let bigWords = WordKey.set(["million", "billion", "thousand", "trillion"])
    static let comparatives = WordKey.set(["more", "less", "higher", "lower", "greater", "as", "likely", "fewer"])
    static let times = WordKey.of("times")
    static let months = WordKey.set([
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ])
    /// Words that say how many or how likely in plain terms. Only words that quantify: "many", "some", "high"
    /// and "low" are left out, because they mostly qualify something else ("many types", "high blood pressure").
    static let glossWords = WordKey.set([
        "half", "quarter", "third", "most", "majority", "few", "rare", "rarely", "uncommon", "common",
    ])
    /// Spelled numbers that open a natural frequency ("three out of every million").
    static let numberWords: [UInt64: Int] = Dictionary(uniqueKeysWithValues: [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    ].enumerated().map { (WordKey.of($0.element), $0.offset + 1) })
    /// Spelled denominators of a natural frequency ("1 in a thousand", "3 out of every million").
    static let denominatorWords: [UInt64: Int] = [
        WordKey.of("hundred"): 100, WordKey.of("thousand"): 1_000, WordKey.of("million"): 1_000_000,
    ]
    static let every = WordKey.set(["every", "a"])
    static let riskWords = WordKey.set(["risk", "risks", "chance", "chances", "likely", "likelihood", "odds", "probability", "rate", "survive", "survival"])
    static let calculationWords = WordKey.set(["calculate", "multiply", "divide", "subtract", "multiplied", "divided", "subtracted", "formula"])
    /// People who give care: seeing or contacting one is a behaviour (CCI 12), not a look-up.
    static let providers = WordKey.set([
        "doctor", "doctors", "nurse", "nurses", "pharmacist", "provider", "providers", "dentist", "gp", "physician",
        "midwife", "clinic", "specialist", "healthcare",
    ])
    /// Verbs of what happens after a modal ("should recover", "should begin to …"): an expectation, not advice.
    static let outcomes = WordKey.set([
        "recover", "heal", "begin", "improve", "feel", "resolve", "disappear", "fade", "settle", "subside", "clear",
        "last", "notice",
    ])
    static let article = WordKey.of("a")
    /// Fractions in words ("half" is left out: it is as familiar as a whole number).
    static let fractionWords = WordKey.set(["third", "thirds", "quarter", "quarters", "fifth", "fifths", "sixth", "sixths", "tenth", "tenths"])
    static let whichever = WordKey.of("whichever")
    /// Words after "whichever (is / comes)" that ask the reader to compare two worked-out dates or amounts.
    static let orderWords = WordKey.set(["later", "earlier", "sooner", "first", "last", "longer", "shorter", "greater", "less", "more", "fewer", "higher", "lower"])
    static let perWeight = WordKey.set(["kg", "kilogram", "kilograms", "pound", "pounds", "lb", "lbs"])
    static let per = WordKey.of("per")
    static let inWord = WordKey.of("in")
    static let outWord = WordKey.of("out")
    static let ofWord = WordKey.of("of")
}
