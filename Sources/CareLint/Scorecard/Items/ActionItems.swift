/// PEMAT 20, 21, 22 and CCI 5, 12, 14: actions for the reader.
///
/// An *action sentence* starts (after "Always", "Please", "Do not" or an "If …," clause) with a verb from a
/// curated imperative list, or has "you" + should / must / need. Navigation ("click", "subscribe") is not an action.
enum ActionItems {
    static let pemat = [oneAction, addressesReader, explicitSteps]
    static let cci = [callToAction, recommendation, howToDoIt]

    // MARK: PEMAT 20

    static let oneAction = ScorecardItem(description: ScorecardItemDescription(
        id: "pemat/20", domain: .pematActionability, title: "At least one action",
        asks: "The material names at least one action the reader can take.",
        decides: "Passes when the body has at least one action sentence (an imperative, \"you should …\" or impersonal advice: \"It is important to eat …\"; \"See …\" is an action when it sends the reader to a doctor, nurse or other provider or to more information, and a cross-reference within the text otherwise), a recommendation to the reader's group in the third person (\"Parents should …\", \"Parents need to …\"; not \"Some people need more than one …\", which states a fact), or behaviours named as what helps (\"Losing weight and being active can help …\"). What professionals \"advise their patients\" describes a practice, not an action for the reader.",
        decision: .automatic,
        examples: [
            ScorecardExample("# Head lice\n\nComb wet hair with a fine comb every day for a week.\n", .pass),
            ScorecardExample("# Head lice\n\nHead lice are small insects that live in hair.\n", .fail),
            ScorecardExample("# Eczema\n\nSigns include:\n\n- dry skin\n- sleep problems\n\nDry skin is common in winter.\n", .fail),
            ScorecardExample("# Medicines at home\n\nParents need to keep pills locked away from children.\n", .pass),
            ScorecardExample("# Shingles vaccine\n\nYou need two doses, a few months apart.\n", .pass),
            ScorecardExample("# A healthy heart\n\nLosing weight, eating more vegetables and getting out for a walk can help your heart.\n", .pass),
            ScorecardExample("# A healthy heart\n\nSmoking can harm your heart. Heart disease is common.\n", .fail),
            ScorecardExample("# Heart surgery\n\nSome people need more than one bypass. The patient does not need a blood transfusion.\n", .fail),
            ScorecardExample("# Check-ups\n\nTaking a blood sample is one of the first things a nurse may do to help find the cause.\n", .fail),
            // A linking adverb before the imperative; a person noun opening the sentence as the modal's subject.
            ScorecardExample("# Lumps\n\nMost lumps are harmless. However, see your doctor if a lump grows.\n", .pass),
            ScorecardExample("# Mumps\n\nMumps is caused by a virus. All children younger than 5 years of age should be vaccinated.\n", .pass),
            // "See …" without a provider or more information points within the text: a cross-reference.
            ScorecardExample("# Word sounds\n\nSome words are hard to say. See the word list for how to say each one.\n", .fail),
            ScorecardExample("# Word sounds\n\nSome words are hard to say. See our guide for more information.\n", .pass),
            // Advice in the impersonal form: "It is important to …" and a verb of the imperative list.
            ScorecardExample("# Calcium\n\nCalcium keeps bones strong. It is important to eat foods with calcium every day.\n", .pass),
            ScorecardExample("# Calcium\n\nCalcium keeps bones strong. It is important that bones stay strong.\n", .fail),
            // What doctors advise their own patients describes a practice, not advice to the reader.
            ScorecardExample("# The sugar test\n\nThe test takes two days. Doctors usually advise their patients to stop some medicines first.\n", .fail),
        ]
    )) { scorer, _ in
        let actions = (scorer.facts.actions + scorer.facts.thirdPerson).sorted()
        if actions.isEmpty { return .fail("No sentence tells the reader what to do.") }
        return .pass("\(actions.count) sentence(s) name something the reader can do.", scorer.evidence(actions, "action"))
    }

    // MARK: PEMAT 21

