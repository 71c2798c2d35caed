"""A yes/no question asking whether a structure sells a thing online ('Does La Remise Enjouée
sell toys online?', 'vend-elle ses meubles en ligne ?') asks two things the fiche may state
apart: that it sells them, and that it sells online; only a shop online ('an online shop',
'une boutique en ligne') must be named whole in one clause. A French plural the stemmer cuts
otherwise than its singular ('designers': 'designer', 'designer': 'design') is held by the
singular the fiche writes. What must not change: an online shop still needs one clause; a
structure that never sells online still abstains. Synthetic questions."""

from __future__ import annotations

import pytest

from livret_qa.answering import yes_no
from livret_qa.answering.compose import ask
from livret_qa.answering.topic_words import lemmas
from livret_qa.retrieval.engine import Engine


@pytest.mark.parametrize(
    "text",
    ["Does it sell toys online?", "vend-elle ses meubles en ligne ?", "sells clothes online"],
)
def test_a_thing_sold_online_is_no_compound(text: str) -> None:
    lang = "fr" if "vend" in text else "en"
    assert not yes_no.compound(yes_no.predicate(text, lang), text)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Does it have an online shop?", "en"),
        ("A-t-elle une boutique en ligne ?", "fr"),
        ("Y a-t-il un café dans la boutique ?", "fr"),
    ],
)
def test_a_shop_online_or_a_thing_inside_is_a_compound(text: str, lang: str) -> None:
    assert yes_no.compound(yes_no.predicate(text, lang), text)


def test_a_plural_is_held_by_its_singular() -> None:
    pred = yes_no.predicate("travaille-t-il avec des designers ?", "fr")
    assert not yes_no.unmentioned(pred, {"design"}, "l'intervention d'un designer")


@pytest.mark.parametrize(
    ("question", "fiche_id"),
    [
        ("Does La Remise Enjouée sell toys online?", "la-remise-enjouee"),
        ("Le bois de deux mains travaille-t-il avec des designers ?", "le-bois-de-deux-mains"),
    ],
)
def test_stated_apart_is_answered(engine: Engine, question: str, fiche_id: str) -> None:
    answer = ask(engine, question)
    assert not answer.abstained, answer.answer
    assert answer.structures[0].fiche_id == fiche_id


@pytest.mark.parametrize(
    "question",
    ["Does Le Bois de Deux Mains sell furniture online?", "Does VESTALI have an online shop?"],
)
def test_no_online_sale_stated_still_abstains(engine: Engine, question: str) -> None:
    assert ask(engine, question).abstained


@pytest.mark.parametrize(
    ("word", "lemma", "not_lemma"),
    [
        ("tapes", "tape", "tap"),
        ("notes", "note", "not"),
        ("boxes", "box", ""),
        ("dishes", "dish", ""),
    ],
)
def test_an_english_plural_in_es(word: str, lemma: str, not_lemma: str) -> None:
    forms = lemmas(word)
    assert lemma in forms and (not not_lemma or not_lemma not in forms), forms


def test_vhs_tapes_are_no_taps(engine: Engine) -> None:
    """'tapes' was read 'tap' (robinet), which the fiche never mentions; the fiche excludes the
    VHS tapes it names: the answer is no."""
    answer = ask(engine, "Does Il était deux fois accept VHS tapes?")
    assert not answer.abstained and answer.answer.startswith("No"), answer.answer
