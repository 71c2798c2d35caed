"""A part of a total asked, that the figure found does not break down (class: a near miss
asking a part of a counted total: 'how many of their members are students?', 'combien des
8 producteurs sont maraîchers ?', 'parmi les 30 bénévoles, combien sont retraités ?', 'how
many of the employees are women?').

The part is what the question says of the counted things after its verb ('… are students',
'… sont maraîchers'). A figure answers it only when its quote states that part ('25 dont 19
… d'insertion' asked 'how many of the staff are on insertion contracts?'); a total stating
none of it ('NOMBRE D'ADHÉRENTS : 400') is the nearest fact, not the answer. Decided from
what the quote states, the words of the part being looked for in it. English words are read
in the booklet's French through the glossary; a word it does not know is never taken as
absent. Pure functions over text."""

from __future__ import annotations

import re

from livret_qa import lexicon as lx
from livret_qa.answering.topic_words import glossed_words
from livret_qa.indexing.analyzer import analyze
from livret_qa.text import fold

# A part taken out of a counted total (folded): 'how many of (the|their|X's) …', 'combien
# des …', "combien d'entre eux", 'parmi les …', 'out of the 400 …', 'dont combien'. ('of
# which' asks which one: 'which article of which law …?')
_SUBSET = re.compile(
    r"\bhow (many|much) of\b|\bout of (the |those |these |its |their )?\d|"
    r"\bamong (them|the|their|its|those|these)\b|\bcombien (des|d'entre)\b|\bparmi\b|"
    r"\bdont combien\b"
)
# The verb saying what the part is or does, after which its words come ('… are students',
# '… sont des étudiants', '… bénéficient des paniers'); folded.
# ('do', 'does', 'did' are no such verb: 'how much of its costs do its revenues cover?'
# asks what covers a share, its subject after it)
_EN_VERB = re.compile(
    r"\b(are|were|is|was|have|has|had|get|gets|got|receive[sd]?|receiving|"
    r"come|comes|came|went|go|goes|live|lives|work|works|worked|become|became|benefit\w*|"
    r"found|find|finds|belong\w*)\b"
)
# (the longer forms first: 'ont été vendus' is one verb)
_FR_VERB = re.compile(
    r"\b(ont ete \w+|sont devenus|ont (re)?trouve|sont|est|etaient|etait|ont|avaient|avait|"
    r"viennent|venaient|travaillent|habitent|vivent|beneficient|beneficiaient|recoivent|"
    r"recevaient|deviennent)\b"
)


def _split(question: str) -> tuple[str, str]:
    """The total and the part a question takes out of it ('their members', 'students' of
    'how many of their members are students?'), folded; ('', '') when it asks no part, or
    says it with no verb to find it by."""
    folded = fold(question).rstrip(" ?!.")
    marker = _SUBSET.search(folded)
    if marker is None:
        return "", ""
    after = folded[marker.end() :]
    if marker.group(0) == "parmi":
        # 'parmi les 30 bénévoles, combien sont retraités ?': the part follows 'combien'
        asked = re.search(r"\bcombien\b", after)
        if asked is None:
            return "", ""
        total, after = after[: asked.start()], after[asked.end() :]
        verb = _FR_VERB.search(after)
        return total.strip(), (after[verb.end() :] if verb is not None else after).strip()
    verb = _EN_VERB.search(after) or _FR_VERB.search(after)
    if verb is None:
        return "", ""
    return after[: verb.start()].strip(), after[verb.end() :].strip()


def total_asked(question: str) -> str:
    """The counted total a part is taken out of ('their members'), folded; '' if none."""
    return _split(question)[0]


def part_asked(question: str) -> str:
    """The words of the part a question takes out of a total ('students' of 'how many of
    their members are students?', 'maraichers' of 'combien des 8 producteurs sont
    maraîchers ?'), folded; '' when it asks no part, or says it with no verb to find it by."""
    return _split(question)[1]


def _french_stems(words: str) -> set[str]:
    """The content stems of a French part ('des étudiants': {'etudi'})."""
    return {t for t in analyze(words) if t not in lx.STOPWORDS and len(t) > 2 and not t.isdigit()}


# A name inside a sentence ('Ecomobilier', 'Les Papillons Blancs'): no part it counts.
# (a card's label in capitals, 'NOMBRE DE BÉNÉVOLES', is no name)
_NAME = re.compile(r"(?:(?<=[\w,;] )|(?<=\())[A-ZÀ-Ý][a-zà-ÿ][\w'-]*")


def part_held(part: str, text: str, english: bool, names: bool = True) -> bool | None:
    """Whether a text states the part asked: one of its words held by the text (True), none
    (False), or None when no word of it can be read (an English word the glossary does not
    know, a French part of function words only). Not `names`: the capitalised words inside
    the text are left out ('2 éco-organismes (Ecomobilier …)' counts no furniture)."""
    vocab = set(analyze(text if names else _NAME.sub(" ", text)))
    if english:
        glossed = glossed_words(part)
        if not glossed:
            return None
        return any(g.held_by(vocab) for g in glossed)
    stems = _french_stems(part)
    if not stems:
        return None
    return bool(stems & vocab)


# A count stated: digits, or a number word ('un tiers', 'une dizaine'); folded.
_COUNT = re.compile(r"\d[\d  .,]*|" + lx.QUANTITY_STATED_WORDS.pattern)
_AFTER = 6  # words after a count that say what it counts ('un tiers concernés par les paniers')
_BEFORE = 6  # words before it ('une valorisation de dons en nature de plus de 40 000€')


def counts_part(part: str, sentence: str, english: bool) -> bool:
    """Whether a sentence counts the part asked: a count beside (a few words after or
    before it) a word of the part ('400 adhérents dont un tiers concernés par les paniers
    solidaires'), names inside the sentence left out ('2 éco-organismes (Ecomobilier …)')."""
    text = fold(_NAME.sub(" ", sentence))
    for count in _COUNT.finditer(text):
        # (a sum is bound to the words before it too: 'dons en nature de plus de 40 000€')
        before = " ".join(text[: count.start()].split()[-_BEFORE:])
        window = f"{before} {' '.join(text[count.end() :].split()[:_AFTER])}"
        if window.strip() and part_held(part, window, english):
            return True
    return False


def part_words(question: str, english: bool) -> str:
    """The part asked in the question's own words, as an abstention names it ('« students »',
    '« retraités »')."""
    part = part_asked(question)
    folded = fold(question)
    at = folded.rfind(part) if part else -1
    if at >= 0 and len(folded) == len(question):  # folding keeps each letter's place
        part = question[at : at + len(part)]
    if english:
        words = [g.word for g in glossed_words(part)]
    else:
        words = [w for w in part.split() if _french_stems(w)]
    return ", ".join(f"« {w} »" for w in words) or f"« {part} »"
