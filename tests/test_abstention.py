"""Refusals from the booklet's own words: what no single fiche holds together, unknown places."""

from __future__ import annotations

import pytest

from livret_qa.answering.abstention import missing_together, unknown_names
from livret_qa.indexing.analyzer import analyze
from livret_qa.text import fold

VOCABS = {
    "workshop": set(analyze("meubles bois ateliers cuisine recyclage structure")),
    "kitchen": set(analyze("ateliers cuisine paniers")),
}


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        # list questions: the nouns after a determiner must be held by one fiche
        ("Quelle structure fabrique du pain ?", ["pain"]),
        ("Quelles structures proposent des ateliers de cuisine ?", None),
        ("Quelles structures restaurent des meubles en bois ?", None),  # the verb is free
        ("Quelles structures font du recyclage durable ?", None),  # 'du' is no 'durable'
        # existence questions: every word but a relative clause's verb
        ("Y a-t-il une structure qui recycle des matelas ?", ["matelas"]),
        # not a question about structures: never refused on this ground
        ("Comment se passe la fabrication du pain ?", None),
    ],
)
def test_things_no_single_fiche_holds_together(question: str, missing) -> None:  # type: ignore[no-untyped-def]
    assert missing_together(question, VOCABS) == missing


def test_a_figure_question_is_not_refused_as_a_list() -> None:
    question = "Combien de colis vend-il tous les quinze jours ?"
    assert missing_together(question, VOCABS, asks_structures=False) is None


def test_unknown_english_names_are_only_places() -> None:
    vocab = set(analyze("Amiens Lille"))
    assert unknown_names("Is there a ressourcerie in Rouen?", vocab, "en") == ["Rouen"]
    assert unknown_names("Which structures get European Social Fund money?", vocab, "en") == []
    assert unknown_names("Y a-t-il une ressourcerie à Rouen ?", vocab, "fr") == ["Rouen"]


@pytest.mark.parametrize(
    ("question", "lang", "unknown"),
    [
        # an acronym is known only as the booklet writes it, not by a stem it shares ('gamme')
        ("Quel est le budget du GAMMA ?", "fr", ["GAMMA"]),
        ("What is the budget of GAMMA?", "en", ["GAMMA"]),
        ("Quel est le budget de la DRAAF ?", "fr", []),
        ("Le GAMMA finance-t-il la DRAAF ?", "fr", ["GAMMA"]),
        # a question typed all in capitals names nothing by its capitals
        ("QUEL EST LE BUDGET DU JARDIN ?", "fr", []),
        # a compound name is known only whole: 'Saint' of another one is no match
        ("Y a-t-il une structure à Saint-Quentin ?", "fr", ["Saint-Quentin"]),
        ("Is there anything in Saint-Quentin?", "en", ["Saint-Quentin"]),
        ("Y a-t-il une structure à Saint-Gobain ?", "fr", []),
        ("Anything in Saint Gobain?", "en", []),
    ],
)
def test_an_acronym_is_a_name(question: str, lang: str, unknown: list[str]) -> None:
    text = "la gamme de produits ; il a le soutien de la DRAAF ; budget du jardin de Saint-Gobain"
    assert unknown_names(question, set(analyze(text)), lang, fold(text)) == unknown
