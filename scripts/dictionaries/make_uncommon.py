#!/usr/bin/env python3
"""Generates Dictionaries/uncommon.txt, the word-frequency scale of `vocab/uncommon-word` and `ComplexLanguage`.

Output (one word form a line, UTF-8, sorted by code point, deterministic: running it twice gives the same bytes):
  Dictionaries/uncommon.txt  the medical word forms that are not common English (SCOWL sizes 10-50), and the reviewed
                             clinical words of scripts/vocab/medicine/clinical-words.txt: the words
                             `vocab/uncommon-word` and the complex-language share count as uncommon
Inputs:
  ../shared/vocab-sources (or $VOCAB_SOURCES): NCI Dictionary of Cancer Terms and of Genetics Terms (terms and
      their "Also called ..." synonyms), HPO labels and layperson synonyms, CDC Plain Language Thesaurus terms,
      the NHS A to Z of health writing headings, and MedQuAD word counts (only words another list confirms: the words of health pages beyond SCOWL size 50)
  Vocab/**/*.json: every term, variant, plain word, acronym expansion and avoided form of the packs
  scripts/dictionaries/medical-extra.txt: words added by hand (one a line)
  scripts/vocab/medicine/clinical-words.txt: reviewed clinical words that SCOWL ranks common ("esophagus"): uncommon
  scripts/vocab/medicine/well-known.txt: reviewed words a grade 6-8 reader knows ("canola"): never uncommon
  scripts/vocab/medicine/drugnames.py: endings of medicines' own names ("-mab", "-azole"): never uncommon
  /usr/share/dict/scowl (apt-get install scowl): sizes 10-50 are common English; size 95 confirms MedQuAD words
Only definitions' *words* are never read: the sources' sentences are not copied (terms and synonyms are facts).

Usage: python3 scripts/dictionaries/make_uncommon.py [--sources DIR] [--check]   (run it again after changing a pack)
--check exits 1 when Dictionaries/uncommon.txt differs from what the sources give (for CI).
"""
import glob
import json
import os
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "vocab"))
from medicine.drugnames import is_drug_name  # noqa: E402
from generated import write_or_check  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "Dictionaries")
SOURCES = os.environ.get("VOCAB_SOURCES") or os.path.join(os.path.dirname(ROOT), "shared", "vocab-sources")
if "--sources" in sys.argv:
    SOURCES = sys.argv[sys.argv.index("--sources") + 1]
if not os.path.isdir(SOURCES) and "--sources" not in sys.argv:
    SOURCES = "/work/shared/vocab-sources"
SCOWL = "/usr/share/dict/scowl"
EXTRA = os.path.join(ROOT, "scripts", "dictionaries", "medical-extra.txt")
REVIEWED = os.path.join(ROOT, "scripts", "vocab", "medicine")


def reviewed_words(name):
    """The single lower-case words of a reviewed list of scripts/vocab/medicine/ (`#` starts a comment)."""
    found = set()
    with open(os.path.join(REVIEWED, name), encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip().lower()
            if line and " " not in line:
                found.add(line)
    return found

# A word form: letters, with inner apostrophes or hyphens split off by `words_of`.
WORD = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)*")
ALSO_CALLED = re.compile(r"Also called ([^.]*)")


def scowl(sizes, kinds=("english", "american", "british"), parts=("words",)):
    """The SCOWL words of the given sizes (possessives dropped)."""
    words = set()
    for size in sizes:
        for kind in kinds:
            for part in parts:
                path = os.path.join(SCOWL, f"{kind}-{part}.{size}")
                if not os.path.exists(path):
                    continue
                with open(path, encoding="latin-1") as f:
                    for line in f:
                        word = line.strip()
                        if word and not word.endswith("'s"):
                            words.add(word)
    return words


def words_of(text):
    """The word forms of a term: alphabetic runs split at spaces, hyphens, slashes and punctuation. Words with
    digits are skipped (the rule does not check them); ALL CAPS acronyms and mixed-case symbols ("mTOR") too."""
    out = []
    for piece in re.split(r"[\s/,;:()\[\]{}\"+=.&]+", text):
        if not piece or re.search(r"[0-9]", piece):
            continue
        for part in piece.split("-"):
            part = part.replace("\u2019", "'").strip("'")
            if part.endswith("'s"):
                part = part[:-2]
            if not re.fullmatch(r"[A-Za-z]+(?:'[A-Za-z]+)*", part) or len(part) < 2:
                continue
            if part.isupper():
                continue  # an acronym: not checked by spelling
            if any(c.isupper() for c in part[1:]):
                continue  # a symbol or unit: "mTOR", "hCG"
            out.append(part)
    return out


