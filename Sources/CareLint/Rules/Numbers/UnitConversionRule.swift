import Foundation

/// `numbers/unit-conversion`: a conversion between units that is off by more than 10%.
struct UnitConversionRule: Rule {
    let description = RuleDescription(
        id: "numbers/unit-conversion",
        defaultSeverity: .error,
        summary: "A unit conversion in the text is wrong.",
        rationale: """
            Readers act on numbers: how much fluid to drink, how large a wound may grow, which temperature is a \
            fever. A wrong conversion ("1 inch (3 centimeters)" in one source article) gives half the readers the \
            wrong number. The rule reads "N unit (M unit)", "N unit, or about M unit" and ranges ("2 to 3 inches \
            (5 to 8 centimeters)", "2-3 cm") in either direction for length (inches, feet, yards, miles, mm, cm, \
            m, km), weight (pounds, ounces, stone, kg, g, mg, mcg), volume (gallons, quarts, pints, cups, fluid \
            ounces, tablespoons, teaspoons, liters, mL) and temperature (°F, °C). A conversion is wrong when it \
            is off by more than 10% (temperatures: by more than 1 °F, 0.55 °C). Writers round conversions, and a \
            reader is served by "about 2,000 grams" for 4 pounds: when the text says the figure is approximate \
            ("about", "around", "roughly", "nearly", "approximately", "~") or the figure is the exact value rounded to \
            the digits written, up to 15% (2 °F) is accepted; only a clearly wrong figure is an error. US and imperial measures are \
            both accepted, and the fix uses the locale's. The fix writes the right value rounded to the decimals \
            the text uses, with more decimals only where that rounding would itself be off by more than 5%.
            """,
        triggering: [
            RuleExample("The cut is about 1 inch (1️⃣3 centimeters) long.", fixed: "The cut is about 1 inch (2.5 centimeters) long."),
            RuleExample("The doctor may drain 2 liters (1️⃣5 gallons) at a time.", fixed: "The doctor may drain 2 liters (0.53 gallons) at a time."),
            RuleExample("A lump of 2 to 3 inches (1️⃣5 to 10 centimeters) is large.", fixed: "A lump of 2 to 3 inches (5 to 8 centimeters) is large."),
            RuleExample("Call us if your temperature is over 38°C, or about 1️⃣104°F.", fixed: "Call us if your temperature is over 38°C, or about 100°F."),
            RuleExample("The beads are about 1 millimeter (1️⃣1 inch) wide.", fixed: "The beads are about 1 millimeter (0.04 inch) wide."),
            RuleExample("Babies born under 4 pounds (about 1️⃣2,500 grams) stay in the hospital.", fixed: "Babies born under 4 pounds (about 1,814 grams) stay in the hospital."),
        ],
        nonTriggering: [
            RuleExample("The cut is about 1 inch (2.5 centimeters) long, and the drain holds 5 liters (1.3 gallons)."),
            RuleExample("Babies born under 4 pounds (about 2,000 grams) stay in the hospital for a while."),
            RuleExample("A serving of cooked fish is 100 grams (4 ounces)."),
            RuleExample("A fever is 100.4°F (38°C) or higher. Drink 8 ounces (240 mL) of water."),
            RuleExample("Lumps of 2-3 cm (about 1 inch) are common. You may lose 10 pounds, or about 4.5 kg."),
            RuleExample("Take 2 tablets in the morning (500 mg each)."),
            RuleExample("Drink 2 pints (1.1 liters) a day.", locale: "en-GB"),
        ],
        scope: .block
    )

    func check(_ context: RuleContext, into diagnostics: inout [Diagnostic]) {
        let document = context.document
        let imperialFirst = context.locale.lowercased().replacingOccurrences(of: "_", with: "-") == "en-gb"
        for sentence in document.sentences {
            guard document.tokens[sentence.tokens].contains(where: { $0.kind == .number || $0.has(Token.hasDigit) }) else { continue }
            let parser = QuantityParser(document: document, tokens: sentence.tokens)
            for (from, to, approximate) in parser.pairs() {
                if let diagnostic = Self.check(from, to, approximate: approximate, imperialFirst: imperialFirst, context: context) { diagnostics.append(diagnostic) }
            }
        }
    }

