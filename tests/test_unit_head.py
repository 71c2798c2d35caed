"""Who is in charge of one part of a structure (a workshop, a side, a team, a pôle): the
director on the contact card does not head it unless their role names it; the card is the
nearest fact (synthetic questions, and the real booklet, fast tier)."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.unit_head import duty_asked, heads, unit_asked
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold

from .citation_checks import check_answer
from .conversations import asked_before


@pytest.mark.parametrize(
    ("question", "unit"),
    [
        ("Who is in charge of the welding workshop?", "welding workshop"),
        ("who runs the bike repair side at Zorbalux?", "bike repair side"),
        ("qui s'occupe des ateliers cuisine chez Zorbalux ?", "ateliers cuisine"),
        ("qui est le responsable de l'atelier couture ?", "atelier couture"),
        ("Who manages their shop?", "shop"),
        ("c'est qui le chef du pôle numérique ?", "pole numerique"),
        # the structure itself, or no one asked: no part
        ("Who runs Zorbalux?", None),
        ("qui dirige l'association ?", None),
        ("Who is the director of the Boulogne food bank?", None),
        ("What does the sewing workshop make?", None),
    ],
)
def test_the_part_whose_head_is_asked(question: str, unit: str | None) -> None:
    assert unit_asked(question) == unit


def test_a_role_naming_the_part_heads_it() -> None:
    assert heads("Responsable de l'atelier couture", "sewing atelier couture")
    assert not heads("Directrice", "atelier couture")


@pytest.mark.parametrize(
    ("question", "fiche_id", "history"),
    [
        (
            "Who is in charge of the welding workshop at Le Bois de Deux Mains?",
            "le-bois-de-deux-mains",
            [],
        ),
        ("Who runs the computer-training side at Synapse 3i?", "synapse-3i", []),
        ("qui est le responsable de l'atelier couture de VESTALI ?", "vestali", []),
        (
            "qui s'occupe des ateliers cuisine aux Copains de Thiérache ?",
            "les-copains-de-thierache",
            [],
        ),
        (
            "who heads their welding team, then?",
            "le-bois-de-deux-mains",
            ["Le Bois de Deux Mains fait-il de la soudure ?"],
        ),
    ],
)
def test_the_head_of_a_part_unnamed_is_not_the_director(
    fake_engine: Engine, question: str, fiche_id: str, history: list[str]
) -> None:
    answer = ask(fake_engine, question, asked_before(history, "Oui."))
    check_answer(fake_engine.corpus, answer.to_dict())
    assert answer.abstained, answer.answer
    assert [s.fiche_id for s in answer.structures] == [fiche_id]
    assert answer.citations, answer.answer


@pytest.mark.parametrize(
    ("question", "person"),
    [
        ("Who runs Synapse 3i?", "Jean Pierre Motte"),
        ("qui dirige VESTALI ?", "MARECHAL"),
        ("Who is the director of Le Panier de la Mer 62?", "Sophie Cazenave"),
    ],
)
def test_the_head_of_the_structure_is_answered(
    fake_engine: Engine, question: str, person: str
) -> None:
    answer = ask(fake_engine, question)
    assert not answer.abstained and person.lower() in answer.answer.lower(), answer.answer


# -- who does a duty ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "duty"),
    [
        ("qui s'occupe de la com chez eux ?", "communication"),
        ("Who handles their social media?", "communication"),
        ("Who takes care of the accounting there?", "comptabilité"),
        ("qui gère la compta ?", "comptabilité"),
        ("Who does the deliveries?", "logistique"),
        ("who is in charge of the website?", "site web"),
        ("qui s'occupe du recrutement ?", "recrutement"),
        ("Who runs Synapse 3i?", None),
        ("What is their communication strategy?", None),
        ("Do they have a website?", None),
    ],
)
def test_the_duty_whose_doer_is_asked(question: str, duty: str | None) -> None:
    asked = duty_asked(question)
    assert (asked[0] if asked else None) == duty


DUTY_QUESTIONS = [
    ("Who handles communication at {name}?", "communication"),
    ("qui s'occupe de la comptabilité chez {name} ?", "comptabilité"),
    ("Who is in charge of the website at {name}?", "site web"),
    ("qui gère la logistique à {name} ?", "logistique"),
    ("Who does the books for {name}?", "comptabilité"),
]


@pytest.mark.parametrize(("frame", "duty"), DUTY_QUESTIONS)
@pytest.mark.parametrize(
    "name", ["VESTALI", "Synapse 3i", "La Remise Enjouée", "Les Copains de Thiérache"]
)
def test_a_duty_no_sentence_states_is_not_the_directors(
    fake_engine: Engine, frame: str, duty: str, name: str
) -> None:
    fiche = next(f for f in fake_engine.corpus.fiches if f.name == name)
    text = fold(fake_engine.corpus.sources[fiche.source][fiche.span.start : fiche.span.end])
    label, stated = next((d, s) for d, s in _duty_patterns() if d == duty)
    answer = ask(fake_engine, frame.format(name=name))
    check_answer(fake_engine.corpus, answer.to_dict())
    if not stated.search(text):  # the fiche never states that duty: no one is answered
        assert answer.abstained, answer.answer
        assert label in answer.answer
    else:  # the fiche's own sentence on that duty answers, whichever was found first
        assert not answer.abstained, answer.answer
        assert any(stated.search(fold(c.quote)) for c in answer.citations), answer.answer


def _duty_patterns():  # type: ignore[no-untyped-def]
    import re

    from livret_qa.answering.unit_head import DUTIES

    return [(label, re.compile(stated)) for label, _, stated in DUTIES]


@pytest.mark.parametrize(
    ("opening", "question", "duty"),
    [
        ("Tell me about VESTALI", "who handles the accounting?", "comptabilité"),
        (
            "Raconte-moi les débuts du Bois de Deux Mains",
            "qui s'occupe de la com ?",
            "communication",
        ),
        ("Parle-moi des Copains de Thiérache", "qui fait la compta ?", "comptabilité"),
    ],
)
def test_a_duty_asked_after_one_structure_is_asked_of_it(
    fake_engine: Engine, opening: str, question: str, duty: str
) -> None:
    first = ask(fake_engine, opening)
    (focus,) = [s.fiche_id for s in first.structures]
    turns = [{"role": "user", "content": opening}, {"role": "assistant", "content": first.answer}]
    answer = ask(fake_engine, question, turns)
    assert [s.fiche_id for s in answer.structures] == [focus], answer.answer
    fiche = fake_engine.corpus.fiche(focus)
    text = fold(fake_engine.corpus.sources[fiche.source][fiche.span.start : fiche.span.end])
    stated = next(s for d, s in _duty_patterns() if d == duty)
    assert answer.abstained is (not stated.search(text)), answer.answer
