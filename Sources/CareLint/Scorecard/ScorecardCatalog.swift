/// One scorecard item: its description (what `carelint explain pemat/4` prints) and the rule that decides it,
/// side by side in the item's group file.
public struct ScorecardItem: Sendable {
    /// What the item asks and how CareLint decides.
    public let description: ScorecardItemDescription
    /// The verdict on a page; gets the results of the items before it (for the CCI's cascades).
    let decide: @Sendable (Scorer, [String: ItemResult]) -> ItemResult
}

/// Every item, PEMAT first then CCI, in the instruments' order.
public enum ScorecardCatalog {
    /// The items in order.
    public static let items: [ScorecardItem] = (ContentItems.all + NumberItems.pemat + OrganisationItems.pemat + ActionItems.pemat
        + PersonItems.pemat + MessageItems.all + OrganisationItems.cci + ActionItems.cci + NumberItems.cci + PersonItems.cci)
        .sorted { order($0.description) < order($1.description) }

    /// The ids in order.
    public static let ids: [String] = items.map(\.description.id)

    /// The description of an item.
    public static func description(_ id: String) -> ScorecardItemDescription? { items.first { $0.description.id == id }?.description }

    private static func order(_ item: ScorecardItemDescription) -> Int { (item.instrument == .pemat ? 0 : 100) + item.number }
}

extension ItemResult {
    /// A result whose id the scorer fills in.
    static func pass(_ reason: String, _ evidence: [Evidence] = []) -> ItemResult { ItemResult(id: "", verdict: .pass, reason: reason, evidence: evidence) }
    static func fail(_ reason: String, _ evidence: [Evidence] = []) -> ItemResult { ItemResult(id: "", verdict: .fail, reason: reason, evidence: evidence) }
    static func notApplicable(_ reason: String) -> ItemResult { ItemResult(id: "", verdict: .notApplicable, reason: reason) }
    static let person = ItemResult(id: "", verdict: .needsPerson, reason: "Needs a person to rate it.")
}
