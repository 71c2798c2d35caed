"""A yes/no question naming a partner ('La DRAAF soutient-elle le drive fermier ?'): the
sentence naming that partner is the evidence, before one naming more of the other things
asked; a partner the booklet never writes is said absent, and the nearest fact is never the
form's own unanswered question. Synthetic questions of the class, on the real booklet."""

from __future__ import annotations

import pytest

from livret_qa.answering.blanks import blanks_in
from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold

from .citation_checks import check_answer


def _partners(engine: Engine) -> list[tuple[str, str]]:
    """(fiche id, acronym) for acronyms written in one fiche's partner lines only once."""
    out = []
    for fiche in engine.corpus.fiches:
        raw = engine.corpus.sources[fiche.source][fiche.span.start : fiche.span.end]
        for word in ("DRAAF", "INFORMA", "ADEME", "FSDIE"):
            if raw.count(word) == 1:
                out.append((fiche.id, word))
    return out


@pytest.mark.parametrize(
    "template",
    ["La {partner} soutient-elle {name} ?", "Does the {partner} support {name}?"],
)
def test_the_sentence_naming_the_partner_is_quoted(engine: Engine, template: str) -> None:
    pairs = _partners(engine)
    assert pairs
    for fiche_id, partner in pairs:
        name = engine.corpus.fiche(fiche_id).name
        answer = ask(engine, template.format(partner=partner, name=name))
        check_answer(engine.corpus, answer.to_dict())
        assert answer.citations, answer.answer
        assert partner in answer.citations[0].quote, (partner, answer.answer)


@pytest.mark.parametrize(
    ("question", "partner"),
    [
        ("Le Bois de Deux Mains travaille-t-il avec le SMICTOM ?", "SMICTOM"),
        ("Does Synapse 3i work with the SYCTOM?", "SYCTOM"),
        ("Quel est le budget du GAMMA ?", "GAMMA"),
    ],
)
def test_a_partner_never_written_is_said_absent(
    engine: Engine, question: str, partner: str
) -> None:
    answer = ask(engine, question)
    check_answer(engine.corpus, answer.to_dict())
    assert answer.abstained, answer.answer
    assert partner in answer.answer
    for citation in answer.citations:  # never the form's own question, left blank
        assert "form" not in blanks_in(fold(citation.quote)), citation.quote


@pytest.mark.parametrize(
    ("first", "then"),
    [
        ("Qui dirige VESTALI ?", "Quel est le budget du GAMMA ?"),
        ("Qui dirige VESTALI ?", "What is the budget of GAMMA?"),
        ("Quelles structures récupèrent des jouets ?", "Qui dirige le SMICTOM ?"),
    ],
)
def test_a_name_never_written_asked_in_a_chat_is_refused(
    fake_engine: Engine, first: str, then: str
) -> None:
    """Class: a figure or person asked of a name the booklet never writes, in a chat, is
    refused as never mentioned, not answered with the structure in focus."""
    history = [
        {"role": "user", "content": first},
        {"role": "assistant", "content": ask(fake_engine, first).answer},
    ]
    answer = ask(fake_engine, then, history)
    assert answer.abstained, answer.answer
    assert not answer.structures, answer.answer


def test_its_budget_still_follows_the_one_in_focus(fake_engine: Engine) -> None:
    """What must not change: 'et son budget ?' asks the structure in focus."""
    first = "Qui dirige VESTALI ?"
    history = [
        {"role": "user", "content": first},
        {"role": "assistant", "content": ask(fake_engine, first).answer},
    ]
    answer = ask(fake_engine, "et son budget ?", history)
    assert [s.fiche_id for s in answer.structures] == ["vestali"], answer.answer
