"""A body of a kind asked by 'which/quel + NOUN' of one structure whose fiche never writes the
kind word but names a body of that kind by its own name ('Which bank does VESTALI work with?'
of 'Caisse d'Épargne ; Crédit Agricole', 'quelle fondation les aide ?' of 'Fondations AG2R …'):
the sentence naming it answers (kind_instances.py). Nothing of the kind named, the refusal
stands ('Quel cabinet comptable …', 'Quelle monnaie locale …'), and a name inside a body of
another kind ('Fondation Crédit Agricole') is that other body. Synthetic sentences and
questions; the real booklet with the fake embedder."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.kind_instances import kind_heads, names_an_instance
from livret_qa.retrieval.engine import Engine

BANK = kind_heads("bank")
FOUNDATION = kind_heads("fondation")
NETWORK = kind_heads("network")


def test_the_heads_of_a_kind_are_read_in_english_and_french() -> None:
    assert "credit" in BANK and "caisse d'epargne" in BANK
    assert kind_heads("banques", glossed=False) == kind_heads("banque", glossed=False)
    assert "fondation" in kind_heads("foundation")
    assert "federation" in NETWORK
    # kinds no body opens its name with: nothing to look for, the refusal stands
    assert kind_heads("comptable", glossed=False) == []
    assert kind_heads("monnaie", glossed=False) == []
    assert kind_heads("currency") == []


@pytest.mark.parametrize(
    ("sentence", "heads"),
    [
        ("Soutiens : Crédit Mutuel Nord Europe et la commune.", BANK),
        ("Un prêt a été accordé par la Caisse d'Épargne en 2019.", BANK),
        ("Le projet est accompagné par la Banque des Territoires.", BANK),
        ("Financement obtenu auprès de BPI pour le matériel.", BANK),
        ("le 2e prix du Crédit Coopératif du Nord", BANK),
        ("Avec l'appui de la Fondation Abbé Pierre depuis 2018.", FOUNDATION),
        ("Mécènes : Fondation de France ; la Ville.", FOUNDATION),
        ("Elle adhère à la Fédération des Épiceries Solidaires.", NETWORK),
        ("Membre du Réseau Envie depuis sa création.", NETWORK),
    ],
)
def test_a_body_named_by_its_own_name_is_of_its_kind(sentence: str, heads: list[str]) -> None:
    assert names_an_instance(sentence, heads)


@pytest.mark.parametrize(
    ("sentence", "heads"),
    [
        ("Un crédit de 10 000 € a permis d'acheter un camion.", BANK),  # a loan, no bank
        ("la caisse d'allocations familiales (CAF) oriente les familles", BANK),
        ("Crédit d'impôt de 2 000 € pour le mécénat.", BANK),  # lowercase after it: no name
        ("Mécénat : Fondation Crédit Agricole Nord.", BANK),  # a foundation, not the bank
        ("Fondations Total et Crédit Mutuel.", BANK),  # both foundations
        ("Elle crée une fondation pour porter le projet.", FOUNDATION),  # none named
        ("Le fonds social européen finance l'encadrement.", FOUNDATION),
        ("Elle travaille en réseau avec les mairies.", NETWORK),
    ],
)
def test_no_body_of_the_kind_is_named(sentence: str, heads: list[str]) -> None:
    assert not names_an_instance(sentence, heads)


@pytest.mark.parametrize(
    "question",
    [
        "Which bank does VESTALI work with?",
        "Avec quelle banque travaille VESTALI ?",
        "VESTALI, leur banque c'est laquelle ?",
        "VESTALI - which bank?",
        "quelles banques financent VESTALI ?",
        "I want know which bank is for VESTALI",
    ],
)
def test_a_bank_named_by_its_own_name_answers(fake_engine: Engine, question: str) -> None:
    answer = ask(fake_engine, question)
    assert not answer.abstained, answer.answer
    assert [s.fiche_id for s in answer.structures][:1] == ["vestali"], answer.answer
    assert "Caisse d'Épargne" in answer.answer or "Crédit Agricole" in answer.answer


@pytest.mark.parametrize(
    ("question", "fiche", "noun"),
    [
        ("Which bank does Synapse 3i work with?", "synapse-3i", "bank"),
        ("Quelle banque pour La Remise Enjouée ?", "la-remise-enjouee", "banque"),
        ("Quel cabinet comptable suit Synapse 3i ?", "synapse-3i", "comptable"),
        ("Quelle monnaie locale accepte VESTALI ?", "vestali", "monnaie"),
        ("Which insurance company covers VESTALI?", "vestali", "insurance"),
    ],
)
def test_a_kind_nothing_in_the_fiche_is_still_refused(
    fake_engine: Engine, question: str, fiche: str, noun: str
) -> None:
    answer = ask(fake_engine, question)
    assert answer.abstained, answer.answer
    assert [s.fiche_id for s in answer.structures] == [fiche], answer.answer
    assert f"« {noun} »" in answer.answer, answer.answer
