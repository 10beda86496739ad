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
