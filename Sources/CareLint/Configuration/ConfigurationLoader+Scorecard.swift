extension ConfigurationLoader {
    /// Reads the `scorecard` key strictly: unknown keys, unknown item ids and out-of-range thresholds are problems.
    static func scorecardSettings(_ node: JSONNode, path: [String], reader: inout JSONFieldReader) -> ScorecardSettings? {
        var settings = ScorecardSettings()
        let isObject = reader.forEachMember(
            node, path: path, expected: "\"scorecard\" must be an object such as {\"items\": [\"pemat/*\"], \"sectionWords\": 300}",
            allowed: ScorecardSettings.keys, container: "scorecard"
        ) { reader, member in
            let value = member.node
            let keyPath = path + [member.key]
            switch member.key {
            case "items":
                if let ids = items(value, path: keyPath, reader: &reader) { settings.items = ids }
            case "sectionWords":
                settings.sectionWords = whole(value, keyPath, 20...5000, &reader) ?? settings.sectionWords
            case "paragraphWords":
                settings.paragraphWords = whole(value, keyPath, 20...5000, &reader) ?? settings.paragraphWords
            case "listItems":
                settings.listItems = whole(value, keyPath, 2...100, &reader) ?? settings.listItems
            case "acronyms":
                settings.acronyms = whole(value, keyPath, 0...100, &reader) ?? settings.acronyms
            case "passiveShare":
                settings.passiveShare = share(value, keyPath, &reader) ?? settings.passiveShare
            case "complexShare":
                settings.complexShare = share(value, keyPath, &reader) ?? settings.complexShare
            case "frontMatter":
                frontMatter(value, path: keyPath, into: &settings, reader: &reader)
            default:
                break
            }
        }
        return isObject ? settings : nil
    }

    private static func items(_ node: JSONNode, path: [String], reader: inout JSONFieldReader) -> [String]? {
        guard case .array(let items) = node.value else {
            reader.report("\"scorecard.items\" must be an array of item ids such as \"pemat/4\", \"cci/7\" or \"pemat/*\"", path: path, at: node.range)
            return nil
        }
        var ids: [String] = []
        let known = ScorecardCatalog.ids
        for item in items {
            guard case .string(let id) = item.value else {
                reader.report("\"scorecard.items\" must hold only strings, found \(item.value.typeDescription)", path: path, at: item.range)
                return nil
            }
            guard known.contains(id) || id == "pemat/*" || id == "cci/*" else {
                var message = "unknown scorecard item \(id.quotedForMessage)"
                if let nearest = NearestName.find(id, among: known) { message += "; did you mean \"\(nearest)\"?" }
                else { message += "; run `carelint score --items` to list them" }
                reader.report(message, path: path, at: item.range)
                return nil
            }
            ids.append(id)
        }
        return ids
    }

    private static func frontMatter(_ node: JSONNode, path: [String], into settings: inout ScorecardSettings, reader: inout JSONFieldReader) {
        reader.forEachMember(
            node, path: path, expected: "\"scorecard.frontMatter\" must be an object such as {\"mainMessage\": \"main_message\"}",
            allowed: ScorecardSettings.frontMatterKeys, container: "scorecard.frontMatter"
        ) { reader, field in
            guard case .string(let name) = field.node.value, !name.isEmpty else {
                reader.report("\"scorecard.frontMatter.\(field.key)\" must be a front-matter key such as \"main_message\"", path: path + [field.key], at: field.node.range)
                return
            }
            switch field.key {
            case "mainMessage": settings.mainMessageField = name
            case "audience": settings.audienceField = name
            default: settings.objectiveField = name
            }
        }
    }

    private static func whole(_ node: JSONNode, _ path: [String], _ bounds: ClosedRange<Int>, _ reader: inout JSONFieldReader) -> Int? {
        reader.whole(node, path: path, in: bounds, message: "\"scorecard.\(path.last ?? "")\" must be a whole number from \(bounds.lowerBound) to \(bounds.upperBound)")
    }

    private static func share(_ node: JSONNode, _ path: [String], _ reader: inout JSONFieldReader) -> Double? {
        reader.number(node, path: path, in: 0...1, message: "\"scorecard.\(path.last ?? "")\" must be a share from 0 to 1, such as 0.2")
    }
}
