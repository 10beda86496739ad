/// The words the corpus generator draws from: medical terms with plain words and acronyms, and the everyday
/// words of patient-education pages. Written for the benchmark; no sentence of the source articles is copied.
enum WordBank {
    /// A medical term, how a patient would say it, and its acronym if it has one.
    struct Term {
        var term: String
        var plain: String
        var acronym: String?
    }

    static let terms: [Term] = [
        Term(term: "hepatic artery", plain: "main blood vessel of the liver"),
        Term(term: "metastasis", plain: "cancer that has spread"),
        Term(term: "liver metastases", plain: "cancer that spread to the liver"),
        Term(term: "colorectal cancer", plain: "cancer of the colon or rectum"),
        Term(term: "chemotherapy", plain: "cancer medicine"),
        Term(term: "radiofrequency ablation", plain: "heat treatment", acronym: "RFA"),
        Term(term: "microwave ablation", plain: "heat treatment", acronym: "MWA"),
        Term(term: "transarterial chemoembolization", plain: "treatment that blocks blood to the tumor", acronym: "TACE"),
        Term(term: "selective internal radiation therapy", plain: "radiation beads", acronym: "SIRT"),
        Term(term: "tyrosine kinase inhibitor", plain: "targeted medicine", acronym: "TKI"),
        Term(term: "computed tomography", plain: "detailed X-ray scan", acronym: "CT"),
        Term(term: "magnetic resonance imaging", plain: "magnet scan", acronym: "MRI"),
        Term(term: "positron emission tomography", plain: "scan that shows active cells", acronym: "PET"),
        Term(term: "ascites", plain: "fluid in the belly"),
        Term(term: "paracentesis", plain: "draining fluid from the belly"),
        Term(term: "jaundice", plain: "yellow skin and eyes"),
        Term(term: "hepatic encephalopathy", plain: "confusion from liver failure"),
        Term(term: "edema", plain: "swelling"),
        Term(term: "biopsy", plain: "taking a small piece of tissue"),
        Term(term: "resection", plain: "surgery to remove part of an organ"),
        Term(term: "oncologist", plain: "cancer doctor"),
        Term(term: "hepatologist", plain: "liver doctor"),
        Term(term: "portal vein", plain: "vein that carries blood to the liver"),
        Term(term: "bile duct", plain: "tube that carries bile"),
        Term(term: "malignant", plain: "cancerous"),
        Term(term: "benign", plain: "not cancer"),
        Term(term: "lesion", plain: "abnormal area"),
        Term(term: "prognosis", plain: "likely outcome"),
        Term(term: "palliative care", plain: "care that eases symptoms"),
        Term(term: "analgesic", plain: "pain medicine"),
        Term(term: "nausea", plain: "feeling sick"),
        Term(term: "fatigue", plain: "tiredness"),
        Term(term: "histotripsy", plain: "sound-wave treatment"),
        Term(term: "immunotherapy", plain: "treatment that helps the immune system"),
        Term(term: "monoclonal antibody", plain: "lab-made protein medicine"),
        Term(term: "hepatocellular carcinoma", plain: "cancer that starts in the liver", acronym: "HCC"),
        Term(term: "stereotactic body radiation therapy", plain: "focused radiation", acronym: "SBRT"),
        Term(term: "portal vein embolization", plain: "blocking a liver vein before surgery", acronym: "PVE"),
        Term(term: "cirrhosis", plain: "scarring of the liver"),
        Term(term: "anticoagulant", plain: "blood thinner"),
    ]

    static let people = ["your doctor", "your care team", "your nurse", "the surgeon", "your specialist", "a dietitian", "your pharmacist", "the radiologist"]
    static let reader = ["you", "you", "you", "your family", "people with cancer", "most people"]
    static let verbs = ["explain", "check", "discuss", "plan", "review", "measure", "watch", "treat", "slow", "shrink"]
    static let nouns = ["treatment", "scan", "test", "appointment", "medicine", "symptom", "result", "tumor", "blood test", "side effect", "diet", "follow-up visit", "recovery", "pain", "appetite", "sleep", "energy", "question", "plan", "choice"]
    static let adjectives = ["small", "large", "common", "rare", "mild", "serious", "short", "long", "new", "usual", "careful", "regular"]
    static let times = ["after treatment", "before the scan", "for a few days", "within a week", "at your next visit", "every three months", "during the first month", "at night"]
    static let hedges = ["may", "can", "might", "often", "usually", "sometimes"]

    /// Sentence templates. Slots: {term} {plain} {person} {reader} {verb} {noun} {noun2} {adj} {time} {hedge} {n}.
    static let templates: [String] = [
        "{Person} will {verb} the {noun} with {reader} {time}.",
        "{Reader} {hedge} notice {adj} changes in {noun} {time}.",
        "The {term} is checked {time}.",
        "{Term} {hedge} help when the cancer has spread to the liver.",
        "Ask {person} what the {noun} means for {reader}.",
        "A {adj} {noun} is normal {time}, but tell {person} if it gets worse.",
        "{Person} uses {term} ({plain}) to {verb} the {noun}.",
        "Most people go home {time} and return for a {noun}.",
        "Write down each {noun} you want to ask about, and bring the list {time}.",
        "Some people feel {adj} {noun} {time}; this {hedge} pass on its own.",
        "The {noun} takes about {n} minutes, and {reader} can eat as usual afterwards.",
        "If the {noun} is {adj}, {person} {hedge} suggest {term}.",
        "{Term}, which means {plain}, is one choice among several.",
        "Keep a record of your {noun} and your {noun2} {time}.",
        "{Person} can {verb} how the {term} affects your {noun}.",
        "Drink plenty of water and rest {time}.",
        "The liver can grow back after part of it is removed, so surgery is sometimes possible.",
        "Call {person} right away if you have a fever above {n} degrees or pain that does not ease.",
        "You {hedge} need a {noun} {time} to see how well the {term} worked.",
        "{Reader} should not stop any medicine without asking {person} first.",
        "Treatment is planned by a team that meets every week to {verb} each {noun}.",
        "A {noun} {hedge} show whether the {term} has changed in size.",
    ]

    /// Faults a careful editor would flag, as whole sentences.
    static let faultySentences: [String] = [
        "Cancer patients should ask about the {noun} {time}.",
        "He or she suffers from {adj} {noun} after the {term}.",
        "In order to {verb} the {noun}, the team will utilize a {adj} {noun2}.",
        "The {noun} is done prior to surgery, e.g. a scan or a blood test.",
        "The tumor measured 1 inch (5 centimeters) across.",
        "Keep the dressing dry for 2 days, and weigh yourself every morning (a gain of 2 pounds, or 4 kilograms, matters).",
        "This treatment is always safe and has no side effects.",
        "The {term} was performed by the team and the results were reviewed by the doctors.",
        "She has been battling cancer for two years and will not lose the fight.",
        "The tumour was removed and the the wound healed well.",
        "Diabetics are given a special diet during recovery.",
        "The patient must not be non-compliant with the medicine schedule.",
        "The {term} will cure the cancer.",
        "Some patients find that the metastisis grew slowly and the chemotheraphy helped.",
        "Advertisement",
        "Was this page helpful?",
    ]

    static let headings = ["What is {term}?", "How is it done?", "Before the procedure", "After the procedure", "Risks and side effects", "When to call your provider", "Questions to ask", "Living with the condition", "What to expect", "Getting ready"]
}
