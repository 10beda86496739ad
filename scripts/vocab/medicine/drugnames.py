"""Endings of medicines' own names ("-mab", "-nib", "-statin"): a medicine's name needs no definition (Vocab/README.md),
so neither `vocab/define-on-first-use` (scripts/vocab/make_rare.py) nor `vocab/uncommon-word`
(scripts/dictionaries/make_uncommon.py) asks to explain a word that ends like one."""
ENDINGS = ("mab", "nib", "zomib", "tide", "pril", "olol", "statin", "azole", "mycin", "micin", "cillin", "vir",
                "platin", "rubicin", "parin", "sartan", "dipine", "prazole", "lukast", "caine", "cycline", "floxacin",
                "oxetine", "triptan", "tidine", "semide", "thiazide", "lutamide", "relix", "rolimus", "fenac", "profen",
                "mustine", "tabine", "abine", "itabine", "trexate", "taxel", "platin", "limus", "sone", "olone", "asone", "afil", "pam",
                "lam", "zepam", "barbital", "amide", "idone", "apine", "azine", "etine", "oxin", "olimus", "ronate", "ifen", "ifene")


# Words of chemistry and biology that end like a medicine's name but name no medicine ("nucleotide", "neurotoxin"),
# and Latin plurals in "-itides".
NOT_NAMES = ("itides", "peptide", "nucleotide", "toxin", "histidine", "cytidine")


def is_drug_name(word):
    """A lower-case word that ends like a medicine's name (a regular plural counts as its singular)."""
    stem = word[:-1] if word.endswith("s") and not word.endswith("ss") else word
    return stem.endswith(ENDINGS) and not word.endswith(NOT_NAMES) and not stem.endswith(NOT_NAMES)
