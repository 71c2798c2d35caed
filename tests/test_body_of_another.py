"""Lists by a body named (a funder, a partner) where a fiche names that body only as the backer
of another actor's scheme ('… le REGAL que le pays a mis en place avec l'appui financier de
l'ADEME'): that structure is no partner of the body. What must not change: a fiche writing the
body in its partners' lines, or as what the structure itself received ('elle obtient une aide
de l'ADEME'), holds it; and the words of a body's role ('parmi leurs financeurs', 'among their
funders') are no thing a fiche must write. Synthetic sentences and questions on the real
booklet."""

from __future__ import annotations

import pytest

from livret_qa.answering.body_of_another import names_only_as_anothers
from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine
from tests.conversations import named

COPAINS = "les-copains-de-thierache"
ADEME_FUNDED = {"le-panier-de-la-mer-62", "il-etait-deux-fois", "synapse-3i"}
DREETS_FUNDED = {
    "la-remise-enjouee",
    "le-bois-de-deux-mains",
    "synapse-3i",
    "vestali",
    "le-jardin-de-cocagne-de-la-haute-borne",
}


@pytest.mark.parametrize(
    "text",
    [
        "Elle rejoint le réseau que le pays a créé avec l'appui financier de l'ADEME.",
        "Ce festival que la commune avait lancé grâce à la Fondation Macif attire du monde.",
        "Ils utilisent l'outil qu'une coopérative a conçu avec le soutien de la Région.",
    ],
)
def test_a_body_backing_another_actor(text: str) -> None:
    body = "ADEME" if "ADEME" in text else ("Fondation Macif" if "Macif" in text else "Région")
    assert names_only_as_anothers(text, [body])


@pytest.mark.parametrize(
    "text",
    [
        "PARTENAIRES FINANCIERS : l'ADEME, la Région.",
        "En 2015, elle obtient une aide de l'ADEME pour s'équiper.",
        "C'est le projet qu'elle a monté avec l'ADEME.",
        "Le réseau que le pays a créé, l'ADEME l'a financé. L'ADEME soutient aussi la structure.",
        "Le pays a mis en place le REGAL, financé par l'ADEME.",
    ],
)
def test_a_body_backing_the_structure(text: str) -> None:
    assert not names_only_as_anothers(text, ["ADEME"])


def test_a_fiche_not_naming_the_body() -> None:
    assert not names_only_as_anothers("Rien à voir.", ["ADEME"])


@pytest.mark.parametrize(
    "question",
    [
        "Quelles structures sont financées par l'ADEME ?",
        "L'ADEME soutient quelles initiatives ?",
        "which ones got ADEME money?",
        "Which structures received funding from the ADEME?",
    ],
)
def test_funder_lists_leave_out_anothers_backer(engine: Engine, question: str) -> None:
    listed = set(named(ask(engine, question)))
    assert listed == ADEME_FUNDED
    assert COPAINS not in listed


@pytest.mark.parametrize(
    "question",
    [
        "Quelles structures citent la DREETS parmi leurs financeurs ?",
        "Which ones list the DREETS among their funders?",
    ],
)
def test_the_role_of_the_body_is_no_thing(engine: Engine, question: str) -> None:
    assert set(named(ask(engine, question))) == DREETS_FUNDED


@pytest.mark.parametrize(
    "question",
    [
        "Quelles structures mentionnent l'ADEME ?",
        "Quelles fiches parlent de l'ADEME ?",
        "Which organisations mention ADEME funding?",
    ],
)
def test_who_mentions_the_body_is_asked(engine: Engine, question: str) -> None:
    # a mention asked, not a backing: the fiche naming the Pays' backer mentions it
    assert set(named(ask(engine, question))) == ADEME_FUNDED | {COPAINS}
