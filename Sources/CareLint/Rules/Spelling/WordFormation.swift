/// How correctly spelled words that no list holds are built: medical words made of Greek and Latin combining forms
/// ("cystourethrogram" = cyst-o + urethr-o + gram, "proctocolectomy" = proct-o + col + ectomy), and inflections of
/// known verbs ("involuting" from "involute", "inactivators" from "inactivate") or plurals of medical words
/// ("aminosalicylates"). The parts are data: `Dictionaries/combining-forms.txt`, `medical-endings.txt` and
/// `medical-prefixes.txt` (hand-kept, see Dictionaries/README.md).
///
/// The analysis is strict so that a typo is still reported: a root needs the linking "o" before a part that starts
/// with a consonant ("colonscopy" is not accepted, "colonoscopy" is), roots have three letters or more, a known
/// word inside a compound has four, and a single root before a short adjective ending ("cyst" + "al") is not enough.
enum WordFormation {
    /// Medical roots without their linking vowel ("hepat", "erythr", "urethr").
    static let roots = WordList(embedded: ["Dictionaries/combining-forms.txt"])
    /// Endings that close a medical word ("ectomy", "gram", "itis", "ic").
    static let endings = WordList(embedded: ["Dictionaries/medical-endings.txt"])
    /// Prefixes written solid before a root or a word ("proto", "hyper", "peri").
    static let prefixes = WordList(embedded: ["Dictionaries/medical-prefixes.txt"])

    /// Endings too short or too common to make a medical word from one root alone ("cyst" + "al" might be a typo
    /// of "crystal").
    static let weakEndings: Set<[UInt8]> = Set(["al", "ar", "ary", "eal", "ia", "ic", "ical", "ism", "oid", "ous", "gen", "lith"].map { Array($0.utf8) })

