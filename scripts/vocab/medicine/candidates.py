"""Collects the medicine concepts from the sources: terms, plain words, acronyms, synonyms, categories and how
often real pages use each term (MedQuAD page counts)."""
import re

from . import sources
from .classify import classify

MIN_PAGES = 2             # a term's rarest word must appear on at least this many MedQuAD pages
MIN_PAGES_SINGLE = 8      # a single uncommon word taken from the page counts alone
MAX_WORDS = 4
TERM = re.compile(r"[A-Za-z][A-Za-z'’\- ]*[a-z]")
ACRONYM = re.compile(r"[A-Z][A-Za-z]{1,6}")
INVESTIGATIONAL = re.compile(r"being studied|investigational|brand name|trademark", re.I)
ALSO_CALLED = re.compile(r"Also called ([^.]*)\.?")
EPONYM_HEAD = re.compile(r"(syndrome|disease|disorder|palsy|anemia|sarcoma|lymphoma|tumor|test|maneuver|sign|phenomenon)$")


def slug(term):
    return re.sub(r"[^a-z0-9]+", "-", term.lower().replace("'", "").replace("’", "")).strip("-")


def display(term, dictionary):
    """Lower case, except an eponym's capitals ("Crohn disease", "Raynaud phenomenon"): a capitalised first
    word that is not an English word."""
    first = term.split()[0].split("-")[0]
    bare = first.lower().replace("’", "'").removesuffix("'s")
    if first[:1].isupper() and not term.isupper() and bare not in dictionary and " " in term:
        return term
    return term.lower()


def key(term):
    return " ".join(term.lower().replace("’", "'").split())


class Pool:
    """Candidate concepts keyed by lower-case term, merging what several sources say about one term."""

    def __init__(self, counts, common, everyday, taken):
        self.counts = counts
        self.common = common        # SCOWL sizes 10-35: words of general English
        self.everyday = everyday    # SCOWL sizes 10-20: the most common words
        self.taken = taken          # forms the existing packs own
        self.dictionary = sources.scowl([10, 20, 35, 40, 50, 55, 60, 70])
        self.concepts = {}

    def pages(self, term):
        """How many MedQuAD pages use the term's rarest word (its own plural counts too)."""
        found = []
        for word in sources.words(term):
            found.append(max(self.counts.get(word, 0), self.counts.get(word + "s", 0), self.counts.get(word + "es", 0)))
        return min(found) if found else 0

    def rank(self, term):
        """An estimate of how many pages use the whole term: the rarest word's pages, quartered for each further
        word (the page counts are of single words; a phrase is much rarer than its rarest word)."""
        return self.pages(term) / 4 ** (len(sources.words(term)) - 1)

    def is_taken(self, term):
        k = key(term)
        return k in self.taken or k.rstrip("s") in self.taken or (k + "s") in self.taken

    def everyday_term(self, term):
        return all(word in self.everyday for word in sources.words(term))

    def add(self, term, source, kind_category=None, plain=None, variants=(), acronym=None, pages=None):
        k = key(term)
        if self.is_taken(term) or len(k.split()) > MAX_WORDS:
            return None
        concept = self.concepts.get(k)
        if concept is None:
            singular = k[:-1] if k.endswith("s") and k[:-1] in self.concepts else None
            if singular:
                concept = self.concepts[singular]
            else:
                concept = self.concepts[k] = {
                    "term": display(term, self.dictionary),
                    "kind": None, "category": None, "plain": [], "variants": [], "acronym": None,
                    "sources": [], "pages": pages if pages is not None else self.pages(term),
                }
        if source not in concept["sources"]:
            concept["sources"].append(source)
        if kind_category and concept["kind"] is None:
            concept["kind"], concept["category"] = kind_category
        for word in plain or []:
            if word and key(word) != k and word not in concept["plain"]:
                concept["plain"].append(word)
        for variant in variants:
            if key(variant) != k and variant not in concept["variants"] and not self.is_taken(variant):
                concept["variants"].append(variant)
        if acronym and not concept["acronym"]:
            concept["acronym"] = acronym
        return concept


