"""A French word the glossary knows ('ma compagne', 'mon compagnon') is typed on purpose: it
never stands for a structure's name one letter off ('Cocagne'), so a founder telling who they
work with is not read as asking about the Jardin de Cocagne. What must not change: a name's
own misspellings ('cocagen', 'Cocange') are still read. Synthetic texts."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine
from livret_qa.retrieval.mentions import MentionDetector


@pytest.mark.parametrize(
    "text",
    [
        "avec ma compagne on voudrait ouvrir une recyclerie",
        "ma compagne et moi avons un projet de ressourcerie",
        "mon frère et sa compagne veulent vendre des légumes",
        "une compagne de route dans l'économie solidaire",
        "My partner and I, ma compagne, want to open a repair café",
    ],
)
def test_a_known_word_names_no_structure(mentions: MentionDetector, text: str) -> None:
    assert mentions.mentioned(text) == []


@pytest.mark.parametrize(
    ("text", "fiche_id"),
    [
        ("le jardin de cocange", "le-jardin-de-cocagne-de-la-haute-borne"),
        ("jardin de cocagen", "le-jardin-de-cocagne-de-la-haute-borne"),
        ("Jardin de Coquagne", "le-jardin-de-cocagne-de-la-haute-borne"),
        # a known word that is the name word's own form, its ending dropped
        ("la remise enjoué c koi leur périmètre", "la-remise-enjouee"),
        ("les copain de thierache", "les-copains-de-thierache"),
    ],
)
def test_a_misspelt_name_is_still_read(mentions: MentionDetector, text: str, fiche_id: str) -> None:
    assert mentions.mentioned(text) == [fiche_id]


@pytest.mark.parametrize(
    "question",
    [
        "Avec ma compagne on voudrait ouvrir une boutique qui revend des meubles récupérés et "
        "embaucher des personnes en réinsertion. Vous avez des exemples qui ressemblent ?",
        "Ma compagne et moi on veut monter une ressourcerie à la campagne avec des salariés en "
        "insertion, qui fait déjà ça ?",
    ],
)
def test_a_founder_with_a_partner_asks_for_similar_projects(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.plan["parts"][0]["intent"] == "similar", answer.plan
    assert "le-jardin-de-cocagne-de-la-haute-borne" not in [
        s.fiche_id for s in answer.structures[:2]
    ], answer.answer
