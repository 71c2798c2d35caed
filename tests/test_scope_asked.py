"""A scope asked of a part the booklet lists by scope ('ses partenaires locaux', 'et au niveau
national ?' after the local ones, 'the regional funders'): the lines under that scope's own
label ('Local :', 'National :'), not every line, nor a refusal that the booklet gives nothing
nationally when its 'National :' line is there. No scope asked, or one the fiche does not
label: every line, as before. Synthetic conversations over every fiche of the real booklet
listing partners by scope, on the fake engine (fast tier)."""

from __future__ import annotations

import re

import pytest

from livret_qa.answering.compose import ask
from livret_qa.parsing.fiche import Fiche
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold

SCOPES = {"local": "Local", "regional": "Régional", "national": "National"}


def _scoped(engine: Engine, scope: str) -> list[Fiche]:
    """The fiches whose financial partners have a line under this scope's label."""
    label = re.compile(rf"^\W*{scope}\w*\s*:", re.M)
    out = []
    for f in engine.corpus.fiches:
        text = fold(engine.corpus.sources[f.source][f.span.start : f.span.end])
        at = text.find("partenaires financiers")
        if at >= 0 and label.search(text[at : at + 1500]):
            out.append(f)
    return out


def _quotes(answer) -> list[str]:  # type: ignore[no-untyped-def]
    return [fold(c.quote) for c in answer.citations]


@pytest.mark.parametrize(
    ("first", "then", "scope"),
    [
        (
            "Qui sont les partenaires financiers locaux de {name} ?",
            "et au niveau national ?",
            "national",
        ),
        ("Who are {name}'s national funders?", "and the local ones?", "local"),
        (
            "Quels sont les partenaires financiers de {name} au niveau local ?",
            "et régionaux ?",
            "regional",
        ),
    ],
)
def test_the_scope_asked_next(fake_engine: Engine, first: str, then: str, scope: str) -> None:
    fiches = _scoped(fake_engine, scope)
    assert len(fiches) >= 3
    for fiche in fiches:
        question = first.format(name=fiche.name)
        before = ask(fake_engine, question)
        history = [
            {"role": "user", "content": question},
            {"role": "assistant", "content": before.answer},
        ]
        answer = ask(fake_engine, then, history)
        assert not answer.abstained, (fiche.id, answer.answer)
        quotes = _quotes(answer)
        assert quotes and all(q.startswith(scope) for q in quotes), (fiche.id, quotes)


def test_no_scope_asked_keeps_every_line(fake_engine: Engine) -> None:
    for fiche in _scoped(fake_engine, "national"):
        answer = ask(fake_engine, f"Qui finance {fiche.name} ?")
        starts = {q.split(":")[0].strip() for q in _quotes(answer)}
        assert len(starts) > 1, (fiche.id, starts)
