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


def test_a_town_where_none_in_focus_stands_keeps_the_first_one(fake_engine: Engine) -> None:
    fiches = _groups(fake_engine)[0]
    elsewhere = next(
        f.contact.town
        for f in fake_engine.corpus.fiches
        if f.contact.departement != fiches[0].contact.departement and f.contact.town
    )
    answer = ask(fake_engine, f"celle de {elsewhere}, qui la dirige ?", _listed(fiches, "fr"))
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
