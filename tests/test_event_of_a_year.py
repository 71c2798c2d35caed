"""What happened in a year ('what happened to them in 2018?', 'que se passe-t-il en 2018 ?'):
the fiche's sentence of that year tells it, though it names the structures only through the
sentence before it ('Ces deux structures … fusionnent en 2018'); a year the fiche never writes
is still nothing for that year. And a question opening with an elided 'que' ("qu'a fait …")
asks what, in French, never yes or no."""

from __future__ import annotations

import re

import pytest

from livret_qa import lexicon as lx
from livret_qa.answering.compose import ask
from livret_qa.answering.language import detect_language
from livret_qa.answering.planner import asks_yes_no
from livret_qa.parsing.corpus import Corpus
from livret_qa.text import fold


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What happened to them in 2018?", True),
        ("Que se passe-t-il pour eux en 2018 ?", True),
        ("Qu'a fait l'association en 2020 ?", True),
        ("What did the charity do in 2019?", True),
        ("Quel est le budget en 2018 ?", False),
        ("How many staff in 2020?", False),
    ],
)
def test_an_event_asked_by_its_year(question: str, expected: bool) -> None:
    assert bool(lx.EVENT_OF_A_YEAR.search(fold(question))) is expected


@pytest.mark.parametrize(
    "question",
    ["Qu'a fait la Grange en 2020 ?", "Qu'ont-ils vendu en 2019 ?", "et qu'a fait l'asso ?"],
)
def test_an_elided_que_asks_what_in_french(question: str) -> None:
    assert not asks_yes_no(question)
    assert detect_language(question) == "fr"


def _merger(corpus: Corpus) -> tuple[str, str, str] | None:
    """A fiche sentence dating an event of structures named only in the sentence before:
    (fiche id, the year, a name of the earlier sentence)."""
    for fiche in corpus.fiches:
        text = corpus.sources[fiche.source][fiche.span.start : fiche.span.end]
        m = re.search(r"Ces deux structures[^.]*?\b((?:19|20)\d\d)\b", text)
        if m is None:
            continue
        before = text[: m.start()]
        names = re.findall(r"l'association ([A-Z]\w+ [A-Z]\w+)", before)
        if names:
            return fiche.id, m.group(1), names[-1]
    return None


@pytest.mark.slow
def test_what_happened_in_a_year_is_that_years_sentence(engine, corpus: Corpus) -> None:
    found = _merger(corpus)
    assert found is not None
    fiche_id, year, name = found
    for question in (
        f"What happened to {name} in {year}?",
        f"Que se passe-t-il pour {name} en {year} ?",
    ):
        answer = ask(engine, question)
        assert not answer.abstained, answer.answer
        assert answer.structures[0].fiche_id == fiche_id
        assert year in answer.citations[0].quote, answer.answer
    answer = ask(engine, f"What happened to {name} in 2031?")
    assert answer.abstained and "2031" in answer.answer
