"""Figures asked in words a hurried user types rather than the booklet's labels. Classes:
counts in SMS style ('nb de clients', 'cb de bénévoles'); the forecast asked with a verb
('what budget did it plan?', 'quel budget a-t-elle prévu ?'), a qualifier, not a thing
planned; people in insertion called 'insertion staff'; the size of a building being bought
('le bâtiment que VESTALI achète'); an amount collected with no unit ('how much did it
collect?'); spoken markers ('du coup') that ask nothing of the fiche; and 'which ones give a
budget?', where 'give' states, and asks no grant."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.planner import plan_part
from livret_qa.retrieval.engine import Engine

from .citation_checks import check_answer


@pytest.mark.parametrize(
    ("text", "attribute", "noun"),
    [
        ("vestali nb de clients boutique ??", "", "clients"),
        ("nb de benevoles vestali ?", "measure:benevoles", ""),
        ("cb de salariés au jardin ?", "measure:salaries", ""),
        ("nbre d'adherents ?", "measure:adherents", ""),
        # telegraphic, the noun right after 'nb'
        ("ressourcerie montreuillois nb salaries etp", "measure:salaries", ""),
        ("nb benevoles remise enjouee", "measure:benevoles", ""),
        ("jardin cocagne nbre adherents 2021", "measure:adherents", ""),
        ("nb salaries en insertion panier de la mer", "measure:insertion", ""),
        ("how many insertion staff in 2021?", "measure:insertion", ""),
        ("combien de salariés en insertion ?", "measure:insertion", ""),
    ],
)
def test_counts_typed_short_are_figures(text: str, attribute: str, noun: str) -> None:
    part = plan_part(text, True)
    assert (part.intent, part.attribute, part.noun) == ("figure", attribute, noun)


def _answered(engine: Engine, question: str, fiche_id: str, said: str) -> None:
    answer = ask(engine, question)
    check_answer(engine.corpus, answer.to_dict())
    assert not answer.abstained, answer.answer
    assert [s.fiche_id for s in answer.structures][:1] == [fiche_id]
    assert said in answer.answer


@pytest.mark.parametrize(
    ("question", "fiche_id", "said"),
    [
        ("What budget did La Remise Enjouée plan for 2021?", "la-remise-enjouee", "260 000"),
        ("What was La Remise Enjouée's planned budget for 2021?", "la-remise-enjouee", "260 000"),
        (
            "quel budget la remise enjouée a-t-elle prévu pour 2021 ?",
            "la-remise-enjouee",
            "260 000",
        ),
        ("le bâtiment que vestali achète, il fait quelle taille ?", "vestali", "300"),
        ("how big is the building VESTALI is buying?", "vestali", "300"),
        ("How much did Il était deux fois collect in 2020?", "il-etait-deux-fois", "45 tonnes"),
        ("how much stuff did Il était deux fois collect?", "il-etait-deux-fois", "45 tonnes"),
        ("VESTALI: how many insertion staff in 2021?", "vestali", "8"),
    ],
)
def test_figures_asked_in_everyday_words_are_answered(
    fake_engine: Engine, question: str, fiche_id: str, said: str
) -> None:
    _answered(fake_engine, question, fiche_id, said)


@pytest.mark.parametrize(
    ("question", "fiche_id"),
    [
        ("vestali nb de clients boutique ??", "vestali"),
        ("What budget did VESTALI plan for 2021?", "vestali"),  # a 2019 budget only
        ("What was the budget of VESTALI's confection-école project?", "vestali"),
        ("how much does the Region give Synapse 3i?", "synapse-3i"),
    ],
)
def test_neighbours_not_stated_still_abstain(
    fake_engine: Engine, question: str, fiche_id: str
) -> None:
    answer = ask(fake_engine, question)
    assert answer.abstained, answer.answer
    assert [s.fiche_id for s in answer.structures] == [fiche_id]


@pytest.mark.parametrize(
    "question",
    ["which structures give a budget for 2019?", "lesquelles donnent un budget 2019 ?"],
)
def test_which_ones_give_a_budget_lists_those_stating_it(
    fake_engine: Engine, question: str
) -> None:
    answer = ask(fake_engine, question)
    check_answer(fake_engine.corpus, answer.to_dict())
    assert not answer.abstained, answer.answer
    assert sorted(s.fiche_id for s in answer.structures) == ["le-bois-de-deux-mains", "vestali"]


def test_which_ones_give_a_budget_is_no_grant(fake_engine: Engine) -> None:
    answer = ask(fake_engine, "which ones give a budget?")
    assert not answer.abstained, answer.answer
    assert len(answer.structures) >= 7


@pytest.mark.parametrize(
    "question", ["ils ont bien un site web du coup ?", "du coup ils ont un site internet ?"]
)
def test_spoken_markers_ask_nothing_of_the_fiche(fake_engine: Engine, question: str) -> None:
    history = [
        {"role": "user", "content": "la remise enjouée fait du click and collect ?"},
        {"role": "assistant", "content": "Oui, depuis mars 2021."},
    ]
    answer = ask(fake_engine, question, history)
    assert not answer.abstained, answer.answer
    assert "laremiseenjouee" in answer.answer


@pytest.mark.parametrize(
    ("question", "fiche_id"),
    [
        # a sum received asked with the verb first, as spoken: no sum stated, no budget given
        ("la remise enjouée a touché combien avec UrgencESS ?", "la-remise-enjouee"),
        ("la remise enjouée a reçu combien de l'Etat ?", "la-remise-enjouee"),
        ("VESTALI a touché combien du FSE ?", "vestali"),
        ("Il était deux fois a reçu combien d'argent de la Région ?", "il-etait-deux-fois"),
        ("how much money did Synapse 3i get from the Region?", "synapse-3i"),
    ],
)
def test_a_sum_received_is_not_the_budget(
    fake_engine: Engine, question: str, fiche_id: str
) -> None:
    answer = ask(fake_engine, question)
    check_answer(fake_engine.corpus, answer.to_dict())
    assert answer.abstained, answer.answer
    assert [s.fiche_id for s in answer.structures] == [fiche_id]
    assert answer.citations


def test_a_quantity_got_is_no_sum_of_money(fake_engine: Engine) -> None:
    question = "How much fish does the Panier de la Mer get from the fish auctions?"
    answer = ask(fake_engine, question)
    assert not answer.abstained, answer.answer
    assert [s.fiche_id for s in answer.structures] == ["le-panier-de-la-mer-62"]


def test_a_count_asked_with_the_verb_first_is_still_answered(fake_engine: Engine) -> None:
    _answered(
        fake_engine,
        "le bois de deux mains a eu combien de bénévoles ?",
        "le-bois-de-deux-mains",
        "30",
    )
