"""A fact asked of one structure that the lexicon could not map, found by meaning.

Class: an answerable question about one structure worded far from its fiche's labels ('How
much fish does the Boulogne food bank get from the fish auctions?' for « 51 tonnes de
poissons collectés venant des criées », 'combien paie une personne précaire pour un panier ?'
for « … qui contribuent à hauteur de 2 €, 3 € ou 4 € … »). The slot fillers read a question
through word tables; when none maps its wording they report the attribute missing, the words
absent, or no amount — a gap that says only that the tables failed, not that the fiche is
silent. Before such a gap is said, the fiche's own sentences are ranked by the dense model
against the question (its structures' names removed): one that stands clearly above the
rest of the fiche and holds the answer type asked (a number for a figure) answers it.

A gap with positive evidence that the fiche does not state the fact (the asked year, role,
site or period differs from what is stated) is never reopened here (`REOPENED`)."""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from livret_qa import lexicon as lx
from livret_qa.answering.evidence import Evidence
from livret_qa.indexing.analyzer import analyze
from livret_qa.retrieval.blank_sentences import states_nothing
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold

# The gaps that only say the word tables found nothing: the attribute unmapped, the amount
# not found, the words asked not found together or at all, no passage. Every other gap
# ('year', 'role', 'other_site', 'planned', …) is positive evidence and stays.
REOPENED = frozenset({"attribute", "amount", "apart", "unmentioned", "passage"})
# The intents reopened: a figure, whose answer type a sentence can be checked to hold
# (`holds_type_asked`). Facts, fields, people, dates and 'unstated' kinds (hours, prices,
# salaries) keep their own checks: a near miss there reads as close as an answer.
INTENTS = frozenset({"figure"})
# The sentence must stand this far (cosine) above the median sentence of its own fiche, and
# be within LEAD_OVER_NEXT of its fiche's closest sentence: e5 cosines of one fiche lie within
# about 0.1 of each other. The lead alone does not tell a near miss (dev8's near misses reach
# 0.105: a sentence about the project asked, with no amount), hence the type check after it.
LEAD_OVER_MEDIAN = 0.05
LEAD_OVER_NEXT = -0.01
CARD_SECTIONS = frozenset({"identity", "contact"})
_NUMBER = re.compile(r"\d")


@dataclass(frozen=True)
class Ranked:
    """The fiche's sentence closest in meaning to the question, and how far it stands out."""

    evidence: Evidence
    over_median: float
    over_next: float


def closest_sentence(engine: Engine, query: str, fiche_id: str, expected: str) -> Ranked | None:
    """The fiche's sentence closest to `query` among those holding the answer type expected
    (a digit for a number), outside its identity and contact cards, with its leads."""
    scores = engine.sentence_scores(query)
    own = [
        j
        for j, s in enumerate(engine.sentences)
        if engine.chunks[s.chunk].fiche_id == fiche_id and not states_nothing(s.text)
    ]
    if len(own) < 3:
        return None
    median = float(np.median(scores[own]))
    told = [  # its cards name it, its place and its people: no fact asked of it
        j
        for j in own
        if engine.chunks[engine.sentences[j].chunk].section.value not in CARD_SECTIONS
    ]
    typed = [j for j in told if expected != "number" or _NUMBER.search(engine.sentences[j].text)]
    if not typed or len(told) < 2:
        return None
    best = max(typed, key=lambda j: float(scores[j]))
    others = [j for j in told if j != best]
    next_best = max(float(scores[j]) for j in others)
    sentence = engine.sentences[best]
    evidence = Evidence(fiche_id, sentence, engine.chunks[sentence.chunk], float(scores[best]))
    return Ranked(evidence, float(scores[best]) - median, float(scores[best]) - next_best)


def _stems(engine: Engine, word: str) -> set[str]:
    """A word's stems, with its French glosses when it is English ('fish': poisson)."""
    return set(analyze(engine.glossed(word)))


