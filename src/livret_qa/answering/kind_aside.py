"""A kind of structure asked that no structure of the booklet is, only names as another party.

Class of question: whether the booklet holds a kind of structure, or who runs one ('Y a-t-il
un repair café ?', 'qui gère un repair café ?', 'is there a repair cafe?'). A fiche that names
the kind only as someone it deals with ('sont transmis … au Repair café du territoire'), in a
partner line, a network's name or a project, is not of that kind and does not run one: the
answer is that none is, with those fiches quoted as the nearest (what the booklet does say),
not a list of them as if they were. Whether a fiche *is* of the kind is read as
`list_scope.passing_holders` reads it (`CENTRAL` salience, or the action the fiche zooms on
doing it: `_own_action`), so the rule holds on any booklet the facet tables read.

Not this class: a kind asked as a party ('qui travaille avec un repair café ?', 'partners of
a ressourcerie', `lx.KIND_AS_PARTY`), answered by those very fiches; a kind some structure is
(one ressourcerie among partner lists naming others: `central` keeps it alone); a kind no
fiche names at all (the abstention on unknown words says so).
"""

from __future__ import annotations

from dataclasses import dataclass

from livret_qa import facet_words as fw
from livret_qa import lexicon as lx
from livret_qa.answering.kind_stated import AIM_REACH
from livret_qa.answering.list_scope import CENTRAL, KIND_FACET, _own_action
from livret_qa.answering.similarity import facets_for
from livret_qa.facts.facets import FacetEvidence, match_words
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold


def _party_before(before: str) -> bool:
    """Whether the words before the kind asked make it a party: a preposition of relation
    before its article ('à un repair café', 'to a repair café'), not an article alone ('is
    there a repair café', 'y a-t-il un repair café')."""
    words = lx.ARTICLE_AT_END.sub("", fold(before).rstrip(), count=1)
    return bool(lx.PARTY_PREPOSITION_AT_END.search(words))


def _runs_it(engine: Engine, evidence: FacetEvidence) -> bool:
    """Whether a fiche's mention of the kind is its own doing (`_own_action`), and not the
    place it passes things on to ('sont transmis au repair café du quartier')."""
    source = engine.corpus.sources[evidence.source]
    before = source[max(0, evidence.match_start - 40) : evidence.match_start]
    return _own_action(engine, evidence) and not _party_before(before)


def _only_planned(engine: Engine, evidence: FacetEvidence) -> bool:
    """Whether a fiche's mention of the kind is its own project or aim ('a un projet de
    ressourcerie'), not a structure of that kind it is or deals with."""
    source = engine.corpus.sources[evidence.source]
    before = fold(source[max(0, evidence.match_start - AIM_REACH) : evidence.match_start])
    return bool(lx.KIND_PROJECTED.search(before) or lx.KIND_AIMED.search(before))


@dataclass(frozen=True)
class KindAside:
    """The kind asked, as the question writes it, and the fiches naming it only aside."""

    asked: str
    namers: tuple[str, ...]


def named_only_aside(
    engine: Engine, question: str, within: frozenset[str] | None = None
) -> KindAside | None:
    """The kind of structure `question` asks for when no fiche of the booklet (of `within`,
    the fiches standing in the place asked, when given) is of it and some fiche names it as
    another party or a project; None otherwise (some fiche is of the kind, none names it,
    or the question asks for it as a party). Class of the place: 'Is there a ressourcerie
    in Amiens?', 'y a-t-il une ressourcerie dans la Somme ?' where the one structure there
    'a un projet de ressourcerie' and the booklet's ressourcerie stands elsewhere."""
    found = match_words(question, (KIND_FACET,))
    # the kind as written, not those it implies ('une AMAP' implies a farmers' way of selling)
    implied = {v for m in found for v in fw.word(KIND_FACET, m.value).implies}
    matches = [m for m in found if m.value not in implied]
    if not matches:
        return None
    if lx.KIND_AS_PARTY.search(fold(question)) or any(
        _party_before(question[: m.start]) for m in matches
    ):
        return None
    fiches = facets_for(engine).fiches
    namers: list[str] = []
    for m in matches:
        for fiche_id, ff in fiches.items():
            if within is not None and fiche_id not in within:
                continue
            if ff.salience(KIND_FACET, m.value) <= 0:
                continue
            if ff.salience(KIND_FACET, m.value) >= CENTRAL:
                return None  # one structure is of that kind
            mentions = ff.of(KIND_FACET).get(m.value, [])
            if any(_runs_it(engine, e) for e in mentions):
                return None  # the action it zooms on runs one
            if within is not None and not all(_only_planned(engine, e) for e in mentions):
                return None  # in a place: a party named there may be what the asker means
            if fiche_id not in namers:
                namers.append(fiche_id)
    if not namers:
        return None
    return KindAside(asked=matches[0].text, namers=tuple(namers))
