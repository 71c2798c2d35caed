"""Yes/no questions stated in other words than the fiche's, or not stated at all: synonyms of
everyday things ('bicyclette' for 'vélo', 'TVs' for 'télévisions'), words that qualify the thing
rather than name it ('des vieux meubles', 'second-hand'), questions asked by intonation only
('Le Panier de la Mer récupère du poisson ?'), compound things stated only in parts ('an online
shop' of a fiche with a shop and, elsewhere, a website), things a fiche names only as excluded
('sauf … les téléviseurs'), and whether something still operates ('la boutique d'Hirson
fonctionne toujours ?'). Synthetic questions of each class, FR and EN, on the real booklet with
the fake embedder: the decisions come from the fiche's words."""

from __future__ import annotations

import pytest

from livret_qa import lexicon as lx
from livret_qa.answering.compose import ask
from livret_qa.answering.planner import asks_yes_no_by_intonation
from livret_qa.answering.topic_words import french_activity
from livret_qa.answering.yes_no import bound_in, compound, excluded_in, predicate, unmentioned
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold

from .citation_checks import check_abstains_naming_the_nearest, check_answer


@pytest.mark.parametrize(
    ("text", "unnamed", "lang"),
    [
        ("La Ressourcerie vend des meubles ?", "vend des meubles ?", "fr"),
        ("Le Jardin a des poules ?", "a des poules ?", "fr"),
        ("elle récupère des invendus ?", "elle récupère des invendus ?", "fr"),
        ("l'association loue des vélos ?", "l'association loue des vélos ?", "fr"),
        ("Ma Recyclerie collectent des jouets ?", "collectent des jouets ?", "fr"),
        ("The Workshop sells furniture?", "sells furniture?", "en"),
        ("the workshop refurbish laptops?", "refurbish laptops?", "en"),
        # 'ou' between two words is 'or', not 'where'
        (
            "La Ressourcerie revend sur leboncoin ou vinted ?",
            "revend sur leboncoin ou vinted ?",
            "fr",
        ),
    ],
)
def test_a_question_asked_by_intonation_is_yes_no(text: str, unnamed: str, lang: str) -> None:
    assert asks_yes_no_by_intonation(text, unnamed, lang)


@pytest.mark.parametrize(
    ("text", "unnamed", "asked"),
    [
        ("La Ressourcerie a combien de salariés ?", "a combien de salariés ?", True),
        ("La Ressourcerie vend quoi ?", "vend quoi ?", True),
        ("budget de La Ressourcerie ?", "budget de ?", True),
        ("La Ressourcerie budget ?", "budget ?", True),
        ("La Ressourcerie vend des meubles", "vend des meubles", False),  # a description
        ("vend des meubles ?", "vend des meubles ?", True),  # no subject before the verb
        ("La Ressourcerie vend ou ?", "vend ou ?", True),  # spoken 'où' last
        ("La Ressourcerie vend où ses meubles ?", "vend où ses meubles ?", True),
    ],
)
def test_other_questions_are_not_yes_no_by_intonation(text: str, unnamed: str, asked: bool) -> None:
    assert not asks_yes_no_by_intonation(text, unnamed, "fr", asked)


def test_a_french_verb_is_read_as_its_activity() -> None:
    rent = french_activity("louent")
    assert rent is not None and "location" in rent.french
    assert french_activity("récupère") is not None
    assert french_activity("budget") is None


@pytest.mark.parametrize(
    ("question", "lang", "kept", "dropped"),
    [
        ("Reprend-elle les vieilles télés ?", "fr", "teles", "vieilles"),
        ("Vend-elle des meubles usagés ?", "fr", "meubles", "usages"),
        ("Does it take old TVs?", "en", "TVs", "old"),
        ("Does it sell second-hand clothes?", "en", "clothes", "second-hand"),
        ("Does it still sell small toys?", "en", "toys", "small"),
    ],
)
def test_words_that_qualify_a_thing_are_not_asked(
    question: str, lang: str, kept: str, dropped: str
) -> None:
    words = [fold(w) for w in predicate(question, lang).words]
    assert fold(kept) in words and fold(dropped) not in words


def test_a_plural_reads_as_its_singular_in_the_groups_of_same_things() -> None:
    """'bicyclettes' is said 'vélos'; 'lycéens' are no 'étudiants' (a kind, not a synonym)."""
    bikes = predicate("Loue-t-elle des bicyclettes ?", "fr")
    assert unmentioned(bikes, {"velos", "locat"}, "location des velos") == []
    pupils = predicate("Accueille-t-elle des lycéens ?", "fr")
    assert unmentioned(pupils, {"etudiant"}, "des etudiants") == ["lyceens"]


def test_a_short_noun_of_the_glossary_is_a_thing() -> None:
    assert [g.word for g in predicate("Vendent-ils du vin ?", "fr").things] == ["vin"]


def test_a_compound_thing_is_bound_in_one_clause() -> None:
    online_shop = predicate("Does it have an online shop?", "en")
    assert compound(online_shop, "Does it have an online shop?")
    assert bound_in(online_shop, "Elle vend dans sa boutique en ligne.")
    assert not bound_in(
        online_shop, "Elle tient une boutique de produits locaux, et crée son site web."
    )
    listed = predicate("Does it sell bikes and scooters?", "en")
    assert not compound(listed, "Does it sell bikes and scooters?")
    cafe = predicate("Y a-t-il un café dans la boutique ?", "fr")
    assert compound(cafe, "un café dans la boutique ?")


def test_a_thing_named_after_an_exclusion_is_excluded() -> None:
    tv = predicate("Does it take TVs?", "en")
    assert excluded_in(tv, "Tous les objets sauf les vêtements et les téléviseurs.")
    assert not excluded_in(tv, "Téléviseurs et ordinateurs, sauf les écrans cassés.")


