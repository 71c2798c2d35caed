"""Whether the booklet states the thing a list or existence question asks WITH the word that
defines it, in one sentence, rather than each word somewhere apart or inside a name.

Class: a list or existence question about a thing the booklet does not have, answered with
the structures whose passages share a word ('Quelle structure gère une cantine scolaire ?',
'qui loue des outils de bricolage entre voisins ?', 'Which initiative recycles building
materials?', 'Which structure is a housing cooperative?'). A thing named with its defining
complement or modifier ('outils DE bricolage', 'restaurant D'insertion', 'building
materials', 'housing cooperative') is one thing: a fiche that has it writes both words in one
sentence. Words held only inside a proper name ('Crédit Coopératif', 'Œuvres Universitaires
et Scolaires') or in a contact line state no thing of the structure.

`stated_together` reads a noun and its adjective for an existence question, when one of the
two is held through a synonym only; this module reads a noun and its complement ('X de Y',
'X à Y') in French, and two glossary words side by side in English, for list and existence
questions alike. A pair is unbound when NO sentence of the booklet holds both: a pair some
fiche states is left to retrieval. Pure functions over text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from itertools import pairwise

from livret_qa.answering.abstention import _held_in_other_words
from livret_qa.answering.stated_together import _written, unstated_pairs
from livret_qa.answering.stated_topic import _held
from livret_qa.answering.topic_words import Glossed, clear_stems, glossed_words, lemmas
from livret_qa.answering.yes_no import _known_nouns as known_nouns
from livret_qa.answering.yes_no import same_words
from livret_qa.glossary import ACTIONS
from livret_qa.indexing.analyzer import analyze
from livret_qa.lexicon import (
    ENGLISH_FUNCTION_WORDS,
    ENGLISH_PARTICLES,
    FRENCH_FUNCTION_WORDS,
    GENERIC_COUNTED,
    GENERIC_TOPIC_EN,
    NO_THING_NOUNS,
    PERSON_NOUNS,
    PRENOMINAL_ADJECTIVES,
    QUANTITY_WORDS,
    WORN_ADJECTIVES,
)
from livret_qa.text import fold

MIN_WORD = 4  # letters of a noun read as a content word
# a noun, 'de' / 'd'' / 'à' (an article after it or not), and the noun completing it: 'outils
# de bricolage', "restaurant d'insertion", 'materiaux de construction', 'repas a domicile'.
# 'des', 'du', 'la' after the noun bring a thing of their own ('collecte des jouets': the
# object of an act, stated by a verb as freely), so only the bare complement is read.
_COMPLEMENT = re.compile(
    r"(?=\b(?:une?|des|du|les?|la|l'|de la|de l'|d'|de)\s?"
    rf"([^\W\d_]{{{MIN_WORD},}}) (?:de |d'|à )([^\W\d_]{{{MIN_WORD},}})\b(?:[ -]([^\W\d_]+))?)"
)
# adjectives put before their noun ('une vraie boutique', 'un petit magasin')
_PRENOMINAL = re.compile(
    rf"{PRENOMINAL_ADJECTIVES}|vraie?s?|petite?s?|grande?s?|seule?s?|simples?|autres?"
)
# a verb's infinitive after 'à' / 'de' ('à retrouver', 'de vendre'): an act, not a thing
_INFINITIVE = re.compile(r"[^\W\d_]{3,}(er|ir)$")
# an English plural ('goods', 'boxes'), not a singular ending in s ('glass', 'bus')
_PLURAL_EN = re.compile(r"[^su]s$")
# a sentence of a fiche: a line, or a part of it ended by a full stop
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+|\n+")
# a run of two capitalised words or more, linked or not by 'de', 'des', 'et' …: a name
# ('Crédit Coopératif'); a label in capitals ('NOMBRE D'ADHÉRENTS') is no name
_TITLE = r"[A-ZÉÈÀÂŒ][a-zà-ÿœ'’-][\w'’-]*"
_NAME_RUN = re.compile(
    rf"(?<![\w'’]){_TITLE}(?:\s+(?:(?:de|du|des|et|la|le|pour|d['’])\s*)?{_TITLE})+"
)
# a contact line: phone, e-mail, web address
_CONTACT = re.compile(r"@|https?:|www\.|\b0\d([ .]\d{2}){4}\b")


# words in brackets restate the thing before them ('local tips (household waste centres)'):
# a gloss for the reader, no narrower thing the answer must hold
_GLOSS = re.compile(r"\([^()]*\)")


def without_glosses(question: str) -> str:
    """The question without its bracketed glosses, the pairs read outside them only."""
    return _GLOSS.sub(" ", question)


def _skip() -> set[str]:
    return set(FRENCH_FUNCTION_WORDS) | GENERIC_COUNTED | NO_THING_NOUNS


def complement_pairs(question: str, names: frozenset[str] = frozenset()) -> list[tuple[str, str]]:
    """The (noun, complement) pairs of a French question, folded: 'qui loue des outils de
    bricolage ?' -> [('outils', 'bricolage')]. The words every question uses ('structures
    de', 'combien de'), a word typed capitalised (a name) and `names` (the folded words of
    the structures' names and towns: 'copains de thierache') are left out; 'à' is read as
    typed, not the verb 'a' it folds to ('il a vendu')."""
    skip = _skip() | names
    typed = question.replace("’", "'")
    capitalised = {fold(w) for w in re.findall(r"(?<![\w'])[A-ZÉÈÀÂŒ][\w-]*", typed)}
    pairs = []
    for match in _COMPLEMENT.finditer(typed.lower()):
        noun, complement = fold(match.group(1)), fold(match.group(2))
        if {noun, complement} & (skip | capitalised) or noun in PERSON_NOUNS:
            continue  # people ('des femmes à …'): whom it is for, phrased freely
        if QUANTITY_WORDS.fullmatch(noun):
            continue  # 'un nombre de bénévoles': a figure of a thing, not a thing
        if _INFINITIVE.search(complement):
            continue  # 'aide des femmes à retrouver un emploi': an act, phrased freely
        after = fold(match.group(3) or "")
        if after and f"{complement}-{after}" in known_nouns():
            continue  # 'des objets de seconde main': an idiom the glossary reads whole
        if not analyze(noun) or not analyze(complement):
            continue
        pairs.append((noun, complement))
    return pairs


def english_pairs(question: str) -> list[tuple[Glossed, Glossed]]:
    """Two glossary words side by side in an English question, the first qualifying the
    second ('building materials', 'housing cooperative', 'zero-waste restaurant'); a
    two-word glossary entry is one thing ('food bank') and pairs with no neighbour."""
    # words the glossary reads by their own lemma, not as a misspelling of another entry; a
    # two-word entry typed hyphened is its own too ('zero-waste restaurant': 'zero waste')
    words = [
        g
        for g in glossed_words(question)
        if g.key not in set(GENERIC_TOPIC_EN)
        and g.key in {fold(w).replace("-", " ") for w in lemmas(g.word)}
    ]
    folded = fold(question)
    pairs = []
    for first, second in pairwise(words):
        # the thing asked is the second word: not an act ('recycles construction'), nor
        # people ('trains women': whom, phrased freely)
        if not second.thing or first.key in ACTIONS or set(lemmas(second.word)) & PERSON_NOUNS:
            continue
        # a noun modifying another is singular ('building materials', 'school canteen'), and
        # the head a noun, not a participle: 'goods online', 'charity teaming up' name no thing
        if _PLURAL_EN.search(fold(first.word)) or fold(second.word).endswith("ing"):
            continue
        # a state of the thing ('second-hand clothes', 'used books', 'recycled wood'), which
        # a fiche may leave unsaid: as a participle in `stated_together`
        if first.key in WORN_ADJECTIVES or re.search(r"(ed|-hand)$", fold(first.word)):
            continue
        # ('zero waste' read from 'zero-waste': its words joined either way)
        typed = r"[\s-]+".join(map(re.escape, fold(first.word).split()))
        side = rf"\b{typed}[\s-]+{re.escape(fold(second.word))}\b"
        found = re.search(side, folded)
        # the second word qualifying a noun after it is no head: 'household waste centres',
        # 'order second-hand goods' name the compound's last noun
        if found and not _qualifies_next(second, folded[found.end() :], words):
            pairs.append((first, second))
    return pairs


def _qualifies_next(word: Glossed, rest: str, words: list[Glossed]) -> bool:
    """Whether a noun follows the word right after it: a glossary thing or a plural ('waste
    centres', 'second-hand goods'), not a preposition ('materials from', 'canteen with')."""
    after = re.match(r"[\s-]+([^\W\d_]{3,})", rest)
    if after is None:
        return False
    noun = after.group(1)
    if noun in ENGLISH_FUNCTION_WORDS or noun in ENGLISH_PARTICLES:
        return False
    return _PLURAL_EN.search(noun) is not None or any(
        g is not word and g.thing and fold(g.word) == noun for g in words
    )


@cache
def _sentences(text: str) -> tuple[frozenset[str], ...]:
    """The analyzed words of each sentence of a text, its names and contact lines left out."""
    out = []
    for sentence in _SENTENCE_END.split(text):
        if not sentence.strip() or _CONTACT.search(sentence):
            continue
        words = analyze(_NAME_RUN.sub(" ", sentence))
        if words:
            out.append(frozenset(words))
    return tuple(out)


def _all_sentences(texts: Iterable[str]) -> list[frozenset[str]]:
    return [s for text in texts for s in _sentences(text)]


def unbound_complements(
    question: str, texts: Iterable[str], names: frozenset[str] = frozenset()
) -> list[str]:
    """The 'noun de complement' pairs of a French question that no sentence of the texts
    holds together (each word as written or a glossary synonym), as written ('outils de
    bricolage'); empty when each is stated together somewhere."""
    pairs = complement_pairs(without_glosses(question), names)
    if not pairs:
        return []
    texts = list(texts)
    sentences = _all_sentences(texts)
    written = frozenset().union(*sentences) if sentences else frozenset()
    return [
        f"{noun} {complement}"
        for noun, complement in pairs
        if not (_only_named(noun, texts) or _only_named(complement, texts))
        # two words the booklet writes both, as typed, keep the reading by fiche ('du
        # réemploi de textiles': a fiche recycling textiles): as in `stated_together`
        and not (_written(noun, written) and _written(complement, written))
        and not any(_holds(s, noun) and _holds(s, complement) for s in sentences)
    ]


def _holds(vocab: frozenset[str], word: str) -> bool:
    """A sentence's words hold `word`: as typed or a glossary synonym, give or take an
    ending; unlike `stated_together`, a verb sharing a root is no match ('un local construit'
    states no construction materials)."""
    if _held_in_other_words(word, set(vocab)):
        return True
    for candidate in (word, *same_words(word)):
        stems = [t for t in analyze(candidate) if not t.isdigit()]
        if stems and all(_held(t, set(vocab)) for t in stems):
            return True
    return False


def _only_named(word: str, texts: list[str]) -> bool:
    """Whether the booklet writes a word, and only capitalised: a name ('université de
    lille' typed for 'Université de Lille'), whose relation to a structure is asked, not a
    thing it has."""
    pattern = re.compile(rf"(?<![\w-]){re.escape(word)}(?![\w-])", re.IGNORECASE)
    spots = [m.group(0) for text in texts for m in pattern.finditer(fold(text))]
    if not spots:
        return False
    return all(_capitalised_at(word, text) for text in texts)


def _capitalised_at(word: str, text: str) -> bool:
    """Every place a text writes `word` (accents aside), it is capitalised."""
    folded = fold(text)
    pattern = re.compile(rf"(?<![\w-]){re.escape(word)}(?![\w-])", re.IGNORECASE)
    return all(text[m.start()].isupper() for m in pattern.finditer(folded))


def _states(thing: Glossed, vocab: frozenset[str]) -> bool:
    """A sentence states an English thing: every content word of one of its French words."""
    for french in (*thing.french, thing.word):
        words = [w for w in re.findall(r"[^\W\d_]+", fold(french)) if clear_stems([w])]
        if words and all(_holds(vocab, w) for w in words):
            return True
    return False


def unbound_english(question: str, texts: Iterable[str]) -> list[str]:
    """The pairs of glossary words of an English question ('building materials') that no
    sentence of the texts states together, in any of their French words."""
    pairs = english_pairs(without_glosses(question))
    if not pairs:
        return []
    sentences = _all_sentences(texts)
    return [
        f"{a.word} {b.word}"
        for a, b in pairs
        if not any(_states(a, s) and _states(b, s) for s in sentences)
    ]


# a determined noun and the word right after it ('une cantine scolaire', 'des paniers
# solidaires'): a thing and, when the word is an adjective, its kind
# (an article is a word of its own: the 'le' of 'legumes' is none; an elided one is glued)
_DETERMINED_PAIR = re.compile(
    r"(?=\b(?:(?:une?|des|du|les?|la)\s+|[ld]'\s?)([^\W\d_]{4,}) ([^\W\d_]{4,})\b)"
)


def unbound_adjectives(question: str, texts: Iterable[str]) -> list[str]:
    """The noun-and-adjective things of a French list question ('une cantine scolaire')
    that no fiche states in one sentence (`stated_together.unstated_pairs`), read after a
    determiner only: 'déjà partenaire', 'une vraie boutique' name no thing and its kind."""
    folded = fold(without_glosses(question)).replace("’", "'")
    spans = [
        f"{m.group(1)} {m.group(2)}"
        for m in _DETERMINED_PAIR.finditer(folded)
        if not _PRENOMINAL.fullmatch(m.group(1))  # 'une vraie boutique': the noun comes after
    ]
    return unstated_pairs(" , ".join(spans), texts) if spans else []