    static let addressesReader = ScorecardItem(description: ScorecardItemDescription(
        id: "pemat/21", domain: .pematActionability, title: "Actions address the reader",
        asks: "Actions are addressed to the reader directly.",
        decides: "Fails when there is no action. Otherwise passes when most (more than half) of the recommendations are imperatives, \"you should …\" or impersonal advice, not \"patients should …\", \"All children younger than 5 should …\" or \"it is recommended …\". What to expect (\"Your child should feel better in a few days\", \"Children may need to be fed …\") is not a recommendation.",
        decision: .automatic,
        examples: [
            ScorecardExample("# Blood thinners\n\nTake your pill at the same time each day.\n", .pass),
            ScorecardExample("# Blood thinners\n\nPatients should take the pill at the same time each day. Users must report bleeding.\n", .fail),
            ScorecardExample("# After the operation\n\nKeep your child at home for a week. Your child should feel better in a few days.\n", .pass),
            ScorecardExample("# A healthy heart\n\nLosing weight, eating more vegetables and getting out for a walk can help your heart.\n", .fail),
            ScorecardExample("# Mumps\n\nMumps is caused by a virus. All children younger than 5 years of age should be vaccinated.\n", .fail),
            // What may happen ("may need to be fed") and what is done for a group ("For children who …, the next
            // scan should …") are not recommendations to someone else.
            // Mostly addressed to the reader: one line about another group does not fail it; mostly about others does.
            ScorecardExample("# Calcium\n\nEat dairy foods and leafy greens. Check food labels for calcium. People who eat no dairy should take a supplement.\n", .pass),
            ScorecardExample("# Calcium\n\nCheck food labels for calcium. Older women should take a supplement. People who eat no dairy should eat leafy greens.\n", .fail),
            ScorecardExample("# Feeding\n\nKeep the tube clean. Children may need to be fed through a tube for a while.\n", .pass),
            ScorecardExample("# Scans\n\nDrink plenty of water. For children who had a scan, the next scan should wait a year.\n", .pass),
        ]
    )) { scorer, _ in
        let direct = scorer.facts.actions.count
        let others = scorer.facts.thirdPerson
        guard direct > 0 else { return .fail("No action is addressed to the reader.", scorer.evidence(others, "not addressed to the reader")) }
        let share = Double(direct) / Double(direct + others.count)
        if share > 0.5 { return .pass("\(direct) of \(direct + others.count) recommendations speak to the reader.", scorer.evidence(others, "not addressed to the reader")) }
        return .fail("\(others.count) of \(direct + others.count) recommendations speak about someone else.", scorer.evidence(others, "not addressed to the reader"))
    }

    // MARK: PEMAT 22

    static let explicitSteps = ScorecardItem(description: ScorecardItemDescription(
        id: "pemat/22", domain: .pematActionability, title: "Explicit steps",
        asks: "Actions are broken into explicit, manageable steps.",
        decides: "Fails when there is no action. Passes when the actions are in a numbered list, or most action sentences are short (at most 20 words) and at least one says how much, how often or when. \"Be careful when …\" keeps a state; its \"when\" names the situation, not a step.",
        decision: .estimated,
        examples: [
            ScorecardExample("# Using an inhaler\n\n1. Shake the inhaler.\n2. Breathe out.\n3. Press and breathe in slowly.\n", .pass),
            ScorecardExample("# Using an inhaler\n\nThe inhaler is a device that delivers medicine to the lungs.\n", .fail),
            ScorecardExample("# Food safety\n\nBe very careful when you cook chicken on a grill.\n", .fail),
            ScorecardExample("# Food safety\n\nBe sure to wash your hands after you touch raw chicken.\n", .pass),
        ]
    )) { scorer, _ in
        let actions = scorer.facts.actions
        guard !actions.isEmpty else { return .fail("There is no action to break into steps.") }
        let blocks = scorer.document.layout.blocks
        for list in scorer.structure.lists where list.isOrdered && !list.isResources {
            if actions.contains(where: { list.blocks.contains(scorer.document.sentences[$0].block) }) {
                return .pass("The actions are numbered steps.", [Evidence(scorer.range(ofBlock: list.blocks.lowerBound), "numbered steps")])
            }
        }
        let short = actions.filter { scorer.facts.words($0, scorer.document).count <= 20 }
        let specific = actions.filter { hasSpecific($0, scorer) }
        _ = blocks
        if short.count * 2 >= actions.count, !specific.isEmpty {
            return .pass("Actions are short and say how much, how often or when.", scorer.evidence(specific, "specific action"))
        }
        let vague = actions.filter { !specific.contains($0) }
        return .fail("The actions do not say how much, how often or when, or are long.", scorer.evidence(vague, "vague or long action"))
    }

    static let specifics = WordKey.set([
        "every", "each", "daily", "weekly", "minutes", "minute", "hours", "hour", "days", "day", "weeks", "times",
        "twice", "once", "morning", "night", "before", "after", "if", "when", "until", "within", "call", "cups",
        "cup", "glasses", "seconds", "steps", "first", "then",
    ])