    /// The finding for a conversion pair, or nil when it is right (or not a conversion).
    static func check(_ from: Quantity, _ to: Quantity, approximate: Bool = false, imperialFirst: Bool, context: RuleContext) -> Diagnostic? {
        guard let (source, target) = compatibleUnits(from.unit, to.unit), from.values.count == to.values.count else { return nil }
        let interpretations: [(Bool, Bool)] = [(imperialFirst, imperialFirst), (!imperialFirst, !imperialFirst), (imperialFirst, !imperialFirst), (!imperialFirst, imperialFirst)]
        var anyRight = false
        for (sourceImperial, targetImperial) in interpretations {
            if zip(from.values, to.values).allSatisfy({ isClose(stated: $1, exact: target.fromBase(source.toBase($0.value, imperial: sourceImperial), imperial: targetImperial), unit: target, approximate: approximate) }) {
                anyRight = true
                break
            }
        }
        guard !anyRight else { return nil }
        var edits: [TextEdit] = []
        var newValues: [Double] = []
        for (original, stated) in zip(from.values, to.values) {
            let exact = target.fromBase(source.toBase(original.value, imperial: imperialFirst), imperial: imperialFirst)
            let (text, value) = rounded(exact, like: stated, unit: target)
            newValues.append(value)
            if let range = stated.range { edits.append(TextEdit(range: range, newText: text)) }
        }
        guard edits.count == to.values.count else { return nil }
        // Keep "1 inch" / "2 inches" agreeing with the new value.
        if let last = newValues.last, let singular = target.singular, let plural = target.plural, singular != plural {
            let written = to.unitText.lowercased()
            if written == singular, last > 1 { edits.append(TextEdit(range: to.unitRange, newText: TermUse.matchCase(plural, like: to.unitText))) }
            if written == plural, last == 1 { edits.append(TextEdit(range: to.unitRange, newText: TermUse.matchCase(singular, like: to.unitText))) }
        }
        let document = context.document
        let original = document.text(in: to.range)
        var fixedBytes = Array(document.source.bytes[to.range])
        for edit in edits.sorted(by: { $0.range.lowerBound > $1.range.lowerBound }) {
            fixedBytes.replaceSubrange((edit.range.lowerBound - to.range.lowerBound)..<(edit.range.upperBound - to.range.lowerBound), with: Array(edit.newText.utf8))
        }
        let fixed = String(decoding: fixedBytes, as: UTF8.self)
        return context.diagnostic(
            "\(readable(from.range, document)) is \(readable(fixed)), not \(readable(original)); correct the conversion.",
            at: to.range,
            fixes: [Fix(title: "Replace with \"\(fixed)\"", edits: edits)],
            related: [RelatedLocation(range: from.range, message: "the measurement converted")]
        )
    }

    /// Text for a message: character references (`&nbsp;` in HTML) read as spaces.
    static func readable(_ text: String) -> String {
        let bytes = Array(text.utf8)
        guard bytes.contains(0x26) else { return text }
        var out: [UInt8] = []
        var index = 0
        while index < bytes.count {
            if bytes[index] == 0x26, let end = HTMLCharacterReference.referenceEnd(bytes, index, bytes.count) {
                out.append(0x20)
                index = end
            } else {
                out.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func readable(_ range: ByteRange, _ document: ParsedDocument) -> String { readable(document.text(in: range)) }

    /// The two units, an "ounce" read as a fluid ounce when the other unit is a volume; nil when they do not convert.
    static func compatibleUnits(_ a: MeasureUnit, _ b: MeasureUnit) -> (MeasureUnit, MeasureUnit)? {
        var a = a
        var b = b
        if a.name == "ounce", b.dimension == .volume { a = UnitTable.fluidOunce }
        if b.name == "ounce", a.dimension == .volume { b = UnitTable.fluidOunce }
        guard a.dimension == b.dimension, a.name != b.name else { return nil }
        return (a, b)
    }

    /// Within 10% (temperatures: within 1 °F). A conversion said to be rounded ("about", "~") may be off by 15%
    /// (temperatures: 2 °F); one that is the exact value rounded to the decimals written ("100 mL (3 oz)" for
    /// 3.4 oz) may be off by 15% too. "1 inch (3 cm)" is off by 18%, and wrong either way.
    static func isClose(stated: Quantity.Value, exact: Double, unit: MeasureUnit, approximate: Bool = false) -> Bool {
        let value = stated.value
        if unit.dimension == .temperature {
            let degreesF = unit.factor == 0 ? 1.0 : 1.8
            return abs(value - exact) * degreesF <= (approximate ? 2.0 : 1.0) + 1e-9
        }
        if exact == 0 { return value == 0 }
        let off = abs(value - exact)
        if off <= 0.10 * abs(exact) + 1e-12 { return true }
        guard off <= 0.15 * abs(exact) + 1e-12 else { return false }
        return approximate || round(exact, stated.decimals) == value
    }

    /// `exact` written with the decimals of `stated`, or more where that rounding is off by more than 5%
    /// (temperatures: 0.5 °F).
    static func rounded(_ exact: Double, like stated: Quantity.Value, unit: MeasureUnit) -> (String, Double) {
        var decimals = stated.decimals
        while decimals < 6 {
            let value = round(exact, decimals)
            let error = abs(value - exact)
            let fine = unit.dimension == .temperature ? error * (unit.factor == 0 ? 1 : 1.8) <= 0.5 : error <= 0.05 * abs(exact)
            if fine { break }
            decimals += 1
        }
        let value = round(exact, decimals)
        var text = String(format: "%.\(decimals)f", value)
        if stated.grouped || (abs(value) >= 10_000 && decimals == 0) { text = grouped(text) }
        return (text, value)
    }

    static func round(_ value: Double, _ decimals: Int) -> Double {
        let scale = pow(10, Double(decimals))
        return (value * scale).rounded() / scale
    }

    /// "12500" → "12,500".
    static func grouped(_ text: String) -> String {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        var digits = Array(parts[0])
        var sign = ""
        if digits.first == "-" { sign = "-"; digits.removeFirst() }
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return sign + out + (parts.count > 1 ? "." + parts[1] : "")
    }
}
