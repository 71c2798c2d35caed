"""Which words of a question name the partner a sum came from (answering/partner_named.py).
Class: an amount received from a funder asked in everyday wording — the structure described by
its own town ('the Campigneulles ressourcerie'), the funder typed in lower case ('de
l'ademe'). Neighbours that must stay refused: a funder the fiche names with no sum, a funder
the fiche never names. Synthetic questions on the real booklet, fake embedder."""

from __future__ import annotations

import pytest

from livret_qa.answering import partner_named
from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine


def test_a_lower_case_word_the_fiche_writes_only_as_an_acronym() -> None:
    raw = "abondé par l'ADEME (1 500€) ; la Région ; des ateliers"
    assert partner_named.typed_acronyms("ils ont eu combien de l'ademe ?", raw) == ["ADEME"]
    # a word the fiche also writes in lower case is no acronym ('des ateliers')
    assert partner_named.typed_acronyms("combien pour les ateliers ?", raw) == []


def test_the_structures_own_town_is_no_partner(fake_engine: Engine) -> None:
    fiche = fake_engine.corpus.fiche("il-etait-deux-fois")
    assert partner_named.own_place("Campigneulles", fiche)
    assert not partner_named.own_place("ADEME", fiche)


@pytest.mark.parametrize(
    "question",
    [
        "How much did the Campigneulles reuse shop receive from the ESS solidarity fund?",
        "combien la ressourcerie de Campigneulles a reçu du fonds de solidarité de l'ESS ?",
        "ils ont touché combien de l'ademe, il était deux fois ?",
        "how much money did il était deux fois get from ademe?",
    ],
)
def test_a_sum_from_a_funder_the_fiche_states_is_answered(
    fake_engine: Engine, question: str
) -> None:
    answer = ask(fake_engine, question)
    assert not answer.abstained, answer.answer
    assert [s.fiche_id for s in answer.structures] == ["il-etait-deux-fois"]
    assert "1 500" in answer.answer


@pytest.mark.parametrize(
    ("question", "fiche_id"),
    [
        ("combien l'ademe a donné au panier de la mer 62 ?", "le-panier-de-la-mer-62"),
        ("How much did the ademe give to Le panier de la mer 62?", "le-panier-de-la-mer-62"),
    ],
)
def test_a_funder_named_without_a_sum_stays_refused(
    fake_engine: Engine, question: str, fiche_id: str
) -> None:
    answer = ask(fake_engine, question)
    assert answer.abstained, answer.answer
