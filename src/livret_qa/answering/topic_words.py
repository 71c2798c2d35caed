"""An English question's topic, read in the booklet's French through the glossary.

A French booklet holds none of an English question's words, so the checks that a French
question gets from the booklet's own words (is the thing asked mentioned at all? does one
structure hold everything asked together? which structures hold the question's distinctive
topic?) need the French words of the English ones. Only words the glossary lists are read:
a word it does not know is never taken as absent.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache

from livret_qa.answering import alternatives, real_words
from livret_qa.glossary import ACTIONS, ECONOMY, EN_FR, KINDS_FR, THINGS
from livret_qa.indexing.analyzer import analyze
from livret_qa.lexicon import (
    DETERMINED_NOUN,
    ENGLISH_FUNCTION_WORDS,
    ENGLISH_PARTICLES,
    FRENCH_FUNCTION_WORDS,
    FRENCH_LONG_PREPOSITIONS,
    NUMBER_WORD_DIGITS,
    PERSON_NOUNS,
    STOPWORDS,
    WORN_ADJECTIVES,
)
from livret_qa.text import fold

# Plurals and participles no suffix rule undoes.
IRREGULAR = {
    "children": "child",
    "women": "woman",
    "men": "man",
    "people": "person",
    "feet": "foot",
    "teeth": "tooth",
    "mice": "mouse",
    "geese": "goose",
    "knives": "knife",
    "lives": "life",
    "wives": "wife",
    "shelves": "shelf",
    "leaves": "leaf",
    "loaves": "loaf",
    "halves": "half",
    "grown": "grow",
    "sold": "sell",
    "made": "make",
    "given": "give",
    "built": "build",
    "bought": "buy",
    "taught": "teach",
    "brought": "bring",
    "fed": "feed",
    "run": "run",
    "ran": "run",
}
MIN_INSIDE = 5  # a stem this long ending a compound word counts as mentioned
MAX_ENDING = 2  # letters a word may add to a stem ('velo' → 'velos')
MIN_PREFIX = 4  # shorter stems ('vet', 'hab') only match exactly
MIN_MISSPELT = 6  # a word this long, one letter off a glossary entry, is that entry misspelt
_WORD = re.compile(r"[^\W\d_][\w'-]*")  # 'café' typed with its accent too


@dataclass(frozen=True)
class Glossed:
    """One English word of a question with the French words the booklet would use."""

    word: str  # as written in the question
    key: str  # its glossary entry
    french: tuple[str, ...]
    stems: frozenset[str]  # what the analyzer makes of the French words and of the word itself
    thing: bool  # an object, material, food, trade, place or public (not an activity)

    def held_by(self, vocab: set[str]) -> bool:
        """Held by the vocabulary: one of its stems, give or take an ending the light stemmer
        leaves ('velo' in 'velos'), or a long stem ending a compound the analyzer keeps whole
        ('menag' in 'electromenag'; not 'habit' in 'habitant')."""
        if self.stems & vocab:
            return True
        return any(_close(stem, word) for stem in self.stems for word in vocab)


def _close(stem: str, word: str) -> bool:
    if len(stem) >= MIN_PREFIX and word.startswith(stem) and len(word) - len(stem) <= MAX_ENDING:
        return True
    return len(stem) >= MIN_INSIDE and word.endswith(stem)


def lemmas(word: str) -> list[str]:
    """Candidate dictionary forms of an English word, most likely first: 'mattresses' →
    'mattresses', 'mattresse', 'mattress'; 'recycled' → 'recycle'; 'berries' → 'berry'."""
    w = word.lower()
    out = [w]
    if w in IRREGULAR:
        out.append(IRREGULAR[w])
    if w.endswith("ies") and len(w) > 4:
        out.append(w[:-3] + "y")
    if w.endswith("ves") and len(w) > 4:
        out += [w[:-3] + "f", w[:-3] + "fe"]
    # '-es' is a plural ending after a sibilant or an 'o' ('boxes', 'dishes', 'glasses',
    # 'tomatoes'); else the 'e' is the word's own ('tapes' is 'tape', not 'tap')
    if w.endswith(("ses", "xes", "zes", "ches", "shes", "oes")) and len(w) > 3:
        out.append(w[:-2])
    if w.endswith("s") and not w.endswith("ss") and len(w) >= 3:  # 'tvs', 'pcs' too
        out.append(w[:-1])
    if w.endswith("ing") and len(w) > 5:
        stem = w[:-3]
        out += [stem, stem + "e"] + ([stem[:-1]] if stem[-1:] == stem[-2:-1] else [])
    if w.endswith("ed") and len(w) > 4:
        stem = w[:-2]
        out += [stem, w[:-1]] + ([stem[:-1]] if stem[-1:] == stem[-2:-1] else [])
    return list(dict.fromkeys(out))


def one_edit(a: str, b: str) -> bool:
    """Whether `b` is `a` with one letter added, dropped, replaced, or two swapped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        i = diff[0]
        return len(diff) == 2 and diff[1] == i + 1 and a[i] == b[i + 1] and a[i + 1] == b[i]
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


