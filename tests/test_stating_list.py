"""Which structures state a figure, a card field or a part of the template, however the verb
asks it ('give', 'mention', 'have', 'ont', 'possèdent', 'disposent d''): the list holds those
whose fiche states it. Synthetic questions for the pure rule and the plan; invented questions
over the real booklet (fake embedder) for the lists, with neighbours that keep their reading."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from livret_qa import lexicon as lx
from livret_qa.answering.compose import ask
from livret_qa.answering.plan import QuestionPlan
from livret_qa.answering.stating_list import asks_which_state, names_beside_attribute
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold


@pytest.mark.parametrize(
    ("question", "intent", "attribute"),
    [
        ("Which structures have a budget?", "figure", "measure:budget"),
        ("Quelles associations ont un chiffre d'affaires ?", "figure", "measure:chiffre_affaires"),
        ("lesquelles possèdent un tonnage ?", "figure", "measure:tonnage"),
        ("qui dispose d'un budget chiffré ?", "figure", "measure:budget"),
        ("Which ones have a number of volunteers?", "figure", "measure:benevoles"),
        ("structures avec bénévoles chiffrés", "figure", "measure:benevoles"),
        ("Which organisations publish their headcount?", "figure", "measure:salaries"),
        ("Quelles structures ont un site internet ?", "field", "field:website"),
        ("Which ones have a SIRET number?", "field", "field:siret"),
        ("Which structures give a phone number?", "field", "field:phone"),
        ("Quelles structures ont un label ?", "field", "field:label"),
        ("Lesquelles peuvent essaimer ?", "fact", "subpart:spread"),
        ("Which initiatives can be replicated?", "fact", "subpart:spread"),
        # an adverb or auxiliary stressing the verb asks the same
        ("Which fiches actually give a number of volunteers?", "figure", "measure:benevoles"),
        ("Which ones really have a budget?", "figure", "measure:budget"),
        ("Which structures do state a turnover?", "figure", "measure:chiffre_affaires"),
    ],
)
def test_which_ones_state_it(question: str, intent: str, attribute: str) -> None:
    assert asks_which_state(fold(question), intent, attribute)


@pytest.mark.parametrize(
    ("question", "intent", "attribute"),
    [
        # things had, with no figure asked: who has any, which a fiche says without a number
        ("Quelles structures ont des bénévoles ?", "figure", "measure:benevoles"),
        ("Lesquelles ont une vraie boutique ?", "figure", "measure:sites"),
        ("Which ones have employees?", "figure", "measure:salaries"),
        ("Which ones actually have employees?", "figure", "measure:salaries"),
        # fields every card gives in some form: which ones hold the value asked
        ("Quelles structures ont un agrément ESUS ?", "field", "field:agrements"),
        ("Which structures have the status of an association?", "field", "field:legal_status"),
        # a part every fiche has: its content is what is asked
        ("Quelles structures ont des partenaires européens ?", "fact", "subpart:partners"),
        # the figure of one structure
        ("Quel est le budget de VESTALI ?", "figure", "measure:budget"),
    ],
)
def test_neighbours_are_not_stating_lists(question: str, intent: str, attribute: str) -> None:
    assert not asks_which_state(fold(question), intent, attribute)


@pytest.mark.parametrize(
    ("question", "attribute", "named"),
    [
        ("Which structures have a SIRET number?", "field:siret", False),
        ("Quelles structures ont un code APE ?", "field:ape", False),
        ("Quelles structures ont une page Facebook ?", "field:website", False),
        ("Which ones mention ADEME funding?", "measure:budget", True),
        ("Quelles structures ont un budget de la Région ?", "measure:budget", True),
    ],
)
def test_a_field_in_capitals_names_no_one(question: str, attribute: str, named: bool) -> None:
    assert names_beside_attribute(question, attribute) is named


@pytest.mark.parametrize(
    ("question", "intent", "attribute"),
    [
        ("Which ones have a turnover figure?", "figure", "measure:chiffre_affaires"),
        ("lesquelles disposent d'un budget chiffré ?", "figure", "measure:budget"),
        ("Lesquelles possèdent un nombre de bénévoles chiffré ?", "figure", "measure:benevoles"),
        ("Which structures have a SIRET number?", "field", "field:siret"),
        ("Quelles structures peuvent essaimer leur modèle ?", "fact", "subpart:spread"),
        # neighbours: a list of those that have any, a threshold, a figure of one
        ("quelles structures ont des bénévoles ?", "list", ""),
        ("Lesquelles ont une vraie boutique / un magasin ?", "list", ""),
    ],
)
def test_the_plan_keeps_what_is_stated(
    plan: Callable[..., QuestionPlan], question: str, intent: str, attribute: str
) -> None:
    part = plan(question).parts[0]
    assert (part.intent, part.attribute) == (intent, attribute)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "Quelles structures possèdent un chiffre d'affaires ?",
            {"les-copains-de-thierache", "il-etait-deux-fois"},
        ),
        (
            "Which ones have a number of volunteers?",
            {"le-bois-de-deux-mains", "les-copains-de-thierache"},
        ),
        (
            "Which structures have a website?",
            {
                "association-des-producteurs-des-vallees-de-l-oise",
                "le-panier-de-la-mer-62",
                "les-copains-de-thierache",
                "il-etait-deux-fois",
                "la-remise-enjouee",
                "le-bois-de-deux-mains",
                "synapse-3i",
                "vestali",
            },
        ),
        (
            # a threshold stays a comparison of the figures
            "Quelles structures ont plus de 20 salariés ?",
            {
                "synapse-3i",
                "le-jardin-de-cocagne-de-la-haute-borne",
                "le-bois-de-deux-mains",
                "le-panier-de-la-mer-62",
            },
        ),
        (
            # the template's own question left for Le Bois de Deux Mains is no 'yes'; Synapse
            # 3i has no such part
            "Quelles structures peuvent essaimer leur modèle ?",
            {
                "association-des-producteurs-des-vallees-de-l-oise",
                "le-jardin-de-cocagne-de-la-haute-borne",
                "le-panier-de-la-mer-62",
                "les-copains-de-thierache",
                "il-etait-deux-fois",
                "la-remise-enjouee",
                "vestali",
            },
        ),
    ],
)
def test_the_list_holds_those_stating_it(
    fake_engine: Engine, question: str, expected: set[str]
) -> None:
    answer = ask(fake_engine, question)
    assert not answer.abstained
    assert {s.fiche_id for s in answer.structures} == expected


def test_a_figure_none_states_is_said_so(fake_engine: Engine) -> None:
    """No fiche gives a net result as a figure: every structure says so, an abstention."""
    answer = ask(fake_engine, "Which structures give their profit?")
    assert answer.abstained


def test_a_label_is_the_card_s_label_line(fake_engine: Engine) -> None:
    """The booklet writes its LABEL line apart from its AGRÉMENT line: 'which ones have a
    label?' lists the cards giving the first; the approvals stay asked as approvals."""
    labelled = {f.id for f in fake_engine.corpus.fiches if f.identity.label.strip()}
    answer = ask(fake_engine, "Quelles structures ont un label ?")
    assert labelled and {s.fiche_id for s in answer.structures} == labelled
    one = ask(fake_engine, "Quel label ont les Copains de Thiérache ?")
    assert "accueil vélo" in one.answer
    # asked of one structure, its labels are its approvals too: answered, not refused
    for question in (
        "Quels sont les agréments de VESTALI ?",
        "Does VESTALI have a label?",
        "Quels labels ou agréments a le Bois de Deux Mains ?",
    ):
        approvals = ask(fake_engine, question)
        assert approvals.plan["parts"][0]["attribute"] == "field:agrements"
        assert not approvals.abstained


