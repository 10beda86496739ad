#!/usr/bin/env python3
"""Generates Dictionaries/medical.txt, the medical spelling lexicon of `spelling/unknown-word`.

A word form is in the lexicon when a trusted, professionally edited medical source spells it:
  - every word of the terms AND the definitions of the NCI Dictionary of Cancer Terms and the NCI Dictionary of
    Genetics Terms (only the spellings are used, never a sentence);
  - every word of the HPO term labels and their layperson synonyms;
  - every word of the CDC Plain Language Thesaurus and the NHS A to Z of health writing (terms and plain words);
  - every term, variant, plural and acronym expansion of the built-in packs (Vocab/**/*.json);
  - the hand-kept list scripts/dictionaries/medical-extra.txt (drug names, specialties, new words);
  - the words of SCOWL's large sizes (80 and 95, rare and specialist words) that real NIH/CDC pages use (the word
    counts of 5,010 pages, medquad-word-counts.tsv), or that are built like medical words (a combining form such
    as "gastro-" or an ending such as "-itis"): SCOWL vouches for the spelling, the other test for the field;
  - the regular plural of each noun and the adverb of each "-ic" adjective among them (see `inflections`); Latin
    plurals only when real pages use them (the word counts of 5,010 NIH/CDC pages, medquad-word-counts.tsv).
Words common in English (SCOWL sizes 10-35, Debian `scowl`) are left out: they are not medical words, and the
general lists know them. Tokens with digits, words of one or two
letters, and forms whose case is mixed ("mTOR") are left out: the rule does not spell-check them.

Output: one word per line, sorted by code point; lowercase unless the sources only ever capitalise it (an
eponym such as "Hodgkin" stays capitalised, which the word list matches exactly). Deterministic: running it
twice gives the same bytes. Usage (from the repository root):
  python3 scripts/dictionaries/make_lexicon.py [--sources ../shared/vocab-sources] [--check]
--check exits 1 when Dictionaries/medical.txt differs from what the sources give (for CI).
"""
import argparse
import glob
import html
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUTPUT = os.path.join(ROOT, "Dictionaries", "medical.txt")
EXTRA = os.path.join(ROOT, "scripts", "dictionaries", "medical-extra.txt")
WORD = re.compile(r"[A-Za-z\u00C0-\u024F]+(?:['\u2019][A-Za-z]+)?")
SENTENCE_START = re.compile(r"(?:^|[.!?:;]\s+|\(\s*)$")


def default_sources():
    """../shared/vocab-sources beside the repository (CI), or further up for a git worktree."""
    for up in (1, 2, 3):
        folder = os.path.normpath(os.path.join(ROOT, *[".."] * up, "shared", "vocab-sources"))
        if os.path.isdir(folder):
            return folder
    return os.path.normpath(os.path.join(ROOT, "..", "shared", "vocab-sources"))


class Forms:
    """Word forms seen, with whether any occurrence was lowercase (or could be: capitalised at a sentence start)."""

    def __init__(self):
        self.lower = set()
        self.capitalised = set()

    def add_text(self, text):
        for match in WORD.finditer(text):
            word = match.group(0).replace("\u2019", "'")
            if word.endswith("'s"):
                word = word[:-2]
            if "'" in word or len(word) < 3:
                continue
            if word.islower():
                self.lower.add(word)
            elif word[0].isupper() and word[1:].islower():
                if SENTENCE_START.search(text[: match.start()]):
                    self.lower.add(word.lower())
                else:
                    self.capitalised.add(word)
            # ALL CAPS and mixed case ("mTOR") are not spell-checked by the rule: left out.

    def words(self):
        lower = set(self.lower)
        return lower | {w for w in self.capitalised if w.lower() not in lower}


def read_json_terms(path, forms, definitions=True):
    for entry in json.load(open(path, encoding="utf-8")):
        forms.add_text(entry.get("term", ""))
        if definitions:
            forms.add_text(entry.get("plain_alternative", ""))


