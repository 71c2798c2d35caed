"""Whether there is a structure in a place, or one of a kind there ('Y a-t-il des structures à
X ?', 'anything in X?', 'une recyclerie à X ?', 'the toy shop in X'): only the structures that
stand there count — town, postcode, head office — not a fiche naming the town inside another
name (a département, a street, a body named after the town) or as a word inside a word; with
none there, the answer abstains and says which structures stand nearest (fast tier, synthetic
questions and texts)."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask, stands_in
from livret_qa.answering.list_scope import plain, town_mentions
from livret_qa.answering.planner import places_named
from livret_qa.retrieval.engine import Engine

EXISTENCE = (
    "Y a-t-il des structures à {town} ?",
    "anything in {town}?",
    "des initiatives à {town} ?",
    "Quelles structures à {town} ?",
)


@pytest.mark.parametrize(
    ("text", "town", "count"),
    [
        ("sa boutique de Guise et celle d'Hirson", "Hirson", 1),
        ("un deuxième site à Hirson, puis la boutique de Hirson", "Hirson", 2),
        ("le territoire de la Métropole Européenne de Lille", "Lille", 0),
        ("l'Université de Lille et l'association ATRE de Lille", "Lille", 0),
        ("150, route de Compiègne", "Compiègne", 0),
        ("la rue de Verdun à Boulogne", "Verdun", 0),
        ("le Département du Pas-de-Calais", "Calais", 0),
        ("Pas de Calais Actif", "Calais", 0),
        ("répondre aux demandes de débarras", "Arras", 0),
        ("installée à Villeneuve-d'Ascq", "Villeneuve d'Ascq", 1),
        ("59003 Lille", "Lille", 1),
        # the area named after a town counts as the town: 'le Montreuillois', 'l'Amiénois'
        ("la réduction des déchets du Montreuillois", "Montreuil", 1),
        ("les communes de l'Amiénois et Amiens", "Amiens", 2),
        ("le Calaisis", "Calais", 1),
        ("les Guisards", "Guise", 0),  # too short a town to name its area by a suffix
        ("le Pas-de-Calaisis", "Calais", 0),
        ("Montreuilloise", "Montreuil", 1),
        ("Montreuillerie", "Montreuil", 0),  # no suffix of an area
    ],
)
def test_a_town_counts_as_a_place_only_outside_other_names(
    text: str, town: str, count: int
) -> None:
    assert town_mentions(text, [town]) == count


def test_a_departement_name_holds_no_town_asked() -> None:
    class NoNames:
        def mentioned(self, name: str) -> bool:
            return False

        def names_person(self, name: str) -> bool:
            return False

        def town_opened(self, place: str) -> str | None:
            return None

    for question in (
        "Which structures were backed by Pas de Calais Actif?",
        "aidées par Pas de Calais Actif ?",
    ):
        assert places_named(question, NoNames()) == []  # type: ignore[arg-type]
    assert places_named("des structures à Calais ?", NoNames()) == ["Calais"]  # type: ignore[arg-type]


@pytest.mark.parametrize("template", EXISTENCE)
def test_a_town_with_structures_lists_exactly_those_standing_there(
    fake_engine: Engine, template: str
) -> None:
    towns = sorted({f.contact.town for f in fake_engine.corpus.fiches if f.contact.town})
    for town in towns:
        there = {f.id for f in fake_engine.corpus.fiches if stands_in(f, [town])}
        answer = ask(fake_engine, template.format(town=town))
        assert not answer.abstained, (town, answer.answer)
        assert {s.fiche_id for s in answer.structures} == there, (town, answer.answer)


@pytest.mark.parametrize("template", EXISTENCE)
@pytest.mark.parametrize("town", ["Calais", "Arras", "Compiègne"])
def test_a_town_where_no_structure_stands_abstains_naming_the_nearest(
    fake_engine: Engine, template: str, town: str
) -> None:
    # Calais: inside 'Pas-de-Calais'; Arras: inside 'débarras'; Compiègne: a street's name
    assert not any(stands_in(f, [town]) for f in fake_engine.corpus.fiches)
    answer = ask(fake_engine, template.format(town=town))
    assert answer.abstained and not answer.structures, answer.answer
    nearest = [
        f.name for f in fake_engine.corpus.fiches if f.contact.departement_code in ("62", "60")
    ]
    assert any(name in answer.abstain_reason for name in nearest), answer.abstain_reason


@pytest.mark.parametrize(
    "question",
    [
        "une recyclerie à {town} ?",
        "Is there a recycling centre in {town}?",
        "Any food-aid structure in {town}?",
    ],
)
def test_a_kind_asked_in_a_town_is_of_the_structures_standing_there(
    fake_engine: Engine, question: str
) -> None:
    fiches = fake_engine.corpus.fiches
    for town in sorted({f.contact.town for f in fiches if f.contact.town}):
        answer = ask(fake_engine, question.format(town=town))
        assert all(
            stands_in(fake_engine.corpus.fiche(s.fiche_id), [town]) for s in answer.structures
        ), (
            town,
            answer.answer,
        )
    # none stands in Calais: the answer abstains, naming no structure of the département as if
    answer = ask(fake_engine, question.format(town="Calais"))
    assert answer.abstained and not answer.structures


def test_the_kind_picks_among_the_structures_of_a_town(fake_engine: Engine) -> None:
    """Two structures stand in one town: 'the toy shop in X' is the one whose fiche is about
    toys, not the best ranked of the town."""
    fiches = fake_engine.corpus.fiches
    by_town: dict[str, list[str]] = {}
    for f in fiches:
        by_town.setdefault(plain(f.contact.town), []).append(f.id)
    shared = [ids for ids in by_town.values() if len(ids) > 1]
    assert shared
    for question in ("the toy shop in {town}?", "le magasin de jouets de {town} ?"):
        for ids in shared:
            town = fake_engine.corpus.fiche(ids[0]).contact.town
            answer = ask(fake_engine, question.format(town=town))
            toys = [
                fid
                for fid in ids
                if "jouet" in fake_engine.corpus.fiche(fid).identity.activity.lower()
            ]
            if toys:
                assert [s.fiche_id for s in answer.structures] == toys, answer.answer


@pytest.mark.parametrize(
    "template", ["{kind} {dep} ?", "une {kind} dans le {dep} ?", "{kind} in the {dep}?"]
)
def test_a_kind_asked_in_a_departement_is_one_of_that_kind_there(
    fake_engine: Engine, template: str
) -> None:
    """'ressourcerie Somme ?': the structure of the Somme names a re-use centre only as a
    project; none there is one, so the answer abstains rather than give it."""
    from livret_qa.answering.list_scope import kind_holders, passing_holders

    fiches = fake_engine.corpus.fiches
    deps = {f.contact.departement: f.contact.departement_code for f in fiches}
    for kind in ("ressourcerie", "épicerie"):
        holders = kind_holders(fake_engine, kind, len(fiches))
        for dep, code in deps.items():
            there = [f.id for f in fiches if f.contact.departement_code == code]
            of_kind = [
                f
                for f in there
                if f in holders and f not in passing_holders(fake_engine, kind, there)
            ]
            answer = ask(fake_engine, template.format(kind=kind, dep=dep))
            named = {s.fiche_id for s in answer.structures}
            if not of_kind:
                assert answer.abstained or not named, (kind, dep, answer.answer)
            else:
                assert named and named <= set(of_kind), (kind, dep, answer.answer)