    /// True when `lower` (lowercase ASCII letters) is made entirely of known medical parts: prefixes, roots joined
    /// by the linking "o", and a final ending or known word (`known`), with at least two parts.
    static func isWellFormedMedical(_ lower: ArraySlice<UInt8>, known: (ArraySlice<UInt8>) -> Bool) -> Bool {
        // Over 40 letters is no word (and would make the search long).
        guard lower.count >= 7, lower.count <= 40, lower.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return false }
        return parse(lower, from: lower.startIndex, parts: 0, roots: 0, known: known)
    }

    private static func isVowel(_ byte: UInt8) -> Bool { [0x61, 0x65, 0x69, 0x6F, 0x75].contains(byte) }

    /// Whether `word[start...]` completes a word of known parts, `parts` parts (`roots` of them roots) before it.
    /// Right after a root without its linking "o" (`bare`) only an ending or another root may follow: "col-ectomy",
    /// but not "arter" + "yare", a glued "artery are".
    private static func parse(_ word: ArraySlice<UInt8>, from start: Int, parts: Int, roots rootCount: Int,
                              lastRootLength: Int = 0, bare: Bool = false, known: (ArraySlice<UInt8>) -> Bool) -> Bool {
        let rest = word[start...]
        if parts > 0 {
            // One root before a short adjective ending is a medical word only when the root is long
            // ("diverticul" + "ar"); "cyst" + "al" may be a typo of "crystal".
            if endings.contains(rest), parts >= 2 || !weakEndings.contains(Array(rest)) || lastRootLength >= 6 { return true }
            if !bare, rest.count >= 4, known(rest) { return true }
        }
        guard rest.count >= 4 else { return false }
        for end in (start + 2)..<word.endIndex {
            let part = word[start..<end]
            // A prefix stands only before other parts ("proto" + "porphyria", "hyper" + "calc" + "emia"). A
            // two-letter prefix ("eu" + "glyc" + "emic") does not count as a part: a root must follow it, and the
            // root alone must make a word with the ending ("eu" + "cyst" + "al" and "eu" + "hospital" are no words).
            if rootCount == 0, !bare, prefixes.contains(part),
               parse(word, from: end, parts: part.count >= 3 ? parts + 1 : parts, roots: 0, known: known) { return true }
            guard part.count >= 3 else { continue }
            let linked = word[end] == 0x6F && end + 1 < word.endIndex
            // A known word before the linking "o" acts as a root ("pine-o-cytes", "lipid-o-logist").
            if linked, !bare, part.count >= 4, !roots.contains(part), known(part),
               parse(word, from: end + 1, parts: parts + 1, roots: rootCount + 1, lastRootLength: part.count, known: known) { return true }
            guard roots.contains(part) else { continue }
            // The linking "o" before any next part ("cyst-o-urethr"); none needed before a vowel ("col-ectomy").
            if linked, parse(word, from: end + 1, parts: parts + 1, roots: rootCount + 1, lastRootLength: part.count, known: known) { return true }
            if isVowel(word[end]), parse(word, from: end, parts: parts + 1, roots: rootCount + 1, lastRootLength: part.count, bare: true, known: known) { return true }
        }
        return false
    }

    /// True when `lower` (lowercase ASCII letters) is an inflection or derivation of a known word that the lists do
    /// not spell: "-ing", "-ed", "-or" or "-ors" of a known verb that ends in "e" ("involute" → "involuting",
    /// "inactivate" → "inactivators"); the plural of a medical or drug word ("aminosalicylate" →
    /// "aminosalicylates"; `medical` knows those) or the Latin plural of a word in "-a" ("morulae"); "-able" of a
    /// known verb ("injectable"); "-ly" of an
    /// adjective in "-ive", "-ous" or "-al"; "-al" of a noun in "-ion" or "-ome" ("lesional", "endosomal"). A
    /// plural of an everyday word is not accepted here: "bodys" and "womans" lost an apostrophe.
    static func isInflection(_ lower: ArraySlice<UInt8>, known: (ArraySlice<UInt8>) -> Bool,
                             medical: (ArraySlice<UInt8>) -> Bool) -> Bool {
        guard lower.count >= 7, lower.count <= 40, lower.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return false }
        for ending in verbEndings where lower.count >= ending.count + 5 && lower.suffix(ending.count).elementsEqual(ending) {
            let stem = lower.dropLast(ending.count)
            // "-or" only on "-ate" verbs ("inactivator"); "-er" is left out ("adviser"/"advisor" both exist).
            if ending.first == 0x6F, !stem.suffix(2).elementsEqual([0x61, 0x74]) { continue }
            if known(stem + [0x65]) { return true }
        }
        if lower.last == 0x73 {
            let stem = lower.dropLast()
            if stem.count >= 6, let last = stem.last, last != 0x79, last != 0x73, medical(stem) { return true }
        }
        // "-able" of a known verb ("inject" → "injectable", "infuse" → "infusable"); "-ible" is not a regular
        // ending, so "injectible" is still reported.
        if lower.suffix(4).elementsEqual([0x61, 0x62, 0x6C, 0x65]) {
            let stem = lower.dropLast(4)
            if stem.count >= 4, known(stem) || known(stem + [0x65]) { return true }
        }
        // The Latin plural of a word in "-a" ("morula" → "morulae").
        if lower.suffix(2).elementsEqual([0x61, 0x65]), known(lower.dropLast()) { return true }
        // An adverb of an adjective in "-ive", "-ous" or "-al" ("invasive" → "invasively").
        if lower.suffix(2).elementsEqual([0x6C, 0x79]) {
            let stem = lower.dropLast(2)
            if adjectiveEndings.contains(where: { stem.suffix($0.count).elementsEqual($0) }), known(stem) { return true }
        }
        // An adjective in "-al" of a noun in "-ion" or "-ome" ("lesion" → "lesional", "endosome" → "endosomal").
        if lower.suffix(2).elementsEqual([0x61, 0x6C]) {
            let stem = lower.dropLast(2)
            if stem.suffix(3).elementsEqual([0x69, 0x6F, 0x6E]), known(stem) { return true }
            if stem.suffix(2).elementsEqual([0x6F, 0x6D]), known(stem + [0x65]) { return true }
        }
        return false
    }

    /// Adjective endings that take "-ly".
    static let adjectiveEndings: [[UInt8]] = ["ive", "ous", "al"].map { Array($0.utf8) }

    /// Verb endings after a stem whose "e" they drop.
    static let verbEndings: [[UInt8]] = ["ing", "ed", "or", "ors"].map { Array($0.utf8) }
}
