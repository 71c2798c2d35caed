"""An 'et' inside a name the booklet writes ('le Pays de Sources et Vallées', 'Hauts et Bas')
joins no two questions: 'c'est en quelle année que le Pays de Sources et Vallées a été
labellisé PAT ?' was cut after 'Sources' and answered 2017 (another event of the Pays). What
must not change: two questions joined by 'et' ('Quand a été créée VESTALI et qui la dirige ?'),
and two structures joined by 'et' that the booklet never writes together. Synthetic."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from livret_qa.answering.plan import QuestionPlan
from livret_qa.answering.planner import split_parts
from livret_qa.retrieval.mentions import MentionDetector


def _written(phrase: str) -> bool:
    return phrase.lower() in ("sources et vallées", "arts and crafts")


@pytest.mark.parametrize(
    "text",
    [
        "En quelle année le Pays de Sources et Vallées a-t-il été labellisé PAT ?",
        "When was the Arts and Crafts fair held?",
    ],
)
def test_an_et_inside_a_name_joins_no_questions(text: str) -> None:
    assert len(split_parts(text, None, _written)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Quand a été créée VESTALI et qui la dirige ?",
        "Combien de salariés a VESTALI et Synapse 3i a combien de bénévoles ?",
    ],
)
def test_two_questions_stay_two(text: str) -> None:
    assert len(split_parts(text, None, _written)) == 2


def test_the_booklet_writes_the_name(mentions: MentionDetector) -> None:
    assert mentions.writes("Sources et Vallées")
    assert not mentions.writes("VESTALI et Synapse")


def test_the_plan_keeps_the_name_whole(plan: Callable[..., QuestionPlan]) -> None:
    p = plan("c'est en quelle année que le Pays de Sources et Vallées a été labellisé PAT ?")
    assert len(p.parts) == 1 and p.parts[0].intent == "date"
