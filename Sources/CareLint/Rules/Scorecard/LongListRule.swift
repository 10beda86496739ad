/// `structure/long-list`: a list with more items than a reader can take in at once, not broken into groups. The
/// place-problem behind the scorecard's PEMAT 8 and CCI 8 (the same list facts, `PageStructure`).
struct LongListRule: Rule {
    let description = RuleDescription(
        id: "structure/long-list",
        defaultSeverity: .off,
        summary: "A list has more items than the maximum and is not broken into groups.",
        rationale: """
            Readers hold about seven things in mind at once. A flat list of a dozen symptoms or steps is read as \
            a block of text: the reader loses their place and the item that matters to them sinks. Both the CDC \
            Clear Communication Index (item 8) and PEMAT (item 8) ask for long lists to be broken up, under short \
            subheadings or into sub-lists. Lists that only point elsewhere (links, resources, references) are not \
            checked. Off by default: turn it on (`"structure/long-list": "info"`) to see the places the \
            scorecard's list items count.
            """,
        triggering: [
            RuleExample("Call your nurse if you have:\n\n- 1️⃣fever\n- chills\n- a cough\n- a rash\n- pain\n- swelling\n- redness\n- a headache\n", options: ["maxItems": .int(7)]),
            RuleExample("Bring these to the clinic:\n\n- 1️⃣your card\n- your pills\n- a list of questions\n- a snack\n", options: ["maxItems": .int(3)]),
        ],
        nonTriggering: [
            RuleExample("Call your nurse if you have:\n\n- fever\n- chills\n- a cough\n- a rash\n- pain\n- swelling\n- redness\n"),
            RuleExample("Call your nurse if you have:\n\n- signs of infection:\n  - fever\n  - chills\n  - redness\n  - swelling\n- signs of a reaction:\n  - a rash\n  - itching\n  - a headache\n"),
            RuleExample("For more information, see these resources:\n\n- [Heart](a)\n- [Lungs](b)\n- [Kidneys](c)\n- [Liver](d)\n- [Skin](e)\n- [Eyes](f)\n- [Ears](g)\n- [Bones](h)\n"),
        ],
        options: [RuleOption("maxItems", default: .int(ScorecardSettings().listItems), "The most items a list may have without sub-lists.")]
    )

    func check(_ context: RuleContext, into diagnostics: inout [Diagnostic]) {
        let document = context.document
        guard document.layout.blocks.contains(where: { $0.kind == .listItem }) else { return }
        let limit = max(1, context.int("maxItems"))
        let structure = PageStructure(context.analysis, keys: PageFacts.keys(document))
        for list in structure.lists where !list.isResources && !list.hasSubLists && list.topLevel > limit {
            diagnostics.append(context.diagnostic(
                "This list has \(list.topLevel) items; group them under short subheadings or sub-lists of at most \(limit), so the reader can find theirs.",
                at: document.layout.blocks[list.blocks.lowerBound].range
            ))
        }
    }
}
