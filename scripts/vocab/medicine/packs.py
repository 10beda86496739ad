"""Writes the medicine packs and the queue of concepts that still need a definition."""
import json
import os

from . import sources
from .candidates import slug
from .classify import CATEGORY_OF_KIND

KINDS = {
    "conditions": "Conditions and diseases: names of illnesses, syndromes, infections and injuries.",
    "anatomy": "Body parts: organs, tissues, cells, fluids and the adjectives that name them.",
    "tests-procedures": "Tests, scans, exams and procedures, surgical and not.",
    "treatments": "Treatments, therapies, medicine classes and common medicines.",
    "symptoms": "Symptoms and signs: what a person feels or a doctor sees.",
    "care": "Care and services: roles, places and kinds of care.",
    "genetics": "Genetics: genes, inheritance and genetic testing.",
    "general": "General medical words: the words of research, public health and clinical writing.",
}


def jargon_forms(vocab):
    """Lower-case terms and variants of the concepts outside medicine/ that have a plain word ("hepatic")."""
    forms = set()
    for name in sorted(os.listdir(vocab)):
        if name.endswith(".json"):
            with open(os.path.join(vocab, name), encoding="utf-8") as handle:
                for concept in json.load(handle).get("concepts", []):
                    if concept.get("plain"):
                        forms.update(" ".join(f.lower().split()) for f in [concept["term"]] + concept.get("variants", []))
    return forms


def existing_forms(vocab):
    """Lower-case forms (terms, variants, avoid forms, acronyms) that the packs outside medicine/ own."""
    forms = set()
    for name in sorted(os.listdir(vocab)):
        if not name.endswith(".json"):
            continue
        with open(os.path.join(vocab, name), encoding="utf-8") as handle:
            pack = json.load(handle)
        for concept in pack.get("concepts", []):
            for form in [concept["term"]] + concept.get("variants", []) + concept.get("avoid", []) + list(concept.get("spelling", {}).values()):
                forms.add(" ".join(form.lower().replace("’", "'").split()))
            if "acronym" in concept:
                forms.add(concept["acronym"].lower())
    return forms


def well_known(concept, reviewed):
    return concept["term"].lower() in reviewed.well_known


def clinical(concept, reviewed):
    """A word of the term is on the reviewed clinical-words.txt (general English by SCOWL, unknown to a grade 6-8
    reader: "esophagus", "serum"), in the singular or a regular plural ("secretions"); or the whole term is listed."""
    if " ".join(sources.words(concept["term"])) in reviewed.clinical:
        return True  # a listed term of general words with a clinical sense ("false negative")
    for word in sources.words(concept["term"]):
        if word in reviewed.clinical or (word.endswith("s") and word[:-1] in reviewed.clinical):
            return True
    return False


# SCOWL size from which a word counts as rare: sizes 10-40 are the words of general English (a grade-8 reader
# knows "esophagus", "serum" and "injection" or meets them in everyday life), 50 and up are not.
RARE_SIZE = 50


def needs_definition(concept, reviewed):
    """Whether a concept gets `defineOnFirstUse` (the rule is written out in Vocab/README.md). With or without a
    definition in the pack: without one, `vocab/define-on-first-use` asks for an explanation and offers none."""
    if concept["plain"] or well_known(concept, reviewed):
        return False  # vocab/jargon offers the plain word; or a reviewed everyday term
    if clinical(concept, reviewed):
        return True  # a reviewed clinical word ("esophagus"; "prevalence" is no "pre" + "valence")
    if concept.get("everyday") or concept.get("compound") or concept.get("prefixed"):
        return False  # "fever", "cheekbone", "postmenopausal": everyday words, or built from them
    if concept.get("rarity", sources.UNLISTED) < RARE_SIZE:
        return False  # every word is general English ("supportive care", "prognosis")
    if concept["category"] == "drug" and concept.get("plural_pages") == 0:
        return False  # a medicine's own name (never plural on real pages: "haloperidol"), unlike a class ("statins")
    return True


def entry(concept, reviewed, ids):
    out = {"id": concept["id"], "term": concept["term"]}
    if concept["variants"]:
        out["variants"] = concept["variants"]
    if concept["plain"]:
        out["plain"] = concept["plain"]
    definition = reviewed.definitions.get(concept["id"])
    if definition is None:  # written for a synonym that was merged into this concept (ids of the batches)
        definition = next((reviewed.definitions[slug(v)] for v in concept["variants"]
                           if slug(v) in reviewed.definitions and not reviewed.definitions[slug(v)].startswith("having to do with")), None)
    if definition:
        out["definition"] = definition
    if needs_definition(concept, reviewed):
        out["defineOnFirstUse"] = True
    if concept["acronym"]:
        out["acronym"] = concept["acronym"]
    out["category"] = concept["category"] or CATEGORY_OF_KIND[concept["kind"]]
    broader = [b for b in concept.get("broader", []) if b in ids and b != concept["id"]]
    if broader:
        out["broader"] = broader
    out["sources"] = sorted(concept["sources"])
    return out


def ordered(concepts):
    return sorted(concepts.values(), key=lambda c: (-c["rank"], c["term"].lower()))


def write(concepts, reviewed, folder):
    os.makedirs(folder, exist_ok=True)
    ids = set(concepts)
    written = []
    for kind, description in KINDS.items():
        members = sorted((c for c in concepts.values() if c["kind"] == kind), key=lambda c: c["id"])
        pack = {
            "$schema": "../../Schemas/vocabulary.schema.json",
            "name": "medicine/" + kind,
            "version": "1.0.0",
            "description": description + " Generated by scripts/vocab/make_medicine.py; do not edit by hand.",
            "concepts": [entry(c, reviewed, ids) for c in members],
        }
        with open(os.path.join(folder, kind + ".json"), "w", encoding="utf-8") as handle:
            json.dump(pack, handle, indent=1, ensure_ascii=False)
            handle.write("\n")
        written.append((f"medicine/{kind}", len(members)))
    return written


def sense(concept):
    hint = {"conditions": "condition", "anatomy": "body part", "tests-procedures": "test or procedure",
            "treatments": "treatment or medicine", "symptoms": "symptom or sign", "care": "care or service",
            "genetics": "genetics", "general": "general medical word"}[concept["kind"]]
    extra = []
    proposed = concept["plain"] or concept.get("proposed")
    if proposed:
        extra.append("plain word: " + proposed[0])
    if concept["variants"]:
        extra.append("also: " + ", ".join(concept["variants"][:3]))
    if concept["acronym"]:
        extra.append("acronym " + concept["acronym"])
    return "; ".join([hint] + extra)


def print_queue(concepts, reviewed):
    print("id\tterm\tcategory\tsense\tpages")
    for concept in ordered(concepts):
        merged = any(slug(v) in reviewed.definitions for v in concept["variants"])
        if concept["id"] in reviewed.definitions or merged or concept["everyday"] or well_known(concept, reviewed):
            continue
        print(f"{concept['id']}\t{concept['term']}\t{concept['category']}\t{sense(concept)}\t{concept['rank']:.0f}")