@cache
def _keys_by_length() -> dict[int, tuple[str, ...]]:
    out: dict[int, list[str]] = {}
    for key in EN_FR:
        if " " not in key:
            out.setdefault(len(key), []).append(key)
    return {n: tuple(keys) for n, keys in out.items()}


def misspelt(word: str) -> str | None:
    """The glossary entry a word typed in a hurry stands for, one letter off ('matress',
    'furnitur', 'recyling'): only for words of MIN_MISSPELT letters or more that are no
    function word, only when a single entry is that close, and never by the first letter,
    which hurried typing keeps and another word changes ('handled' is no 'candle')."""
    w = word.lower()
    if len(w) < MIN_MISSPELT or w in STOPWORDS or w in ENGLISH_FUNCTION_WORDS:
        return None
    by_length = _keys_by_length()
    # the word as typed first, then its dictionary forms — each as long as a typo is read
    # in: 'willing' cut to 'will' is one letter off 'wall', and no typo of it
    for form in (f for f in lemmas(w) if len(f) >= MIN_MISSPELT - 1):
        close = {
            k
            for n in (len(form) - 1, len(form), len(form) + 1)
            for k in by_length.get(n, ())
            if form[:1] == k[:1] and one_edit(form, k)
        }
        if close:
            if len(close) > 1:
                return None
            # 'growers' is one letter off 'grocer', but it is 'grow' and a doer's ending
            entry = _doer_of(w) or close.pop()
            # 'points' is no 'paint' misspelt: a real word is read as itself (real_words)
            return None if real_words.kept_as_typed(w, lemmas(w), entry) else entry
    return None


def _doer_of(word: str) -> str | None:
    """The glossary entry an English doer's noun is made from ('growers' -> 'grow',
    'recycler' -> 'recycle', 'shopper' -> 'shop'): a regular derivation of a known word,
    not a typo of another entry one letter off. Class: a word typed right is read as itself
    (what it is made from), never as a neighbouring word."""
    for form in lemmas(word):
        if not form.endswith("er") or len(form) <= len("er") + 2:
            continue
        doubled = form[-3] == form[-4]
        for stem in (form[:-2], form[:-1], form[:-3] if doubled else ""):
            if stem and stem in EN_FR:
                return stem
    return None


@cache
def _function_stems() -> frozenset[str]:
    return frozenset(t for w in FRENCH_FUNCTION_WORDS for t in analyze(w))


def clear_stems(words: Iterable[str]) -> set[str]:
    """The analyzed forms of words, without those the analyzer cuts to a function word ('télé'
    -> 'tel', which 'tels que' and a contact card's 'Tel.' give too)."""
    function = _function_stems()
    return {
        t
        for w in words
        for t in analyze(w)
        if not t.isdigit() and (t not in function or fold(w) in FRENCH_FUNCTION_WORDS)
    }


@cache
def _kinds() -> dict[str, tuple[str, ...]]:
    """KINDS_FR keyed by folded word, its plural too ('animaux' -> 'animal')."""
    out: dict[str, tuple[str, ...]] = {}
    for family, kinds in KINDS_FR.items():
        key = fold(family)
        out[key] = kinds
        out[key[:-2] + "aux" if key.endswith("al") else key + "s"] = kinds
    return out


@cache
def _families() -> dict[str, tuple[str, ...]]:
    """Each kind of KINDS_FR (folded, with its plural) -> the families it is a kind of."""
    out: dict[str, set[str]] = {}
    for family, kinds in KINDS_FR.items():
        for kind in kinds:
            k = fold(kind)
            for form in (k, k + "s", k[:-2] + "aux" if k.endswith("al") else k + "x"):
                out.setdefault(form, set()).add(family)
    return {k: tuple(sorted(v)) for k, v in out.items()}


def families_of(word: str) -> tuple[str, ...]:
    """The families a kind belongs to ('vaches' -> 'animal'; 'vin' -> 'boisson')."""
    return _families().get(fold(word), ())


