"""Four classes of missed abstentions, on synthetic questions (real booklet, fake embedder),
each beside near twins that must stay answered:

1. An e-mail or phone asked of a person the question names: a person the fiche never names
   is missing; an e-mail spelling another person of the card ('stpillot@…' asked of
   Labarre) is that person's, not the one asked. A generic or the person's own address stays
   the answer (person_contact.py).
2. A ceremony (inauguration, ribbon-cutting, launch party, first general assembly) asked
   with 'when': an event of its own, not the opening or creation date (lexicon EVENTS).
3. A structure named by its kind, a complement and a town that a fiche cites only in
   passing ('l'atelier de X à <town>'), or an organisation named in French in an English
   question that the booklet never writes: refused. A fiche's own structure described by
   kind and town is found (unfiched.named_in_passing, abstention._in_french_name).
4. A rate of one thing ('taux de sorties positives') asked where the fiche states a
   percentage of another thing of the same population: the fiche gives no such rate
   (share_of.rate_head).
"""

from __future__ import annotations

import pytest

from livret_qa.answering import person_contact, unfiched
from livret_qa.answering.abstention import unknown_names
from livret_qa.answering.compose import ask
from livret_qa.answering.share_of import rate_head
from livret_qa.indexing.analyzer import analyze
from livret_qa.parsing.fiche import Contact, ContactPerson, Fiche
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold

OISE = "association-des-producteurs-des-vallees-de-l-oise"


# -- 1. a contact detail of a named person -------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "Quelle adresse électronique a Monsieur Labarre à l'association des producteurs des "
        "Vallées de l'Oise ?",
        "Could I get Mr Labarre's email, the one from the Oise farmers' association?",
        "Je cherche le courriel de Mme Garnier chez VESTALI.",
        "What's Thomas Leclerc's mobile number at Le Bois de Deux Mains?",
        "Pour écrire à Lucie Moreau de Synapse 3i, j'utilise quel mail ?",
        "Give me Mr Dubois's e-mail at Les Copains de Thiérache.",
    ],
)
def test_a_contact_detail_of_a_person_not_its_own_abstains(
    fake_engine: Engine, question: str
) -> None:
    answer = ask(fake_engine, question)
    assert answer.abstained, answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "Quelle adresse électronique a Monsieur Pillot à l'association des producteurs des "
        "Vallées de l'Oise ?",
        "Could I get Matthieu Renard's email?",
        "Je cherche le téléphone de Jean-Louis Poillon.",
        "What's Anthony Grossot's phone number?",
        "Pour écrire à Céline Dal d'Il était deux fois, j'utilise quel mail ?",
        "Quel est le courriel de Christelle Cousin ?",
    ],
)
def test_a_contact_detail_of_a_person_of_the_card_is_answered(
    fake_engine: Engine, question: str
) -> None:
    answer = ask(fake_engine, question)
    assert not answer.abstained, answer.answer


def test_persons_asked_reads_civilities_and_full_names() -> None:
    found = person_contact.persons_asked("Le mail de M. Roy et de Paul Martin-Dupré ?")
    assert found == ["M. Roy", "Paul Martin-Dupré"]
    assert person_contact.persons_asked("Quel est le mail des Copains ?") == []
    assert person_contact.name_words("Monsieur Pillot") == {"pillot"}


def _card(name: str, mails: list[str]) -> Fiche:
    fiche = Fiche.__new__(Fiche)
    fiche.contact = Contact(persons=[ContactPerson(name=name, emails=mails)])
    return fiche


@pytest.mark.parametrize(
    ("name", "mails", "asked", "other"),
    [
        ("Messieurs Martin et Roy", ["pmartin@example.org"], {"roy"}, True),
        ("Mesdames Lenoir, Blanc", ["blanc.a@example.org"], {"lenoir"}, True),
        ("Messieurs Martin et Roy", ["contact@example.org"], {"roy"}, False),
        ("Messieurs Martin et Roy", ["pmartin@x.org", "roy@x.org"], {"roy"}, False),
        ("Anne Lenoir", ["asso@example.org"], {"lenoir"}, False),
    ],
)
def test_mail_of_another_only_for_an_address_spelling_someone_else(
    name: str, mails: list[str], asked: set[str], other: bool
) -> None:
    assert (person_contact.mail_of_another(asked, _card(name, mails)) is not None) is other


# -- 2. a ceremony asked with 'when' ---------------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "C'était quand, l'inauguration des Copains de Thiérache ?",
        "When did Synapse 3i hold its ribbon-cutting?",
        "La soirée de lancement de VESTALI, c'était à quelle date ?",
        "When was Le Bois de Deux Mains' founding general meeting?",
        "Quand s'est tenue l'assemblée générale constitutive du Panier de la mer 62 ?",
        "What date was the opening ceremony at Il était deux fois?",
    ],
)
def test_a_ceremony_the_fiche_does_not_tell_abstains(fake_engine: Engine, question: str) -> None:
    answer = ask(fake_engine, question)
    assert answer.abstained, answer.answer
    assert answer.plan["parts"][0]["attribute"] == "event:ceremony"