    /// True when an action sentence says how much, how often, when or on what condition (from `start` on: for
    /// a recommendation, in what is recommended).
    static func hasSpecific(_ sentence: Int, _ scorer: Scorer, from start: Int? = nil) -> Bool {
        let document = scorer.document
        let keys = scorer.facts.keys
        let words = scorer.facts.words(sentence, document)
        // "Be careful when you …": a state to keep, whose "when" names the situation, not a step.
        let state = words.count >= 2 && keys[words[0]] == be && keys[words[1]] != sure
        let range = document.sentences[sentence].tokens
        return range.contains { token in
            guard token >= (start ?? range.lowerBound) else { return false }
            if document.tokens[token].kind == .number { return !isAge(token, range, keys) }
            return specifics.contains(keys[token]) && !(state && situations.contains(keys[token]))
        }
    }

    /// True when the number gives an age, who the advice is for, not how much or when: "under 5", "younger than
    /// 5 years of age", "65 years old".
    static func isAge(_ token: Int, _ range: Range<Int>, _ keys: [UInt64]) -> Bool {
        if token > range.lowerBound, ageBefore.contains(keys[token - 1]) { return true }
        guard token + 2 < range.upperBound, ageUnits.contains(keys[token + 1]) else { return false }
        return keys[token + 2] == old || (keys[token + 2] == PageFacts.ofWord && token + 3 < range.upperBound && keys[token + 3] == age)
    }

    static let ageBefore = WordKey.set(["under", "over", "aged", "age", "ages"])
    static let ageUnits = WordKey.set(["years", "year", "months", "month"])
    static let old = WordKey.of("old")
    static let age = WordKey.of("age")

    static let be = WordKey.of("be")
    static let sure = WordKey.of("sure")
    /// Specifics that name a situation: after "Be careful …" they say when to take care, not what to do.
    static let situations = WordKey.set(["when", "if", "before", "after", "until"])

    /// The recommendations that direct someone to act, and so can say how: the reader's actions and "Parents
    /// should …" (a modal after a person). A behaviour only named as what helps ("Keeping active helps …") or as
    /// what a provider "may recommend" or "advises" is a recommendation (CCI 12) that gives no direction to follow.
    /// A recommendation that names the behaviour ("may recommend keeping your legs raised when sitting") directs
    /// too, from the behaviour on: its "if …" before the verb is the provider's condition, not how to do it.
    static func directions(_ scorer: Scorer) -> [(sentence: Int, from: Int?)] {
        let facts = scorer.facts
        var found = facts.behaviours.map { (sentence: $0, from: Int?.none) }
        for sentence in facts.thirdPerson {
            let words = facts.words(sentence, scorer.document)
            if words.contains(where: { PageFacts.modals.contains(facts.keys[$0]) }) {
                found.append((sentence, nil))
            } else if let verb = words.firstIndex(where: { PageFacts.recommendWords.contains(facts.keys[$0]) }), verb + 1 < words.count,
                      facts.isBehaviourGerund(words[verb + 1], scorer.document) {
                found.append((sentence, words[verb + 1]))
            }
        }
        return found.sorted { $0.sentence < $1.sentence }
    }

    // MARK: CCI 5

    static let callToAction = ScorecardItem(description: ScorecardItemDescription(
        id: "cci/5", domain: .cci, title: "Call to action",
        asks: "The material has at least one call to action for the primary audience: a behaviour, or a prompt to get or share information.",
        decides: "Passes when the body has an action sentence (as PEMAT 20) or a recommendation for the audience in the third person (\"patients should …\").",
        decision: .automatic,
        examples: [
            ScorecardExample("# Shingles vaccine\n\nAsk your pharmacist about the shingles vaccine.\n", .pass),
            ScorecardExample("# Shingles vaccine\n\nShingles is a painful rash caused by the chickenpox virus.\n", .fail),
            ScorecardExample("# Lumps\n\nMost lumps are harmless. However, see your doctor if a lump grows.\n", .pass),
            ScorecardExample("# Word sounds\n\nSome words are hard to say. See the word list for how to say each one.\n", .fail),
        ]
    )) { scorer, _ in
        let calls = (scorer.facts.actions + scorer.facts.thirdPerson).sorted()
        if calls.isEmpty { return .fail("The page has no call to action.") }
        return .pass("\(calls.count) call(s) to action.", scorer.evidence(calls, "call to action"))
    }

    // MARK: CCI 12

