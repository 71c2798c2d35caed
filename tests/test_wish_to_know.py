"""A polite opening wishing to know ('je voudrais savoir à quelle heure …', 'I'd like to know
when …', 'j'aimerais connaître …') asks a question; it describes no project of one's own, so
it is not answered with the initiatives most like a project. A wish to build still is one
('je voudrais ouvrir une épicerie', 'I'd like to open a repair café')."""

from __future__ import annotations

import re

import pytest

from livret_qa import lexicon as lx
from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold


@pytest.mark.parametrize(
    ("text", "project"),
    [
        ("bonjour, je voudrais savoir à quelle heure ouvre la boutique de Guise", False),
        ("I'd like to know when the Hirson shop opens", False),
        ("j'aimerais connaître le budget de Synapse 3i", False),
        ("je veux savoir qui dirige VESTALI", False),
        ("we would like to find out who runs the toy library", False),
        ("je voudrais ouvrir une épicerie solidaire dans mon village", True),
        ("I would like to open a repair café with volunteers", True),
        ("j'aimerais créer une ressourcerie", True),
    ],
)
def test_a_wish_to_know_is_no_project(text: str, project: bool) -> None:
    assert bool(re.search(lx.PROJECT_DESCRIPTION, fold(text))) is project


def test_a_polite_question_about_unstated_hours_is_refused(fake_engine: Engine) -> None:
    answer = ask(
        fake_engine,
        "bonjour, je voudrais savoir à quelle heure on peut récupérer sa commande au "
        "bar-tabac de Carlepont, c'est le matin ou le soir ?",
    )
    assert answer.abstained
    assert answer.plan["parts"][0]["intent"] != "similar"