def kinds_of(word: str) -> tuple[str, ...]:
    """The kinds a fiche may name of a family word ('animal', 'animaux' -> 'poule', …)."""
    return _kinds().get(fold(word), ())


def _glossed(word: str, key: str) -> Glossed:
    french = EN_FR[key]
    kinds = tuple(k for w in french for k in kinds_of(w))  # 'animals': 'poules', 'lapins'
    # a key of several words is held by its head ('local currency': currency), not by the
    # qualifier, which the booklet writes of other things ('produits locaux')
    english = (word, key) if " " not in key else (key.split()[-1],)
    stems = clear_stems((*french, *kinds, *english))
    return Glossed(word, key, french, frozenset(stems), key in THINGS)


def glossed_words(question: str) -> list[Glossed]:
    """The question's words the glossary knows, two-word entries first ('food bank'), each
    once; a two-word thing's last word said again alone is that thing again ('veg boxes …
    the cheaper boxes'). A capitalised word inside the sentence is a name ('Repair Café'),
    not a topic."""
    tokens = [
        (re.sub(r"'s$", "", m.group(0)).strip("'-"), m.start()) for m in _WORD.finditer(question)
    ]
    out: list[Glossed] = []
    seen: set[str] = set()
    heads: set[str] = set()  # the last words of the two-word things read
    i = 0
    while i < len(tokens):
        word, start = tokens[i]
        sentence_start = not question[:start].strip() or question[:start].rstrip()[-1] in ".?!"
        # an acronym the glossary reads is a thing, not a name ('TVs', 'PC')
        acronym = word.rstrip("s").isupper() and any(k in EN_FR for k in lemmas(word))
        if word[:1].isupper() and not sentence_start and not acronym:
            i += 1
            continue
        if i + 1 < len(tokens):
            nxt = tokens[i + 1][0]
            # the first word inflected too ('drawing in': the entry 'draw in')
            firsts = dict.fromkeys([word.lower(), *lemmas(word)])
            pair = next(
                (f"{w} {n}" for w in firsts for n in lemmas(nxt) if f"{w} {n}" in EN_FR), None
            )
            if pair is not None:
                if pair not in seen:
                    seen.add(pair)
                    out.append(_glossed(f"{word} {nxt}", pair))
                if out[-1].thing:  # its head said again alone is the compound again
                    heads.update(lemmas(nxt))
                i += 2
                continue
        key = next((k for k in lemmas(word) if k in EN_FR), None)
        if key is None:
            key = misspelt(word)
        # 'veg boxes … cheaper boxes': the veg boxes again ('gift boxes': another thing)
        if key is not None and key in heads and _refers_back(tokens[i - 1][0] if i else ""):
            i += 1
            continue
        if key is None and "-" in word:  # 'sewing-school': the words it joins
            for part, part_key in hyphened_parts(word):
                if part_key not in seen:
                    seen.add(part_key)
                    out.append(_glossed(part, part_key))
            i += 1
            continue
        if key in WORN_ADJECTIVES and i + 1 < len(tokens) and _a_thing(tokens[i + 1][0]):
            i += 1  # 'old clothes': second-hand clothes, no 'old' thing to look for
            continue
        if key is not None and key not in seen:
            seen.add(key)
            out.append(_glossed(word, key))
        i += 1
    return out


_BACK = re.compile(r"(?:the|these|those|such|its|their|same|[a-z]{3,}(?:er|est))", re.I)


def _refers_back(before: str) -> bool:
    """Whether the word before a noun makes it one already said ('the boxes', 'cheaper
    boxes'), not another kind of it ('gift boxes', 'blood bank')."""
    return bool(_BACK.fullmatch(before))


def hyphened_keys(word: str) -> list[str]:
    """The glossary entries `hyphened_parts` reads a hyphened compound as."""
    return [key for _, key in hyphened_parts(word)]


def hyphened_parts(word: str) -> list[tuple[str, str]]:
    """The (word, glossary entry) pairs of an English compound joined by hyphens that the
    glossary does not hold whole ('sewing-school' -> sewing, school): the compound as its
    two-word entry when there is one ('food-bank' -> 'food bank'),
    else each word it joins that the glossary reads. Class: a word no glossary holds whole is
    no proof the fiche lacks the thing; its words are read instead. Empty when a word of it
    is unread, so that an unknown compound still asks for itself."""
    parts = [p for p in word.split("-") if p]
    if len(parts) < 2:
        return []
    pair = " ".join(parts).lower()
    if pair in EN_FR:
        return [(" ".join(parts), pair)]
    out: list[tuple[str, str]] = []
    for part in parts:
        key = next((k for k in lemmas(part) if k in EN_FR), None)
        if key is None:
            return []
        if all(key != k for _, k in out):
            out.append((part, key))
    return out


