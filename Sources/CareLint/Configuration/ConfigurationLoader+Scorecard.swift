extension ConfigurationLoader {
    /// Reads the `scorecard` key strictly: unknown keys, unknown item ids and out-of-range thresholds are errors.
    static func scorecardSettings(_ node: JSONNode, origin: ConfigurationOrigin) throws(InputError) -> ScorecardSettings {
        guard case .object(let members) = node.value else {
            throw origin.error(node.range, "\"scorecard\" must be an object such as {\"items\": [\"pemat/*\"], \"sectionWords\": 300}")
        }
        var settings = ScorecardSettings()
        var seen: Set<String> = []
        for member in members {
            let value = member.node
            guard seen.insert(member.key).inserted else { throw origin.error(member.keyRange, "duplicate key \"\(member.key)\" in \"scorecard\"") }
            switch member.key {
            case "items":
                guard case .array(let items) = value.value else {
                    throw origin.error(value.range, "\"scorecard.items\" must be an array of item ids such as \"pemat/4\", \"cci/7\" or \"pemat/*\"")
                }
                var ids: [String] = []
                let known = ScorecardCatalog.ids
                for item in items {
                    guard case .string(let id) = item.value else {
                        throw origin.error(item.range, "\"scorecard.items\" must hold only strings, found \(item.value.typeDescription)")
                    }
                    guard known.contains(id) || id == "pemat/*" || id == "cci/*" else {
                        var message = "unknown scorecard item \(id.quotedForMessage)"
                        if let nearest = NearestName.find(id, among: known) { message += "; did you mean \"\(nearest)\"?" }
                        else { message += "; run `carelint score --items` to list them" }
                        throw origin.error(item.range, message)
                    }
                    ids.append(id)
                }
                settings.items = ids
            case "sectionWords":
                settings.sectionWords = try whole(value, "sectionWords", 20...5000, origin)
            case "paragraphWords":
                settings.paragraphWords = try whole(value, "paragraphWords", 20...5000, origin)
            case "listItems":
                settings.listItems = try whole(value, "listItems", 2...100, origin)
            case "acronyms":
                settings.acronyms = try whole(value, "acronyms", 0...100, origin)
            case "passiveShare":
                settings.passiveShare = try share(value, "passiveShare", origin)
            case "complexShare":
                settings.complexShare = try share(value, "complexShare", origin)
            case "frontMatter":
                guard case .object(let fields) = value.value else {
                    throw origin.error(value.range, "\"scorecard.frontMatter\" must be an object such as {\"mainMessage\": \"main_message\"}")
                }
                for field in fields {
                    guard case .string(let name) = field.node.value, !name.isEmpty else {
                        throw origin.error(field.node.range, "\"scorecard.frontMatter.\(field.key)\" must be a front-matter key such as \"main_message\"")
                    }
                    switch field.key {
                    case "mainMessage": settings.mainMessageField = name
                    case "audience": settings.audienceField = name
                    case "objective": settings.objectiveField = name
                    default:
                        var message = "unknown key \(field.key.quotedForMessage) in \"scorecard.frontMatter\""
                        if let nearest = NearestName.find(field.key, among: ScorecardSettings.frontMatterKeys) { message += "; did you mean \"\(nearest)\"?" }
                        else { message += "; expected one of: " + ScorecardSettings.frontMatterKeys.joined(separator: ", ") }
                        throw origin.error(field.keyRange, message)
                    }
                }
            default:
                var message = "unknown key \(member.key.quotedForMessage) in \"scorecard\""
                if let nearest = NearestName.find(member.key, among: ScorecardSettings.keys) { message += "; did you mean \"\(nearest)\"?" }
                else { message += "; expected one of: " + ScorecardSettings.keys.joined(separator: ", ") }
                throw origin.error(member.keyRange, message)
            }
        }
        return settings
    }

    private static func whole(_ node: JSONNode, _ key: String, _ bounds: ClosedRange<Int>, _ origin: ConfigurationOrigin) throws(InputError) -> Int {
        guard case .number(_, let text) = node.value, let value = Int(text), bounds.contains(value) else {
            throw origin.error(node.range, "\"scorecard.\(key)\" must be a whole number from \(bounds.lowerBound) to \(bounds.upperBound)")
        }
        return value
    }

    private static func share(_ node: JSONNode, _ key: String, _ origin: ConfigurationOrigin) throws(InputError) -> Double {
        guard case .number(let value, _) = node.value, value >= 0, value <= 1 else {
            throw origin.error(node.range, "\"scorecard.\(key)\" must be a share from 0 to 1, such as 0.2")
        }
        return value
    }
}
