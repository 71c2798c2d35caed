"""Dates on the stated/not-stated line and yes/no outcomes reached (when_unstated.py,
word_sense.py, outcome.py, forecast.py): pure functions over text, several wordings in French
and English, with the neighbours that must not change."""

from __future__ import annotations

import pytest

from livret_qa import lexicon as lx
from livret_qa.answering import forecast, outcome, when_unstated, word_sense
from livret_qa.text import fold


@pytest.mark.parametrize(
    "question",
    [
        "when will their second production site be done?",
        "When will the shop reopen?",
        "la boutique d'Hirson rouvre quand ?",
        "quand sera terminé le deuxième site ?",
        "le nouveau local, c'est pour quand ?",
    ],
)
def test_a_date_to_come_is_asked(question: str) -> None:
    assert when_unstated.asks_date_to_come(question)


@pytest.mark.parametrize(
    "question",
    ["quand a ouvert la boutique d'Hirson ?", "when did it open?", "when was it founded?"],
)
def test_a_past_date_is_no_date_to_come(question: str) -> None:
    assert not when_unstated.asks_date_to_come(question)


def test_a_date_to_come_is_stated_only_when_planned_or_lasting() -> None:
    assert when_unstated.states_date_to_come("une filière REP Jouets prévue au 1er janvier 2022")
    assert when_unstated.states_date_to_come("un projet « Flavour » qui durera jusqu'en 2022")
    assert not when_unstated.states_date_to_come("DATE DE DÉMARRAGE : Novembre 2021")
    assert not when_unstated.states_date_to_come("Un deuxième site voit le jour en fin 2019")


@pytest.mark.parametrize(
    ("question", "last"),
    [
        ("when was that association founded?", "Who runs the Cocagne garden?"),
        ("et cette association, elle a été créée quand ?", "qui gère le jardin ?"),
        ("when was this organisation set up?", "which body manages the drive?"),
    ],
)
def test_the_founding_of_the_body_running_it(question: str, last: str) -> None:
    last = last.replace("which body manages", "who manages")
    assert when_unstated.asks_another_body_founded(question, last)


def test_the_structure_itself_pointed_at_after_another_turn() -> None:
    question = "when was that association founded?"
    assert not when_unstated.asks_another_body_founded(question, "Tell me about the garden")
    assert not when_unstated.asks_another_body_founded("when was it founded?", "who runs it?")


def test_a_thing_whose_year_is_blank() -> None:
    sentences = [
        "Elle a obtenu en 2017 de xxxxxx le premier prix de l'innovation sociale 2017.",
        "Elle a obtenu le 4ème prix de la Fondation du Crédit Coopératif en (quelle année).",
    ]
    asked = "et leur 4e prix de la fondation crédit coopératif, c'était quelle année ?"
    assert when_unstated.blank_dated(asked, "fr", sentences[0], sentences) == sentences[1]
    # the sentence found is the one about the thing: nothing to change
    assert when_unstated.blank_dated(asked, "fr", sentences[1], sentences) is None


@pytest.mark.parametrize(
    "question",
    [
        "et leur 4e prix de la fondation crédit coopératif, c'était quelle année ?",
        "in what year did they win the Crédit Coopératif Foundation prize?",
        "le soutien de la fondation AG2R date de quand ?",
    ],
)
def test_a_body_named_foundation_is_no_founding(question: str) -> None:
    assert lx.FOUNDATION_BODY.search(fold(question))


@pytest.mark.parametrize(
    "question",
    ["quelle est sa date de fondation ?", "when was the foundation of the garden?"],
)
def test_a_founding_stays_a_founding(question: str) -> None:
    assert not lx.FOUNDATION_BODY.search(fold(question))


@pytest.mark.parametrize(
    "question",
    [
        "what was the exact opening day of that first pickup point?",
        "le premier point de retrait a ouvert quel jour précisément ?",
        "the precise start date?",
    ],
)
def test_an_exact_day_with_the_event_between(question: str) -> None:
    assert lx.EXACT_DATE_FRAME.search(fold(question))


@pytest.mark.parametrize(
    "question",
    [
        "is that the real figure or a forecast?",
        "c'est un prévisionnel ou du réalisé ?",
        "c'est du réalisé ou du prévisionnel ?",
        "actual or projected?",
    ],
)
def test_which_kind_of_figure_is_asked(question: str) -> None:
    folded = fold(question)
    assert forecast.asks_which_kind(folded)
    assert forecast.kind_asked(folded) is None


def test_one_kind_asked_stays_that_kind() -> None:
    assert forecast.kind_asked(fold("et le budget réalisé ?")) == "actual"
    assert forecast.kind_asked(fold("le budget prévisionnel ?")) == "forecast"


@pytest.mark.parametrize(
    "question",
    [
        "la ressourcerie a-t-elle atteint ses 10 000 € de CA par mois ?",
        "have they put in any vending machines yet?",
        "did they get those 2 extra hectares in the end?",
        "has it reached its target?",
        "ont-ils déjà installé des distributeurs ?",
        "ont-ils eu un résultat positif en 2021 ?",
        "did they make a profit in 2021?",
    ],
)
def test_an_outcome_reached_is_asked(question: str) -> None:
    assert outcome.asks_outcome(question)


@pytest.mark.parametrize(
    "question", ["ont-ils besoin d'un local ?", "quel chiffre d'affaires vise-t-elle ?"]
)
def test_no_outcome_asked(question: str) -> None:
    assert not outcome.asks_outcome(question)