def hyphened_compounds(text: str) -> list[tuple[str, ...]]:
    """The glossary entries of each hyphened compound of `text` read as two words or more
    ('a sewing-school' -> ('sewing', 'school')): one thing, whose words a fiche states
    together."""
    out: list[tuple[str, ...]] = []
    for m in _WORD.finditer(text):
        keys = tuple(hyphened_keys(m.group(0).strip("'-")))
        if len(keys) > 1:
            out.append(keys)
    return out


def _a_thing(word: str) -> bool:
    """Whether the glossary reads a word as a thing ('clothes', 'furniture'), not a public."""
    key = next((k for k in lemmas(word) if k in EN_FR), None)
    return key is not None and key in THINGS and not PERSON_NOUNS & set(lemmas(word))


@cache
def _conjugated() -> dict[str, tuple[str, ...]]:
    """The present third-person forms of the glossary's French activity verbs -> the entries
    that hold the verb ('recupere', 'recuperent' -> 'collect', …; 'louent' -> 'rent', 'hire'),
    folded: 'récupérer' gives 'recupere', 'recuperent'; 'vendre' 'vend', 'vendent'; 'fournir'
    'fournit', 'fournissent'."""
    out: dict[str, set[str]] = {}
    for key, french in ACTIONS.items():
        for word in french:
            verb = fold(word)
            if " " in verb or len(verb) < MIN_INSIDE:
                continue
            stem = verb[:-2]
            forms: set[str] = set()
            if verb.endswith("er"):
                forms = {stem + "e", stem + "ent"}
            elif verb.endswith("re"):
                forms = {stem, stem + "ent"}
            elif verb.endswith("ir"):
                forms = {stem + "it", stem + "issent"}
            for form in forms:
                out.setdefault(form, set()).add(key)
    return {form: tuple(sorted(keys)) for form, keys in out.items()}


def french_activity(word: str) -> Glossed | None:
    """A French verb of a question, conjugated, read as the glossary's activity ('louent' ->
    louer, location; 'récupère' -> récupérer, collecte): what a sentence doing it may say."""
    keys = _conjugated().get(fold(word))
    if not keys:
        return None
    french = tuple(dict.fromkeys(w for k in keys for w in EN_FR[k]))
    stems = frozenset(t for w in french for t in analyze(w) if not t.isdigit())
    return Glossed(word, keys[0], french, stems, False)


def topic_words(question: str, generic: Iterable[str] = ()) -> list[Glossed]:
    """The things and activities a question asks about, without the words every question
    uses ('structure', 'booklet') nor those of how structures work and count."""
    skip = set(generic)
    return [
        g
        for g in glossed_words(question)
        # (the word as written too: 'latter' is lemmatised to the glossary's 'litter')
        if (g.thing or g.key in ACTIONS) and g.key not in skip and g.word.lower() not in skip
    ]


def french_things(question: str) -> list[Glossed]:
    """The things a French question names: the nouns after a determiner ('des meubles', 'du
    poisson'), each its own French word; the words every question uses left out."""
    out: list[Glossed] = []
    for noun in DETERMINED_NOUN.findall(fold(question)):
        if noun in NUMBER_WORD_DIGITS:
            continue  # 'les deux', 'toutes les trois': the structures pointed at, no thing
        stems = frozenset(t for t in analyze(noun) if len(t) > 2 and not t.isdigit())
        if stems and all(g.stems != stems for g in out):
            out.append(Glossed(noun, noun, (noun,), stems, True))
    return out


def french_qualifiers(question: str) -> list[Glossed]:
    """The word right after a determined noun, when it qualifies it ('des personnes
    handicapées', 'des invendus alimentaires', 'des vélos électriques'): often what tells the
    thing asked from what every structure has (people, objects). Function words and words of
    under five letters are left out ('des structures qui', 'des objets en bois')."""
    out: list[Glossed] = []
    for m in DETERMINED_NOUN.finditer(fold(question)):
        after = re.match(r"\s+([^\W\d_]{5,})\b", fold(question)[m.end() :])
        if after is None or after.group(1) in STOPWORDS | FRENCH_LONG_PREPOSITIONS:
            continue
        word = after.group(1)
        stems = {t for t in analyze(word) if len(t) > 2 and not t.isdigit()}
        # a participle names the noun it comes from ('handicapées' -> 'handicap')
        stems |= {t[:-1] for t in stems if t.endswith("e") and len(t) > MIN_INSIDE + 1}
        if stems and all(g.stems != stems for g in out):
            out.append(Glossed(word, word, (word,), frozenset(stems), True))
    return out


