/// A piece of a sentence as the quantity parser sees it: a number, a word or a mark, with its bytes.
struct Lexeme: Sendable, Equatable {
    enum Kind: Sendable, Equatable { case number, word, mark }
    var kind: Kind
    /// Lowercased word, or the mark as written, or the number as written.
    var text: String
    /// The word as written (case kept), for one-letter unit symbols.
    var original: String
    var value: Double = 0
    /// Digits after the decimal point, as written.
    var decimals: Int = 0
    /// Written with thousands separators ("1,500").
    var grouped: Bool = false
    var range: ByteRange
}

/// A measurement in the text: one value or a range of two, and a unit.
struct Quantity: Sendable, Equatable {
    struct Value: Sendable, Equatable {
        var value: Double
        var decimals: Int
        var grouped: Bool
        /// The number's bytes; nil for number words ("one", "an"), which a fix does not touch.
        var range: ByteRange?
    }
    var values: [Value]
    var unit: MeasureUnit
    /// The unit's bytes and how it is written.
    var unitRange: ByteRange
    var unitText: String
    /// From the first value to the unit.
    var range: ByteRange
    /// The index of the lexeme after the quantity.
    var end: Int
}

/// Finds quantities and conversion pairs in a sentence's lexemes.
struct QuantityParser {
    let lexemes: [Lexeme]

    /// Splits a sentence's tokens into lexemes; words with digits ("5cm", "2-3") are split into their parts.
    init(document: ParsedDocument, tokens: Range<Int>) {
        var result: [Lexeme] = []
        for token in document.tokens[tokens] {
            let text = document.text(of: token)
            switch token.kind {
            case .number:
                if let number = Self.number(text, at: token.start) { result.append(number) } else {
                    result.append(Lexeme(kind: .word, text: text, original: text, range: token.range))
                }
            case .word where token.has(Token.hasDigit):
                result += Self.split(text, at: token.start)
            case .word:
                result.append(Lexeme(kind: .word, text: text.lowercased(), original: text, range: token.range))
            case .punctuation:
                if text == "\u{2103}" || text == "\u{2109}" {
                    let letter = text == "\u{2103}" ? "c" : "f"
                    result.append(Lexeme(kind: .mark, text: "°", original: "°", range: token.start..<token.start))
                    result.append(Lexeme(kind: .word, text: letter, original: letter.uppercased(), range: token.range))
                } else {
                    result.append(Lexeme(kind: .mark, text: text, original: text, range: token.range))
                }
            case .link:
                result.append(Lexeme(kind: .mark, text: "link", original: text, range: token.range))
            }
        }
        lexemes = result
    }

    init(lexemes: [Lexeme]) { self.lexemes = lexemes }

    static func number(_ text: String, at start: Int) -> Lexeme? {
        guard !text.contains(":") else { return nil }
        let grouped = text.contains(",")
        let plain = grouped ? text.replacingOccurrences(of: ",", with: "") : text // Foundation only when needed
        guard let value = Double(plain) else { return nil }
        let decimals = plain.firstIndex(of: ".").map { plain.distance(from: $0, to: plain.endIndex) - 1 } ?? 0
        return Lexeme(kind: .number, text: text, original: text, value: value, decimals: decimals, grouped: grouped, range: start..<(start + text.utf8.count))
    }

    /// "5cm" → 5, cm; "2-3" → 2, -, 3; "2.5-mL" → 2.5, mL; anything else stays one word.
    static func split(_ text: String, at start: Int) -> [Lexeme] {
        let bytes = Array(text.utf8)
        var parts: [Lexeme] = []
        var index = 0
        func isNumberByte(_ byte: UInt8) -> Bool { (byte >= 0x30 && byte <= 0x39) || byte == 0x2E || byte == 0x2C }
        func scanNumber() -> Bool {
            let from = index
            while index < bytes.count, isNumberByte(bytes[index]) { index += 1 }
            while index > from, bytes[index - 1] == 0x2E || bytes[index - 1] == 0x2C { index -= 1 }
            guard index > from, let number = number(String(decoding: bytes[from..<index], as: UTF8.self), at: start + from) else { index = from; return false }
            parts.append(number)
            return true
        }
        guard scanNumber() else { return [Lexeme(kind: .word, text: text.lowercased(), original: text, range: start..<(start + bytes.count))] }
        if index < bytes.count, bytes[index] == 0x2D, index + 1 < bytes.count, bytes[index + 1] >= 0x30, bytes[index + 1] <= 0x39 {
            parts.append(Lexeme(kind: .mark, text: "-", original: "-", range: (start + index)..<(start + index + 1)))
            index += 1
            guard scanNumber() else { return [Lexeme(kind: .word, text: text.lowercased(), original: text, range: start..<(start + bytes.count))] }
        }
        if index < bytes.count, bytes[index] == 0x2D { index += 1 }
        if index < bytes.count {
            let rest = String(decoding: bytes[index...], as: UTF8.self)
            parts.append(Lexeme(kind: .word, text: rest.lowercased(), original: rest, range: (start + index)..<(start + bytes.count)))
        }
        return parts
    }

    static let numberWords: [String: Double] = [
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "half": 0.5,
    ]

    /// Words and marks that may stand before the converted value ("about", "roughly", "~").
    static let hedges: Set<String> = [
        "about", "around", "roughly", "approximately", "approx", "nearly", "almost", "some", "just", "over", "under",
        "a", "little", "bit", "more", "less", "than", "up", "to", "at", "least", "most", "~", "≈", "or", "equal",
        "equals", "is", "which", "that's", "that", "i.e", "e.g", "close", "by", "=", ".",
    ]

