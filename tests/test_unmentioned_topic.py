"""A topic the booklet never mentions, typed in lower case inside an ordinary question ('Does
the booklet talk about a local currency?', 'qui accepte les paiements en monnaie locale ?',
'which ones offer microcredit?'), is refused saying so: it listed the structures sharing one
generic word ('local', 'paiements', 'crédit'). A topic the booklet states in other words
('second-hand clothes' « textile », 'food waste' « invendus », 'job seekers' « demandeurs
d'emploi », 'short supply chains' « circuits courts ») keeps its answer. The English words of
how a structure works are read through the glossary (topic_words.economy_never_mentioned),
the French complement of a noun through the booklet's words (abstention.noun_complements).
A synthetic vocabulary for the mechanism, the real booklet for the answers (fast tier)."""

from __future__ import annotations

import pytest

from livret_qa.answering.abstention import held_nowhere, noun_complements
from livret_qa.answering.compose import ask
from livret_qa.answering.topic_words import economy_never_mentioned
from livret_qa.indexing.analyzer import analyze
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold

VOCAB = set(analyze("investissement des fonds ; une association ; banque alimentaire"))


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("Does the booklet talk about a currency?", ["currency"]),
        ("which ones offer microcredit?", ["microcredit"]),
        ("Do any of them pay taxes?", ["taxes"]),
        ("Which initiatives have investors?", []),  # 'investissement': the same family
        ("which NGOs work on food?", []),  # 'association': the booklet's own word
        ("Which ones have a bank card?", []),  # a modifier of another thing
        ("Which structures are right for me?", []),  # an attribute, no right asked
        ("Is it fair? Is that right?", []),
    ],
)
def test_economy_words_never_written(question: str, words: list[str]) -> None:
    assert [g.word for g in economy_never_mentioned(question, VOCAB)] == words


@pytest.mark.parametrize(
    ("question", "complements"),
    [
        ("qui accepte les paiements en monnaie locale ?", ["monnaie"]),
        ("qui fait de la consigne de bouteilles ?", ["bouteilles"]),
        ("qui aide les demandeurs d'emploi ?", ["emploi"]),
        ("qui lutte contre le gaspillage alimentaire ?", []),  # an adjective, no 'a limentaire'
        ("quelles sont les structures de l'Aisne ?", []),  # where they stand: no thing
    ],
)
def test_noun_complements(question: str, complements: list[str]) -> None:
    assert noun_complements(fold(question)) == complements


def test_held_nowhere_tells_unmentioned_from_apart() -> None:
    vocabs = {"a": set(analyze("paiement en ligne")), "b": set(analyze("bouteilles vides"))}
    assert held_nowhere(["monnaie"], vocabs)
    assert not held_nowhere(["monnaie", "bouteilles"], vocabs)


ABSENT = [
    "Does the booklet talk about a local currency?",
    "est-ce qu'une structure accepte la monnaie locale ?",
    "qui accepte les paiements en monnaie locale ?",
    "which initiatives do composting toilets?",
    "qui fait de la consigne de bouteilles ?",
    "any structure running a repair cafe for bikes?",
    "which ones offer microcredit?",
    "Any of them give microcredit to farmers??",
    "Quelles structures font de l'apiculture ?",
    "which structures do beekeeping?",
    "Which initiatives run a car sharing scheme?",
    "y a-t-il une structure qui installe des panneaux solaires ?",
    "est-ce qu'il y a une crèche parentale ?",
    "une structure fait de la méthanisation ?",
    "Any of them run a community fridge?",
    "which initiatives do rainwater harvesting?",
    "qui fait du compostage collectif ?",
    "do any structures give language classes to refugees?",
    "lesquelles font du covoiturage ?",
    "which ones collect glass bottles for reuse?",
    "qui fait de la vente en vrac de bouteilles consignées ?",
    "is there something about a local currency in the booklet?",
]


@pytest.mark.parametrize("question", ABSENT)
def test_an_unmentioned_topic_is_refused(fake_engine: Engine, question: str) -> None:
    answer = ask(fake_engine, question)
    assert answer.abstained and not answer.structures, answer.answer


@pytest.mark.parametrize(
    ("question", "word"),
    [
        ("Does the booklet talk about a local currency?", "local currency"),
        ("Does the booklet talk about currencies?", "currencies"),
        ("qui accepte les paiements en monnaie locale ?", "monnaie"),
    ],
)
def test_the_refusal_says_it_never_mentions_it(
    fake_engine: Engine, question: str, word: str
) -> None:
    answer = ask(fake_engine, question)
    assert f"« {word} »" in answer.answer
    assert "never mentions" in answer.answer or "ne mentionne pas" in answer.answer


STATED = [
    ("which structures collect second-hand clothes?", "vestali"),
    ("qui lutte contre le gaspillage alimentaire ?", "le-panier-de-la-mer-62"),
    ("which initiatives fight food waste?", None),
    ("which ones help job seekers?", None),
    ("qui aide les demandeurs d'emploi ?", "il-etait-deux-fois"),
    ("quelles structures font de l'insertion ?", None),
    ("which initiatives sell through short supply chains?", "les-copains-de-thierache"),
    ("qui vend en circuits courts ?", "le-jardin-de-cocagne-de-la-haute-borne"),
    ("does any structure reuse furniture?", None),
    ("est-ce qu'une structure répare des jouets ?", "la-remise-enjouee"),
    ("qui fait de la menuiserie ?", "le-bois-de-deux-mains"),
    ("does the booklet talk about a grocery?", "les-copains-de-thierache"),
    ("which ones rent bikes?", None),
    ("est-ce qu'une structure récupère les invendus ?", "le-panier-de-la-mer-62"),
    ("qui récupère les invendus de poisson ?", "le-panier-de-la-mer-62"),
    ("any initiative working with farmers?", "association-des-producteurs-des-vallees-de-l-oise"),
    ("Does the booklet talk about the circular economy?", None),
    ("Is there a structure selling local products?", None),
    ("qui recycle du matériel informatique ?", "synapse-3i"),
    ("which initiatives fight the digital divide?", "synapse-3i"),
    ("which ones recondition computers?", "synapse-3i"),
    ("une structure fait des ateliers cuisine ?", "les-copains-de-thierache"),
    ("qui fait des ateliers de cuisine ?", "les-copains-de-thierache"),
    ("qui fait de la vente de vêtements ?", "vestali"),
    ("qui travaille avec des personnes en situation de handicap ?", None),
    ("Which structures are funded by a bank?", None),
    ("Which structures are supported by banks?", None),
]


@pytest.mark.parametrize(("question", "fiche"), STATED)
def test_a_topic_stated_in_other_words_keeps_its_answer(
    fake_engine: Engine, question: str, fiche: str | None
) -> None:
    answer = ask(fake_engine, question)
    assert not answer.abstained and answer.structures, answer.answer
    if fiche is not None:
        assert fiche in [s.fiche_id for s in answer.structures], answer.answer


def test_a_complement_in_a_question_placed_in_a_booklet_town_is_the_askers_wording(
    fake_engine: Engine,
) -> None:
    """'à Boulogne, … l'atelier de barquettes': the thing there, in the asker's own words (the
    booklet says « plats préparés »), not a topic it never mentions."""
    answer = ask(
        fake_engine,
        "A Boulogne, avec quelle asso du handicap ils montent l'atelier de barquettes ?",
    )
    assert not answer.abstained, answer.answer
