/// Units of measure that patient material converts between, with their factors to one base unit per dimension.
enum UnitDimension: Sendable, Equatable {
    case length, mass, volume, temperature
}

/// A unit: its dimension, its factor to the base unit (metre, kilogram, litre; temperatures convert by formula),
/// and its written forms.
struct MeasureUnit: Sendable, Equatable {
    /// A stable name ("inch", "centimeter").
    var name: String
    var dimension: UnitDimension
    /// Base units per unit (for temperature: 1 for Celsius, 0 for Fahrenheit; see `toBase`).
    var factor: Double
    /// The imperial factor when it differs from the US one (pints, quarts, gallons, fluid ounces).
    var imperialFactor: Double?
    /// Singular and plural word forms; nil for abbreviations, which do not change.
    var singular: String?
    var plural: String?

    /// The value in base units (metres, kilograms, litres, degrees Celsius).
    func toBase(_ value: Double, imperial: Bool = false) -> Double {
        if dimension == .temperature { return factor == 0 ? (value - 32) * 5 / 9 : value }
        return value * (imperial ? imperialFactor ?? factor : factor)
    }

    /// The value of `base` base units in this unit.
    func fromBase(_ base: Double, imperial: Bool = false) -> Double {
        if dimension == .temperature { return factor == 0 ? base * 9 / 5 + 32 : base }
        return base / (imperial ? imperialFactor ?? factor : factor)
    }
}

enum UnitTable {
    private static func unit(_ name: String, _ dimension: UnitDimension, _ factor: Double, imperial: Double? = nil, words: (String, String)? = nil) -> MeasureUnit {
        MeasureUnit(name: name, dimension: dimension, factor: factor, imperialFactor: imperial, singular: words?.0, plural: words?.1)
    }

    static let inch = unit("inch", .length, 0.0254, words: ("inch", "inches"))
    static let foot = unit("foot", .length, 0.3048, words: ("foot", "feet"))
    static let yard = unit("yard", .length, 0.9144, words: ("yard", "yards"))
    static let mile = unit("mile", .length, 1609.344, words: ("mile", "miles"))
    static let millimeter = unit("millimeter", .length, 0.001, words: ("millimeter", "millimeters"))
    static let centimeter = unit("centimeter", .length, 0.01, words: ("centimeter", "centimeters"))
    static let meter = unit("meter", .length, 1, words: ("meter", "meters"))
    static let kilometer = unit("kilometer", .length, 1000, words: ("kilometer", "kilometers"))
    static let pound = unit("pound", .mass, 0.45359237, words: ("pound", "pounds"))
    static let ounce = unit("ounce", .mass, 0.028349523125, words: ("ounce", "ounces"))
    static let stone = unit("stone", .mass, 6.35029318, words: ("stone", "stone"))
    static let kilogram = unit("kilogram", .mass, 1, words: ("kilogram", "kilograms"))
    static let gram = unit("gram", .mass, 0.001, words: ("gram", "grams"))
    static let milligram = unit("milligram", .mass, 0.000001, words: ("milligram", "milligrams"))
    static let microgram = unit("microgram", .mass, 0.000000001, words: ("microgram", "micrograms"))
    static let gallon = unit("gallon", .volume, 3.785411784, imperial: 4.54609, words: ("gallon", "gallons"))
    static let quart = unit("quart", .volume, 0.946352946, imperial: 1.1365225, words: ("quart", "quarts"))
    static let pint = unit("pint", .volume, 0.473176473, imperial: 0.56826125, words: ("pint", "pints"))
    static let cup = unit("cup", .volume, 0.2365882365, imperial: 0.25, words: ("cup", "cups"))
    static let fluidOunce = unit("fluid ounce", .volume, 0.0295735295625, imperial: 0.0284130625, words: ("fluid ounce", "fluid ounces"))
    static let tablespoon = unit("tablespoon", .volume, 0.01478676478125, imperial: 0.015, words: ("tablespoon", "tablespoons"))
    static let teaspoon = unit("teaspoon", .volume, 0.00492892159375, imperial: 0.005, words: ("teaspoon", "teaspoons"))
    static let liter = unit("liter", .volume, 1, words: ("liter", "liters"))
    static let milliliter = unit("milliliter", .volume, 0.001, words: ("milliliter", "milliliters"))
    static let fahrenheit = unit("fahrenheit", .temperature, 0)
    static let celsius = unit("celsius", .temperature, 1)

    /// One-word forms, lowercase (abbreviations included; "in", "m", "g" and "l" only count in a conversion).
    static let words: [String: MeasureUnit] = {
        var table: [String: MeasureUnit] = [:]
        func add(_ unit: MeasureUnit, _ forms: [String]) { for form in forms { table[form] = unit } }
        add(inch, ["inch", "inches", "in"])
        add(foot, ["foot", "feet", "ft"])
        add(yard, ["yard", "yards", "yd", "yds"])
        add(mile, ["mile", "miles", "mi"])
        add(millimeter, ["millimeter", "millimeters", "millimetre", "millimetres", "mm"])
        add(centimeter, ["centimeter", "centimeters", "centimetre", "centimetres", "cm", "cms"])
        add(meter, ["meter", "meters", "metre", "metres", "m"])
        add(kilometer, ["kilometer", "kilometers", "kilometre", "kilometres", "km", "kms"])
        add(pound, ["pound", "pounds", "lb", "lbs"])
        add(ounce, ["ounce", "ounces", "oz"])
        add(stone, ["stone", "stones", "st"])
        add(kilogram, ["kilogram", "kilograms", "kilogramme", "kilogrammes", "kg", "kgs", "kilo", "kilos"])
        add(gram, ["gram", "grams", "gramme", "grammes", "g", "gm", "gms"])
        add(milligram, ["milligram", "milligrams", "milligramme", "milligrammes", "mg", "mgs"])
        add(microgram, ["microgram", "micrograms", "mcg", "µg"])
        add(gallon, ["gallon", "gallons", "gal", "gals"])
        add(quart, ["quart", "quarts", "qt", "qts"])
        add(pint, ["pint", "pints", "pt", "pts"])
        add(cup, ["cup", "cups", "cupful", "cupfuls"])
        add(tablespoon, ["tablespoon", "tablespoons", "tablespoonful", "tablespoonfuls", "tbsp", "tbs", "tbsps", "tbl"])
        add(teaspoon, ["teaspoon", "teaspoons", "teaspoonful", "teaspoonfuls", "tsp", "tsps"])
        add(liter, ["liter", "liters", "litre", "litres", "l"])
        add(milliliter, ["milliliter", "milliliters", "millilitre", "millilitres", "ml", "cc", "ccs"])
        add(fahrenheit, ["fahrenheit", "f"])
        add(celsius, ["celsius", "centigrade", "c"])
        return table
    }()
}
