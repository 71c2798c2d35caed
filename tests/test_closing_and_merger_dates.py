"""When a site or an activity closed ('When did the Hirson shop close?', 'la boutique d'Hirson
a fermé en quelle année ?') and when structures merged ('Quand a eu lieu la fusion ?'): dates
of events the fiche tells in prose, answered by the sentence telling that event and the date
of its own clause ('… voit le jour en fin d'année 2019 à Hirson dont l'activité a cessé
temporairement en début d'année 2021' gives 2021 for the closing, 2019 for the opening). The
folded verb 'fermé' is no farm ('ferme'): a question about a shop that closed was refused as
no structure of that kind there. What must not change: a closing the fiche never tells
abstains; a farm asked stays a farm; creation and opening keep their dates. Synthetic."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.planner import asked_attribute
from livret_qa.facts.facets import match_words
from livret_qa.retrieval.engine import Engine


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("When did the shop close?", "closure"),
        ("En quelle année la boutique a fermé ?", "closure"),
        ("la boutique est fermée depuis quand ?", "closure"),
        ("When did it stop its activity?", "closure"),
        ("When did the two associations merge?", "merger"),
        ("Quand a eu lieu la fusion ?", "merger"),
        # the end of a project or a scheme
        ("il se termine quand ?", "end"),
        ("Jusqu'à quand dure le projet ?", "end"),
        ("When does the programme end?", "end"),
        ("Until when does the project run?", "end"),
        ("en quelle année le dispositif prend-il fin ?", "end"),
        # must not change
        ("Quand a-t-elle été créée ?", "creation"),
        ("Depuis quand existe-t-elle ?", "creation"),
        ("When did it open its shop?", "opening"),
    ],
)
def test_the_event_asked(text: str, event: str) -> None:
    assert asked_attribute(text) == ("date", f"event:{event}", False)


def test_hours_of_closing_stay_hours() -> None:
    asked = asked_attribute("À quelle heure ferme la boutique ?")
    assert asked is not None and asked[1] == "unstated:hours"


@pytest.mark.parametrize(
    "text", ["la boutique a fermé", "a-t-elle fermé ?", "elle ferme le lundi", "ferme-t-elle ?"]
)
def test_closing_is_no_farm(text: str) -> None:
    assert not [m for m in match_words(text, ("kind",)) if m.value == "ferme"]


@pytest.mark.parametrize("text", ["une ferme pédagogique", "Y a-t-il une ferme ?", "a farm"])
def test_a_farm_is_a_farm(text: str) -> None:
    assert [m for m in match_words(text, ("kind",)) if m.value == "ferme"]


@pytest.mark.parametrize(
    ("question", "year"),
    [
        ("En quelle année la boutique d'Hirson a fermé ?", "2021"),
        ("When did the Hirson shop close?", "2021"),
        ("When did Les Copains de Thiérache open their shop in Hirson?", "2019"),
        ("Quand a eu lieu la fusion de Synapse 3i ?", "2018"),
    ],
)
def test_the_date_of_the_event_told(engine: Engine, question: str, year: str) -> None:
    answer = ask(engine, question)
    assert not answer.abstained, answer.answer
    head = answer.answer.split("\n")[0]
    assert year in head.split("[")[0], head


@pytest.mark.parametrize(
    "question", ["When did VESTALI close?", "Quelle est la date de fermeture de VESTALI ?"]
)
def test_a_closing_never_told_abstains(engine: Engine, question: str) -> None:
    assert ask(engine, question).abstained


@pytest.mark.parametrize(
    "question",
    [
        "Jusqu'à quand dure le projet européen du Panier de la Mer ?",
        "When does Le Panier de la Mer's European project end?",
        "le projet Flavour du Panier de la Mer se termine quand ?",
    ],
)
def test_the_end_of_a_project_is_its_until_date(fake_engine: Engine, question: str) -> None:
    answer = ask(fake_engine, question)
    assert not answer.abstained, answer.answer
    assert "2022" in answer.answer


def test_an_end_the_fiche_does_not_date_abstains(fake_engine: Engine) -> None:
    # the support lasts 18 months; no end date is written
    answer = ask(fake_engine, "Quand se termine l'accompagnement de La Remise Enjouée ?")
    assert answer.abstained


def _turn(question: str, answer: str) -> list[dict[str, str]]:
    return [{"role": "user", "content": question}, {"role": "assistant", "content": answer}]


@pytest.mark.parametrize(
    ("history", "question", "dated"),
    [
        (
            _turn("Parle-moi du projet Flavour du Panier de la Mer.", "Un projet européen."),
            "il se termine quand ?",
            True,
        ),
        (
            _turn("Tell me about Le Panier de la Mer's European project.", "Flavour, from 2019."),
            "and when does it end?",
            True,
        ),
        # the end of another thing than the one the conversation is about is not its end
        (
            _turn("How big are the Boulogne production sites?", "800 m² and 300 m² being built."),
            "When will the new one be finished?",
            False,
        ),
        (
            _turn("Le Panier de la Mer a combien de camions ?", "Le livret ne le dit pas."),
            "et ça se termine quand ?",
            False,
        ),
    ],
)
def test_an_end_asked_in_a_follow_up_is_of_what_was_asked(
    fake_engine: Engine, history: list[dict[str, str]], question: str, dated: bool
) -> None:
    answer = ask(fake_engine, question, history)
    assert answer.abstained is not dated, answer.answer