@pytest.mark.parametrize(
    "question",
    [
        "Les Copains de Thiérache ont ouvert leur première boutique quand ?",
        "When did Synapse 3i start?",
        "VESTALI a été créée en quelle année ?",
        "When was Le Bois de Deux Mains set up?",
        "Depuis quand existe le Panier de la mer 62 ?",
        "When did Il était deux fois open?",
    ],
)
def test_an_opening_or_a_founding_is_still_answered(fake_engine: Engine, question: str) -> None:
    answer = ask(fake_engine, question)
    assert not answer.abstained, answer.answer


# -- 3. a structure the booklet does not cover -----------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "Quel est le budget de l'atelier de la citoyenneté de Calais ?",
        "Qui dirige l'atelier de la citoyenneté à Calais ?",
        "What does the Banque Alimentaire du Nord do?",
        "How many volunteers do the Restos du Coeur have?",
        "Who runs the Secours Populaire de Lens?",
    ],
)
def test_a_structure_without_fiche_is_refused(fake_engine: Engine, question: str) -> None:
    answer = ask(fake_engine, question)
    assert answer.abstained, answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "Que fait la ressourcerie de Campigneulles ?",
        "Que vend la boutique d'Hirson ?",
        "Quel est le budget de l'atelier de Pommiers ?",
        "What does the Jardin de Cocagne de la Haute Borne grow?",
        "How many members does Le Panier de la Mer 62 have?",
    ],
)
def test_a_fiche_named_by_kind_and_town_is_answered(fake_engine: Engine, question: str) -> None:
    answer = ask(fake_engine, question)
    assert not answer.abstained, answer.answer


def test_named_in_passing_needs_the_booklet_phrase_before_the_town() -> None:
    texts = {"A": "Le projet a été sollicité par l'atelier du quartier à Arras.", "B": "x"}
    found = unfiched.named_in_passing(
        "Que fait l'atelier du quartier d'Arras ?", "Arras", texts, set()
    )
    assert found == ("atelier du quartier", ["A"])
    assert unfiched.named_in_passing("Que fait l'atelier d'Arras ?", "Arras", texts, set()) is None
    towns = {"arras"}  # a fiche stands there: its own
    assert (
        unfiched.named_in_passing("Que fait l'atelier du quartier d'Arras ?", "Arras", texts, towns)
        is None
    )
    shop = {"A": "Elle veut rouvrir la boutique de la gare à Arras."}
    assert (
        unfiched.named_in_passing("Que vend la boutique de la gare d'Arras ?", "Arras", shop, set())
        is None
    )


def test_a_french_name_in_an_english_question_is_read_as_a_name() -> None:
    vocab = set(analyze("une épicerie alimentaire du Nord, le marché"))
    assert unknown_names("What does the Banque Alimentaire du Nord do?", vocab, "en") == ["Banque"]
    assert unknown_names("Is the Sunday market open?", vocab, "en") == []


# -- 4. a rate of another thing --------------------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "Chez Synapse 3i, le taux de sorties positives des salariés en insertion est de combien ?",
        "What is the job placement rate of Synapse 3i's integration workers?",
        "Quel est le taux de retour à l'emploi chez VESTALI ?",
        "What's the positive exit rate at the Jardin de Cocagne de la Haute Borne?",
        "Quel taux d'abandon connaît la Remise Enjouée chez ses salariés en insertion ?",
    ],
)
def test_a_rate_of_another_thing_abstains(fake_engine: Engine, question: str) -> None:
    answer = ask(fake_engine, question)
    assert answer.abstained, answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "Le taux de sorties positives des salariés en insertion du Bois de Deux Mains ?",
        "Quel pourcentage des salariés en insertion de Synapse 3i vient des quartiers "
        "prioritaires ?",
        "Quel est le taux de valeur ajoutée de VESTALI ?",
        "What share of Synapse 3i's staff have a disability?",
        "What percentage of Le Bois de Deux Mains' sales come from individuals?",
    ],
)
def test_a_rate_the_fiche_states_is_answered(fake_engine: Engine, question: str) -> None:
    answer = ask(fake_engine, question)
    assert not answer.abstained, answer.answer


@pytest.mark.parametrize(
    ("question", "head"),
    [
        ("le taux de sorties positives des salariés en insertion ?", "sorties positives"),
        ("quel est le taux d'insertion chez eux ?", "insertion"),
        ("What is the positive exit rate of its integration workers?", "positive exit"),
        ("what is the rate of positive exits among its workers?", "positive exits"),
        ("quelle part des salariés sont des femmes ?", None),
    ],
)
def test_rate_head_is_what_the_rate_measures(question: str, head: str | None) -> None:
    assert rate_head(fold(question).replace("’", "'")) == head