    /// The value at `index`: a number or a number word.
    private func value(at index: Int) -> Quantity.Value? {
        guard index < lexemes.count else { return nil }
        let lexeme = lexemes[index]
        if lexeme.kind == .number { return Quantity.Value(value: lexeme.value, decimals: lexeme.decimals, grouped: lexeme.grouped, range: lexeme.range) }
        if lexeme.kind == .word, let value = Self.numberWords[lexeme.text] { return Quantity.Value(value: value, decimals: 0, grouped: false, range: nil) }
        return nil
    }

    /// The quantity starting at lexeme `index`, if any.
    func quantity(at index: Int) -> Quantity? {
        guard var first = value(at: index) else { return nil }
        var position = index + 1
        // "half an inch", "half a cup".
        if lexemes[index].text == "half", position < lexemes.count, ["a", "an"].contains(lexemes[position].text) { position += 1 }
        // A fraction written with a slash: "1/2".
        if first.range != nil, position + 1 < lexemes.count, lexemes[position].text == "/",
           lexemes[position].range.lowerBound == lexemes[index].range.upperBound, lexemes[position + 1].kind == .number,
           lexemes[position + 1].value != 0 {
            first = Quantity.Value(value: first.value / lexemes[position + 1].value, decimals: 2, grouped: false, range: nil)
            position += 2
        }
        var values = [first]
        if position + 1 < lexemes.count, ["to", "-", "–", "—", "and"].contains(lexemes[position].text), let second = value(at: position + 1), second.range != nil, first.range != nil {
            values.append(second)
            position += 2
        }
        guard position < lexemes.count else { return nil }
        var unit: MeasureUnit?
        var unitStart = position
        if lexemes[position].text == "°" {
            position += 1
            unitStart = position
            guard position < lexemes.count, lexemes[position].kind == .word else { return nil }
            if ["f", "fahrenheit"].contains(lexemes[position].text) { unit = UnitTable.fahrenheit }
            if ["c", "celsius", "centigrade"].contains(lexemes[position].text) { unit = UnitTable.celsius }
            position += 1
        } else if ["degrees", "degree"].contains(lexemes[position].text), position + 1 < lexemes.count {
            position += 1
            if ["f", "fahrenheit"].contains(lexemes[position].text) { unit = UnitTable.fahrenheit }
            if ["c", "celsius", "centigrade"].contains(lexemes[position].text) { unit = UnitTable.celsius }
            position += 1
        } else if lexemes[position].text == "fluid" || lexemes[position].text == "fl", position + 1 < lexemes.count {
            var next = position + 1
            if lexemes[next].text == ".", next + 1 < lexemes.count { next += 1 }
            if ["ounce", "ounces", "oz"].contains(lexemes[next].text) {
                unit = UnitTable.fluidOunce
                position = next + 1
            }
        } else if lexemes[position].text == "cubic", position + 1 < lexemes.count,
                  ["centimeter", "centimeters", "centimetre", "centimetres", "cm"].contains(lexemes[position + 1].text) {
            unit = UnitTable.milliliter
            position += 2
        } else if lexemes[position].kind == .word, let found = UnitTable.words[lexemes[position].text] {
            let written = lexemes[position].original
            // One-letter symbols in their own case: F, C, L or l, m, g.
            switch lexemes[position].text {
            case "f", "c": if written == written.uppercased() { unit = found }
            case "m", "g": if written == written.lowercased() { unit = found }
            default: unit = found
            }
            position += 1
        }
        guard let found = unit else { return nil }
        let unitRange = lexemes[unitStart].range.lowerBound..<lexemes[position - 1].range.upperBound
        let startByte = lexemes[index].range.lowerBound
        return Quantity(
            values: values, unit: found, unitRange: unitRange, unitText: lexemes[position - 1].original,
            range: startByte..<unitRange.upperBound, end: position
        )
    }

    /// Words that say a conversion is rounded: "2 pounds (about 900 grams)".
    static let approximations: Set<String> = ["about", "around", "roughly", "approximately", "approx", "nearly", "almost", "~", "≈", "close"]

    /// A measurement and its conversion: "N unit (M unit)", "N unit, or about M unit", with ranges.
    /// `approximate` is true when the text says the conversion is rounded ("about", "~").
    func pairs() -> [(Quantity, Quantity, approximate: Bool)] {
        var found: [(Quantity, Quantity, approximate: Bool)] = []
        var index = 0
        while index < lexemes.count {
            guard let first = quantity(at: index) else { index += 1; continue }
            var next = first.end
            var closing: Set<String> = []
            if next < lexemes.count, lexemes[next].text == "(" || lexemes[next].text == "[" {
                closing = lexemes[next].text == "(" ? [")"] : ["]"]
                next += 1
            } else if next + 1 < lexemes.count, lexemes[next].text == ",", lexemes[next + 1].text == "or" {
                next += 2
            } else if next + 1 < lexemes.count, lexemes[next].text == "or", ["about", "around", "roughly", "approximately", "nearly", "almost"].contains(lexemes[next + 1].text) {
                next += 1
            } else {
                index = first.end
                continue
            }
            var skipped = 0
            var approximate = false
            while next < lexemes.count, skipped < 4, Self.hedges.contains(lexemes[next].text), quantity(at: next) == nil {
                if Self.approximations.contains(lexemes[next].text) { approximate = true }
                next += 1
                skipped += 1
            }
            guard let second = quantity(at: next) else { index = first.end; continue }
            if !closing.isEmpty, !(second.end < lexemes.count && (closing.contains(lexemes[second.end].text) || [",", ";"].contains(lexemes[second.end].text))) {
                index = first.end
                continue
            }
            found.append((first, second, approximate))
            index = second.end
        }
        return found
    }
}
