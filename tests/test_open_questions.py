"""Open questions about how a structure works ('d'où viennent ses jouets ?', 'who buys its
furniture?', 'what happens to the fish it collects?') and yes/no questions whose thing is stated
in other words or with a date ('un site internet marchand' for an online shop, 'fabrique encore
des masques ?'). Synthetic questions of each class, French and English, clean, telegraphic and
misspelt; none is taken from a question set."""

from __future__ import annotations

import re

import pytest

from livret_qa import lexicon as lx
from livret_qa.answering.slots import _LABEL, _states_something
from livret_qa.answering.topic_words import families_of, kinds_of
from livret_qa.answering.yes_no import acts_in, bound_in, compound, held_in, predicate
from livret_qa.text import fold


def _frames(question: str) -> set[str]:
    folded = fold(question)
    return {f.name for f in lx.OPEN_FRAMES if lx.compiled(f.asked).search(folded)}


@pytest.mark.parametrize(
    ("question", "frame"),
    [
        ("D'où viennent les livres de la bouquinerie ?", "provenance"),
        ("d'ou proviennent leurs tissus", "provenance"),
        ("Comment la ferme récupère-t-elle ses semences ?", "provenance"),
        ("Where does the café get its coffee from?", "provenance"),
        ("where do the bikes come from", "provenance"),
        ("who supplies the grocery?", "provenance"),
        ("Qui achète les vélos réparés ?", "buyers"),
        ("à qui vendent-ils leurs conserves ?", "buyers"),
        ("Who are the workshop's customers?", "buyers"),
        ("who buys the furniture", "buyers"),
        ("Que deviennent les vêtements abîmés ?", "fate"),
        ("que fait l'atelier des chutes de tissu ?", "fate"),
        ("What happens to the bread left over?", "fate"),
        ("what does the shop do with broken toys", "fate"),
        ("How do members get their vegetables?", "pickup"),
        ("comment les familles récupèrent leurs colis ?", "pickup"),
        ("Comment l'épicerie finance-t-elle son activité ?", "funding"),
        ("how is the repair café funded?", "funding"),
        ("Comment est organisée la ressourcerie ?", "organisation"),
        ("how is the cooperative organised", "organisation"),
    ],
)
def test_an_open_question_is_read_in_its_frame(question: str, frame: str) -> None:
    assert frame in _frames(question)


@pytest.mark.parametrize(
    "question",
    ["Qui dirige la ressourcerie ?", "Quel est son budget ?", "When was it created?"],
)
def test_a_question_of_no_frame_has_none(question: str) -> None:
    assert not _frames(question)


@pytest.mark.parametrize(
    ("frame", "sentence"),
    [
        ("provenance", "Les livres proviennent de dons de particuliers."),
        ("provenance", "Elle collecte le bois dans les déchetteries."),
        ("buyers", "Usagers clients : les habitants et les écoles."),
        ("buyers", "Les achats des entreprises représentent la moitié des ventes."),
        ("fate", "Les invendus sont transformés en soupes et redistribués."),
        ("pickup", "Les clients viennent chercher leurs paniers au café."),
        ("funding", "Ses recettes viennent des subventions et des adhésions."),
    ],
)
def test_a_sentence_stating_a_frame_is_read_so(frame: str, sentence: str) -> None:
    stated = next(f.stated for f in lx.OPEN_FRAMES if f.name == frame)
    assert lx.compiled(stated).search(fold(sentence))


def test_a_label_is_no_content_of_its_line() -> None:
    assert _LABEL.sub("", "DATE DE DÉMARRAGE : 18 janvier 2021", count=1) == "18 janvier 2021"
    assert _LABEL.sub("", "Innovation sociale : des ateliers", count=1) == "des ateliers"
    plain = "Elle collecte du bois, des palettes et des meubles."
    assert _LABEL.sub("", plain, count=1) == plain


@pytest.mark.parametrize(
    "question",
    [
        "Fabrique-t-elle encore des masques ?",
        "ils vendent toujours en ligne ?",
        "Do they still make jam?",
        "does the shop sell books anymore",
    ],
)
def test_a_still_question_is_read_so(question: str) -> None:
    assert lx.STILL_ASKED.search(fold(question))


@pytest.mark.parametrize(
    ("line", "link"),
    [
        ("Cf https://www.exemple.fr/site/", True),
        ("www.atelier-velo.org", True),
        ("Voir le site https://exemple.org pour les horaires des ateliers.", False),
        ("Elle vend ses paniers en ligne.", False),
    ],
)
def test_a_bare_link_states_nothing(line: str, link: bool) -> None:
    assert bool(lx.LINK_ONLY.fullmatch(fold(line).strip())) is link