def _participle(question: str, word: str) -> bool:
    """Whether a folded word of the question is a French past participle as typed ('formées',
    'accompagnés', or 'formees' typed without accents)."""
    typed = [w for w in re.findall(r"[^\W\d_]+", question) if fold(w) == word]
    return word.endswith(("ee", "ees")) or any(w.endswith(("é", "ée", "és", "ées")) for w in typed)


def _qualifier(question: str, folded: str, head: str) -> str:
    """The participle qualifying a counted French noun within its next words ('personnes
    formées', 'personnes ont été formées'), or ''."""
    at = re.search(rf"\b{re.escape(head)}\b", folded)
    if at is None:
        return ""
    following = re.findall(r"[a-z]{3,}", folded[at.end() :])[:4]
    return next((w for w in following if w not in ("ete", "etes") and _participle(question, w)), "")


def holds_type_asked(engine: Engine, question: str, sentence: str) -> bool:
    """Whether a sentence holds the figure the question's frame asks (lexicon
    COUNTED_THING, MONEY_FRAME, SIZE_FRAME): a quantity that is not only a year; the thing
    counted, each of its words ('how many refurbished computers' needs both), counted by
    the number ('1200 ordinateurs', '51 tonnes de poissons'; English 'how many' asks a
    count, in no unit: not '3,5 tonnes de jouets'); an amount in euros when money is asked
    with no thing; an area when a size is. A question saying none of these holds nothing
    checkable: False."""
    folded, said = fold(question), lx.DIGIT_IN_NAME.sub(" ", fold(sentence))
    if not _NUMBER.search(lx.YEAR_ONLY.sub(" ", said)):
        return False
    tokens = set(analyze(sentence))
    counted = lx.COUNTED_THING.search(folded)
    thing = counted.group("thing").strip() if counted else ""
    words = [w for w in re.findall(r"[a-z]{3,}", thing) if analyze(w)]
    qualifier = ""
    if (
        words
        and counted is not None
        and fold(counted.group("frame")).startswith(("combien", "nombre", "nb"))
    ):
        # French names the thing first, its verb may follow inverted ('combien de poisson
        # récupèrent-ils ?'): the head noun alone, and a participle qualifying it ('personnes
        # formées': people trained are not any people counted), which the sentence must hold
        qualifier = _qualifier(question, folded, words[0])
        words = words[:1] + ([qualifier] if qualifier else [])
    if words:
        if not all(_stems(engine, w) & tokens for w in words):
            return False
        words = words[:1] if qualifier else words
        # what the number counts: its next words ('27 paniers', '25 volailles bios'), and
        # for an amount, after its unit ('51 tonnes de poissons'); English 'how many' asks a
        # count, in no unit ('3,5 tonnes de jouets' is no number of toys)
        span = 2 if counted is not None and counted.group("frame") == "how many" else 3
        head = _stems(engine, words[-1])  # English puts it last, French first (kept alone)
        after = re.findall(rf"\d[\d  .,]*\s+((?:[^\W\d]+'?\s*){{1,{span}}})", said)
        return any(set(analyze(words_after)) & head for words_after in after)
    if lx.MONEY_FRAME.search(folded):
        return bool(lx.AMOUNT_STATED.search(said))
    if lx.SIZE_FRAME.search(folded):
        return bool(lx.AREA_FIGURE.search(said))
    # nothing the question says tells what the number counts ('and how many do they sell?',
    # 'et Synapse 3i ?' after another's count): no sentence is checked to hold it
    return False


def stated_by_meaning(
    engine: Engine, query: str, fiche_id: str, expected: str, question: str
) -> Evidence | None:
    """The sentence that states what is asked, when one clearly does (`closest_sentence`
    standing LEAD_OVER_MEDIAN above its fiche's median, and near its fiche's first) and it
    holds the figure the question asks (`holds_type_asked`)."""
    ranked = closest_sentence(engine, query, fiche_id, expected)
    if ranked is None:
        return None
    if ranked.over_median < LEAD_OVER_MEDIAN or ranked.over_next < LEAD_OVER_NEXT:
        return None
    if expected == "number" and not holds_type_asked(
        engine, question, ranked.evidence.sentence.text
    ):
        return None
    return ranked.evidence
