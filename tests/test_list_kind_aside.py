"""Whether the booklet holds a kind of structure, or who runs one ('Y a-t-il un repair café ?',
'qui gère une AMAP ?'), when no structure is of that kind and a fiche only names one as
another party (a recipient, a partner network): none is, and that fiche is quoted as the
nearest, not listed as one. Must not change: the kind asked as a party ('qui travaille avec
un repair café ?'), a booklet where a structure is of the kind. Fast tier: synthetic booklets
(the template of `test_list_stated_once`); slow tier: the real booklet."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.kind_aside import _party_before, named_only_aside
from livret_qa.retrieval.engine import Engine
from tests.test_list_stated_once import FICHE

from .synthetic_booklets import synthetic_engine

BASE = {
    "activity": "association",
    "street": "1 rue de la Gare",
    "partners": "la commune",
    "budget": "100 000",
    "link": "Des emplois locaux.",
}
GIVER = {
    **BASE,
    "name": "Jouets Partagés",
    "defi": "Donner une seconde vie aux jouets.",
    "postcode": "59000",
    "town": "Lille",
    "history": "L'association est créée en 2019 pour collecter des jouets.",
    "objective": "Collecter, nettoyer et revendre des jouets.",
    "description": (
        "Les jouets trop abîmés sont transmis au repair café du quartier ou apportés en "
        "déchetterie."
    ),
}
MARKET_GARDEN = {
    **BASE,
    "name": "Terres Solidaires",
    "defi": "Cultiver des légumes biologiques.",
    "postcode": "59100",
    "town": "Roubaix",
    "history": (
        "L'association est créée en 2010 pour cultiver des légumes. Elle travaille avec le "
        "réseau des AMAP du Nord."
    ),
    "objective": "Produire des légumes biologiques en insertion.",
    "description": "Elle vend ses légumes au marché de Roubaix.",
    "partners": "réseau des AMAP du Nord, la commune",
}
JOINERY = {
    **BASE,
    "name": "Bois Vivant",
    "defi": "Réparer des meubles.",
    "postcode": "59300",
    "town": "Douai",
    "history": "L'association est créée en 2012 pour réparer des meubles.",
    "objective": "Réparer et vendre des meubles.",
    "description": "Elle collecte des meubles dans les déchetteries.",
}
REPAIR_CAFE = {
    **BASE,
    "name": "Répare Ensemble",
    "defi": "Apprendre à réparer ses objets.",
    "postcode": "59200",
    "town": "Tourcoing",
    "history": "L'association est créée en 2018 et ouvre un repair café.",
    "objective": "Animer un repair café chaque samedi.",
    "description": "Elle anime un repair café où des bénévoles réparent les objets des habitants.",
}


@pytest.fixture(scope="module")
def none_is_one(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return synthetic_engine(tmp_path_factory, "kind-aside", FICHE, [GIVER, MARKET_GARDEN, JOINERY])


@pytest.fixture(scope="module")
def one_is_one(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    fiches = [GIVER, MARKET_GARDEN, JOINERY, REPAIR_CAFE]
    return synthetic_engine(tmp_path_factory, "kind-aside-one", FICHE, fiches)


@pytest.mark.parametrize(
    ("question", "namer"),
    [
        ("Y a-t-il un repair café ?", "jouets-partages"),
        ("qui gère un repair café ?", "jouets-partages"),
        ("Is there a repair café?", "jouets-partages"),
        ("Does any initiative run a repair cafe?", "jouets-partages"),
        ("Existe-t-il une AMAP ?", "terres-solidaires"),
        ("qui gère une AMAP ?", "terres-solidaires"),
    ],
)
def test_a_kind_only_named_as_another_party_is_none_of_them(
    none_is_one: Engine, question: str, namer: str
) -> None:
    answer = ask(none_is_one, question)
    assert answer.abstained, answer.answer
    assert answer.structures == []
    assert {c.fiche_id for c in answer.citations} == {namer}, answer.answer
    head = answer.answer.splitlines()[0]
    assert head.startswith(("Aucune structure", "No structure")), head


@pytest.mark.parametrize(
    ("question", "namer"),
    [
        # must not change: the kind asked as a party the structures deal with
        ("qui travaille avec un repair café ?", "jouets-partages"),
        ("Which structure passes toys on to a repair café?", "jouets-partages"),
        ("quelles structures sont partenaires du réseau des AMAP ?", "terres-solidaires"),
    ],
)
def test_a_kind_asked_as_a_party_lists_those_naming_it(
    none_is_one: Engine, question: str, namer: str
) -> None:
    assert named_only_aside(none_is_one, question) is None
    answer = ask(none_is_one, question)
    assert not answer.abstained, answer.answer
    assert namer in {s.fiche_id for s in answer.structures}, answer.answer


@pytest.mark.parametrize(
    "question",
    ["Y a-t-il un repair café ?", "qui gère un repair café ?", "Is there a repair café?"],
)
def test_a_structure_of_the_kind_is_listed(one_is_one: Engine, question: str) -> None:
    """Must not change: a booklet where one structure runs a repair café lists it, not the
    fiche passing toys on to another one."""
    assert named_only_aside(one_is_one, question) is None
    answer = ask(one_is_one, question)
    assert not answer.abstained, answer.answer
    assert [s.fiche_id for s in answer.structures] == ["repare-ensemble"], answer.answer


def test_a_kind_no_fiche_names_is_not_this_class(none_is_one: Engine) -> None:
    """A kind no fiche names at all is the abstention on absent words, not this answer."""
    assert named_only_aside(none_is_one, "Y a-t-il une friperie ?") is None


@pytest.mark.parametrize(
    ("before", "party"),
    [
        ("qui passe des jouets a un ", True),
        ("which one passes toys on to a ", True),
        ("qui travaille avec une ", True),
        ("y a-t-il un ", False),
        ("is there a ", False),
        ("does any initiative run a ", False),
        ("qui gere une ", False),
    ],
)
def test_a_preposition_before_the_kind_makes_it_a_party(before: str, party: bool) -> None:
    assert _party_before(before) is party


@pytest.mark.slow
@pytest.mark.parametrize(
    "question",
    [
        "Y a-t-il un repair café ?",
        "qui gère un repair café ?",
        "Is there a repair cafe in the booklet?",
        "Y a-t-il une AMAP ?",
        "Does any structure run an AMAP?",
    ],
)
def test_on_the_booklet_no_structure_is_of_the_kind(engine: Engine, question: str) -> None:
    """The toy workshop passes toys on to the local repair café; the market garden names the
    AMAP network among its partners: neither is one, and the answer says so, quoting them."""
    answer = ask(engine, question)
    assert answer.abstained, answer.answer
    assert answer.structures == []
    assert answer.citations, answer.answer


@pytest.mark.slow
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Y a-t-il une ressourcerie ?", {"il-etait-deux-fois"}),
        ("qui gère une ressourcerie ?", {"il-etait-deux-fois"}),
        ("qui travaille avec un repair café ?", {"la-remise-enjouee"}),
        ("Y a-t-il un drive fermier ?", {"association-des-producteurs-des-vallees-de-l-oise"}),
    ],
)
def test_on_the_booklet_what_must_not_change(
    engine: Engine, question: str, expected: set[str]
) -> None:
    answer = ask(engine, question)
    assert not answer.abstained, answer.answer
    assert expected <= {s.fiche_id for s in answer.structures}, answer.answer
