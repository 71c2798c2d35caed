"""A town typed in lower case among an adviser's keywords ('ressourcerie campigneulles tonnage
2020', 'liévin budget') is a place asked: the structure standing there is answered, not one
another keyword chose. Sentences keep their own place reading. Synthetic queries, on the real
booklet."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.keyword_town import towns_in_keywords
from livret_qa.retrieval.engine import Engine

from .conversations import named

# (keywords, the structure standing in the town they type)
KEYWORDS = [
    ("ressourcerie campigneulles tonnage 2020", "il-etait-deux-fois"),
    ("recyclerie campigneulles salaries", "il-etait-deux-fois"),
    ("liévin budget", "vestali"),
    ("lievin textile adherents", "vestali"),
    ("amiens reconditionnement tonnes", "synapse-3i"),
    ("boulogne insertion salaries", "le-panier-de-la-mer-62"),
    ("guise epicerie budget", "les-copains-de-thierache"),
]


@pytest.mark.parametrize(("query", "fiche"), KEYWORDS)
def test_town_keyword_picks_its_structure(engine: Engine, query: str, fiche: str) -> None:
    answer = ask(engine, query)
    assert answer.structures and answer.structures[0].fiche_id == fiche, named(answer)


def test_a_sentence_keeps_its_own_place_reading(engine: Engine) -> None:
    assert (
        towns_in_keywords("Quel budget pour la ressourcerie de campigneulles ?", engine.mentions)
        == []
    )


def test_keywords_name_the_whole_town(engine: Engine) -> None:
    assert towns_in_keywords("campigneulles tonnage", engine.mentions) == [
        "Campigneulles les Petites"
    ]
    assert towns_in_keywords("budget textile 2019", engine.mentions) == []


def test_site_figure_refusal_names_the_site(engine: Engine) -> None:
    """A site's own figure refused names the site asked, however it was typed."""
    for query in ("guise boutique surface", "the Guise shop surface of Les Copains?"):
        answer = ask(engine, query)
        assert answer.abstained
        assert "Guise" in answer.answer.split(". ")[0]
