"""Whether the booklet states the topic of an existence question, judged by what its fiches
say rather than by the words their contact cards happen to hold.

Class: an existence question about a topic the booklet does not have, asked in everyday frames
('Est-ce qu'une structure fait de l'apiculture ?', 'Le livret parle de la consigne des
bouteilles en verre ?', 'une épicerie solidaire à Dunkerque dans le livret ?', 'Does the booklet
talk about a local currency?', 'Is there a homeless shelter in the booklet?'). Two gaps let
such a question be answered with the structure whose passages share a word:

- the frames that make every word of the question count (`lexicon.EXISTENCE_FRAME`) read 'Y
  a-t-il' and 'Existe-t-il' only; a question put as 'est-ce qu'une structure …', 'une des
  structures …', 'le livret parle de …' or '… dans le livret ?' asks the same thing, and so
  does one put as people speak ('il y a un projet sur les cantines ?', 'y a une fiche sur …',
  'on trouve des infos sur …', 'vous avez des exemples de …'), whose unit ('un projet sur',
  'des infos sur') is dropped so that the topic alone must be stated (`existence_body`);
- a word counted as held when some fiche writes it, or one of its glossary synonyms, anywhere:
  an address line holds 'rue' (a synonym of 'homeless' through 'sans-abri / rue'), the contact
  card holds 'téléphone' (one of 'smartphone'). A contact line states where and how to reach
  a structure, not what it does, so the words only such lines hold witness no topic
  (`stated_vocab`), unless the question asks the card itself ('which ones give a phone?').
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from livret_qa.answering.topic_words import Glossed, clear_stems
from livret_qa.indexing.analyzer import analyze
from livret_qa.text import fold

_STRUCTURE_NOUNS = (
    r"(structures?|initiatives?|associations?|fiches?|projets?|acteurs?|entreprises?|"
    r"organismes?|organisations?)"
)
# Folded frames of a French existence question other than 'y a-t-il' / 'existe-t-il', each
# followed by the topic asked. A subject frame ('est-ce qu'une structure fait …') is followed
# by its verb, phrased freely: the verb is dropped as 'qui fabriquent' is after 'y a-t-il'.
_BOOKLET_VERBS = r"(parle|mentionne|presente|cite|evoque|aborde|traite|contient|montre)\w*"
_FRAMES_FR = (
    # 'est-ce que le livret parle de …', 'le livret mentionne-t-il …', 'le livret parle de …'
    re.compile(
        rf"^(est[- ]ce que |est[- ]ce qu.)?(le|ce) livret {_BOOKLET_VERBS}([- ]t[- ](il|elle))?"
        r"( (de|d'|des|du|sur))?\s*"
    ),
    # 'est-ce qu'il y a …', "est-ce qu'il existe …"
    re.compile(r"^est[- ]ce qu.il (y a|existe)\s+"),
    # spoken: 'il y a un projet sur …', 'y a une fiche sur …', 'ya des …', 'on trouve des …',
    # 'vous avez des infos sur …' (class: an existence question put as people speak). A
    # determiner must follow: 'y a quoi', 'y a qui', 'il y a combien' ask no thing's existence.
    re.compile(
        r"^(et |mais |alors |sinon )?(il y a|il y.a|y a|y.a|ya|on trouve|vous avez|t.as|tu as)"
        r"( t[- ]il)? (?=(une?|des|du|de la|de l.|quelque chose|qqch|quoi que ce soit) )"
    ),
)
# What such a frame names before the topic: the booklet's own units ('un projet sur', 'une
# fiche sur', 'des infos sur', 'quelque chose autour de'), dropped so that the topic alone
# must be stated.
_UNIT_BEFORE_TOPIC = re.compile(
    rf"^(une?|des|quelque chose|qqch|quoi que ce soit)( ({_STRUCTURE_NOUNS}|"
    r"infos?|informations?|trucs?|choses?|exemples?|pages?))?( (dans|du|de ce) livret)?"
    r"( (sur|autour|au sujet|a propos|qui parle|concernant|question|de|d'|du|des)\b)"
    r"( ?(de |d')?(les?|la|des|du)\b| ?l')?\s*"
)
_SUBJECT_FRAME_FR = re.compile(
    rf"^(est[- ]ce qu.)?(une?|des|l.une|l.un|certaines?|aucune?) (des |de ces |d.entre elles )?"
    rf"{_STRUCTURE_NOUNS} ((du|de ce|dans le) livret )?"
)
# '… dans le livret ?', "… d'après le livret ?": the booklet named as where to look, anywhere
_IN_BOOKLET_FR = re.compile(r"\s*\b(dans|d.apres|selon) (le|ce) livret\b")


def existence_body(question: str) -> str | None:
    """The topic asked by a French existence question put in a frame `EXISTENCE_FRAME` does
    not read, folded: 'est-ce qu'une structure fait de l'apiculture ?' → "de l'apiculture ?";
    None when the question is not such a question."""
    folded = fold(question).strip()
    for frame in _FRAMES_FR:
        match = frame.match(folded)
        if match:
            body = re.sub(r"\s+", " ", _IN_BOOKLET_FR.sub(" ", folded[match.end() :])).strip()
            return _UNIT_BEFORE_TOPIC.sub("", body)
    match = _SUBJECT_FRAME_FR.match(folded)
    if match:
        # the verb of the subject ('fait', 'livre-t-elle', 'propose'): phrased freely, and so
        # is the verb of a relative clause on it ('des structures QUI FONT de l'aide
        # alimentaire ?', 'une asso qui gère des jardins ?', 'des associations qui
        # s'occupent de vélos ?'): the relative pronoun is no verb, the verb after it is
        verb = r"^(qui )?(ne |n')?(se |s')?[^\W\d_]+([- ]t)?([- ](elle|il|elles|ils))?\s*"
        rest = re.sub(verb, "", folded[match.end() :])
        return _IN_BOOKLET_FR.sub(" ", rest)
    if _IN_BOOKLET_FR.search(folded) and re.match(r"^(une?|des|du|de la|de l.) ", folded):
        # 'une epicerie solidaire a dunkerque dans le livret ?': a thing asked, no verb
        return _IN_BOOKLET_FR.sub(" ", folded)
    return None


# Folded frames of an English existence question other than 'is there', 'does any …'
# (`lexicon.EXISTENCE_FRAME_EN`): the booklet asked whether it speaks of a topic, or a bare
# 'any …?' / 'anything about …?'.
_FRAME_EN = re.compile(
    r"^((does|do|did) (the|this) (booklet|document) (talk|say|speak|tell|cover|discuss)\w*|"
    r"what does (the|this) (booklet|document) say (about|on)|"
    r"(is|are) (there )?(anything|something) (about|on|in the booklet)|"
    r"any(thing)?|(are|is) any (of the|of these)? ?(structures?|initiatives?|projects?))\b"
)


def asks_exists_en(question: str) -> bool:
    """An English existence question in a frame `EXISTENCE_FRAME_EN` does not read: 'Does the
    booklet talk about a local currency?', 'Any solidarity grocery in Lille?'."""
    return bool(_FRAME_EN.match(fold(question).strip()))