def load_json_terms(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


HEADS = []  # the last word of each multi-word term: its head noun, which takes a plural


def term_words(text):
    words = words_of(text)
    if len(words) >= 2 and " " in text.strip() and not re.search(r"[,(]", text):
        HEADS.append(words[-1])
    return words


def nci_words(name):
    words = []
    for entry in load_json_terms(os.path.join(SOURCES, name)):
        words += term_words(entry["term"])
        for match in ALSO_CALLED.finditer(entry.get("plain_alternative") or ""):
            for synonym in re.split(r",|\band\b|\bor\b", match.group(1)):
                words += term_words(synonym)
    return words


def noun_plural(word):
    """The regular plural of a head noun, or None when the ending makes it unsafe (Latin "-us", "-is", "-um",
    adjectives in "-al", "-ic", "-ous", "-ive", "-ed", verbs in "-ing")."""
    if not word.islower() or len(word) < 4:
        return None
    if word.endswith(("us", "is", "um", "ex", "ix", "al", "ic", "ous", "ive", "ed", "ing", "ss", "ar", "ae", "es")):
        return None
    if word.endswith(("x", "z", "ch", "sh")):
        return word + "es"
    if word.endswith("y") and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith("s"):
        return None
    return word + "s"


def nci_definition_words(name):
    """Single technical words of the NCI definitions (a word list, not their sentences): kept by `main` only when
    they are not common English and another list confirms them."""
    words = []
    for entry in load_json_terms(os.path.join(SOURCES, name)):
        words += words_of(entry.get("plain_alternative") or "")
    return words


def hpo_words():
    words = []
    with open(os.path.join(SOURCES, "hpo-layperson-synonyms.tsv"), encoding="utf-8") as f:
        for line in f:
            fields = line.rstrip("\n").split("\t")
            if len(fields) < 3 or fields[0].startswith("?"):
                continue
            for field in fields[1:3]:
                words += term_words(field.strip().strip('"'))
    return words


def cdc_words():
    words = []
    for entry in load_json_terms(os.path.join(SOURCES, "cdc-plain-language-thesaurus.json")):
        words += words_of(entry["term"])
    return words


def nhs_words():
    with open(os.path.join(SOURCES, "nhs-a-to-z-of-health-writing.njk"), encoding="utf-8") as f:
        text = f.read()
    words = []
    for heading in re.findall(r"<h3[^>]*>([^<]*)</h3>", text):
        words += words_of(heading.replace("&amp;", "&").replace("&#39;", "'"))
    return words


def pack_strings(value, key=None):
    """Every term-like string of a pack: terms, variants, plain words, acronyms' expansions, avoided forms;
    definitions, messages, rationales and examples are skipped (they are sentences, not terms)."""
    skip = {"definition", "message", "rationale", "summary", "description", "text", "fixed", "triggering",
            "nonTriggering", "examples", "$schema", "id", "version", "name", "category", "sources", "pattern",
            "broader", "notBroader", "severity", "kind"}
    if key in skip:
        return
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for item in value:
            yield from pack_strings(item, key)
    elif isinstance(value, dict):
        for k, v in value.items():
            yield from pack_strings(v, k)


def pack_words():
    """The words of the packs' concepts (the spelling pairs, style and claims entries are general English)."""
    words = []
    for path in sorted(glob.glob(os.path.join(ROOT, "Vocab", "**", "*.json"), recursive=True)):
        with open(path, encoding="utf-8") as f:
            pack = json.load(f)
        for concept in pack.get("concepts") or []:
            for text in pack_strings({k: v for k, v in concept.items() if k != "plain"}):
                words += words_of(text)
    return words


def medquad_words():
    counts = {}
    with open(os.path.join(SOURCES, "medquad-word-counts.tsv"), encoding="utf-8") as f:
        for line in f:
            fields = line.rstrip("\n").split("\t")
            if line.startswith("#") or len(fields) < 3 or not fields[1].isdigit():
                continue
            counts[fields[0]] = int(fields[1])
    return counts


# Regular plurals that are safe for these endings (a noun ending, not a verb or adjective ending).
PLURALS = [
    ("ectomy", "ectomies"), ("otomy", "otomies"), ("ostomy", "ostomies"), ("plasty", "plasties"),
    ("scopy", "scopies"), ("graphy", "graphies"), ("pathy", "pathies"), ("osis", "oses"), ("oma", "omas"),
    ("gram", "grams"), ("scope", "scopes"), ("cyte", "cytes"), ("ologist", "ologists"), ("blast", "blasts"),
    ("cele", "celes"), ("ase", "ases"), ("itis", "itides"), ("ocele", "oceles"), ("plasm", "plasms"),
    ("ectomy", "ectomies"), ("emia", "emias"), ("opathy", "opathies"), ("agent", "agents"), ("inhibitor", "inhibitors"),
    ("blocker", "blockers"), ("ulcer", "ulcers"), ("tumor", "tumors"), ("tumour", "tumours"), ("gland", "glands"),
    ("ation", "ations"), ("ism", "isms"), ("ysis", "yses"),
]


def inflections(word):
    """Regular plural forms that are safe for a lowercase medical noun."""
    out = []
    if not word.islower():
        return out
    for ending, plural in PLURALS:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            out.append(word[: -len(ending)] + plural)
    return out


def plural_stem(word):
    """The singular a regular plural comes from ("ureters" -> "ureter"), or None."""
    if len(word) < 5:
        return None
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith("es") and word[-3] in "sxz" or word.endswith(("ches", "shes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is", "ys")):
        return word[:-1]
    return None


COMMON_PREFIXES = ("un", "non", "over", "under", "re", "pre", "self", "out", "up", "in", "dis", "mis")
COMMON_SUFFIXES = ("ness", "less", "ly", "ed", "ing", "er", "ers", "ment", "ful", "up", "like", "s", "es", "d", "ous", "way",
                   "ways", "line")
# General derivations of a common word ("specificity", "radicalized", "marginalise"): kept only when real pages use
# the form (MedQuAD, 3 pages or more: "catheterization", "chronicity"); the others are SCOWL's inflections, no
# medical words.
DERIVATIONS = ("ity", "ize", "ise", "ized", "ised", "izes", "ises", "izing", "ising", "ization", "isation")
DERIVATION_PAGES = 3


def derived_from_common(word, common_lower):
    """A common word with a common prefix or suffix ("tiredness", "untreated", "buildup", "underdeveloped")."""
    if not re.search(r"[aeiouy]", word):
        return True  # "http": not a word a reader reads
    for cut in range(3, len(word) - 3):  # two common words, the second of 4 letters or more ("website", "breastbone")
        if word[:cut] in common_lower and word[cut:] in common_lower:
            return True
    for prefix in COMMON_PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 3:
            rest = word[len(prefix):]
            if rest in common_lower or derived_from_common_suffix(rest, common_lower):
                return True
    return derived_from_common_suffix(word, common_lower)


def derived_from_common_suffix(word, common_lower):
    return derived_from_common_suffix_of(word, COMMON_SUFFIXES, common_lower)


def derived_from_common_suffix_of(word, suffixes, common_lower):
    """`word` is a common word (or one without its final "e" or "y") and one of `suffixes`."""
    for suffix in suffixes:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            stem = word[: -len(suffix)]
            if stem in common_lower or stem + "e" in common_lower or (stem.endswith("i") and stem[:-1] + "y" in common_lower):
                return True
    return False


def apostrophe_lost(word, general_lower):
    """A MedQuAD form whose apostrophe the extraction dropped: a general word + "s" ("bodys", "childs", "thats")
    or a contraction without its apostrophe ("doesnt"). Real pages misspell these; the lexicon must not know them."""
    if word in general_lower:
        return False  # SCOWL up to size 70 has it: a real word ("ureters", "rents")
    if word.endswith("s") and word[:-1] in general_lower:
        return True
    return word.endswith("nt") and (word[:-2] + "n't") in general_lower


def main():
    general = scowl([10, 20, 35, 40, 50, 55, 60, 70], parts=("words", "upper"))
    confirm = scowl([10, 20, 35, 40, 50, 55, 60, 70, 80, 95], parts=("words", "upper"))
    # Common English, calibrated on real health pages: SCOWL sizes 10-50. The size-35 to 50 words that pages use
    # are mostly everyday ("aches", "clot", "eyebrows", "protective", "occupational": an editor judged flagging them
    # wrong); the clinical ones among them ("esophagus", "serum", "prevalence") are the reviewed clinical-words.txt.
    common_lower = {w.lower() for w in scowl([10, 20, 35, 40, 50], parts=("words", "upper"))}
    clinical = reviewed_words("clinical-words.txt")
    well_known = reviewed_words("well-known.txt")

    lexicon = set()
    sources = {
        "NCI cancer terms": nci_words("nci-dictionary-of-cancer-terms.json"),
        "NCI genetics terms": nci_words("nci-dictionary-of-genetics-terms.json"),
        "HPO": hpo_words(),
        "CDC thesaurus": cdc_words(),
        "NHS A to Z": nhs_words(),
        "packs": pack_words(),
    }
    if os.path.exists(EXTRA):
        with open(EXTRA, encoding="utf-8") as f:
            sources["medical-extra.txt"] = [w.strip() for w in f if w.strip() and not w.startswith("#")]
    for words in sources.values():
        for word in words:
            # A capitalized word of a term ("Hodgkin", "Down") is kept as written only when its lowercase form is
            # not a word of its own in the sources; a capitalized first word of a term is lowercased.
            lexicon.add(word)
    # Lowercase a capitalized form when the lowercase form is also present or is a general word.
    lowered = {w.lower() for w in lexicon if w.islower()}
    lexicon = {w.lower() if (not w.islower() and w.lower() in lowered) else w for w in lexicon}
    for word in sorted(lexicon):
        lexicon.update(inflections(word))
    heads = {noun_plural(w) for w in HEADS} - {None}
    sources["plurals of head nouns"] = sorted(heads)
    lexicon |= heads

    general_with_apostrophes = {w.lower() for w in scowl([10, 20, 35, 40, 50, 55, 60, 70], parts=("words", "upper", "contractions"))}
    general_with_apostrophes |= {w.lower() for w in general}
    # Technical words of the NCI definitions: not common English (SCOWL sizes 10-50), confirmed by SCOWL 95 or MedQuAD.
    medquad = medquad_words()
    plain50 = {w.lower() for w in scowl([10, 20, 35, 40, 50], parts=("words", "upper"))}
    confirm_lower = {w.lower() for w in confirm}
    definition_words = set()
    for name in ("nci-dictionary-of-cancer-terms.json", "nci-dictionary-of-genetics-terms.json"):
        for word in nci_definition_words(name):
            lower = word.lower()
            if word.islower() and lower not in common_lower and (
                    (lower in confirm_lower or lower in medquad) and not apostrophe_lost(lower, general_with_apostrophes)):
                definition_words.add(word)
    sources["NCI definitions' technical words"] = sorted(definition_words)
    lexicon |= definition_words

    # Inflections another list confirms: SCOWL up to size 95 or MedQuAD has the form.
    endings = ["s", "es", "ed", "ing", "al", "ally", "ic", "ical", "ly", "ness", "ity", "ize", "ized", "izes",
               "ise", "ised", "ises", "ation", "ations", "ous", "ally"]
    for word in sorted(lexicon):
        if not word.islower():
            continue
        stems = {word, word[:-1]} if word[-1] in "ey" else {word}
        if word.endswith("y"):
            stems.add(word[:-1] + "i")
        for stem in sorted(stems):
            for ending in endings:
                form = stem + ending
                if form != word and (form in confirm_lower or form in medquad) and not apostrophe_lost(form, general_with_apostrophes):
                    lexicon.add(form)

    # MedQuAD words, only when another list confirms them: SCOWL up to size 95, or a regular plural of a word
    # already in the lexicon. Words of real pages that no list confirms are left out ("bodys", "energyand").
    base_lower = {w.lower() for w in lexicon}
    general_lower = {w.lower() for w in general}
    added = 0
    for word in sorted(medquad):
        if not re.fullmatch(r"[a-z]+", word) or len(word) < 3 or word in plain50 or word in base_lower:
            continue
        stem = plural_stem(word)
        if (word in confirm_lower or word in general_lower or stem and stem in base_lower) and not apostrophe_lost(word, general_with_apostrophes):
            lexicon.add(word)
            added += 1

    lexicon = {w for w in lexicon if len(w) >= 2}
    # The NHS A to Z headings are style topics ("online", "http"), not medical words: not uncommon by themselves.
    nhs_only = set(sources["NHS A to Z"]) - {w for name, words in sources.items() if name != "NHS A to Z" for w in words}
    uncommon = {w for w in lexicon if w.islower() and w not in common_lower and len(w) >= 4 and w not in nhs_only}
    # A plural of a common word is common too ("tumors" when "tumor" is common), and so is a common word with a
    # common prefix or suffix ("tiredness", "untreated", "buildup"); contractions are not medical words.
    uncommon = {w for w in uncommon if "'" not in w and not (plural_stem(w) and plural_stem(w) in common_lower)
                and not derived_from_common(w, common_lower)}
    uncommon = {w for w in uncommon if w not in well_known and not (plural_stem(w) and plural_stem(w) in well_known)}
    # A medicine's own name ("nivolumab", "ketoconazole") needs no explanation: pages name medicines in lists with
    # their class ("X, Y and Z are monoclonal antibodies"), and an editor judged asking to explain them wrong.
    uncommon = {w for w in uncommon if not is_drug_name(w)}
    uncommon = {w for w in uncommon if medquad.get(w, 0) >= DERIVATION_PAGES or not derived_from_common_suffix_of(w, DERIVATIONS, common_lower)}
    uncommon |= clinical

    data = "".join(w + "\n" for w in sorted(uncommon))
    write_or_check(os.path.join(OUT, "uncommon.txt"), data, "scripts/dictionaries/make_uncommon.py",
                   f"uncommon.txt: {len(uncommon)} word forms, {len(data.encode('utf-8'))} bytes")
    for name, words in sources.items():
        print(f"  {name}: {len(set(words))} distinct word forms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