def initials(term):
    return "".join(word[0] for word in re.split(r"[\s-]+", term) if word).upper()


def also_called(definition, term):
    """(synonyms, acronym) named in a definition's "Also called …" clause."""
    match = ALSO_CALLED.search(definition)
    if not match:
        return [], None
    names = [name.strip() for name in re.split(r",\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+", match.group(1)) if name.strip()]
    acronym = next((name for name in names if ACRONYM.fullmatch(name) and name.isupper() and initials(term).startswith(name[:2])), None)
    synonyms = [name for name in names if TERM.fullmatch(name) and name.islower() and len(name.split()) <= MAX_WORDS]
    return synonyms, acronym


def technical(pool, phrase):
    return any(word not in pool.common for word in sources.words(phrase))


def plain_choice(pool, alternatives, limit=3):
    """The first alternative made of everyday words (a plain word must be plainer than the term)."""
    for alternative in alternatives:
        alternative = alternative.strip().strip(".").lower()
        if not alternative or len(alternative.split()) > limit or "(" in alternative:
            continue
        if all(word in pool.common for word in sources.words(alternative)):
            return alternative
    return None


def from_nci(pool, folder, name, default_kind):
    for term, definition in sources.glossary(folder, name):
        if not TERM.fullmatch(term) or INVESTIGATIONAL.search(definition.split(".")[0]):
            continue
        if any(part.isupper() and len(part) > 1 for part in term.split()):
            continue
        if term[:1].isupper() and not EPONYM_HEAD.search(term.lower()) and name != sources.GENETICS:
            continue  # brand names and proper names
        if pool.pages(term) < MIN_PAGES:
            continue
        kind_category = classify(term, definition, default_kind)
        if pool.everyday_term(term) and (kind_category[1] == "general" or " " not in term):
            continue  # "no treatment", "risk group", "fever": everyday words need no entry
        synonyms, acronym = also_called(definition, term)
        variants = [s for s in synonyms if technical(pool, s) and pool.pages(s) >= MIN_PAGES]
        pool.add(term, name, kind_category, variants=variants, acronym=acronym)


def from_hpo(pool, folder):
    for label, lay in sources.hpo(folder):
        if label.lower().startswith(("abnormality of", "abnormal ")) or len(label.split()) > 2:
            continue
        if pool.pages(label) < MIN_PAGES or not technical(pool, label):
            continue
        plain = plain_choice(pool, [lay], limit=4)
        label = label[:1].lower() + label[1:]  # HPO labels are in sentence case, not eponyms
        pool.add(label, sources.HPO, classify(label, None, ("symptoms", "symptom")), plain=[plain] if plain else [])


def from_thesaurus(pool, entries, name):
    for term, alternatives in entries:
        term = term.strip()
        if not TERM.fullmatch(term) or pool.everyday_term(term) or pool.pages(term) < 5:
            continue
        plain = plain_choice(pool, alternatives)
        if plain:
            pool.add(term.lower(), name, classify(term, None), plain=[plain])


def from_counts(pool, medical_words):
    """Single uncommon words that real pages use often and medical sources confirm."""
    for word, pages in pool.counts.items():
        if pages < MIN_PAGES_SINGLE or len(word) < 5 or not word.isalpha() or word in pool.common:
            continue
        if medical_words.get(word, 0) < 2:
            continue
        if word.endswith("s") and (word[:-1] in pool.counts or word[:-1] in pool.concepts):
            continue  # the singular stands for both
        pool.add(word, sources.COUNTS, classify(word, None), pages=pages)


def shadows(concept, jargon):
    """True when a multi-word concept without a plain word holds a term that has one: as the longer match it
    would hide that jargon ("hepatic artery" would stop "hepatic → liver" from being flagged). Names of
    conditions and reviewed additions are kept."""
    words = key(concept["term"]).split()
    if len(words) < 2 or concept["plain"] or concept["kind"] == "conditions" or "CareLint" in concept["sources"]:
        return False  # a disease's name is a name: "cerebral palsy" is not "brain palsy"
    return any(" ".join(words[i:j]) in jargon for i in range(len(words)) for j in range(i + 1, len(words) + 1))


