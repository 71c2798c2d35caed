"""A body, programme or brand the booklet never mentions, asked inside an ordinary question
('Which initiatives are funded by the Fondation de France?', 'la caisse des dépôts finance
qui ?', 'sur Vinted'), is refused naming it: it listed the structures sharing one of its
generic words ('fondation', 'France', 'caisse'). A name is stated only when its own words
stand together in one clause, after its kind word ('fondation', 'network') when one
introduces it; the same questions of a body the booklet does state, in English or with other
accents, keep their answer (stated_name.py). A synthetic booklet for the mechanism, the real
one for the answers (fast tier)."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.language import detect_language
from livret_qa.answering.stated_name import named_bodies, unstated_names
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold

BOOKLET = """# Zorbalux

**PARTENAIRES FINANCIERS :** les fondations Anberline, Legalor et Brageon ; la Caisse d'Épargne.

**Mobilisation finance solidaire :** Appui de Grenopia Active au démarrage puis de fondations.

Le Fonds Social Européen finance l'encadrement ; le Crédit Solidaire prête.

L'Association des Producteurs des Vallées de la Tarve vend en circuit court.

Partenaires : Emmaüs Connect ; la SCIC CAP3C ; le Réseau Morvalis.

Des projets dans la région Hauts de France et des points de dépôt.
"""


@pytest.mark.parametrize(
    "question",
    [
        "Which initiatives are funded by the Grenopia Foundation?",  # 'Grenopia' written
        "la fondation de grenopia soutient qui ?",
        "Quelles structures sont aidées par la Fondation Grenopia ?",
        "Which projects does the Caisse des Dépôts fund?",  # 'caisse', 'dépôt' written apart
        "Which initiatives bank with Crédit Mutuel?",
        "Est-ce qu'une boutique vend sur Vinted ?",
        "Which structures are members of the Orvalo network?",
        "Quelles associations font partie du réseau Hauts Solidaires ?",
        "Do any of them work with WWF or Greenpeace?",
        "Is any of these a certified B Corp?",
        # a name going on in lower case up to its kind word: its words are its own
        "Is Zorbalux part of the Projets zéro déchet programme?",
    ],
)
def test_a_body_the_booklet_never_states_whole_is_unstated(question: str) -> None:
    assert unstated_names(question, BOOKLET, detect_language(question)), named_bodies(question)


@pytest.mark.parametrize(
    "question",
    [
        "Which initiatives are backed by the Legalor foundation?",  # after 'fondations'
        "la fondation Anberline aide qui ?",
        "Who gets money from the European Social Fund?",  # read in French, other order
        "Qui travaille avec la Caisse d'Epargne ?",  # accents folded
        "What did Grenopia Active fund?",
        "Who uses the CAP 3C software of the SCIC?",  # 'CAP3C' written in one word
        "Which structures are in the Morvalis network?",
        "What does the APVT sell?",  # the initials of a name it writes
        "Who works with Emmaus Connect?",
        "Qui est soutenu par le Credit Solidaire ?",
        "Which ones get European money (ESF, ERDF or Interreg)?",  # an aside
        "I'm building a project in Normandy: who works on short circuits?",  # a place
        "Greenpeace aside, which ones fund insertion?",  # the sentence's first capital
        "How many FTEs are there, and who funded them in January?",
        "Which Zorbalux partner is a foundation?",
        "What does the Tarve Valleys Producers Association sell?",  # French cognates
        "What's the Morvalis network the Zorbalux garden partners with?",  # no 'network the'
        # an English word or a level between the name and its kind qualifies the kind
        "Is Zorbalux in the Morvalis national network?",
        "Is Zorbalux in the Morvalis solidarity network?",
    ],
)
def test_a_body_it_states_is_stated(question: str) -> None:
    lang = detect_language(question)
    assert not unstated_names(question, BOOKLET, lang), named_bodies(question)


def test_a_cognate_is_read_in_english_only() -> None:
    """'Valleys' is « Vallées » in an English question; a French question's unknown name
    ('Qualitop') is no cognate of a French word ('qualité')."""
    booklet = BOOKLET + "\nLa qualité des produits.\n"
    assert not unstated_names("Who are the Tarve Valleys Producers?", booklet, "en")
    assert unstated_names("Synapse est-elle certifiée Qualitop ?", booklet, "fr")


def test_a_misspelt_name_is_the_booklet_s() -> None:
    assert not unstated_names("Who funds Zorbalu?", BOOKLET)  # 'Zorbalux'
    assert not unstated_names("Is Legalorr a foundation?", BOOKLET)


# -- the real booklet: refused, or answered as before -------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Which initiatives are funded by the Fondation de France?",
        "Est-ce que la fondation de france soutient un de ces projets ?",
        "Which structures are supported by the Orange Foundation?",
        "Quelles initiatives sont financées par la Caisse des Dépôts ?",
        "Which initiatives bank with Crédit Mutuel?",
        "Le réseau France Nature Environnement, il y a des membres dans le livret ?",
        "Does any shop stock Biocoop products?",
    ],
)
def test_a_body_never_mentioned_is_refused_naming_it(fake_engine: Engine, question: str) -> None:
    answer = ask(fake_engine, question)
    assert answer.abstained and not answer.structures, answer.answer


@pytest.mark.parametrize(
    ("question", "fiche"),
    [
        ("Which structure is supported by the Jerome Gayet Foundation?", "la-remise-enjouee"),
        ("Qui est soutenu par la fondation Anber ?", "vestali"),
        (
            "Which initiative belongs to the Cocagne network?",
            "le-jardin-de-cocagne-de-la-haute-borne",
        ),
        ("Who works with the Papillons Blancs?", "le-panier-de-la-mer-62"),
        (
            "Which structure is supported by the MACIF foundation?",
            "le-jardin-de-cocagne-de-la-haute-borne",
        ),
        (
            "La fondation du crédit coopératif a-t-elle récompensé une association ?",
            "le-bois-de-deux-mains",
        ),
    ],
)
def test_a_body_it_states_keeps_its_answer(fake_engine: Engine, question: str, fiche: str) -> None:
    answer = ask(fake_engine, question)
    assert fiche in [s.fiche_id for s in answer.structures], answer.answer


@pytest.mark.parametrize(
    ("question", "fiche", "body"),
    [
        ("Is VESTALI funded by the Fondation de France?", "vestali", "fondation de france"),
        (
            "la fondation de france soutient-elle le bois de deux mains ?",
            "le-bois-de-deux-mains",
            "fondation de france",
        ),
        ("Does Synapse 3i bank with the Crédit Mutuel?", "synapse-3i", "credit mutuel"),
        ("La Remise Enjouée vend-elle sur Vinted ?", "la-remise-enjouee", "vinted"),
        ("Does La Remise Enjouée hold an ISO 9001 label?", "la-remise-enjouee", "iso"),
    ],
)
def test_a_body_never_mentioned_asked_of_a_named_structure_is_its_fiche_not_saying(
    fake_engine: Engine, question: str, fiche: str, body: str
) -> None:
    """The structure named stays the answer's: its fiche does not say, and the sentence sharing
    the body's generic words is the nearest fact, never a yes."""
    answer = ask(fake_engine, question)
    assert answer.abstained, answer.answer
    assert [s.fiche_id for s in answer.structures] == [fiche]
    assert all(word in fold(answer.answer) for word in body.split()), answer.answer
    assert answer.citations and all(c.fiche_id == fiche for c in answer.citations)