@pytest.mark.parametrize(
    ("first", "then"),
    [
        ("Quelles structures vendent des légumes ?", "lesquelles ont un label ?"),
        ("Quelles structures vendent des légumes ?", "et parmi elles, lesquelles ont un label ?"),
        ("Which structures sell vegetables?", "which of them have a label?"),
    ],
)
def test_a_follow_up_picks_those_of_the_list_stating_it(
    fake_engine: Engine, first: str, then: str
) -> None:
    before = ask(fake_engine, first)
    listed = {s.fiche_id for s in before.structures}
    history = [
        {"role": "user", "content": first},
        {"role": "assistant", "content": before.answer},
    ]
    answer = ask(fake_engine, then, history)
    labelled = {f.id for f in fake_engine.corpus.fiches if f.identity.label.strip()}
    assert listed & labelled and listed - labelled  # it tells some apart
    assert {s.fiche_id for s in answer.structures} == listed & labelled


@pytest.mark.parametrize(
    ("question", "states"),
    [
        ("which of them give a turnover?", True),
        ("et parmi elles, lesquelles donnent un chiffre d'affaires ?", True),
        ("lesquelles d'entre elles ont un budget ?", True),
        ("qui a un chiffre d'affaires ?", True),
        # 'a' is French only after 'qui'; an English article is no verb of having
        ("which of them sell a lot of vegetables?", False),
        ("Which ones run a shop?", False),
    ],
)
def test_picking_among_them_by_a_stated_figure(question: str, states: bool) -> None:
    folded = fold(question)
    assert bool(lx.WHICH_STATE_FIGURE.search(folded) or lx.WHICH_HAVE.search(folded)) is states
