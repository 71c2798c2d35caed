"""A follow-up switching structure by describing its people, as whose figure it asks: 'et le
budget des recycleurs de jouets ?', "and the toy recyclers' budget?", "what about the furniture
upcycler's budget?". Class: the description (agents named with what they work on) stands after
what is asked (French complement) or before it (English possessor), where only a follow-up that
was the description alone was read; the figure stayed on the structure in focus, or was refused
with the description's words read as the thing measured. A lone agent noun ('le nombre des
visiteurs') and a role ('le budget des producteurs') describe no structure. Synthetic
conversations over the real booklet."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.described_switch import described_words, without_described
from livret_qa.text import fold
from tests.conversations import exchange, named

_WOOD = exchange("Combien de tonnes de bois collecte le Bois de Deux Mains ?", "1 100 par an.")
_WOOD_EN = exchange("How many tonnes of wood does Le Bois de Deux Mains collect?", "1,100 a year.")
_BUDGET_EN = exchange("What's Synapse 3i's budget?", "2,037,760 €.")


@pytest.mark.parametrize(
    ("history", "question", "fiche", "words"),
    [
        (_WOOD, "et le budget des recycleurs de jouets ?", "la-remise-enjouee", "260 000"),
        (_WOOD_EN, "and the toy recyclers' budget?", "la-remise-enjouee", "260 000"),
        (_BUDGET_EN, "what about the furniture upcycler's budget?", "le-bois-de-deux-mains", "575"),
        (
            _WOOD,
            "et le directeur des collecteurs de poisson ?",
            "le-panier-de-la-mer-62",
            "Cazenave",
        ),
    ],
)
def test_the_agents_described_are_switched_to(
    engine: object, history: list[dict[str, str]], question: str, fiche: str, words: str
) -> None:
    answer = ask(engine, question, history)  # type: ignore[arg-type]
    assert named(answer)[:1] == [fiche], (question, answer.answer)
    assert words in answer.answer, (question, answer.answer)


@pytest.mark.parametrize(
    ("question", "words", "left"),
    [
        ("et le budget des recycleurs de jouets ?", "recycleurs jouets", "et le budget ?"),
        ("and the toy recyclers' budget?", "toy recyclers", "and budget?"),
        ("et combien d'adhérents chez les réparateurs de vélos ?", "reparateurs velos", None),
        # a lone agent, a role: no description
        ("et le nombre des visiteurs ?", "", None),
        ("et le budget des producteurs de l'Oise ?", "", None),
    ],
)
def test_what_describes_and_what_is_left(question: str, words: str, left: str | None) -> None:
    assert described_words(fold(question)) == words
    if left is not None:
        assert without_described(question) == left
