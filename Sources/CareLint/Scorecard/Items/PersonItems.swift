/// Items only a person can rate: CareLint lists them as "needs a person" and never guesses. Items about pictures
/// do not apply to a page without images.
enum PersonItems {
    static let pemat = [
        person("pemat/2", .pematUnderstandability, "No distracting content", "Only content that serves the purpose; no unrelated detail."),
        person("pemat/10", .pematUnderstandability, "Logical order", "Information comes in an order that makes sense to the reader."),
        person("pemat/15", .pematUnderstandability, "Visuals where useful", "A picture is used wherever one would make the content easier to understand."),
        person("pemat/16", .pematUnderstandability, "Visuals reinforce", "Pictures reinforce the content rather than distract.", images: true),
        person("pemat/17", .pematUnderstandability, "Visuals captioned", "Pictures have clear titles or captions.", images: true),
        person("pemat/18", .pematUnderstandability, "Visuals clear", "Pictures are clear and free of clutter.", images: true),
        person("pemat/23", .pematActionability, "Tangible tool", "The material offers a tool (a checklist, a planner) that helps the reader act."),
        person("pemat/24", .pematActionability, "Help with calculations", "Where the reader must calculate, simple instructions and examples show how."),
        person("pemat/25", .pematActionability, "How to use charts", "The material explains how to use its charts, tables or diagrams."),
        person("pemat/26", .pematActionability, "Visual aids for actions", "Pictures help the reader carry out the actions."),
    ]
    static let cci = [
        person("cci/3", .cci, "Main message emphasised", "The main message is set off: bold, a box, a heading such as \"What you need to know\"."),
        person("cci/4", .cci, "Visual supports the message", "A photo, drawing or chart, labelled, conveys or supports the main message."),
        person("cci/6", .cci, "Active voice in message and call", "Both the main message and the call to action are in the active voice."),
        person("cci/11", .cci, "Known and unknown", "The material says what authorities know and what they do not know."),
        person("cci/13", .cci, "Why it matters", "The material explains why the recommended behaviour matters to the audience."),
        person("cci/16", .cci, "Numbers explained", "The material says what each number means."),
        person("cci/18", .cci, "Nature of the risk", "The material states the harm, who is affected, how and why, and how serious."),
        person("cci/19", .cci, "Risks and benefits", "The material states both the risks and the benefits of the recommended behaviour."),
    ]

    static func person(_ id: String, _ domain: ScoreDomain, _ title: String, _ asks: String, images: Bool = false) -> ScorecardItem {
        ScorecardItem(description: ScorecardItemDescription(
            id: id, domain: domain, title: title, asks: asks,
            notApplicable: images ? "The page has no images." : nil, decision: .person
        )) { scorer, _ in
            if images, scorer.structure.images.isEmpty { return .notApplicable("The page has no images.") }
            return .person
        }
    }
}