def read_hpo(path, forms):
    with open(path, encoding="utf-8") as f:
        next(f)
        for line in f:
            parts = line.rstrip("\n").split("\t")
            for part in parts[1:]:
                forms.add_text(part.strip().strip('"'))


def read_nhs(path, forms):
    text = open(path, encoding="utf-8").read()
    text = re.sub(r"\{[{%#].*?[}%#]\}", " ", text, flags=re.S)  # Nunjucks tags
    text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    forms.add_text(text)


def read_packs(forms):
    for path in sorted(glob.glob(os.path.join(ROOT, "Vocab", "**", "*.json"), recursive=True)):
        pack = json.load(open(path, encoding="utf-8"))
        for concept in pack.get("concepts", []):
            for key in ("term", "plain", "definition", "expansion"):
                value = concept.get(key)
                if isinstance(value, str):
                    forms.add_text(value)
            for key in ("variants", "inflections", "avoid", "plurals"):
                for value in concept.get(key, []) or []:
                    if isinstance(value, str):
                        forms.add_text(value)


def read_counts(path):
    counts = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or line.startswith("word\t"):
                continue
            word, documents, _ = line.rstrip("\n").split("\t")
            counts[word] = int(documents)
    return counts


ADJECTIVE_ENDINGS = ("al", "ic", "ous", "ive", "ar", "ary", "ory", "ed", "ing", "ly", "ful", "less", "able", "ible",
                     "ent", "ant", "ile", "oid", "ual", "ian", "ese", "ish")


def inflections(word, confirmed):
    """Regular forms of a lowercase word: the plural of a noun (by its ending: "-oma" → "-omas", "-sis" → "-ses",
    "-itis" → "-itides", "-y" → "-ies", else "-s"/"-es") and the adverb of an "-ic"/"-ical" adjective. Nouns are
    guessed by what they do not end in (adjective endings, or "s": a plural is not pluralised again). Latin
    plurals ("-us" → "-i", "-um" → "-a", "-a" → "-ae", "-ix" → "-ices") only when `confirmed` (real pages use them)."""
    out = set()
    if word.endswith("ical"):
        out.add(word + "ly")
    elif word.endswith("ic"):
        out.add(word + "ally")
    if word.endswith(ADJECTIVE_ENDINGS) or len(word) < 4:
        return out
    if word.endswith("sis"):
        out.add(word[:-2] + "es")
    elif word.endswith("itis"):
        out.add(word[:-2] + "ides")
    elif word.endswith("s"):
        pass
    elif word.endswith("oma"):
        out.add(word + "s")
    elif word.endswith(("x", "z", "ch", "sh")):
        out.add(word + "es")
    elif word.endswith("y") and word[-2] not in "aeiou":
        out.add(word[:-1] + "ies")
    else:
        out.add(word + "s")
    for singular, plural in (("us", "i"), ("um", "a"), ("on", "a"), ("ix", "ices"), ("ex", "ices"), ("a", "ae"), ("oma", "omata")):
        if word.endswith(singular) and word[: -len(singular)] + plural in confirmed:
            out.add(word[: -len(singular)] + plural)
    return out


def common_words(sources_root="/usr/share/dict/scowl", size=35, smallest=0):
    """SCOWL's English words of sizes `smallest` to `size` (10 to 35: the common words of English)."""
    words = set()
    for name in sorted(os.listdir(sources_root)) if os.path.isdir(sources_root) else []:
        kind, _, level = name.rpartition(".")
        if level.isdigit() and smallest <= int(level) <= size and kind in ("english-words", "american-words", "british-words"):
            with open(os.path.join(sources_root, name), encoding="latin-1") as f:
                words.update(line.strip() for line in f if line.strip())
    if not words:
        raise SystemExit("make_lexicon: the SCOWL lists are missing; apt-get install scowl")
    return words