# A line of a fiche that says how to reach it: a phone number, an e-mail or web address, a
# labelled contact field, or a street ('5, rue Héloïse', 'site Damaflor, rue Pasteur 59152
# Anstaing'). A town line alone stays: the town is where it stands, which an existence
# question may ask. Read on the folded line, the street's name on the line as written.
_CONTACT_LINE = re.compile(
    r"\b0\d([ .]\d{2}){4}\b|\b0\d{9}\b|"
    r"^[^:]{0,40}\b(telephone|tel|mail|courriel|adresse|siret|siren|site internet)\b[^:]{0,40}:"
)
_ADDRESS_TOKEN = re.compile(r"\S*(@|https?:|www\.)\S*")
_STREET = re.compile(
    r"(?i:\b(rue|avenue|route|boulevard|bd|chemin|place|allee|allée|impasse|quai))"
    r"\s+(?:(?i:de la|de l'|du|des|de)\s+)?[A-Z0-9ÉÈ]"
)


# A question asking a contact field itself ('lesquelles donnent un téléphone ?', 'which ones
# have a website?'), whole words only: 'smartphones' asks no phone number.
_ASKS_CONTACT = re.compile(
    r"\b(telephones?|phones?|tel|numeros?|e-?mails?|mails?|courriels?|adresses?|address(es)?|"
    r"sites?|websites?|web|contacts?|joindre|reach|call|appeler)\b"
)


# Things a fiche names as left out of what it does ('tous les objets sauf les cassettes VHS,
# le gros électroménager, les vêtements'), to the end of the sentence: not stated as its own.
# Class: existence questions ('une structure qui reprend l'électroménager ou les matelas ?')
# whose thing, or an alternative to it, a fiche names only as excluded.
_EXCLUDED_THINGS = re.compile(
    r"\b(?:sauf|hormis|à l'exception (?:de la|de l'|des|du|de|d'))\s[^.;\n]*"
)


def _stated_lines(text: str) -> Iterable[str]:
    for line in text.splitlines():
        # a web or e-mail address inside a sentence: the address alone is dropped
        line = _ADDRESS_TOKEN.sub(" ", line)
        line = _EXCLUDED_THINGS.sub(" ", line)
        if not (_CONTACT_LINE.search(fold(line)) or _STREET.search(line)):
            yield line


@cache
def _vocab_of(texts: tuple[tuple[str, str], ...]) -> dict[str, set[str]]:
    return {fid: set(analyze("\n".join(_stated_lines(text)))) for fid, text in texts}


def stated_vocab(question: str, fiche_texts: dict[str, str]) -> dict[str, set[str]] | None:
    """Each fiche's analyzed words outside its contact lines (address, phone, e-mail, web):
    what it states about itself. None when the question asks the card itself (a phone, an
    address, a website), which only those lines hold."""
    if _ASKS_CONTACT.search(fold(question)):
        return None
    return _vocab_of(tuple(sorted(fiche_texts.items())))


def _states(thing: Glossed, vocab: set[str]) -> bool:
    """Whether a fiche's words state a thing: one of its French words whole ('sans-abri' is
    'sans' AND 'abri', not the 'san' of 'santé'), or the English word as written."""
    for word in (*thing.french, thing.word):
        stems = clear_stems([word])
        if stems and all(_held(stem, vocab) for stem in stems):
            return True
    return False


def _held(stem: str, vocab: set[str]) -> bool:
    """One stem held by a vocabulary, give or take an ending (`Glossed.held_by`)."""
    return Glossed(stem, stem, (stem,), frozenset({stem}), True).held_by(vocab)


def things_unstated(words: list[Glossed], fiche_vocabs: dict[str, set[str]]) -> list[Glossed]:
    """For an English existence question, the things asked ('homeless', 'canteens') that the
    fiche stating the most of them does not state; empty when one fiche states them all. An
    activity ('repair', 'supply') is phrased too freely to be required."""
    things = [g for g in words if g.thing]
    if not things:
        return []
    best: list[Glossed] | None = None
    for vocab in fiche_vocabs.values():
        missing = [g for g in things if not _states(g, vocab)]
        if best is None or len(missing) < len(best):
            best = missing
    return best or []
