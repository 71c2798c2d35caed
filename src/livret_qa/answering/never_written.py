"""A thing asked in an open question about one structure that the whole booklet never writes
('Qu'est-ce que le jardin fait en compostage ?', 'How does the bottle deposit system work at
the Guise grocery?').

Class: open what/how questions of a named structure about a practice, object or scheme no fiche
mentions in any words. The yes/no form of the same question is refused by its fiche's words
(slots.yes_no_gap); the open form was answered with the sentence closest to the other words
('ateliers cuisine' for a bottle deposit). Only the booklet's whole vocabulary decides here,
with glossary synonyms and word families: a thing some fiche writes may be stated of this one
in other words, which the filler's own checks judge. Pure over its inputs."""

from __future__ import annotations

import re

from livret_qa import lexicon as lx
from livret_qa.answering import yes_no
from livret_qa.answering.topic_words import Glossed
from livret_qa.text import fold

# What a structure does or how something works, asked openly ('what do they do about …',
# 'how does … work', 'qu'est-ce qu'ils font en …', 'comment marche …'), folded: not who,
# which or where, whose words name a person's deed or a place rather than a practice.
OPEN_PRACTICE = re.compile(
    r"^\W*(?:(?:and|ok|so|et|alors)\W+)?(?:what|how|que|qu|quoi|comment|quel|quelle|quels|"
    r"quelles)\b"
)


# nouns of adverbial phrases, no thing asked ('au contraire', 'en fait', 'au final')
ADVERBIAL_NOUNS = frozenset("contraire fait final total moins fond gros cas passage".split())


def never_written(
    pred: yes_no.Predicate, booklet_vocab: set[str], lang: str, text: str = ""
) -> list[str]:
    """The things asked (not names, not activities) that no word of the booklet holds. An
    English word the glossary does not translate is left out: looked for as typed, it says
    nothing of what the French fiches write ('subcontracting' « sous-traitance »). The kind
    of structure the question describes the structure by ('the Guise grocery', "l'épicerie
    de Guise") is the structure, and its town a place, no thing asked; a thing the `text`
    asked compounds with a thing never written ('bottle deposit') is never written as asked,
    though its head alone is ('dépôt')."""
    # a town or name the question writes capitalised ('Guise' of "l'épicerie de Guise") says
    # where or who, no thing asked
    proper = {fold(w) for w in re.findall(r"(?<=\s)[A-ZÀ-Ý][\w-]*", text)}
    things = tuple(
        g
        for g in pred.things
        if fold(g.word) not in ADVERBIAL_NOUNS
        and (lang == "fr" or _translated(g))
        and _singular(fold(g.word)) not in lx.STRUCTURE_KINDS
        and fold(g.word) not in proper
    )
    absent = yes_no.unmentioned(yes_no.Predicate(things, (), ()), booklet_vocab, "")
    compounded = _compounded(things, absent, fold(text)) if text and absent else []
    # every thing asked unwritten: one the booklet writes ('jouets' beside 'marquage CE',
    # 'garden' beside 'radius') shows the question is about what it states, in other words
    return absent if len(absent) + len(compounded) == len(things) else []


def _singular(word: str) -> str:
    return word[:-1] if word.endswith(("s", "x")) and len(word) > 3 else word


def _compounded(things: tuple[Glossed, ...], absent: list[str], folded: str) -> list[str]:
    """The written things of `things` that make one compound noun with a thing never written
    before them ('bottle deposit', 'bottle-deposit scheme': the English modifier). A French
    complement ('événement de balade') is left alone: it often only qualifies a head the
    fiche does state (its event is a walk)."""
    unwritten = {fold(w) for w in absent}
    found = []
    for g in things:
        word = fold(g.word)
        if word in unwritten:
            continue
        for other in unwritten:
            if re.search(rf"\b{re.escape(other)}[\s-]+{re.escape(word)}\b", folded):
                found.append(g.word)
                break
    return found


def _translated(g: Glossed) -> bool:
    """An English word the glossary translates as itself ('composting', 'bottles'), not as a
    near key it was matched to ('radius' read 'radio'), nor left as typed."""
    own = fold(g.word)
    return bool(g.french) and tuple(g.french) != (g.word,) and own.startswith(fold(g.key))


def asks_practice(text: str) -> bool:
    """Whether a question part asks openly what is done or how it works."""
    return bool(OPEN_PRACTICE.match(fold(text)))