    static let recommendation = ScorecardItem(description: ScorecardItemDescription(
        id: "cci/12", domain: .cci, title: "Behavioural recommendation",
        asks: "The material recommends at least one behaviour to the primary audience (the gate for the index's Part B).",
        decides: "Passes when an action sentence asks for a behaviour, not only to read, visit or look something up (seeing or contacting a doctor, nurse or other provider is a behaviour), or a third-person recommendation names one (\"Parents should call …\", \"Losing weight and being active can help …\", \"Your nurse may recommend keeping your feet up\").",
        decision: .automatic,
        examples: [
            ScorecardExample("# Ticks\n\nCheck your skin for ticks after a walk in tall grass.\n", .pass),
            ScorecardExample("# Ticks\n\nTicks are small and live in tall grass. Visit our website.\n", .fail),
            ScorecardExample("# Tiredness\n\nIf you feel tired for more than a month, see your health care provider.\n", .pass),
            ScorecardExample("# Tiredness\n\nTiredness has many causes. See our page on sleep.\n", .fail),
            ScorecardExample("# A healthy heart\n\nLosing weight, eating more vegetables and getting out for a walk can help your heart.\n", .pass),
            // A behaviour named as what is recommended, even when the sentence speaks to the reader.
            ScorecardExample("# Swollen feet\n\nSwelling is common late in the day. Your nurse may recommend keeping your feet up when you sit.\n", .pass),
            ScorecardExample("# The sugar test\n\nThe test takes two days. Doctors usually advise their patients to stop some medicines first.\n", .fail),
        ]
    )) { scorer, _ in
        let behaviours = (scorer.facts.behaviours + scorer.facts.thirdPerson).sorted()
        if behaviours.isEmpty { return .fail("No sentence recommends a behaviour to the reader.") }
        return .pass("\(behaviours.count) behaviour(s) recommended.", scorer.evidence(behaviours, "recommended behaviour"))
    }

    // MARK: CCI 14

    static let howToDoIt = ScorecardItem(description: ScorecardItemDescription(
        id: "cci/14", domain: .cci, title: "How to do it",
        asks: "The material explains how to perform the recommended behaviour: steps, how often, when to contact a provider.",
        decides: "Passes when the recommendations are numbered steps or at least one that directs someone to act (an imperative, \"you should …\", \"Parents should …\") says how much, how often, when or on what condition. What a provider \"may recommend\" gives a direction only in the behaviour it names (\"may recommend keeping your feet up when you sit\"; its \"if …\" before the verb is the provider's condition); behaviours named only as what helps give none. An age (\"under 5\", \"65 years old\") says who, not how or when.",
        notApplicable: "No behavioural recommendation (CCI 12 fails).",
        decision: .estimated,
        examples: [
            ScorecardExample("# Ticks\n\nCheck your skin for ticks every evening after a walk.\n", .pass),
            ScorecardExample("# Ticks\n\nBe careful about ticks.\n", .fail),
            ScorecardExample("# Bedtime\n\nParents should read to their child for 10 minutes every night.\n", .pass),
            ScorecardExample("# Bladder support\n\nIf the bulge does not bother a woman, a doctor may recommend exercises for the pelvic floor.\n", .fail),
            // The behaviour a provider recommends says when ("when you sit"); an age says who, not how or when.
            ScorecardExample("# Swollen feet\n\nSwelling is common late in the day. Your nurse may recommend keeping your feet up when you sit.\n", .pass),
            ScorecardExample("# Mumps\n\nMumps is caused by a virus. All children younger than 5 years of age should be vaccinated.\n", .fail),
        ]
    )) { scorer, previous in
        let behaviours = (scorer.facts.behaviours + scorer.facts.thirdPerson).sorted()
        guard previous["cci/12"]?.verdict != .fail, !behaviours.isEmpty else { return .notApplicable("The page recommends no behaviour.") }
        for list in scorer.structure.lists where list.isOrdered && !list.isResources {
            if behaviours.contains(where: { list.blocks.contains(scorer.document.sentences[$0].block) }) {
                return .pass("The behaviour is given as numbered steps.", [Evidence(scorer.range(ofBlock: list.blocks.lowerBound), "numbered steps")])
            }
        }
        let specific = directions(scorer).filter { hasSpecific($0.sentence, scorer, from: $0.from) }.map(\.sentence)
        if specific.isEmpty { return .fail("No recommendation says how, how often or when.", scorer.evidence(behaviours, "no how-to")) }
        return .pass("\(specific.count) recommendation(s) say how, how often or when.", scorer.evidence(specific, "how-to"))
    }
}
