"""Readers for the files of ../shared/vocab-sources and the SCOWL frequency scale."""
import html
import json
import os
import re

SCOWL = "/usr/share/dict/scowl"
WORD = re.compile(r"[a-z0-9]+")

CDC = "cdc-plain-language-thesaurus.json"
NCI = "nci-dictionary-of-cancer-terms.json"
GENETICS = "nci-dictionary-of-genetics-terms.json"
NHS = "nhs-a-to-z-of-health-writing.njk"
HPO = "hpo-layperson-synonyms.tsv"
COUNTS = "medquad-word-counts.tsv"


def words(text):
    """Lower-case words of a term, apostrophes dropped as MedQuAD's counts drop them ("crohn's" -> "crohns")."""
    return WORD.findall(text.lower().replace("'", "").replace("’", ""))


def counts(folder):
    """word -> number of the 5,010 MedQuAD pages that use it."""
    table = {}
    with open(os.path.join(folder, COUNTS), encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#") or line.startswith("word\t"):
                continue
            word, documents, _ = line.rstrip("\n").split("\t")
            table[word] = int(documents)
    return table


def scowl(sizes):
    """Lower-case words of the SCOWL English and American lists of the given sizes (empty when not installed)."""
    found = set()
    for size in sizes:
        for prefix in ("english-words", "american-words"):
            path = os.path.join(SCOWL, f"{prefix}.{size}")
            if os.path.exists(path):
                with open(path, encoding="latin-1") as handle:
                    found.update(line.strip().lower() for line in handle)
    return found


SIZES = (10, 20, 35, 40, 50, 55, 60, 70, 80, 95)
UNLISTED = 100  # the "size" of a word no SCOWL list has


def scale():
    """word -> the smallest SCOWL size that lists it (10 = the most common words of English)."""
    table = {}
    for size in SIZES:
        for word in scowl([size]):
            table.setdefault(word, size)
    return table


def size_of(word, table):
    """A word's SCOWL size; a regular plural counts as its singular ("platelets" as "platelet")."""
    found = table.get(word)
    if found is None and word.endswith("s"):
        found = table.get(word[:-2] if word.endswith("es") and word[:-2] in table else word[:-1])
    return found or UNLISTED


def compound(term, common):
    """True for one word made of two common words (SCOWL sizes 10-35) of four letters or more ("cheekbone",
    "shinbone", "forelock"): a reader who knows both parts reads it without help. Shorter pieces cut real terms
    into look-alikes ("pro-state", "car-pal"), and so do combining forms ("auto-immune", `COMBINING`)."""
    word = term.lower()
    if " " in word or "-" in word:
        return False
    return any(word[:i] in common and word[i:] in common and word[:i] not in COMBINING for i in range(4, len(word) - 3))


# Everyday words that are also combining forms of scientific words ("photo-dynamic", "extra-cellular"): not the
# first part of an everyday compound (a prefix on a known word is `prefixed`'s business).
COMBINING = {"extra", "photo", "radio", "auto", "over", "under", "micro", "macro", "super", "inter", "intra", "multi", "tele",
             "germ", "herpes"}


PREFIXES = ("post", "pre", "non", "anti", "over", "under", "self", "re", "un")


def prefixed(term, table):
    """True for one word made of a common prefix and a word of SCOWL size 50 or lower ("postmenopausal",
    "nonsurgical"): a reader who knows the word reads the prefix."""
    word = term.lower().replace("-", "")
    if " " in word:
        return False
    return any(word.startswith(p) and len(word) - len(p) >= 4 and size_of(word[len(p):], table) <= 50 for p in PREFIXES)


def glossary(folder, name):
    """[(term, text)] of a CDC or NCI JSON glossary (the text is a plain alternative or a definition)."""
    with open(os.path.join(folder, name), encoding="utf-8") as handle:
        return [(entry["term"].strip(), entry["plain_alternative"].strip()) for entry in json.load(handle)]


def hpo(folder):
    """[(clinical label, lay synonym)] of the HPO layperson synonyms."""
    rows = []
    with open(os.path.join(folder, HPO), encoding="utf-8") as handle:
        for line in handle:
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 3 or not parts[0].startswith("<"):
                continue
            rows.append((parts[1].strip('"'), parts[2].strip('"')))
    return rows


NHS_ENTRY = re.compile(r'<h3 id="[^"]*">(.*?)</h3>\s*<p>(.*?)</p>', re.S)
NHS_USE = re.compile(r'^(?:We (?:use|say|prefer|write)|Use)\s+((?:"[^"]+"(?:,\s*|\s+or\s+|,\s*or\s+)?)+)')
QUOTED = re.compile(r'"([^"]+)"')


def nhs(folder):
    """[(term, [plain words])] for the NHS A to Z entries that name the words to use instead."""
    with open(os.path.join(folder, NHS), encoding="utf-8") as handle:
        text = handle.read()
    entries = []
    for heading, paragraph in NHS_ENTRY.findall(text):
        heading = html.unescape(re.sub(r"<[^>]+>", "", heading)).strip()
        paragraph = html.unescape(re.sub(r"<[^>]+>", "", paragraph)).strip()
        match = NHS_USE.match(paragraph)
        if match:
            entries.append((heading, QUOTED.findall(match.group(1))))
    return entries