def collect(folder, reviewed, taken, jargon=frozenset()):
    counts = sources.counts(folder)
    common = sources.scowl([10, 20, 35])
    everyday = sources.scowl([10, 20])
    scale = sources.scale()
    pool = Pool(counts, common, everyday, taken | reviewed.dropped)
    from_nci(pool, folder, sources.NCI, ("general", "general"))
    from_nci(pool, folder, sources.GENETICS, ("genetics", "general"))
    from_hpo(pool, folder)
    from_thesaurus(pool, [(t, a.split(",")) for t, a in sources.glossary(folder, sources.CDC)], sources.CDC)
    from_thesaurus(pool, sources.nhs(folder), sources.NHS)
    medical_words = {}
    for _, definition in sources.glossary(folder, sources.NCI) + sources.glossary(folder, sources.GENETICS):
        for word in sources.words(definition):
            medical_words[word] = medical_words.get(word, 0) + 1
    for label, _ in sources.hpo(folder):
        for word in sources.words(label):
            medical_words[word] = medical_words.get(word, 0) + 2
    from_counts(pool, medical_words)
    concepts = {}
    for concept in pool.concepts.values():
        if concept["kind"] is None:
            concept["kind"], concept["category"] = "general", "general"
        concept["id"] = slug(concept["term"])
        concept["rank"] = pool.rank(concept["term"]) if concept["sources"] != [sources.COUNTS] else concept["pages"]
        concept["everyday"] = pool.everyday_term(concept["term"])
        concept["common"] = all(word in pool.common for word in sources.words(concept["term"]))
        concepts.setdefault(concept["id"], concept)
    reviewed.apply(concepts, pool)
    for concept in concepts.values():
        # What decides whether a concept must be defined at first use (packs.needs_definition).
        concept["rarity"] = max((sources.size_of(word, scale) for word in sources.words(concept["term"])), default=0)
        concept["compound"] = sources.compound(concept["term"], common)
        concept["prefixed"] = sources.prefixed(concept["term"], scale)
        single = key(concept["term"])
        concept["plural_pages"] = None if " " in single else counts.get(single + "s", 0) + counts.get(single + "es", 0)
    jargon = set(jargon) | {key(c["term"]) for c in concepts.values() if c["plain"]}
    return distinct({i: c for i, c in concepts.items() if not shadows(c, jargon)})


def distinct(concepts):
    """Every written form belongs to one concept: the most used one keeps it. A concept whose term another
    already owns (as a variant: "pineal organ" of "pineal gland") is that concept's synonym and is dropped;
    its variants and acronym join the owner when free."""
    owner = {}
    kept = {}
    merged = set()
    for concept in concepts.values():
        # "pituitary" and "pituitary gland" name one organ: the adjective is a variant of the gland's concept.
        term = key(concept["term"])
        gland = concepts.get(slug(term + " gland"))
        if gland is not None and not concept["plain"]:
            if term not in map(key, gland["variants"]):
                gland["variants"].append(term)
            gland["rank"] = max(gland["rank"], concept["rank"])
            merged.add(concept["id"])
    concepts = {i: c for i, c in concepts.items() if i not in merged}
    for concept in sorted(concepts.values(), key=lambda c: (-c["rank"], c["id"])):
        term = key(concept["term"])
        if term in owner:
            survivor = kept[owner[term]]
            for variant in concept["variants"]:
                if key(variant) not in owner:
                    survivor["variants"].append(variant)
                    owner[key(variant)] = survivor["id"]
            continue
        concept["variants"] = [v for v in concept["variants"] if key(v) not in owner]
        if concept["acronym"] and key(concept["acronym"]) in owner:
            concept["acronym"] = None
        kept[concept["id"]] = concept
        for form in [concept["term"]] + concept["variants"] + ([concept["acronym"]] if concept["acronym"] else []):
            owner.setdefault(key(form), concept["id"])
    return kept
