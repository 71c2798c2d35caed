"""What a structure takes in or turns away ('Anything they won't take?', 'What does X not
accept?', 'les objets qu'ils refusent', 'qu'est-ce qu'ils prennent ?'): its 'matières
concernées', whose 'sauf …' says what is refused. 'won't' is 'will not', no prize won. What
must not change: a prize asked by winning, a refusal of something else. Synthetic questions."""

from __future__ import annotations

import pytest

from livret_qa import lexicon as lx
from livret_qa.answering.planner import asked_attribute
from livret_qa.text import fold


@pytest.mark.parametrize(
    "question",
    [
        "Anything they won't take?",
        "What does Il était deux fois not accept?",
        "what won't the toy shop collect?",
        "What do they take in?",
        "Y a des objets qu'Il était deux fois refuse ?",
        "des trucs qu'ils n'acceptent pas ?",
        "qu'est-ce qu'ils prennent ?",
        "et que récupèrent-ils ?",
        # the refusal asked first ('X refuse quoi comme dons ?', 'qu'est-ce que X n'accepte
        # pas ?', 'refuse-t-elle des objets ?')
        "La Remise Enjouée refuse quoi comme dons ?",
        "VESTALI refuse quels articles ?",
        "qu'est-ce que la ressourcerie n'accepte pas ?",
        "Qu'est-ce que Synapse 3i ne prend pas ?",
        "ce qu'ils ne récupèrent pas, c'est quoi ?",
        "Does Il était deux fois refuse anything?",
        "la ressourcerie refuse-t-elle des objets ?",
    ],
)
def test_what_is_taken_or_refused_asks_the_materials(question: str) -> None:
    asked = asked_attribute(question)
    assert asked is not None and asked[1] == "subpart:materials", asked


@pytest.mark.parametrize(
    "question",
    [
        "Pourquoi leur demande de subvention a été refusée ?",
        "Do they take volunteers?",
        "Who takes the decisions?",
        "How long does it take to train a worker?",
    ],
)
def test_other_takings_and_refusals_ask_no_materials(question: str) -> None:
    asked = asked_attribute(question)
    assert asked is None or asked[1] != "subpart:materials", asked


@pytest.mark.parametrize(
    ("question", "win"),
    [
        ("Anything they won't take?", False),
        ("they wont take TVs?", False),
        ("Did they win anything?", True),
        ("Have they won a prize?", True),
    ],
)
def test_wont_is_no_win(question: str, win: bool) -> None:
    assert bool(lx.WIN_ASKED.search(fold(question))) is win


def _ask(engine, question: str):  # type: ignore[no-untyped-def]
    from livret_qa.answering.compose import ask

    return ask(engine, question, [])


@pytest.mark.parametrize(
    "question",
    [
        "What items does La Remise Enjouée not accept?",
        "VESTALI refuse quels dons ?",
        "what don't they take at Synapse 3i?",
        "la remise enjouée, elle refuse quels jouets ?",
        "is there anything VESTALI won't accept?",
    ],
)
def test_a_refusal_asked_of_a_list_with_no_exclusion_is_not_stated(engine, question: str) -> None:  # type: ignore[no-untyped-def]
    """A list of what is taken names no refusal: refused, that list the nearest fact."""
    answer = _ask(engine, question)
    assert answer.abstained, answer.answer
    assert "MATIÈRES CONCERNÉES" in answer.answer, answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "qu'est-ce qu'Il était deux fois n'accepte pas ?",
        "Il était deux fois refuse quoi comme objets ?",
        "What won't Il était deux fois take?",
        "Does Il était deux fois refuse anything?",
    ],
)
def test_a_refusal_asked_of_a_list_with_an_exclusion_quotes_it(engine, question: str) -> None:  # type: ignore[no-untyped-def]
    answer = _ask(engine, question)
    assert not answer.abstained, answer.answer
    assert "sauf les cassettes VHS" in answer.answer, answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "Il était deux fois accepte-t-il les téléviseurs ?",
        "Il était deux fois prend les téléviseurs ?",
        "Does Il était deux fois accept TVs?",
        "est-ce qu'Il était deux fois récupère le gros électroménager ?",
    ],
)
def test_a_thing_named_only_as_excluded_is_a_no(engine, question: str) -> None:  # type: ignore[no-untyped-def]
    """« postes de travail » names no television set, though the glossary adds 'poste'."""
    answer = _ask(engine, question)
    assert answer.answer.startswith(("Non", "No ")), answer.answer


def test_a_thing_taken_is_still_a_yes(engine) -> None:  # type: ignore[no-untyped-def]
    answer = _ask(engine, "Il était deux fois accepte-t-il les meubles ?")
    assert answer.answer.startswith("Oui"), answer.answer