@pytest.mark.parametrize(
    "question",
    ["La ferme a-t-elle le label bio ?", "L'épicerie a-t-elle un rayon bio ?"],
)
def test_a_short_kind_after_a_noun_is_asked(question: str) -> None:
    # 'le label bio': a label of one kind, which another label does not state
    assert "bio" in [g.word for g in predicate(question, "fr").things]


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("Does it have an online shop?", "en"),
        ("A-t-elle une boutique en ligne ?", "fr"),
        ("ont ils un magasin sur internet", "fr"),
    ],
)
def test_a_merchant_website_is_an_online_shop(question: str, lang: str) -> None:
    pred = predicate(question, lang)
    assert compound(pred, question)
    assert bound_in(pred, "Elle développe son site internet marchand.")
    assert bound_in(pred, "Les commandes passent par une boutique en ligne.")
    assert not bound_in(pred, "Elle a un magasin à Guise, et un site web d'information.")
    assert re.search("march", " ".join(lx.SELLING_WORDS))


@pytest.mark.parametrize(
    ("question", "lang", "stated"),
    [
        ("A-t-elle des animaux ?", "fr", "des petits élevages de poules et de lapins"),
        ("Does it keep animals?", "en", "un poulailler et des chèvres"),
        ("Vendent-ils des boissons ?", "fr", "conserves, bières et spiritueux"),
        ("do they have vehicles", "en", "elle dispose de 5 camions"),
    ],
)
def test_a_family_asked_is_stated_by_its_kinds(question: str, lang: str, stated: str) -> None:
    pred = predicate(question, lang)
    assert held_in(pred, stated) == len(pred.words)


@pytest.mark.parametrize(
    ("question", "lang", "stated"),
    [
        ("A-t-elle des vaches ?", "fr", "des petits élevages de poules et de lapins"),
        ("Do they sell wine?", "en", "conserves, bières et spiritueux"),
        ("Ont-ils des vélos ?", "fr", "elle dispose de 5 camions"),
    ],
)
def test_a_kind_asked_is_not_stated_by_another(question: str, lang: str, stated: str) -> None:
    assert held_in(predicate(question, lang), stated) == 0


def test_a_kind_knows_its_family() -> None:
    assert "animal" in families_of("vaches")
    assert "boisson" in families_of("vin")
    assert "poule" in kinds_of("animaux")
    assert not families_of("ordinateurs portables")


@pytest.mark.parametrize(
    ("question", "negated"),
    [
        ("Que fait l'atelier des jouets qu'il ne peut pas remettre en vente ?", "vente"),
        ("que deviennent les vêtements qui ne sont plus vendus", "vendus"),
        ("What does the shop do with books it can't sell?", "sell"),
        ("what happens to furniture they cannot repair", "repair"),
    ],
)
def test_an_activity_said_not_to_happen_is_not_asked(question: str, negated: str) -> None:
    spans = [m.group(0) for m in lx.NEGATED_ACTIVITY.finditer(fold(question))]
    assert any(negated in span.split() for span in spans)


def test_no_negation_no_span() -> None:
    assert not lx.NEGATED_ACTIVITY.search(fold("Que deviennent les jouets abîmés ?"))


@pytest.mark.parametrize(
    ("line", "states"),
    [
        ("partenaires financiers mobilises :", False),
        ("cf https://www.exemple.fr/", False),
        ("elle developpe un jardin pedagogique.", True),
    ],
)
def test_a_nearest_fact_states_something(line: str, states: bool) -> None:
    assert _states_something(line) is states


@pytest.mark.parametrize(
    "question",
    ["Is the shop open to tourists?", "La boutique est-elle ouverte au public ?"],
)
def test_open_to_a_public_asks_no_days(question: str) -> None:
    assert not re.search(lx.DAYS_ASKED, fold(question))


@pytest.mark.parametrize(
    "question",
    ["Is the shop open on Sundays?", "est-elle ouverte le samedi ?", "is it open?"],
)
def test_open_alone_still_asks_days(question: str) -> None:
    assert re.search(lx.DAYS_ASKED, fold(question))


@pytest.mark.parametrize(
    ("question", "lang", "sentence"),
    [
        ("how are the toys cleaned?", "en", "Ils sont triés puis nettoyés avec soin."),
        ("are the bikes cleaned?", "en", "Les vélos sont nettoyés et réparés."),
    ],
)
def test_a_verb_in_yer_is_read_in_any_form(question: str, lang: str, sentence: str) -> None:
    pred = predicate(question, lang)
    assert pred.actions and acts_in(pred, sentence) == len(pred.actions)


def test_what_a_thing_is_for_is_no_thing_asked() -> None:
    pred = predicate("A-t-elle un site marchand pour commander en ligne ?", "fr")
    assert "commander" not in [g.word for g in pred.things]
    assert bound_in(pred, "Elle crée son site internet marchand.")


@pytest.mark.parametrize(
    ("sentence", "planned"),
    [
        ("Il s'agit maintenant de développer sa clientèle en créant son site marchand.", True),
        ("Le Café du bricolage va prochainement permettre le partage de savoir.", True),
        ("La structure a un projet de ressourcerie depuis 2020.", True),
        ("Elle vend en ligne via le click and collect.", False),
        ("En 2016, elle ouvre sa première boutique.", False),
    ],
)
def test_a_plan_is_told_from_a_fact(sentence: str, planned: bool) -> None:
    assert bool(lx.PLANNED_STATED.search(fold(sentence))) is planned