@pytest.mark.parametrize(
    ("question", "fiche"),
    [
        ("Does Synapse 3i work with Emmaüs Connect?", "synapse-3i"),
        ("Est-ce que VESTALI est soutenue par la fondation Anber ?", "vestali"),
        ("Is La Remise Enjouée backed by the Jerome Gayet Foundation?", "la-remise-enjouee"),
    ],
)
def test_a_body_it_states_asked_of_its_structure_is_answered(
    fake_engine: Engine, question: str, fiche: str
) -> None:
    answer = ask(fake_engine, question)
    assert not answer.abstained, answer.answer
    assert [s.fiche_id for s in answer.structures] == [fiche]


def test_an_acronym_plural_is_read_as_its_acronym() -> None:
    """'TVs' is 'TV' read in French (« télévisions »), no body's name."""
    booklet = BOOKLET + "\nLes télévisions sont reprises.\n"
    assert not unstated_names("Which structures take TVs?", booklet, "en")
    assert unstated_names("Which structures take ZQs?", booklet, "en")


@pytest.mark.parametrize(
    ("question", "refused"),
    [
        ("Which initiatives received LEADER programme funding from the EU?", True),
        ("quelles structures sont financées par le programme LEADER ?", True),
        ("Who got money from the HORIZON program?", True),
        ("Which structures took part in the Interreg programme?", False),
        ("Quelles structures ont un programme de paniers solidaires ?", False),
    ],
)
def test_a_programme_named_in_capitals_is_a_name_not_a_word(
    fake_engine: Engine, question: str, refused: bool
) -> None:
    """'LEADER' before 'programme' names a programme, not a leader (the glossary would read
    it « responsable », which every contact card writes)."""
    answer = ask(fake_engine, question)
    assert (answer.abstained and not answer.structures) is refused, answer.answer


@pytest.mark.parametrize(
    ("first", "question", "fiche"),
    [
        (
            "Est-ce que VESTALI est financée par la Fondation de France ?",
            "et son compte Instagram ?",
            "vestali",
        ),
        ("Parle-moi de Synapse 3i", "elle travaille avec le Crédit Mutuel ?", "synapse-3i"),
    ],
)
def test_a_body_asked_of_the_one_in_focus_is_its_fiche_not_saying(
    fake_engine: Engine, first: str, question: str, fiche: str
) -> None:
    """A follow-up about the one structure in focus keeps it: its fiche does not say."""
    previous = ask(fake_engine, first)
    turns = [{"role": "user", "content": first}, {"role": "assistant", "content": previous.answer}]
    answer = ask(fake_engine, question, turns)
    assert answer.abstained, answer.answer
    assert [s.fiche_id for s in answer.structures] == [fiche], answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "À quel programme de fidélité l'épicerie de Guise a-t-elle adhéré ?",
        "c koi le programme de points fidelite de l'asso de guise",
    ],
)
def test_a_programme_of_a_common_noun_is_no_name(fake_engine: Engine, question: str) -> None:
    """'un programme de fidélité' names the kind of programme, not a body: the fiche answers."""
    assert not named_bodies(question) or all(n.kind != "programme" for n in named_bodies(question))
    answer = ask(fake_engine, question)
    assert not answer.abstained, answer.answer