@pytest.mark.parametrize(
    "sentence",
    [
        "Elle vise un résultat positif pour son activité épicerie dès 2021.",
        "L'association recherche 2 hectares de terre supplémentaires.",
        "Réflexion sur l'installation distributeurs automatiques.",
        "Le temps nécessaire pour accéder à deux hectares supplémentaires",
    ],
)
def test_an_aim_a_search_a_reflection_are_pending(sentence: str) -> None:
    assert outcome.pending(sentence)


def test_a_target_asked_by_its_figure_is_about_the_sentence_stating_it() -> None:
    from livret_qa.answering import yes_no

    text = "ses 10 000 € de CA par mois ?"
    sentences = [
        "53 177 euros de CA réalisés sur 7,5 mois d'activité en 2020",
        "OBJECTIF DE L'ACTION : atteindre un chiffre d'affaires mensuel de 10 000€",
    ]
    pred = yes_no.predicate(text, "fr")
    assert outcome.about_sentences(pred, text, sentences) == [sentences[1]]


@pytest.mark.parametrize(
    ("question", "reworded"),
    [
        ("ont-ils été bénéficiaires en 2021 ?", "ont-ils eu un résultat positif en 2021 ?"),
        ("l'épicerie est-elle bénéficiaire ?", "l'épicerie est-elle rentable ?"),
    ],
)
def test_being_beneficiary_is_read_as_profit(question: str, reworded: str) -> None:
    assert word_sense.in_its_sense(question) == reworded


@pytest.mark.parametrize(
    "question",
    [
        "qui sont les bénéficiaires ?",
        "ont-ils été bénéficiaires de l'aide alimentaire ?",
        "who are the beneficiaries?",
    ],
)
def test_the_public_served_stays(question: str) -> None:
    assert word_sense.in_its_sense(question) == question


@pytest.mark.parametrize(
    "question",
    [
        "c'est qui la maraîchère bio qui dépose chez eux ?",
        "et qui est la productrice qui les livre ?",
        "who is the farmer who supplies them?",
        "who's the partner they work with?",
        # the name asked of someone a first part described
        "What's her name?",
        "and what is his name?",
        "elle s'appelle comment ?",
        "comment s'appelle-t-il ?",
    ],
)
def test_a_person_described_is_asked(question: str) -> None:
    assert lx.PERSON_DESCRIBED_ASKED.search(fold(question))


@pytest.mark.parametrize("question", ["c'est qui ?", "qui est-ce ?", "who is it?"])
def test_the_holder_of_the_last_role_is_no_person_described(question: str) -> None:
    assert not lx.PERSON_DESCRIBED_ASKED.search(fold(question))


def test_a_sentence_naming_no_one_does_not_say_who(engine) -> None:  # type: ignore[no-untyped-def]
    from livret_qa.answering.compose import _person_unnamed
    from livret_qa.answering.evidence import Citation
    from livret_qa.answering.plan import PlanPart
    from livret_qa.answering.slots import Found, Missing

    def found(quote: str) -> Found:
        cite = Citation(1, "f", "F", "story", "", [], quote, "s", 0, 1, 1, 1, quote, 0, 1)
        return Found("f", quote, cite)

    part = PlanPart("c'est qui la maraîchère bio qui dépose chez eux ?", "fact")
    unnamed = found("elle assure un relai entre une maraichère biologique et ses clients")
    assert isinstance(_person_unnamed(part, unnamed, engine), Missing)
    named = found("En janvier 2021, l'association embauche Christelle Cousin, directrice")
    assert _person_unnamed(part, named, engine) is named
    # a structure's or a place's name in capitals is no one's name
    for quote in (
        "Le Jardin de Cocagne de la Haute Borne a répondu pour embaucher un ambassadeur",
        "en mutualisation avec le Jardin de Cocagne à Villeneuve d'Ascq, une tapissière",
        "Le Panier de la Mer recrute une cuisinière",
    ):
        assert isinstance(_person_unnamed(part, found(quote), engine), Missing), quote
    other = PlanPart("c'est quoi leur boutique ?", "fact")
    assert _person_unnamed(other, unnamed, engine) is unnamed


@pytest.mark.parametrize("question", ["opening hrs showroom??", "les horaires ?", "opening hours?"])
def test_hours_asked_in_short(question: str) -> None:
    import re

    assert re.search(lx.TIMES_ASKED, fold(question))


@pytest.mark.parametrize(
    "question",
    [
        "Who is the Cocagne garden going halves with to hire its ambassador?",
        "qui est le Panier de la Mer en train de rejoindre ?",
        "who is the Bois de Deux Mains working with on upholstery?",
    ],
)
def test_a_structure_named_after_who_is_describes_no_one(engine, question: str) -> None:  # type: ignore[no-untyped-def]
    """'Who is <structure> doing X with?': the structure is the subject, no person described."""
    from livret_qa.answering.compose import _person_unnamed
    from livret_qa.answering.evidence import Citation
    from livret_qa.answering.plan import PlanPart
    from livret_qa.answering.slots import Found

    quote = "en mutualisation avec le Jardin de Cocagne du Raquet à Sin-le-Noble"
    cite = Citation(1, "f", "F", "story", "", [], quote, "s", 0, 1, 1, 1, quote, 0, 1)
    found = Found("f", quote, cite)
    assert _person_unnamed(PlanPart(question, "fact"), found, engine) is found
