// A small pack of the project's own, so the lint harness exercises concept rules and data-driven rules even
// when no built-in pack is present. Also a seed of the vocabulary harness (Fuzz/corpus/vocabulary/rules).
import CareLint

let fuzzPack = #"""
{"name": "fuzz", "concepts": [
  {"id": "hepatic", "term": "hepatic", "plain": ["liver"], "category": "general"},
  {"id": "hai", "term": "hepatic arterial infusion", "acronym": "HAI", "definition": "medicine sent straight into the liver's main artery", "defineOnFirstUse": true, "category": "treatment"},
  {"id": "tumor", "term": "tumor", "variants": ["growth"], "avoid": ["neoplasm"], "spelling": {"en-GB": "tumour"}, "category": "condition", "notBroader": ["drug"]},
  {"id": "drug", "term": "drug", "variants": ["medicine"], "category": "drug"},
  {"id": "metastasis", "term": "metastasis", "variants": ["metastases"], "category": "condition", "broader": ["tumor"]},
  {"id": "ct", "term": "computed tomography", "acronym": "CT", "wellKnown": true, "category": "test"},
  {"id": "rfa", "term": "radiofrequency ablation", "acronym": "RFA", "avoid": ["radio frequency ablation"], "category": "treatment"}
 ],
 "spellings": [{"en-US": "color", "en-GB": "colour"}, {"en-US": "edema", "en-GB": "oedema"}],
 "rules": [
  {"id": "style/wordy-phrase", "kind": "substitution", "severity": "info", "summary": "Wordy phrases.", "message": "Write \"{replacement}\" instead of \"{match}\".",
   "entries": [{"pattern": "in order to", "replacement": "to"}, {"pattern": "utilize", "replacement": "use"}, {"pattern": "prior to", "replacement": "before"}]},
  {"id": "style/person-first", "kind": "substitution", "severity": "warning", "summary": "Person-first language.", "message": "Write \"{replacement}\" instead of \"{match}\".",
   "entries": [{"pattern": "cancer patients", "replacement": "people with cancer"}, {"pattern": "diabetics", "replacement": "people with diabetes"}]},
  {"id": "claims/absolute", "kind": "existence", "severity": "warning", "summary": "Absolute claims.", "message": "Avoid the absolute claim \"{match}\".",
   "unlessSentenceHas": ["may"], "entries": [{"pattern": "always"}, {"pattern": "never"}, {"pattern": "completely safe"}]},
  {"id": "structure/web-boilerplate", "kind": "existence", "severity": "warning", "summary": "Web page residue.", "message": "Remove \"{match}\".",
   "wholeBlock": true, "entries": [{"pattern": "advertisement"}, {"pattern": "was this page helpful"}]}
 ]}
"""#

/// The built-in packs when there are any (they hold the data rules and the vocabulary the product ships),
/// else the fuzz pack.
let fuzzVocabulary: Vocabulary = {
    if !VocabularyLoader.builtInNames.isEmpty { return VocabularyLoader.builtIn }
    return (try? VocabularyLoader.load([PackSource(file: "fuzz.json", bytes: Array(fuzzPack.utf8))])) ?? VocabularyLoader.builtIn
}()
