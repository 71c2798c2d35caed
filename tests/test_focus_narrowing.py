"""A follow-up that picks among the structures of the previous answer by what it names of
them: 'celle de Liévin', 'the one in Guise' is the one standing in that town; 'only those doing
re-use?', 'lesquelles font de l'alimentation durable ?' keep those of that booklet theme
(fast tier, real booklet)."""

from __future__ import annotations

from collections import defaultdict

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.list_scope import plain
from livret_qa.parsing.fiche import Fiche
from livret_qa.retrieval.engine import Engine


def _listed(fiches: list[Fiche], lang: str) -> list[dict[str, str]]:
    """A turn asking for these structures and an answer naming them with their towns."""
    names = " ; ".join(f"**{f.name}** ({f.contact.town})" for f in fiches)
    question = "Quelles structures as-tu trouvées ?" if lang == "fr" else "Which ones did you find?"
    return [{"role": "user", "content": question}, {"role": "assistant", "content": names}]


def _groups(engine: Engine) -> list[list[Fiche]]:
    """Structures of one département standing in different towns: the answers to pick from."""
    by_dep: dict[str, list[Fiche]] = defaultdict(list)
    for f in engine.corpus.fiches:
        by_dep[f.contact.departement].append(f)
    groups = []
    for fiches in by_dep.values():
        # 'Villeneuve-d'Ascq' and 'Villeneuve d'Ascq' are one town
        towns = [plain(f.contact.town) for f in fiches]
        if len(fiches) >= 2 and len(set(towns)) == len(towns) and all(towns):
            groups.append(fiches)
    return groups


PICK_BY_TOWN = (
    ("fr", "celle de {town}, elle a été créée quand ?"),
    ("fr", "et celle de {town}, qui la dirige ?"),
    ("en", "who runs the one in {town}?"),
    ("en", "and the one in {town}, when was it founded?"),
    ("fr", "l'asso de {town} c quoi son budget"),
)


@pytest.mark.parametrize(("lang", "template"), PICK_BY_TOWN)
def test_the_one_in_a_town_is_the_structure_in_focus_standing_there(
    fake_engine: Engine, lang: str, template: str
) -> None:
    groups = _groups(fake_engine)
    assert groups, "the booklet has départements with several structures"
    for fiches in groups:
        for chosen in fiches:
            question = template.format(town=chosen.contact.town)
            answer = ask(fake_engine, question, _listed(fiches, lang))
            named = [s.fiche_id for s in answer.structures]
            assert named[:1] == [chosen.id], (question, [f.id for f in fiches], answer.answer)


def test_a_town_where_no_structure_stands_keeps_the_first_one(fake_engine: Engine) -> None:
    fiches = _groups(fake_engine)[0]
    answer = ask(fake_engine, "celle de Rouen, qui la dirige ?", _listed(fiches, "fr"))
    assert [s.fiche_id for s in answer.structures][:1] == [fiches[0].id]


NARROW_BY_THEME = (
    ("en", "only those doing re-use?", "Le réemploi"),
    ("fr", "lesquelles font du réemploi ?", "Le réemploi"),
    ("fr", "seulement celles de l'alimentation durable ?", "L'alimentation durable"),
    ("en", "which of them are about sustainable food?", "L'alimentation durable"),
    ("en", "just the food ones", "L'alimentation durable"),
)


@pytest.mark.parametrize(("lang", "question", "theme"), NARROW_BY_THEME)
def test_a_theme_narrows_the_previous_answer_to_its_structures(
    fake_engine: Engine, lang: str, question: str, theme: str
) -> None:
    fiches = list(fake_engine.corpus.fiches)
    assert {f.theme for f in fiches} == {"Le réemploi", "L'alimentation durable"}
    for shown in (fiches[::2], fiches[1::2], fiches[1:]):  # each mixes both themes
        wanted = {f.id for f in shown if f.theme == theme}
        assert wanted and len(wanted) < len(shown)
        history = [
            {"role": "user", "content": "Quelles structures as-tu ?"},
            {"role": "assistant", "content": " ; ".join(f"**{f.name}**" for f in shown)},
        ]
        answer = ask(fake_engine, question, history)
        assert {s.fiche_id for s in answer.structures} == wanted, (question, answer.answer)


def test_the_one_in_a_town_after_talk_of_another_is_the_one_standing_there(
    fake_engine: Engine,
) -> None:
    """'celle d'Amiens' after an answer about one structure elsewhere: the booklet's structure
    standing in that town, not the one in focus (whose fiche may not even name the town)."""
    fiches = fake_engine.corpus.fiches
    towns = [plain(f.contact.town) for f in fiches]
    for fiche in fiches:
        if towns.count(plain(fiche.contact.town)) != 1:
            continue  # a town where two stand picks no one
        other = next(f for f in fiches if plain(f.contact.town) != plain(fiche.contact.town))
        history = [
            {"role": "user", "content": f"Qui dirige {other.name} ?"},
            {"role": "assistant", "content": f"**{other.name}** ({other.contact.town})"},
        ]
        question = f"et celle de {fiche.contact.town}, qui la dirige ?"
        answer = ask(fake_engine, question, history)
        assert [s.fiche_id for s in answer.structures][:1] == [fiche.id], answer.answer


@pytest.mark.parametrize(
    "question", ["la deuxième, elle est où ?", "c'est où ?", "et elle, elle se trouve où ?"]
)
def test_where_asked_last_in_spoken_french_asks_the_address(
    fake_engine: Engine, question: str
) -> None:
    fiches = fake_engine.corpus.fiches[:2]
    answer = ask(fake_engine, question, _listed(list(fiches), "fr"))
    assert answer.plan["parts"][0]["attribute"] == "field:address", answer.plan
    assert not answer.abstained


def test_after_picking_one_by_its_town_the_conversation_stays_on_it(fake_engine: Engine) -> None:
    for fiches in _groups(fake_engine):
        chosen = fiches[-1]
        history = _listed(fiches, "fr")
        question = f"celle de {chosen.contact.town}, elle a été créée quand ?"
        picked = ask(fake_engine, question, history)
        history += [
            {"role": "user", "content": question},
            {"role": "assistant", "content": picked.answer},
        ]
        answer = ask(fake_engine, "et son budget ?", history)
        assert [s.fiche_id for s in answer.structures] == [chosen.id], answer.answer


@pytest.mark.parametrize("first", ["quand ont-elles été créées ?", "who runs them?"])
def test_a_theme_narrows_an_answer_that_was_no_list(fake_engine: Engine, first: str) -> None:
    """'only those doing re-use?' after the creation dates of several structures: the dates of
    those of that theme."""
    fiches = [f for f in fake_engine.corpus.fiches if f.theme == "Le réemploi"][:2]
    fiches += [f for f in fake_engine.corpus.fiches if f.theme != "Le réemploi"][:1]
    history = _listed(fiches, "fr")
    before = ask(fake_engine, first, history)
    history += [
        {"role": "user", "content": first},
        {"role": "assistant", "content": before.answer},
    ]
    answer = ask(fake_engine, "only those doing re-use?", history)
    assert {s.fiche_id for s in answer.structures} == {f.id for f in fiches[:2]}, answer.answer
