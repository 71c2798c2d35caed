"""Class: whether a structure has volunteers or members, asked yes or no ('X a des bénévoles
?', 'does X have members?', 'y a-t-il des bénévoles chez X ?'). Its count answers when its
fiche gives one; when it gives none, a sentence naming them answers yes; when no sentence
names them, it abstains with the nearest fact. A count asked ('combien de bénévoles ?')
stays a count (real booklet, facts read from the parsed fiches, not written here)."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.people_had import measure_had, states_them
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold


@pytest.mark.parametrize(
    ("question", "measure"),
    [
        ("La Remise Enjouée a des bénévoles ?", "benevoles"),
        ("est-ce qu'ils ont des adhérents ?", "adherents"),
        ("y a-t-il des bénévoles chez eux ?", "benevoles"),
        ("does VESTALI have members?", "adherents"),
        ("Has it got any volunteers?", "benevoles"),
        ("do they rely on volunteers?", "benevoles"),
        ("how many members does it have?", None),
        ("combien de bénévoles ?", None),
        ("is VESTALI a member of a network?", None),
        ("VESTALI est membre de quel réseau ?", None),
        ("les bénévoles font quoi ?", None),
    ],
)
def test_having_people_is_read(question: str, measure: str | None) -> None:
    assert measure_had(question) == measure


def _fiches_naming(engine: Engine, measure: str) -> set[str]:
    return {
        f.id
        for f in engine.corpus.fiches
        if any(states_them(measure, section.text) for section in f.sections)
    }


@pytest.mark.parametrize(
    "template",
    [
        "{name} a des bénévoles ?",
        "does {name} have volunteers?",
        "y a-t-il des bénévoles chez {name} ?",
    ],
)
def test_volunteers_had_are_answered_from_what_the_fiche_says(
    engine: Engine, template: str
) -> None:
    naming = _fiches_naming(engine, "benevoles")
    assert naming and len(naming) < len(engine.corpus.fiches)
    for fiche in engine.corpus.fiches:
        answer = ask(engine, template.format(name=fiche.name))
        if fiche.id in naming:
            assert not answer.abstained, (fiche.name, answer.answer)
            assert [s.fiche_id for s in answer.structures] == [fiche.id]
            assert "benevol" in fold(answer.answer), answer.answer
        else:
            assert answer.abstained, (fiche.name, answer.answer)


def test_members_had_give_the_count(engine: Engine) -> None:
    answer = ask(engine, "does VESTALI have members?")
    assert not answer.abstained
    assert answer.plan["parts"][0]["attribute"] == "measure:adherents", answer.plan
    assert "reseau" not in fold(answer.answer.split("[1]")[0]), answer.answer