def never_mentioned(words: Iterable[Glossed], vocab: set[str]) -> list[Glossed]:
    """The things none of whose French words (nor the word itself) the booklet holds. An
    activity is phrased too freely ('pick up' may be 'retirer', 'récupérer', 'passer
    prendre') for a missing translation to mean a missing topic."""
    return [g for g in words if g.thing and not g.held_by(vocab)]


def not_together(
    words: list[Glossed], fiche_vocabs: Mapping[str, set[str]], question: str = ""
) -> list[Glossed]:
    """The things asked that the fiche holding the most of them lacks: empty when one fiche
    holds them all. Activities are phrased freely and are not required; of things asked as
    alternatives (`question` folded: 'computers or phones'), one is enough."""
    things = [g for g in words if g.thing]
    if len(things) < 2:
        return []
    best: list[Glossed] | None = None
    for vocab in fiche_vocabs.values():
        missing = [g for g in things if not g.held_by(vocab)]
        if question:  # 'computers or phones': one of the alternatives is enough
            unmet = alternatives.unmet_of(
                question, [fold(g.word) for g in things], [fold(g.word) for g in missing]
            )
            missing = [g for g in missing if fold(g.word) in unmet]
        if best is None or len(missing) < len(best):
            best = missing
    return best or []


def french_stems(words: Iterable[Glossed]) -> set[str]:
    """The analyzed French words of the question's topic: what BM25-style checks compare."""
    return {t for g in words for t in g.stems}


# Words before a word that make it no noun asked ('are right for me', "that's right", 'is it
# a bank holiday'): a copula or pronoun before it reads it as an attribute.
_ATTRIBUTE_BEFORE = frozenset("is are was were be been being it that s all so too very".split())


def economy_never_mentioned(question: str, vocab: set[str]) -> list[Glossed]:
    """The words of how a structure works (the glossary's ECONOMY: 'currency', 'microcredit',
    'tax', 'governance') asked as the head of a noun phrase, none of whose French words the
    booklet holds anywhere ('monnaie', 'microcrédit').

    Class: an English question about a money or governance topic the booklet never mentions
    ('Does the booklet talk about a local currency?', 'which ones offer microcredit?'). Such
    words are left out of the things `never_mentioned` reads, since they are most often how
    a topic is asked ('funding for …'); one the booklet never writes in any form is no way of
    asking but the topic itself. Read as a noun only when it ends its phrase (the end, a
    function word or punctuation after it) and no copula or pronoun stands before it: 'the
    right structure', 'are right for me' ask no right."""
    tokens = [m.group(0).lower() for m in _WORD.finditer(question)]
    out: list[Glossed] = []
    for i, word in enumerate(tokens):
        key = next((k for k in lemmas(word) if k in ECONOMY), None)
        if key is None or key in THINGS or key in ACTIONS or key in ENGLISH_FUNCTION_WORDS:
            continue
        before = tokens[i - 1] if i else ""
        after = tokens[i + 1] if i + 1 < len(tokens) else ""
        if before in _ATTRIBUTE_BEFORE:
            continue
        if after and after not in ENGLISH_FUNCTION_WORDS and after not in ENGLISH_PARTICLES:
            continue  # 'bank card', 'tax receipts': a modifier of another thing
        glossed = _glossed(word, key)
        if glossed.held_by(vocab) or any(_root_held(f, vocab) for f in glossed.french):
            continue
        if all(g.key != key for g in out):
            out.append(glossed)
    return out


MIN_ROOT = 6  # letters a French word and a booklet word share to be read as one family


def _root_held(french: str, vocab: set[str]) -> bool:
    """Whether the booklet writes a word of the same family ('investissement', analyzed
    'invest', for 'investisseur'): a word it writes in another form is no proof the topic is
    missing, so such a word is never refused. A word the analyzer drops as every question's
    ('association' of 'NGO') is held too: it is the booklet's own."""
    stems = analyze(french)
    if not stems:
        return True
    for stem in stems:
        root = stem[: max(MIN_ROOT, len(stem) - 3)]
        if len(root) < MIN_ROOT:
            continue
        if any(v.startswith(root) or (len(v) >= MIN_ROOT and stem.startswith(v)) for v in vocab):
            return True
    return False
