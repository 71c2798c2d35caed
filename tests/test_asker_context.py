"""A founder's text that tells about the asker, then asks one thing of a structure it names
('Je suis maraîchère dans l'Aisne. Combien de paniers distribue le Jardin de Cocagne … ?',
'I live in the Nord. What is the budget of VESTALI?'): the asker's place, year or kind of
structure is theirs, not a filter on the structure, so the question is answered instead of
refused as 'no structure of that place'. What must not change: a place asked of the
structure ('a shop in Arras?') or pointing back at the asker ('une boutique ici ?'), and a
project described then 'who does that?' (no structure named). Synthetic questions."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.plan import QuestionPlan
from livret_qa.retrieval.engine import Engine

from .citation_checks import check_answered_with


@pytest.mark.parametrize(
    ("question", "fiche_id", "said"),
    [
        (
            "Je suis maraîchère dans l'Aisne. Combien de paniers solidaires distribue Le Jardin "
            "de Cocagne de la Haute Borne ?",
            "le-jardin-de-cocagne-de-la-haute-borne",
            "100",
        ),
        ("I live in the Nord. What is the budget of VESTALI?", "vestali", "878 296"),
        ("On est une asso de Boulogne. Quel est le budget de VESTALI ?", "vestali", "878 296"),
        ("Je suis née en 1990. Quel est le budget de VESTALI ?", "vestali", "878 296"),
        ("We are a small team in the Somme; who runs La Remise Enjouée?", "la-remise", "COUSIN"),
    ],
)
def test_the_askers_own_context_is_not_asked(
    fake_engine: Engine, question: str, fiche_id: str, said: str
) -> None:
    check_answered_with(fake_engine, question, said, fiche_id, as_asked=False)


@pytest.mark.parametrize(
    ("question", "departements", "places"),
    [
        ("I live in the Nord. Which structures do reuse?", ["59"], []),
        ("Je suis à Lille. VESTALI a-t-elle une boutique ici ?", [], ["Lille"]),
        ("I am in Arras. Does VESTALI have a shop in Arras?", [], ["Arras"]),
    ],
)
def test_a_place_asked_stays_asked(
    plan: Callable[..., QuestionPlan], question: str, departements: list[str], places: list[str]
) -> None:
    got = plan(question)
    assert got.departements == departements and got.places == places


def test_a_place_asked_of_the_structure_still_abstains(fake_engine: Engine) -> None:
    assert ask(fake_engine, "I am in Arras. Does VESTALI have a shop in Arras?").abstained
