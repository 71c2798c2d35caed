"""A question whose word misspells a word the booklet writes ('date de démarage', 'des
bénévolles', 'des partenaries') is read as that word wherever the engine checks that words
are mentioned: the refusal naming the misspelt word is asked again with the booklet's word.
What must not change: a word the booklet never writes, typed right or wrong ('broderie',
'boulangeri', 'réparation de vélos'), still refuses; a short word is never read as another.
Synthetic questions."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.typos import TypoReader, one_edit, refused_words
from livret_qa.retrieval.engine import Engine

from .citation_checks import check_citation


@pytest.mark.parametrize(
    ("question", "fiche_id", "stated"),
    [
        ("la remise enjouée, date de démarage ?", "la-remise-enjouee", "2021"),
        ("Synapse 3i date de démarage", "synapse-3i", "2015"),
        ("VESTALI, date de démarage ?", "vestali", "2020"),
        ("Les Copains de Thiérache ont-ils des bénévolles ?", "les-copains-de-thierache", ""),
        ("VESTALI a-t-elle des partenaries ?", "vestali", ""),
    ],
)
def test_a_misspelt_booklet_word_answers(
    fake_engine: Engine, question: str, fiche_id: str, stated: str
) -> None:
    answer = ask(fake_engine, question)
    assert not answer.abstained, answer.answer
    for citation in answer.to_dict()["citations"]:
        check_citation(fake_engine.corpus, citation)
    assert answer.citations
    assert answer.structures[0].fiche_id == fiche_id
    assert stated in answer.answer
    assert answer.question == question  # the asker's own words are kept


@pytest.mark.parametrize(
    ("question", "word"),
    [
        ("VESTALI fait-elle de la broderie ?", "broderie"),
        ("Y a-t-il une boulangeri dans le livret ?", "boulangeri"),
        ("Le Panier de la Mer vend-il des crustacés ?", "crustaces"),
        ("Does VESTALI do embroidery?", "embroidery"),
        ("Is Le Bois de Deux Mains a franchise?", "franchise"),  # not 'française' misspelt
    ],
)
def test_a_word_the_booklet_never_writes_still_refuses(
    fake_engine: Engine, question: str, word: str
) -> None:
    answer = ask(fake_engine, question)
    assert answer.abstained, answer.answer
    assert word in answer.answer.lower()


def test_what_a_typo_is_read_as(fake_engine: Engine) -> None:
    reader = TypoReader(fake_engine.booklet_words, fake_engine.lexical_vocabulary)
    assert reader.meant("demarage") == "demarrage"
    assert reader.meant("benevolles") == "benevoles"
    assert reader.meant("cocange") == "cocagne"  # two letters swapped
    assert reader.meant("demarrage") is None  # written so
    assert reader.meant("vendent") is None  # a verb's other form ('vendant'), no typo
    assert reader.meant("montent") is None
    assert reader.meant("boulangeri") is None  # no booklet word near it
    assert reader.meant("pains") is None  # too short to tell from another word
    assert reader.meant("economic") is None  # an English word the glossary reads


def test_only_a_word_the_refusal_names_is_reread(fake_engine: Engine) -> None:
    reader = TypoReader(fake_engine.booklet_words, fake_engine.lexical_vocabulary)
    assert reader.corrected("date de demarage", {"demarage"}) == "date de demarrage"
    assert reader.corrected("date de demarage", {"budget"}) is None
    assert refused_words("ne mentionne pas « demarage ». « DATE DE DÉMARRAGE : 2015 »") == {
        "demarage"
    }
    assert one_edit("cocange", "cocagne") and not one_edit("cocagne", "cocagne")


@pytest.mark.parametrize(
    ("question", "fiche_id", "stated"),
    [
        # a noun counted, misspelt, that the refusal names unquoted ('n'indique pas de toones')
        ("Combien de toones de jouets la Remise Enjouée a collecté ?", "la-remise-enjouee", "3,5"),
        ("combien de toones de poissons au Panier de la Mer ?", "le-panier-de-la-mer-62", "51"),
        ("Synapse 3i a combien d'ordinateurs reconditionés ?", "synapse-3i", "1500"),
    ],
)
def test_a_misspelt_noun_counted_answers(
    engine: Engine, question: str, fiche_id: str, stated: str
) -> None:
    answer = ask(engine, question)
    assert not answer.abstained, answer.answer
    assert answer.structures[0].fiche_id == fiche_id
    assert stated in answer.answer.replace("\u202f", " ").replace(" ", ""), answer.answer


@pytest.mark.parametrize(
    "question",
    ["combien de palettes le Bois de Deux Mains récupère ?", "combien de tracteurs à la Remise ?"],
)
def test_a_noun_counted_no_fiche_writes_still_refuses(engine: Engine, question: str) -> None:
    assert ask(engine, question).abstained
