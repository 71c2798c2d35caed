"""A town asked as another card spells it ('Villeneuve-d'Ascq' with hyphens, 'villeneuve
d'ascq' without) is the same town: the fiche writing 'Villeneuve d'Ascq' was said never to
mention 'Villeneuve-d'Ascq', and the director asked of its garden was refused. What must not
change: a town the fiche never names, and a year the fiche does not hold. Synthetic."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.slots import mentions_any
from livret_qa.parsing.corpus import Corpus
from livret_qa.retrieval.engine import Engine


@pytest.mark.parametrize(
    ("words", "held"),
    [
        (["Villeneuve-d'Ascq"], True),
        (["villeneuve d ascq"], True),
        (["Villeneuve d’Ascq"], True),
        (["2019"], False),
        (["Lille"], True),  # its head office's town
        (["Amiens"], False),
    ],
)
def test_a_town_however_spelt(
    fake_engine: Engine, corpus: Corpus, words: list[str], held: bool
) -> None:
    fiche = corpus.fiche("le-jardin-de-cocagne-de-la-haute-borne")
    assert mentions_any(fake_engine, fiche, words) is held


def test_the_director_of_the_garden_there(engine: Engine) -> None:
    answer = ask(engine, "who is the director of the organic garden in villeneuve d'ascq")
    assert "Poillon" in answer.answer and "never mentions" not in answer.answer, answer.answer


def test_a_town_never_named_still_abstains(engine: Engine) -> None:
    assert ask(engine, "Synapse 3i a-t-elle un site à Lille ?").abstained
