"""Sorts a term into a category (the schema's) and a pack kind (the file under Vocab/medicine/).

A source definition is read only for its first words ("A type of cancer that", "A procedure in which"), which
name the kind of thing; nothing of it is kept. Word endings decide when there is no definition.
"""
import re

CATEGORY_OF_KIND = {
    "conditions": "condition",
    "anatomy": "anatomy",
    "tests-procedures": "test",
    "treatments": "treatment",
    "symptoms": "symptom",
    "care": "role",
    "genetics": "general",
    "general": "general",
}

# (pattern on the first words of a source definition, kind, category)
OPENINGS = [
    (r"^(an? )?(type of |form of |group of |rare )*(cancer|tumor|neoplasm|carcinoma|sarcoma|lymphoma|leukemia|disease|disorder|illness|infection|syndrome|inflammation|malignancy|birth defect|abnormal growth|benign growth|cyst)\b", "conditions", "condition"),
    (r"^(an? )?(condition|state|abnormal condition) (in which|that|marked|caused)", "conditions", "condition"),
    (r"^(an? )?(type of |group of |class of )*(drug|medicine|substance used to treat|vaccine|antibiotic|hormone used|chemical that|agent used)\b", "treatments", "drug"),
    (r"^(an? )?(type of )?(treatment|therapy|way to treat|method of treating|diet)\b", "treatments", "treatment"),
    (r"^(an? )?(type of )?(surgery|surgical procedure|operation|procedure|removal|transplant)\b", "tests-procedures", "procedure"),
    (r"^(an? )?(type of )?(test|exam|examination|screening|scan|imaging|measurement|laboratory test|blood test|x-ray|procedure that uses)\b", "tests-procedures", "test"),
    (r"^(an? )?(health professional|doctor|physician|specialist|nurse|person who|expert|health care provider|team)\b", "care", "role"),
    (r"^(an? )?(place|facility|program|service|care given|type of care|care that|system of care)\b", "care", "general"),
    (r"^(an? )?(symptom|sign|feeling|sensation|pain|loss of|sudden|discomfort)\b", "symptoms", "symptom"),
    (r"^(in genetics|a (gene|chromosome|change in|mutation|variant)|the (genetic|study of (genes|heredity))|dna|rna|genes?\b)", "genetics", "general"),
    (r"^(an? |the )?(organ|gland|bone|muscle|tissue|tube|duct|blood vessel|artery|vein|membrane|layer|lining|part of the|fluid|space|cavity|valve|nerve|cell|small (organ|gland|sac)|sac|area|region|network|joint|cartilage|lymph)\b", "anatomy", "anatomy"),
]
OPENINGS = [(re.compile(pattern), kind, category) for pattern, kind, category in OPENINGS]

# (pattern on the term, kind, category), tried when no definition decides
ENDINGS = [
    (r"(itis|osis|oma|omas|emia|aemia|pathy|plasia|trophy|iasis|ism|penia|megaly|cele|syndrome|disease|disorder|infection|deficiency|cancer|tumor|failure|palsy|fever|ulcer|stenosis|sclerosis|dystrophy|fibrosis|effusion|hemorrhage|stones?|palsy|injury|injuries)$", "conditions", "condition"),
    (r"(ectomy|otomy|ostomy|plasty|pexy|transplant|transplantation|surgery|ablation|resection|biopsy|repair|embolization|bypass)$", "tests-procedures", "procedure"),
    (r"(scopy|graphy|gram|metry|test|testing|screening|scan|exam|examination|assay|panel|count|level|imaging)$", "tests-procedures", "test"),
    (r"(algia|rrhea|rrhoea|spasm|cough|itch|itching|rash|cramp|cramps|ache|dysphagia|dyspnea|edema|pain|bleeding|swelling|numbness|weakness|vomiting|nausea)$", "symptoms", "symptom"),
    (r"(therapy|therapies|treatment|drug|drugs|mab|inib|cillin|mycin|statin|sartan|pril|olol|azole|vir|vaccine|vaccination|inhibitor|inhibitors|blocker|blockers|agent|agents|medicine|medication|supplement|antibiotic|antibiotics|steroid|steroids|hormone|insulin)$", "treatments", "drug"),
    (r"(ologist|iatrist|ician|nurse|therapist|surgeon|doctor|physician|specialist|provider|team)$", "care", "role"),
    (r"(gene|genes|allele|chromosome|chromosomes|mutation|mutations|variant|dna|rna|genome|genetic|genotype|phenotype|carrier|inheritance|dominant|recessive|x-linked|mosaicism|trisomy|deletion|duplication)$", "genetics", "general"),
    (r"(gland|glands|duct|ducts|artery|arteries|vein|veins|nerve|nerves|muscle|muscles|bone|bones|lobe|cortex|valve|sinus|node|nodes|marrow|cord|tract|membrane|tissue|cell|cells|vessel|vessels|ligament|tendon|cartilage|organ|organs)$", "anatomy", "anatomy"),
]
ENDINGS = [(re.compile(pattern), kind, category) for pattern, kind, category in ENDINGS]


def by_definition(text):
    opening = " ".join(text.lower().split()[:8])
    for pattern, kind, category in OPENINGS:
        if pattern.search(opening):
            return kind, category
    return None


def by_ending(term):
    last = term.lower()
    for pattern, kind, category in ENDINGS:
        if pattern.search(last):
            return kind, category
    return None


def classify(term, definition=None, default=("general", "general")):
    """(kind, category) of a term; the definition's opening words win, then the term's ending, then the default."""
    return (definition and by_definition(definition)) or by_ending(term) or default
