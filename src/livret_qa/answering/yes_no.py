"""Whether a fiche states what a yes/no question asks of its structure ('Le Bois de Deux Mains
livre-t-il à domicile ?', 'Does La Remise Enjouée hold an ISO certification?', 'VESTALI
emploie-t-elle des femmes ?').

The answer is yes only when the fiche says so. Read from the booklet's own words: the things
the question names besides its structure (nouns, read in French through the glossary for an
English question), and the names no glossary reads ('ISO', 'Calais'), must each be mentioned
in the fiche. A thing the fiche never mentions makes the answer "the booklet does not say",
with the nearest fact it does state; otherwise the sentence holding most of the things asked
is the answer's evidence. Activities are phrased too freely ('sells online' may be 'click and
collect', 'organise' 'met en place') for a missing verb to mean a missing fact.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache

from livret_qa import lexicon as lx
from livret_qa.answering.topic_words import (
    Glossed,
    clear_stems,
    french_activity,
    glossed_words,
    hyphened_keys,
    kinds_of,
    lemmas,
)
from livret_qa.glossary import ACTIONS, EN_FR, NOT_SAME_THING_FR, SAME_THING_FR
from livret_qa.indexing.analyzer import analyze
from livret_qa.text import fold

MIN_THING = 4  # shorter French words are no thing ('lui', 'fois')
MIN_ACRONYM = 2
# The word after a determined noun ('des personnes handicapées', 'des cours de tricot'), unless
# a subject pronoun inverted after it makes it the verb ('la DRAAF soutient-elle …').
_AFTER_NOUN = re.compile(r"\s+(?:de\s+|d')?([^\W\d_]{3,})\b(?!-(?:t-)?(?:il|elle|on)s?\b)")
SHARED_ENTRIES = 2  # glossary entries two French words must share to be synonyms
VERB_ENDING = 5  # letters a conjugation may add to a verb's stem ('recycl' -> 'recyclaient')
# A French noun after a preposition ('à domicile', 'en ligne', 'avec des écoles' is taken by
# its determiner); a present participle after 'en' ('en vendant') is a manner, not a thing.
_AFTER_PREPOSITION = re.compile(r"\b(?:a|en|par|avec|sans|pour|chez|sur|aupres d.)\s+([^\W\d_]+)")
# A past participle after the auxiliary 'a' typed without its accent, the participle with
# its own ('a signé', 'a créé', 'a acheté'): an activity, not a noun after 'à' ('à domicile').
# Class: a yes/no question of what a structure did, refused when its verb, read as a thing
# asked, is not written in the fiche ('synapse 3i a signé avec CAP3C ?': « signe »).
_PARTICIPLE_AFTER_HAS = re.compile(r"(?i)(?<![\w'’-])a\s+([^\W\d_]+(?:é|ée|és|ées))(?![\w])")


def _participles_after_has(text: str) -> frozenset[str]:
    """The past participles after the auxiliary 'a' in `text`, folded."""
    return frozenset(fold(m.group(1)) for m in _PARTICIPLE_AFTER_HAS.finditer(text))


# A word no glossary reads: an acronym or a capitalised word inside the sentence ('ISO',
# 'Calais'), not the sentence's first word.
_NAME_WORD = re.compile(r"\b([A-Z][\w-]*[A-Za-z0-9])\b")
_YER = re.compile(r"(?<=[aou])ye?$")  # 'nettoy', 'nettoye', 'employ' -> 'nettoi', 'emploi'


@dataclass(frozen=True)
class Predicate:
    """What a yes/no question asks its structure to have or do."""

    things: tuple[Glossed, ...]
    actions: tuple[Glossed, ...]
    names: tuple[str, ...]

    @property
    def words(self) -> list[str]:
        return [*(g.word for g in self.things), *self.names]


@cache
def french_synonyms() -> dict[str, frozenset[str]]:
    """Each French word -> the words that name the same thing ('bicyclette' -> 'vélo'): a
    French question may name a thing in other words than its fiche. From the glossary's
    groups of same things, and the pairs of words two of its entries share ('location' and
    'louer' translate both 'rent' and 'rental'), less the pairs that name a kind and its family
    or a near miss ('lycée', 'école'; 'label', 'certification'). One entry alone does not make
    synonyms: 'student' reads 'étudiant' and 'lycéen', which are no same thing."""
    out: dict[str, set[str]] = {}
    for group in SAME_THING_FR:
        for word in group:
            out.setdefault(fold(word), set()).update(group)
    shared: Counter[tuple[str, str]] = Counter()
    for key, french in EN_FR.items():
        if " " in key:  # 'repair café' -> 'réparation': a compound's words are no synonyms
            continue
        words = sorted({fold(w) for w in french if " " not in w})
        shared.update((a, b) for i, a in enumerate(words) for b in words[i + 1 :])
    for (a, b), entries in shared.items():
        if entries >= SHARED_ENTRIES and frozenset((a, b)) not in NOT_SAME_THING_FR:
            out.setdefault(a, {a}).add(b)
            out.setdefault(b, {b}).add(a)
    return {k: frozenset(v) for k, v in out.items()}


def same_words(word: str) -> frozenset[str]:
    """The folded French words naming the same thing as `word`, its plural read as its
    singular ('bicyclettes' -> 'vélo'; 'covid' -> 'crise sanitaire', 'pandémie')."""
    return frozenset(
        fold(w) for s in _singulars(fold(word)) for w in french_synonyms().get(s, frozenset())
    )


@cache
def _known_nouns() -> frozenset[str]:
    """The French words of the glossary: a short one is still a thing ('vin', 'lit', 'bus'),
    and one after a noun names a thing too ('un atelier vélo')."""
    return frozenset(fold(w) for french in EN_FR.values() for w in french if " " not in w)


def _purposes(folded: str) -> set[str]:
    """Infinitives after 'pour' or 'sans' ('un site marchand pour commander en ligne', 'sans
    payer'): what a thing is for, an activity, not a thing asked of the structure."""
    return set(re.findall(r"\b(?:pour|sans)\s+([^\W\d_]{3,}(?:er|ir|re))\b", folded))


def _a_time(word: str) -> bool:
    """'pendant le Covid', 'during the lockdown': when, not what, is asked about."""
    return bool(set(analyze(word)) & lx.EVENT_NAMES) or fold(word) in lx.EVENT_NAMES


def _singulars(word: str) -> tuple[str, ...]:
    """A French noun and the singulars its plural may stand for ('bicyclettes' ->
    'bicyclette', 'journaux' -> 'journal', 'gâteaux' -> 'gâteau')."""
    out = [word]
    if word.endswith("aux") and len(word) > 4:
        out += [word[:-3] + "al", word[:-1]]
    elif word.endswith(("s", "x")) and len(word) > 3:
        out.append(word[:-1])
    return tuple(out)


def _french_thing(word: str) -> Glossed | None:
    if word in lx.STOPWORDS or word in lx.YES_NO_FRAME_WORDS or word in lx.QUALIFYING_WORDS:
        return None
    if word in lx.NUMBER_WORD_DIGITS:  # 'les deux ont-elles un site ?': the pair, no thing
        return None
    if word in lx.MONEY_NOUNS:  # 'de l'argent de l'Europe': the giver is the thing asked
        return None
    # the glossary's French words, whatever their plural: 'bicyclettes' is said 'vélos'
    synonyms = frozenset().union(*(french_synonyms().get(w, frozenset()) for w in _singulars(word)))
    # a family named ('des animaux'): its kinds state it ('des poules')
    synonyms |= frozenset(k for w in _singulars(word) for k in kinds_of(w))
    short = len(word) < MIN_THING
    if short and not any(w in _known_nouns() for w in _singulars(word)):  # 'lui'; not 'vin'
        return None
    if _a_time(word):
        return None
    if word in lx.FRENCH_FUNCTION_WORDS or word in lx.GENERIC_STRUCTURE_FR:
        return None
    # its singular's stems too: the stemmer cuts 'designers' to 'designer' but 'designer'
    # (as the fiche writes it) to 'design'
    stems = {t for t in clear_stems((*_singulars(word), *synonyms)) if len(t) > 2}
    if not stems:
        return None
    return Glossed(word, word, (word, *sorted(synonyms)), frozenset(stems), True)


# An English word in a noun's place: after an article, a possessive or a preposition ('a
# franchise', 'its exports', 'on weekends').
_NOUN_PLACE_EN = re.compile(
    r"\b(?:a|an|the|any|some|its|their|his|her|of|on|in|at|with|for|by|from)\s+([a-z][a-z-]{3,})\b"
)


def _unglossed_nouns(
    folded: str, known: list[Glossed], own: Callable[[str], bool]
) -> list[Glossed]:
    """The nouns of an English yes/no question that no glossary reads ('Is it a franchise?',
    'Does it have a kiosk?'): each must be in the fiche as written (the booklet's French
    shares many with English: 'franchise', 'kiosque'), else the fiche does not say it. An
    unread word is taken only in a noun's place, so an unknown verb or adverb asks nothing."""
    seen = {g.word for g in known}
    out: list[Glossed] = []
    for word in _NOUN_PLACE_EN.findall(folded):
        if word in seen or _glossary_knows(word) or own(word) or word in _compound_heads():
            continue
        if word in lx.STOPWORDS or word in lx.YES_NO_FRAME_WORDS or _a_time(word):
            continue
        if word in lx.QUALIFYING_WORDS:
            continue
        if word in lx.NUMBER_WORD_DIGITS:  # 'the eight growers': a count, no thing
            continue
        if word in lx.ENGLISH_FUNCTION_WORDS or word in lx.GENERIC_TOPIC_EN:
            continue
        if word in lx.ENGLISH_PARTICLES:  # 'buy from it over the internet'
            continue
        stems = frozenset(t for t in analyze(word) if len(t) > 2 and not t.isdigit())
        if stems:
            seen.add(word)
            out.append(Glossed(word, word, (word,), stems, True))
    return out


@cache
def _compound_heads() -> frozenset[str]:
    """First words of the glossary's compounds ('hard' of 'hard drive'): read with the next."""
    return frozenset(k.split()[0] for k in EN_FR if " " in k)


def _glossary_knows(word: str) -> bool:
    return any(form in EN_FR for form in lemmas(word)) or bool(hyphened_keys(word))


# Verb phrases saying only when or whether an action happens ('en train de', 'sur le point
# de', 'in the process of'): their nouns ('train', 'point', 'process') are no things asked.
_ASPECT = re.compile(
    r"(?i)\b(?:en train|sur le point|en passe|en mesure|in the process|on the point) "
    r"(?:de |d['’]|of )"
)


# A subject pronoun then an object pronoun before the verb ('ils les prennent', 'elle la
# vend', 'on l'accepte', 'ne les prend pas'), folded: the object pronoun is no article.
# An inverted subject ('accueille-t-elle les vélos ?') is followed by an article.
_OBJECT_PRONOUN = re.compile(
    r"(?<![\w-])(ils|elles|il|elle|on|ne|n')\s+(?:les|la|le|leur|lui|l')\s*(?=[a-z])"
)


# What a structure does for people, named by an English noun of the glossary's economy
# ('do they offer training?', 'any work integration?'): a thing the fiche must name, like its
# French noun ('des formations'), not a word of the economy left unasked. Class: yes/no
# questions opening a conversation affirmed by any sentence when their one thing was dropped.
_ACTIVITY_NOUNS_EN = frozenset({"training", "insertion", "integration", "employment"})


def predicate(text: str, lang: str, attribute: re.Pattern[str] | None = None) -> Predicate:
    """The things, activities and names of a yes/no question's `text` (its structure's names
    taken out); `attribute`: the words of the attribute a slot asks ('certification', 'site
    web'), which its filler checks, left out."""
    # 'est-elle en train d'acheter …', 'in the process of buying': an aspect, no thing asked
    text = _ASPECT.sub(" ", text)
    folded = fold(text)

    def own(word: str) -> bool:
        return attribute is not None and bool(attribute.search(fold(word)))

    things: list[Glossed] = []
    actions: list[Glossed] = []
    if lang == "en":
        for g in glossed_words(text):
            if g.key in lx.GENERIC_TOPIC_EN or g.key in lx.YES_NO_FRAME_WORDS or own(g.word):
                continue
            if g.key in lx.QUALIFYING_WORDS or fold(g.word) in lx.QUALIFYING_WORDS:
                continue  # 'an old TV', 'second-hand clothes': the thing, not how it is
            if _a_time(g.word):
                continue
            if g.thing or g.key in _ACTIVITY_NOUNS_EN:
                things.append(replace(g, thing=True))
            elif g.key in ACTIONS:
                actions.append(g)
        named = {fold(m.group(1)) for m in _NAME_WORD.finditer(text.strip())}
        things += _unglossed_nouns(folded, things, lambda w: own(w) or w in named)
    else:
        # 'ils les prennent, les télés ?', 'elle l'accepte ?': an object pronoun between the
        # subject and its verb determines no noun
        folded = _OBJECT_PRONOUN.sub(r"\1 ", folded)
        nouns = lx.DETERMINED_NOUN.findall(folded)
        nouns += [
            w
            for w in _AFTER_PREPOSITION.findall(folded)
            if not (w.endswith("ant") and len(w) > 5)
            and w not in _purposes(folded)
            and w not in _participles_after_has(text)
        ]
        for m in lx.DETERMINED_NOUN.finditer(folded):
            # 'des personnes handicapées', 'des cours de tricot'
            after = re.match(_AFTER_NOUN, folded[m.end() :])
            # five letters at least, or a word of the glossary ('un atelier vélo', 'le label
            # bio': a near miss names its kind in a short word after the noun)
            a_noun = after and (len(after.group(1)) > MIN_THING or after.group(1) in _known_nouns())
            if after and a_noun and after.group(1) not in lx.STOPWORDS:
                nouns.append(after.group(1))
        for word in re.findall(r"[^\W\d_]+", folded):  # 'louent des vélos': renting
            act = french_activity(word)
            if act is not None and all(a.key != act.key for a in actions):
                actions.append(act)
        for noun in dict.fromkeys(nouns):
            thing = _french_thing(noun)
            if thing is not None and not own(noun) and all(t.stems != thing.stems for t in things):
                things.append(thing)
    names: list[str] = []
    stripped = text.strip()
    for m in _NAME_WORD.finditer(stripped):
        word = m.group(1)
        if m.start() == 0 and not word.isupper():  # the sentence's first word
            continue
        low = fold(word)
        if low in lx.STOPWORDS or low in lx.YES_NO_FRAME_WORDS or own(word) or _a_time(word):
            continue
        if low in lx.QUALIFYING_WORDS:  # 'an OLD TV'
            continue
        if lx.is_civility(low):  # 'Mrs Cousin': the surname after it is the name
            continue
        known = {fold(g.word) for g in things}
        if _an_acronym(word, stripped) and low in known:
            # 'la DRAAF soutient-elle … ?': an acronym is named, not a thing the fiche's
            # lowercase words would hold (a fiche writes it as the acronym only)
            things = [g for g in things if fold(g.word) != low]
            known.discard(low)
        if not _glossary_knows(word) and word not in names and low not in known:
            names.append(word)
    return Predicate(tuple(things), tuple(actions), tuple(names))


def _an_acronym(word: str, text: str) -> bool:
    """A word in capitals within a question that is not typed in capitals throughout."""
    letters = [c for c in text if c.isalpha()]
    shouted = sum(c.isupper() for c in letters) > len(letters) // 2
    return len(word) >= MIN_ACRONYM and word.isupper() and not shouted


def mentions_name(name: str, folded_text: str, vocab: set[str] | None = None) -> bool:
    """Whether the text names it, or spells out the sector acronym it is ('ACI': 'atelier
    chantier d'insertion'); with the fiche's `vocab`, a word of a name the booklet spells
    another way counts too ('Fonds social européen' where it writes 'fond social')."""
    if vocab is not None and any(
        len(t) >= MIN_THING and (t in vocab or any(_prefix_of(t, v) for v in vocab))
        for t in analyze(name)
    ):
        return True
    key = fold(name)
    short = lx.ACRONYMS_EN.get(key, key)  # 'ESF' is the 'FSE'
    forms = [key, short, *(fold(lx.ACRONYMS[short]) for _ in (0,) if short in lx.ACRONYMS)]
    # an acronym written with its dots ('Agrément A.C.I.') is the same name
    undotted = _DOTTED.sub(lambda m: m.group(0).replace(".", ""), folded_text)
    return any(
        re.search(rf"(?<![\w]){re.escape(f)}(?![\w])", text)
        for f in forms
        for text in (folded_text, undotted)
    )


_DOTTED = re.compile(r"(?<![\w.])(?:[a-z]\.){2,}")


def unmentioned(
    pred: Predicate, vocab: set[str], folded_text: str, alternative: bool = False
) -> list[str]:
    """The things and names asked that the fiche never mentions. Activities are not required:
    they are phrased too freely ('organise' may be 'met en place', 'clean' 'nettoyés'). Of a
    question offering
    alternatives ('au privé ou pour l'aide alimentaire ?', 'online or in a shop?'), one
    alternative mentioned answers it: only all of them missing counts."""
    missing = [g.word for g in pred.things if not _held_near(g, vocab)]
    missing += [n for n in pred.names if not mentions_name(n, folded_text, vocab)]
    if alternative and len(missing) < len(pred.words):
        return []
    return missing


def _held_near(thing: Glossed, vocab: set[str]) -> bool:
    """Held by the fiche's words, or by the word an adjectival ending leaves ('handicapées'
    read 'handicape' by the stemmer, 'situation de handicap' in the fiche)."""
    if thing.held_by(vocab):
        return True
    return any(
        len(stem) > MIN_THING and stem[-1] == "e" and stem[:-1] in vocab for stem in thing.stems
    )


def _prefix_of(token: str, word: str) -> bool:
    """'fond' and 'fonds', 'calai' and 'calais': one is the other give or take an ending."""
    short, long = sorted((token, word), key=len)
    return len(short) >= MIN_THING and long.startswith(short) and len(long) - len(short) <= 1


def held_in(pred: Predicate, sentence: str) -> int:
    """How many of the things and names asked one sentence mentions."""
    tokens = set(analyze(sentence))
    folded = fold(sentence)
    return sum(_held_near(g, tokens) for g in pred.things) + sum(
        mentions_name(n, folded) for n in pred.names
    )


def names_in(pred: Predicate, sentence: str) -> int:
    """How many of the names asked ('DRAAF', 'Emmaüs') one sentence mentions."""
    folded = fold(sentence)
    return sum(mentions_name(n, folded) for n in pred.names)


def acts_in(pred: Predicate, sentence: str) -> int:
    """How many of the activities asked one sentence names ('rent' in 'la location des
    vélos'): among sentences holding the same things, the one doing what was asked."""
    tokens = set(analyze(sentence))
    # a verb in -yer: the stemmer reads 'nettoyer' 'nettoi' but 'nettoyés' 'nettoy'
    tokens |= {_YER.sub("i", t) for t in tokens if _YER.search(t)}
    return sum(g.held_by(tokens) or _conjugated_in(g, tokens) for g in pred.actions)


def _conjugated_in(action: Glossed, tokens: set[str]) -> bool:
    """A verb's stem with a conjugated ending the light stemmer leaves ('recycl' in
    'recyclent', 'collect' in 'collectaient')."""
    return any(
        len(stem) > MIN_THING and t.startswith(stem) and len(t) - len(stem) <= VERB_ENDING
        for stem in action.stems
        for t in tokens
    )


# Where a sentence's clauses part: punctuation and the conjunctions that list ('des commerces
# de produits locaux et des marchés …, et crée sur son site web …').
_CLAUSE_BREAK = re.compile(r"[,;:()«»\[\]]|\b(?:et|and|ou|or|mais|but|puis|then)\b")


def bound_in(pred: Predicate, sentence: str) -> bool:
    """Whether one clause of a sentence names every thing and name asked: a compound thing
    ('an online shop', 'un café dans la boutique', 'un atelier vélo') is stated only so; a shop
    in one clause and a website in another is no online shop."""
    pred = _selling_shops(pred)
    for clause in _CLAUSE_BREAK.split(fold(sentence)):
        if clause and held_in(pred, clause) == len(pred.words):
            return True
    return False


def _selling_shops(pred: Predicate) -> Predicate:
    """A shop asked with a channel is held by selling too ('an online shop': 'la vente en
    ligne')."""
    selling = frozenset(t for w in lx.SELLING_WORDS for t in analyze(w))
    if not any(fold(g.word) in lx.CHANNEL_WORDS or g.key in lx.CHANNEL_WORDS for g in pred.things):
        return pred
    things = tuple(
        replace(g, stems=g.stems | selling)
        if fold(g.word) in lx.SHOP_WORDS or g.key in lx.SHOP_WORDS
        else g
        for g in pred.things
    )
    return replace(pred, things=things)


def excluded_in(pred: Predicate, sentence: str) -> bool:
    """Whether a sentence names every thing asked only after an exclusion word ('… sauf les
    cassettes VHS, le gros électroménager et les téléviseurs'): it says the structure does
    not take it."""
    folded = fold(sentence)
    m = lx.EXCLUSION.search(folded)
    if m is None or not pred.words:
        return False
    before, after = folded[: m.start()], folded[m.end() :]
    return held_in(pred, after) == len(pred.words) and held_in(pred, before) == 0


def compound(pred: Predicate, unnamed_question: str) -> bool:
    """Whether the things a yes/no question asks make one thing together, which one clause of
    the fiche must name whole (`bound_in`): a channel with a shop ('an online shop', 'une
    boutique en ligne') or a thing inside another ('un café dans la boutique'). A channel
    with what is sold through it ('does it sell toys online?', 'vend-elle ses vêtements en
    ligne ?') is two things: it sells them, and it sells online."""
    if len(pred.things) < 2:
        return False

    def is_a(g: Glossed, words: frozenset[str]) -> bool:
        return fold(g.word) in words or g.key in words

    channel = any(is_a(g, lx.CHANNEL_WORDS) for g in pred.things)
    shop = any(is_a(g, lx.SHOP_WORDS) for g in pred.things)
    return (channel and shop) or bool(lx.CONTAINED_IN.search(fold(unnamed_question)))
