"""Follow-ups that land on the wrong structure (class: the structure in focus lost or kept
wrongly), in three kinds, each with neighbours that must keep their answer:

- a switch by description after turns about one structure ('and the toy place?', 'et chez
  ceux qui réparent les ordinateurs ?', 'and the sewing workshop?' after the computer charity
  that once sewed masks): the structure whose fiche names what the words name far most
  (described_switch.py); a thing of the one in focus ('and the masks?', 'et la boutique ?')
  or a role ('and the volunteers?') keeps it;
- 'who' asked of the one in focus ('Who pays for the ready meals?', "et qui a financé au
  niveau de l'Europe ?"): its funders, not a list of structures (who_of_focus.py); a 'who'
  naming a thing its fiche does not ('who funds computer recycling?' after the sewing
  workshop) or an activity ('qui récupère des jouets ?') is a question of its own;
- filler phrases ('quelque chose à voir avec', 'anything to do with', 'au niveau de') are no
  topic (filler_phrases.py)."""

from __future__ import annotations

import pytest

from livret_qa import lexicon as lx
from livret_qa.answering.compose import ask
from livret_qa.answering.described_switch import (
    better_described,
    described_words,
    without_described,
)
from livret_qa.answering.filler_phrases import without_fillers
from livret_qa.answering.topic_words import Glossed
from livret_qa.answering.who_of_focus import asked_of_focus, stated_by_focus, who_asked
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold


def _turns(question: str, answer: str) -> list[dict[str, str]]:
    return [{"role": "user", "content": question}, {"role": "assistant", "content": answer}]


# --- the words of a switch by description ------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("and the toy place?", "toy"),
        ("what about the computer recyclers?", "computer recyclers"),
        ("and the ones that fix computers?", "fix computers"),
        ("et chez ceux qui réparent les ordinateurs ?", "reparent ordinateurs"),
        ("et les réparateurs de vélos ?", "reparateurs velos"),
        ("et le lieu des jouets ?", "jouets"),
        ("et à la ressourcerie ?", "ressourcerie"),
    ],
)
def test_a_description_is_read_from_its_head(question: str, words: str) -> None:
    assert described_words(fold(question)) == words


@pytest.mark.parametrize(
    "question",
    [
        "and the masks?",  # a thing
        "et les paniers ?",  # a French thing ending like an English agent noun
        "and the volunteers?",  # a role of the one in focus
        "et le directeur ?",
        "and the partners?",
        "and that place?",  # a demonstrative points back
        "what about this shop?",
        "and the association?",  # a kind that tells none apart
        "what's the budget of the toy place?",  # no elliptic follow-up
    ],
)
def test_things_roles_and_pointers_describe_no_structure(question: str) -> None:
    assert described_words(fold(question)) == ""


def _glossed(word: str) -> Glossed:
    return Glossed(word, word, (word,), frozenset({word}), True)


_VOCAB = {
    "sewing": {"coutur", "textil", "atelier"},
    "computers": {"ordin", "coutur", "atelier"},
    "toys": {"jouet", "atelier"},
    "food": {"atelier", "legum"},
}
_COUNTS = {("sewing", "coutur"): 12, ("computers", "coutur"): 1}


def _mentions(fiche: str, things: list[Glossed]) -> int:
    held = [next(iter(g.stems)) for g in things if g.held_by(_VOCAB[fiche])]
    return sum(_COUNTS.get((fiche, stem), 1) for stem in held)


def test_the_fiche_naming_the_thing_far_most_is_meant() -> None:
    things = [_glossed("coutur"), _glossed("atelier")]
    assert better_described("computers", things, _VOCAB, _mentions, 2) == "sewing"


def test_a_focus_naming_the_one_thing_keeps_the_turn() -> None:
    assert better_described("computers", [_glossed("coutur")], _VOCAB, _mentions, 2) is None


def test_a_thing_every_structure_names_describes_none() -> None:
    assert better_described("food", [_glossed("atelier")], _VOCAB, _mentions, 2) is None


def test_a_thing_the_focus_lacks_points_at_its_holder() -> None:
    assert better_described("food", [_glossed("jouet")], _VOCAB, _mentions, 1) == "toys"


# --- 'who' asked of the one in focus -----------------------------------------------------------


def test_a_who_asks_no_figure() -> None:
    assert who_asked(("figure", "measure:budget", False)) == ("fact", "subpart:funders", False)
    assert who_asked(("figure", "measure:salaries", False)) is None
    assert who_asked(("person", "person:director", False)) == ("person", "person:director", False)


def test_a_who_naming_a_thing_of_another_fiche_is_its_own_question() -> None:
    vocab = {"a": {"ordinateur"}, "b": {"textile"}, "c": {"x"}, "d": {"y"}}
    assert not stated_by_focus("qui finance les ordinateurs ?", "b", vocab)
    assert stated_by_focus("qui finance les ordinateurs ?", "a", vocab)
    assert stated_by_focus("who funds it?", "b", vocab)


@pytest.mark.parametrize(
    "question",
    [
        "quelles structures sont financées par l'Europe ?",
        "who else funds them?",
        "qui d'autres finance ?",
    ],
)
def test_a_who_looking_beyond_the_one_is_no_follow_up(question: str) -> None:
    asked = ("fact", "subpart:funders", False)
    assert asked_of_focus(question, ["a"], asked, {"a": set()}) is None  # type: ignore[arg-type]


