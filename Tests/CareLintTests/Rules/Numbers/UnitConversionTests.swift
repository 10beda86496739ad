import Testing
@testable import CareLint

@Suite("numbers/unit-conversion")
struct UnitConversionTests {
    func check(_ text: String, locale: String = "en-US") -> (messages: [String], fixed: String, ranges: [String]) {
        let (diagnostics, plain, _) = lint(text, only: "numbers/unit-conversion", locale: locale)
        let fixed = FixApplier.applyFirstFixes(of: diagnostics, to: Array(plain.utf8))
        return (diagnostics.map(\.message), String(decoding: fixed.bytes, as: UTF8.self), diagnostics.map { slice(plain, $0.range) })
    }

    @Test("Right conversions pass, both directions and forms", arguments: [
        "The cut is 1 inch (2.5 cm) long.",
        "The cut is 2.5 cm (1 inch) long.",
        "It is 5 feet (1.5 meters) tall.",
        "Walk 1 mile (1.6 km) a day.",
        "Walk 2 kilometers, or about 1.2 miles, a day.",
        "You may lose 10 pounds (4.5 kilograms).",
        "The dose is 500 mg (0.5 g).",
        "A baby of 7 lb (3.2 kg).",
        "Drink 8 fluid ounces (240 mL) of water.",
        "Drink 8 oz (240 ml) of water.",
        "Take 1 teaspoon (5 mL) twice a day. Take 1 tablespoon (15 mL) at night.",
        "Drink 2 quarts (about 2 liters) a day. Drink 1 cup (250 mL).",
        "A fever is 100.4 degrees Fahrenheit (38 degrees Celsius).",
        "A fever is 38.5 °C (101.3 °F).",
        "Lumps of 2 to 3 inches (5 to 8 centimeters) are large.",
        "Lumps of 2-3 inches (5-8 cm) are large.",
        "Lumps of 2–3 inches (5–7.5 cm) are large.",
        "Cut 5cm (2in) of tape.",
        "Drink 1,000 mL (about 1 quart) a day.",
        "About half an inch (1.3 cm) wide.",
        "A fluid build-up of 10 litres (2.2 gallons).",
    ])
    func right(_ text: String) {
        #expect(check(text, locale: text.contains("litres") ? "en-GB" : "en-US").messages == [])
    }

    @Test("Wrong conversions: range, message and a fix in the text's rounding")
    func wrong() {
        var result = check("The cut is 1 inch (3 centimeters) long.")
        #expect(result.ranges == ["3 centimeters"])
        #expect(result.messages == ["1 inch is 2.5 centimeters, not 3 centimeters; correct the conversion."])
        #expect(result.fixed == "The cut is 1 inch (2.5 centimeters) long.")

        result = check("Drink 8 ounces (500 mL).")
        #expect(result.fixed == "Drink 8 ounces (237 mL).")

        result = check("Weigh 154 pounds (50 kilograms).")
        #expect(result.fixed == "Weigh 154 pounds (70 kilograms).")

        result = check("A fever is 38.0°C (102.0°F) or more.")
        #expect(result.fixed == "A fever is 38.0°C (100.4°F) or more.")
        #expect(result.ranges == ["102.0°F"])
    }

    @Test("Reversed direction and ranges")
    func ranges() {
        var result = check("Lumps of 5 to 8 centimeters (4 to 6 inches) are large.")
        #expect(result.ranges == ["4 to 6 inches"])
        #expect(result.fixed == "Lumps of 5 to 8 centimeters (2 to 3 inches) are large.")
        result = check("Lumps of 10-20 cm (1-2 inches).")
        #expect(result.fixed == "Lumps of 10-20 cm (4-8 inches).")
    }

    @Test("The unit agrees with a new value of one")
    func plural() {
        #expect(check("A 2.5 cm (2 inches) cut.").fixed == "A 2.5 cm (1 inch) cut.")
        #expect(check("A 10 cm (1 inch) cut.").fixed == "A 10 cm (4 inches) cut.")
    }

    @Test("Rounding adds decimals only where needed")
    func rounding() {
        let value = Quantity.Value(value: 5, decimals: 0, grouped: false, range: nil)
        #expect(UnitConversionRule.rounded(0.528, like: value, unit: UnitTable.gallon).0 == "0.53")
        #expect(UnitConversionRule.rounded(7.62, like: value, unit: UnitTable.centimeter).0 == "8")
        #expect(UnitConversionRule.rounded(12_700, like: Quantity.Value(value: 1, decimals: 0, grouped: true, range: nil), unit: UnitTable.gram).0 == "12,700")
        #expect(UnitConversionRule.rounded(100.4, like: value, unit: UnitTable.fahrenheit).0 == "100")
    }

    @Test("Imperial measures pass; the en-GB fix uses them")
    func imperial() {
        #expect(check("Drink 2 pints (1.1 litres).", locale: "en-GB").messages == [])
        #expect(check("Drink 2 pints (0.95 liters).").messages == [])
        #expect(check("Drink 2 pints (3 litres).", locale: "en-GB").fixed == "Drink 2 pints (1.1 litres).")
    }

    @Test("Not conversions", arguments: [
        "Take 2 tablets in the morning (500 mg each).",
        "Take 2 in the morning (before 9 am).",
        "It grows 1 cm a year (about 2 inches in 5 years).",
        "Call 555-1234 (8 am to 5 pm).",
        "Drink 2 cups or 3 cups a day.",
    ])
    func notConversions(_ text: String) {
        #expect(check(text).messages == [])
    }
}
