extension Syllables {
    /// Words whose spelling the rules get wrong, with their syllable count (lowercase ASCII).
    static let exceptions: [(word: StaticString, syllables: Int)] = [
        ("acne", 2), ("ascites", 3), ("diabetes", 4), ("herpes", 2), ("testes", 2), ("people", 2), ("jeopardy", 3),
        ("leopard", 2), ("someone", 2), ("recipe", 3), ("syncope", 3), ("systole", 3), ("diastole", 4), ("psyche", 2),
        ("sesame", 3), ("catastrophe", 4), ("apostrophe", 4), ("simile", 3), ("epitome", 4), ("hyperbole", 4),
        ("coyote", 3), ("karate", 3), ("adobe", 3), ("finale", 3), ("business", 2), ("everything", 3),
        ("everyone", 3), ("everybody", 4), ("several", 2), ("evening", 2), ("interest", 2), ("interesting", 3),
        ("vegetable", 3), ("chocolate", 2), ("temperature", 3), ("wednesday", 2), ("colonel", 2), ("choir", 2),
        ("hour", 2), ("hours", 2), ("our", 2), ("flour", 2), ("sour", 2), ("ours", 2),
    ]

    /// For each first letter a–z, bit `n` is set when an exception of that letter has `n` letters: most words
    /// leave `exception(_:)` after this one test instead of a pass over the list.
    static let exceptionShapes: [UInt32] = {
        var shapes = [UInt32](repeating: 0, count: 26)
        for entry in exceptions {
            let first = Int(entry.word.utf8Start[0]) - 0x61
            shapes[first] |= 1 << UInt32(entry.word.utf8CodeUnitCount)
        }
        return shapes
    }()

    /// The exception count for `w`, if it is listed.
    static func exception(_ w: UnsafeBufferPointer<UInt8>) -> Int? {
        let n = w.count
        guard n > 0, n < 32, w[0] >= 0x61, w[0] <= 0x7A, exceptionShapes[Int(w[0] - 0x61)] & (1 << UInt32(n)) != 0 else { return nil }
        for entry in exceptions where entry.word.utf8CodeUnitCount == n {
            let bytes = UnsafeBufferPointer(start: entry.word.utf8Start, count: n)
            var equal = true
            for k in 0..<n where bytes[k] != w[k] { equal = false; break }
            if equal { return entry.syllables }
        }
        return nil
    }
}