def large_words_on_pages(counts):
    """SCOWL 80/95 words that real pages use. MedQuAD lost apostrophes ("doesnt", "childs"), so a form that is a
    contraction without its apostrophe, or a common word plus "s" that SCOWL 70 does not list as a plural (a
    possessive without its apostrophe), is left out: the rule must keep flagging those."""
    scowl = "/usr/share/dict/scowl"
    contractions = set()
    for name in sorted(os.listdir(scowl)):
        if "contractions" in name:
            with open(os.path.join(scowl, name), encoding="latin-1") as f:
                contractions.update(line.strip().replace("'", "").lower() for line in f if "'" in line)
    up_to_70 = common_words(size=70)
    large = common_words(size=95, smallest=80)
    return {w for w in large
            if (w in counts or medical_shape(w)) and w.islower() and "'" not in w and w not in contractions
            and not (w.endswith("s") and w[:-1] in up_to_70)}


# The combining forms and endings medical words are built from ("gastro-schisis", "omphalo-cele").
MEDICAL_STARTS = tuple("""adeno angio arterio arthro broncho cardio cephalo cerebro cholecysto chondro colo colono
cranio cysto cyto dermato dermo encephalo endo entero erythro fibro gastro glosso gluco glyco haemo hemato hemo hepato
histo hystero immuno laryngo leuko leuco lipo lympho mammo masto meningo myelo myo nephro neuro oculo omphalo onco
oophoro ophthalmo osteo oto pancreato patho pharyngo phlebo pneumo procto pyelo rhino salpingo sarco spleno stomato
thoraco thrombo thyro tracheo urethro uro vaso""".split())
MEDICAL_ENDS = tuple("""itis itides osis oses oma omas omata emia aemia ectomy ectomies otomy ostomy scopy plasty
pathy pathies cele celes uria algia penia plasia trophy rrhea rrhoea megaly lysis cytosis schisis""".split())


def medical_shape(word):
    """Built like a medical word: a medical combining form at the start or a medical ending."""
    return len(word) >= 7 and (word.startswith(MEDICAL_STARTS) or word.endswith(MEDICAL_ENDS))


def build(sources):
    forms = Forms()
    read_json_terms(os.path.join(sources, "nci-dictionary-of-cancer-terms.json"), forms)
    read_json_terms(os.path.join(sources, "nci-dictionary-of-genetics-terms.json"), forms)
    read_json_terms(os.path.join(sources, "cdc-plain-language-thesaurus.json"), forms)
    read_hpo(os.path.join(sources, "hpo-layperson-synonyms.tsv"), forms)
    read_nhs(os.path.join(sources, "nhs-a-to-z-of-health-writing.njk"), forms)
    read_packs(forms)
    with open(EXTRA, encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                forms.add_text(line.strip())
    common = common_words()
    words = {w for w in forms.words() if w not in common and w.lower() not in common}
    counts = read_counts(os.path.join(sources, "medquad-word-counts.tsv"))
    words.update(large_words_on_pages(counts))
    for word in sorted(words):
        if word.islower():
            words.update(inflections(word, counts))
    return sorted(words)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sources", default=default_sources())
    parser.add_argument("--check", action="store_true", help="exit 1 when the committed list differs")
    arguments = parser.parse_args()
    if not os.path.isdir(arguments.sources):
        print(f"make_lexicon: {arguments.sources} does not exist; pass --sources", file=sys.stderr)
        return 2
    words = build(arguments.sources)
    text = "".join(w + "\n" for w in words)
    if arguments.check:
        current = open(OUTPUT, encoding="utf-8").read() if os.path.exists(OUTPUT) else ""
        if current != text:
            print("make_lexicon: Dictionaries/medical.txt is out of date; run scripts/dictionaries/make_lexicon.py", file=sys.stderr)
            return 1
        print(f"make_lexicon: Dictionaries/medical.txt is up to date ({len(words)} words)")
        return 0
    with open(OUTPUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    print(f"make_lexicon: wrote {len(words)} words to Dictionaries/medical.txt")
    return 0


if __name__ == "__main__":
    sys.exit(main())