@pytest.mark.parametrize(
    "text",
    [
        "Is the shop still open?",
        "has the Hirson shop closed?",
        "La boutique fonctionne toujours ?",
        "Le projet est-il terminé ?",
        "is it open yet?",
        "Elle est encore en activité ?",
    ],
)
def test_whether_something_still_operates_is_read(text: str) -> None:
    assert lx.OPERATING_ASKED.search(fold(text))


@pytest.mark.parametrize(
    "text",
    [
        "Is the shop open on Sundays?",
        "sells over the internet?",
        "Quelle est la durée déterminée ?",
    ],
)
def test_other_questions_ask_no_operating_status(text: str) -> None:
    assert not lx.OPERATING_ASKED.search(fold(text))


@pytest.mark.parametrize(
    ("question", "fiche_id", "quoted"),
    [
        # synonyms of everyday things, plurals too
        (
            "Les Copains de Thiérache louent-ils des bicyclettes ?",
            "les-copains-de-thierache",
            "vélos",
        ),
        ("Synapse 3i récupère-t-elle des téléviseurs ?", "synapse-3i", "télévisions"),
        ("Does Synapse 3i take TVs?", "synapse-3i", "télévisions"),
        (
            "Le Jardin de Cocagne de la Haute Borne forme-t-il des apprentis ?",
            "le-jardin-de-cocagne-de-la-haute-borne",
            "apprentissage",
        ),
        # a qualifier the fiche does not repeat
        (
            "Le Bois de Deux Mains répare-t-il des vieux meubles ?",
            "le-bois-de-deux-mains",
            "meubles",
        ),
        ("Does VESTALI sell second-hand clothes?", "vestali", "vêtements"),
        # asked by intonation
        ("Le panier de la mer 62 récupère du poisson ?", "le-panier-de-la-mer-62", "poisson"),
        ("vestali recycle les fringues ?", "vestali", "recycl"),
    ],
)
def test_a_fact_stated_in_other_words_is_yes(
    fake_engine: Engine, question: str, fiche_id: str, quoted: str
) -> None:
    answer = ask(fake_engine, question)
    check_answer(fake_engine.corpus, answer.to_dict())
    assert not answer.abstained, answer.answer
    assert answer.answer.startswith(("Oui — ", "Yes — ")), answer.answer
    assert [s.fiche_id for s in answer.structures] == [fiche_id]
    assert fold(quoted) in fold(answer.answer)


@pytest.mark.parametrize(
    ("question", "fiche_id"),
    [
        ("Does Les Copains de Thiérache have an online shop?", "les-copains-de-thierache"),
        ("Le Bois de Deux Mains a-t-il une boutique en ligne ?", "le-bois-de-deux-mains"),
        ("Il était deux fois a un atelier vélo ?", "il-etait-deux-fois"),
        ("Les Copains de Thiérache vendent-ils du vin ?", "les-copains-de-thierache"),
    ],
)
def test_a_compound_stated_in_parts_or_a_thing_never_named_is_not_said(
    fake_engine: Engine, question: str, fiche_id: str
) -> None:
    check_abstains_naming_the_nearest(fake_engine, question, fiche_id)


@pytest.mark.parametrize(
    "question",
    ["Does Il était deux fois accept TVs?", "Il était deux fois reprend-elle les vêtements ?"],
)
def test_a_thing_named_only_as_excluded_is_answered_no(fake_engine: Engine, question: str) -> None:
    answer = ask(fake_engine, question)
    check_answer(fake_engine.corpus, answer.to_dict())
    assert answer.answer.startswith(("Non — ", "No — ")), answer.answer
    assert "sauf" in fold(answer.answer)


@pytest.mark.parametrize(
    ("question", "stated"),
    [
        ("Is the Hirson shop of Les Copains de Thiérache still open?", "cessé temporairement"),
        ("La boutique d'Hirson des Copains de Thiérache fonctionne toujours ?", "2021"),
        ("Le projet Flavour du Panier de la mer 62 est-il terminé ?", "septembre 2022"),
    ],
)
def test_whether_something_still_operates_is_answered_by_a_dated_sentence(
    fake_engine: Engine, question: str, stated: str
) -> None:
    answer = ask(fake_engine, question)
    check_answer(fake_engine.corpus, answer.to_dict())
    assert not answer.answer.startswith(("Oui", "Yes", "Non", "No ")), answer.answer
    assert fold(stated) in fold(answer.answer), answer.answer
    assert "opening days" not in answer.answer and "jours d'ouverture" not in answer.answer


def test_an_ordinal_qualifies_the_thing_asked() -> None:
    """'un deuxième site', 'a second shop': the fiche says '2 sites', not 'deuxième'."""
    assert [g.word for g in predicate("A-t-elle un deuxième site ?", "fr").things] == ["site"]


def test_a_shop_asked_online_is_held_by_selling_online() -> None:
    """'an online shop' is stated by 'la vente en ligne', not by a shop and a website apart."""
    online_shop = predicate("Does it have an online shop?", "en")
    assert bound_in(online_shop, "Elle développe la vente en ligne.")
    assert bound_in(online_shop, "Elle actualise l'espace vente de son site web.")
    assert not bound_in(online_shop, "Des producteurs en vente directe, et son site web.")


@pytest.mark.parametrize(("verb", "key"), [("efface", "erase"), ("louent", "hire")])
def test_french_verbs_of_other_entries_are_read(verb: str, key: str) -> None:
    act = french_activity(verb)
    assert act is not None and act.key == key
