"""'What does ALEFPA stand for?', 'que veut dire le sigle APES ?', 'CAF, ça veut dire
quoi ?': the words behind an acronym, from the passage spelling it out, else an abstention
quoting where the booklet uses it. Class: acronym expansions asked (read as open questions,
they quoted any sentence of a fiche naming the acronym). Synthetic texts, and the real
booklet's own acronyms found by scanning it."""

from __future__ import annotations

import re

import pytest

from livret_qa.answering.acronym import asked_acronym, spelt_out, uses
from livret_qa.answering.compose import ask
from livret_qa.parsing.corpus import Corpus


@pytest.mark.parametrize(
    ("question", "letters"),
    [
        ("What does XYZA stand for?", "XYZA"),
        ("what does the acronym QRS mean?", "QRS"),
        ("What is BLT short for?", "BLT"),
        ("que veut dire le sigle ABCD ?", "ABCD"),
        ("Que signifie FGH ?", "FGH"),
        ("KLM, ça veut dire quoi ?", "KLM"),
        ("c'est quoi le sigle ulm ?", "ULM"),
    ],
)
def test_an_expansion_asked_is_read(question: str, letters: str) -> None:
    assert asked_acronym(question) == letters


@pytest.mark.parametrize(
    "question",
    ["Who runs VESTALI?", "What does VESTALI do?", "que fait la CAF ?", "Quel est le budget ?"],
)
def test_other_questions_ask_no_expansion(question: str) -> None:
    assert asked_acronym(question) == ""


def test_spelt_out_either_way_round() -> None:
    text = (
        "Elle travaille avec la Caisse Régionale des Ponts (CRP). Le GIP (Groupement "
        "d'Intérêt Public) aussi. Le ZZ (sans rapport) non."
    )
    assert [s.words for s in spelt_out(text, "CRP")] == ["Caisse Régionale des Ponts"]
    assert [s.words for s in spelt_out(text, "GIP")] == ["Groupement d'Intérêt Public"]
    assert spelt_out(text, "ZZ") == []
    assert len(uses(text, "GIP")) == 1


def _booklet(corpus: Corpus) -> str:
    return "\n".join(corpus.sources.values())


def _acronyms(corpus: Corpus) -> tuple[list[str], list[str]]:
    text = _booklet(corpus)
    written = sorted(
        set(re.findall(r"\(([A-Z]{3,6})\)", text)) | set(re.findall(r"\b[A-Z]{5,6}\b", text))
    )
    names = {w for f in corpus.fiches for w in f.name.upper().split()}
    written = [a for a in written if a not in names]
    spelt = [a for a in written if spelt_out(text, a)]
    bare = [a for a in written if not spelt_out(text, a) and uses(text, a)]
    return spelt, bare


def test_an_acronym_spelt_out_is_answered_with_its_words(engine, corpus: Corpus) -> None:
    spelt, _ = _acronyms(corpus)
    assert spelt
    text = _booklet(corpus)
    for letters in spelt[:4]:
        answer = ask(engine, f"What does {letters} stand for?")
        spellings = {s.words.lower() for s in spelt_out(text, letters)}
        assert not answer.abstained, answer.answer
        assert any(w in answer.answer.lower() for w in spellings), answer.answer
        assert answer.citations and answer.structures


def test_an_acronym_never_spelt_out_abstains_quoting_its_use(engine, corpus: Corpus) -> None:
    _, bare = _acronyms(corpus)
    assert bare
    for letters in bare[:4]:
        answer = ask(engine, f"que veut dire le sigle {letters} ?")
        assert answer.abstained, answer.answer
        assert answer.citations and letters in answer.citations[0].quote