# --- filler phrases ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "kept"),
    [
        (
            "des structures qui ont quelque chose à voir avec le vélo ?",
            "des structures qui ont le vélo ?",
        ),
        ("anything to do with bikes?", "bikes?"),
        ("Which initiatives are related to furniture?", "Which initiatives are furniture?"),
        ("et qui a financé au niveau de l'europe ?", "et qui a financé l'europe ?"),
        ("des initiatives en rapport avec les jouets ?", "des initiatives les jouets ?"),
    ],
)
def test_filler_phrases_are_taken_out(question: str, kept: str) -> None:
    assert without_fillers(question) == kept


def test_the_words_describing_are_not_asked() -> None:
    asked = "et chez les recycleurs de jouets ? budget de VESTALI ?"
    assert without_described(asked) == "budget de VESTALI ?"
    assert without_described("budget de VESTALI ?") == "budget de VESTALI ?"


def test_a_question_without_filler_is_kept() -> None:
    question = "Quelles structures voient leur activité baisser ?"
    assert without_fillers(question) == question


# --- on the booklet ---------------------------------------------------------------------------

_STAFF_VESTALI = _turns("combien de salariés chez VESTALI ?", "8 en insertion et 5 permanents.")
_STAFF_SYNAPSE = _turns("How many staff at Synapse 3i?", "85 integration employees, 30 staff.")
_STAFF_WOOD = _turns("staff numbers at Le Bois de Deux Mains?", "7 permanent, 20 integration.")
_ABOUT_FISH = _turns("Tell me about Le panier de la mer 62.", "A Boulogne food charity.")
_ABOUT_GUISE = _turns("l'asso de guise elle a eu des subventions ?", "Oui : les communes …")
_ABOUT_SEWING = _turns("What does VESTALI do?", "A sewing workshop in Liévin.")


@pytest.mark.parametrize(
    ("question", "history", "fiche"),
    [
        ("and the toy place?", _STAFF_VESTALI, "la-remise-enjouee"),
        ("what about the toy recyclers?", _STAFF_WOOD, "la-remise-enjouee"),
        ("et chez ceux qui réparent les ordinateurs ?", _STAFF_VESTALI, "synapse-3i"),
        ("and the sewing workshop?", _STAFF_SYNAPSE, "vestali"),
        ("et l'atelier de meubles en bois ?", _STAFF_VESTALI, "le-bois-de-deux-mains"),
        ("and the clothes recyclers?", _STAFF_SYNAPSE, "vestali"),
        ("what about the furniture makers?", _ABOUT_FISH, "le-bois-de-deux-mains"),
        ("et chez les recycleurs de jouets ?", _STAFF_VESTALI, "la-remise-enjouee"),
        ("Who pays for the ready meals?", _ABOUT_FISH, "le-panier-de-la-mer-62"),
        ("et qui a financé au niveau de l'europe ?", _ABOUT_GUISE, "les-copains-de-thierache"),
        ("who funds computer recycling?", _ABOUT_SEWING, "synapse-3i"),
        ("qui récupère des jouets ?", _ABOUT_SEWING, "la-remise-enjouee"),
        ("et la boutique ?", _STAFF_VESTALI, "vestali"),
        ("and the masks?", _STAFF_SYNAPSE, "synapse-3i"),
        ("et Synapse 3i ?", _STAFF_VESTALI, "synapse-3i"),
    ],
)
def test_follow_ups_land_on_the_structure_meant(
    engine: Engine, question: str, history: list[dict[str, str]], fiche: str
) -> None:
    answer = ask(engine, question, history)
    assert not answer.abstained, answer.answer
    assert answer.structures[0].fiche_id == fiche, answer.answer


@pytest.mark.parametrize(
    ("question", "fiches"),
    [
        (
            "des structures qui ont quelque chose à voir avec le vélo ?",
            {"les-copains-de-thierache", "synapse-3i"},
        ),
        ("y a-t-il des initiatives qui ont à voir avec les ordinateurs ?", {"synapse-3i"}),
    ],
)
def test_a_filler_phrase_refuses_nothing(engine: Engine, question: str, fiches: set[str]) -> None:
    answer = ask(engine, question)
    assert not answer.abstained, answer.answer
    assert fiches <= {s.fiche_id for s in answer.structures}


# --- 'who else' after turns about one: the list asked, that one left out ------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Who else recycles clothes?",
        "qui d'autre recycle des vêtements ?",
        "anyone else in the Aisne?",
    ],
)
def test_who_else_asks_others(question: str) -> None:
    assert lx.OTHER_STRUCTURES.search(fold(question))


@pytest.mark.parametrize("question", ["what else do they sell?", "who runs it?", "qui finance ?"])
def test_what_else_asks_more_of_the_one(question: str) -> None:
    assert not lx.OTHER_STRUCTURES.search(fold(question))


_ABOUT_GUISE_SHOP = _turns("Tell me about Les Copains de Thiérache", "A Guise association.")


@pytest.mark.parametrize(
    ("question", "history", "left_out", "fiche"),
    [
        # (Synapse 3i sews textiles new; it recycles computers, not clothes: b5369ec)
        ("Who else sews textiles?", _ABOUT_SEWING, "vestali", "synapse-3i"),
        (
            "anyone else in the Aisne?",
            _ABOUT_GUISE_SHOP,
            "les-copains-de-thierache",
            "le-bois-de-deux-mains",
        ),
    ],
)
def test_who_else_leaves_the_one_out(
    engine: Engine, question: str, history: list[dict[str, str]], left_out: str, fiche: str
) -> None:
    answer = ask(engine, question, history)
    fiches = [s.fiche_id for s in answer.structures]
    assert left_out not in fiches and fiche in fiches, answer.answer
