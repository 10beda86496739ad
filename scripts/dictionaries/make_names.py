#!/usr/bin/env python3
"""Write Dictionaries/names.txt: multi-word names of diseases, tests, procedures, body parts, drugs and
organisations, which no CareLint rule rewrites word by word (a fixed name is matched as a whole).

Input: the term names (never the definitions) of ../shared/vocab-sources/:
  - nci-dictionary-of-cancer-terms.json and nci-dictionary-of-genetics-terms.json (US government works,
    public domain; "Source: NCI Dictionary of Cancer Terms, National Cancer Institute"),
  - hpo-layperson-synonyms.tsv, clinical labels only ("The Human Phenotype Ontology", hpo.jax.org).

Kept: names of 2 to 8 words made of letters, digits, hyphens and apostrophes, lower-cased unless a word has a
capital after its first letter or the source writes it capitalized mid-name (proper names stay as written:
matching is case-insensitive anyway). Two-word descriptive phrases whose head is a generic word ("acute pain",
"chronic disease") are left out: they are not names. HPO labels are kept only when their last word names a
disease, a lesion or a body part (most HPO labels describe a finding: "Absent forearm").

  python3 scripts/dictionaries/make_names.py [--sources DIR] [--output Dictionaries/names.txt]
"""
import argparse, csv, json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))

WORD = re.compile(r"^[A-Za-z][A-Za-z0-9'\-]*$|^[0-9]+$")
# Heads that make a two-word phrase descriptive rather than a name.
GENERIC_HEADS = {
    "pain", "cough", "disease", "diseases", "illness", "condition", "conditions", "care", "services", "service",
    "medication", "medicine", "medicines", "treatment", "therapy", "drug", "drugs", "symptom", "symptoms",
    "problem", "problems", "effect", "effects", "outcome", "outcomes", "risk", "factor", "factors", "rate",
    "level", "levels", "test", "tests", "study", "studies", "trial", "patient", "patients", "person", "people",
    "thought", "function", "health", "equity", "support", "team", "specialist", "doctor", "nurse", "group",
}
FIRST_WORD_STOP = {"a", "an", "the", "to", "of", "and", "or", "for", "in", "on", "with"}
# HPO labels: keep only names of diseases, lesions and body parts.
HPO_HEADS = {
    "syndrome", "disease", "palsy", "fibrosis", "cancer", "carcinoma", "leukemia", "lymphoma", "sarcoma", "tumor",
    "cyst", "nevus", "epilepticus", "cirrhosis", "hepatitis", "anemia", "atresia", "stenosis", "aneurysm",
    "dysplasia", "hernia", "malformation", "neuropathy", "myopathy", "cardiomyopathy", "glomerulonephritis",
    "diabetes", "insipidus", "mellitus", "gland", "artery", "vein", "duct", "nerve", "bridge", "fold", "valve",
}


def default_sources():
    """../shared/vocab-sources beside the repository (CI), or further up for a git worktree."""
    for up in (1, 2, 3):
        folder = os.path.normpath(os.path.join(ROOT, *[".."] * up, "shared", "vocab-sources"))
        if os.path.isdir(folder):
            return folder
    return os.path.normpath(os.path.join(ROOT, "..", "shared", "vocab-sources"))


def keep(words):
    if not 2 <= len(words) <= 8:
        return False
    if not all(WORD.match(w) for w in words):
        return False
    if words[0].lower() in FIRST_WORD_STOP or words[-1].lower() in FIRST_WORD_STOP:
        return False
    if len(words) == 2 and words[1].lower() in GENERIC_HEADS:
        return False
    return any(re.search("[A-Za-z]", w) for w in words)


def normalize(term):
    words = term.strip().split()
    out = []
    for i, w in enumerate(words):
        # Keep written capitals after the first letter (HER2, McCune) and proper names; fold the rest.
        if any(c.isupper() for c in w[1:]) or (i > 0 and w[:1].isupper()):
            out.append(w)
        else:
            out.append(w.lower())
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sources", default=default_sources())
    parser.add_argument("--output", default=os.path.join(ROOT, "Dictionaries", "names.txt"))
    args = parser.parse_args()
    if not os.path.isdir(args.sources):
        parser.error(f"{args.sources} does not exist; pass --sources")
    names = {}
    for file in ("nci-dictionary-of-cancer-terms.json", "nci-dictionary-of-genetics-terms.json"):
        with open(os.path.join(args.sources, file), encoding="utf-8") as f:
            for entry in json.load(f):
                words = normalize(entry["term"])
                if keep(words):
                    names.setdefault(" ".join(words).lower(), " ".join(words))
    with open(os.path.join(args.sources, "hpo-layperson-synonyms.tsv"), encoding="utf-8") as f:
        for row in csv.reader(f, delimiter="\t"):
            if len(row) < 2 or not row[1].startswith('"'):
                continue
            words = normalize(row[1].strip('"'))
            if keep(words) and words[-1].lower() in HPO_HEADS:
                names.setdefault(" ".join(words).lower(), " ".join(words))
    lines = sorted(names.values(), key=lambda n: (n.lower(), n))
    with open(args.output, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"{len(lines)} names written to {os.path.relpath(args.output, ROOT)}")


if __name__ == "__main__":
    main()
