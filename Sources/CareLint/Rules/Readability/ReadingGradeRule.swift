import Foundation

/// `readability/grade`: the document's reading grade is above the target.
struct ReadingGradeRule: Rule {
    /// A draft written for grade 12 readers.
    private static let hard = """
        # 1️⃣Treatment

        Radiofrequency ablation destroys malignant hepatic lesions using thermal energy delivered percutaneously through an electrode. Complications, although infrequent, include hemorrhage, infection and damage to adjacent organs. Physicians determine eligibility considering tumor dimensions, anatomical location and underlying hepatic function. Postoperative monitoring incorporates imaging examinations at regular intervals.
        """

    let description = RuleDescription(
        id: "readability/grade",
        defaultSeverity: .warning,
        summary: "The document's reading grade is above the target grade.",
        rationale: """
            Health-literacy guidance asks for patient material at grade 6 to 8: many adults read below the level \
            of their schooling, and more so when they are ill or worried. The rule computes two published formulas \
            over the document's prose (headings, table cells and reference lists left out): SMOG, which counts \
            words of three or more syllables, and Flesch–Kincaid, which weighs sentence length and syllables per \
            word. The document's grade is the mean of the two, and it is the one grade CareLint shows anywhere \
            (`carelint stats`, the HTML report, hover): SMOG runs high on short health texts and Flesch–Kincaid \
            low, so their mean is steadier than either, and "the higher of" would let one formula's bias decide. \
            The rule reports when the grade is above `readingGrade` (configuration, default 8), states both figures, and \
            points at the three hardest sentences, where shortening pays most. Documents shorter than `minWords` \
            are not graded: the formulas mean little on a few sentences. SMOG was calibrated on samples of 30 \
            sentences and, scaled up from a short text, one long word swings it by a grade or more. So on a text of \
            fewer than `smogMinSentences` sentences (default 30, SMOG's own sample) or `smogMinWords` words (a short \
            summary, even one of a dozen or two sentences) the rule reports only when Flesch–Kincaid alone, which \
            rests on averages that hold on a single paragraph, is above the target too: a short summary of plain \
            sentences with a few medical names passes, a short text of long sentences and long words still fails. \
            The grade it states stays the mean, the same figure as everywhere else.
            """,
        triggering: [RuleExample(hard, options: ["minWords": .int(20)])],
        nonTriggering: [
            RuleExample("""
                # Treatment

                Doctors can use heat to kill a tumor in the liver. A thin needle goes through the skin and into \
                the tumor. The heat kills the cancer cells. Most people go home the same day. You may feel sore \
                for a few days. Call us if you have a fever or bad pain.
                """, options: ["minWords": .int(20)]),
            RuleExample(hard.replacingOccurrences(of: "1️⃣", with: "")),
            // Six short sentences with a few long drug names: SMOG 9.7 pulls the mean to 8.7, Flesch–Kincaid is 7.7.
            RuleExample("""
                # Shingles

                Shingles is a painful rash. It comes from the same virus as chickenpox. The rash can itch and burn. \
                Medicines such as acyclovir, valacyclovir, or famciclovir can shorten it. Rare complications are \
                pneumonia, encephalitis, and hearing problems. A vaccine can lower your chance of getting it.
                """, options: ["minWords": .int(20)]),
            // Eighteen short sentences, 157 words: SMOG 9.3 pulls the mean to 8.4, Flesch–Kincaid is 7.5.
            RuleExample("""
                # Heartburn

                Heartburn is a burning feeling in the chest. Doctors call frequent heartburn gastroesophageal reflux \
                disease. It happens when stomach acid moves back up into the esophagus. Most people have it \
                occasionally. It often comes after a large meal or when you lie down too soon. Spicy food, coffee, \
                alcohol and chocolate can make it worse. Being overweight can make it worse too. Eat smaller meals \
                and stop eating three hours before bed. Antacids can give temporary relief. Prescription medicines \
                lower the amount of acid your stomach makes. Your doctor may suggest omeprazole, esomeprazole or \
                famotidine. Call your doctor if heartburn happens more than twice a week. Call immediately if you \
                have difficulty swallowing or lose weight unexpectedly. Untreated reflux can cause inflammation and \
                other complications. A gastroenterologist can look inside with a thin tube. Treatment usually works, \
                and most people feel much better. Keep a note of what sets it off. Bring the note to your visit.
                """),
        ],
        options: [
            RuleOption("minWords", default: .int(100), "Documents with fewer words of prose are not graded."),
            RuleOption("smogMinSentences", default: .int(30), "Documents with fewer sentences are reported only when Flesch–Kincaid alone is above the target too."),
            RuleOption("smogMinWords", default: .int(150), "Documents with fewer words of prose are reported only when Flesch–Kincaid alone is above the target too."),
        ]
    )

    func check(_ context: RuleContext, into diagnostics: inout [Diagnostic]) {
        let document = context.document
        let readability = DocumentReadability(document, regions: context.analysis.regions, words: context.analysis.distinctWords)
        guard readability.counts.words >= max(1, context.int("minWords")) else { return }
        let target = context.analysis.configuration.readingGrade
        let mean = readability.grade.grade
        guard mean > target else { return }
        let smog = readability.grade.smogGrade
        let kincaid = readability.grade.fleschKincaidGrade
        // On a short text SMOG is unreliable: report only when Flesch–Kincaid alone is above the target too.
        let short = readability.counts.sentences < context.int("smogMinSentences") || readability.counts.words < context.int("smogMinWords")
        if short, kincaid <= target { return }
        let related = readability.hardestSentences(3).map { figures in
            RelatedLocation(range: figures.range, message: "A hard sentence: grade \(Self.format(figures.grade)), \(figures.counts.words) words")
        }
        diagnostics.append(context.diagnostic(
            "The reading grade is \(Self.format(mean)) (SMOG \(Self.format(smog)), Flesch–Kincaid \(Self.format(kincaid))), above the target of grade \(Self.format(target)); use shorter sentences and shorter words, starting with the hardest sentences.",
            at: DocumentAnchor.range(document), related: related
        ))
    }

    /// One decimal, without a trailing ".0".
    static func format(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(format: "%.1f", rounded)
    }
}
