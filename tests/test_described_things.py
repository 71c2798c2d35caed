"""English questions about one structure described by what it works on ('the toy reuse charity',
'the textile charity', 'the wood workshop'), in English and French, and what must keep its
reading: a description several structures fit equally, a demonstrative, lists. Also the words
of such questions that were read as something else: 'charity' as food aid, 'who funds the …
charity?' as a list of structures, 'SIRET of the …' and 'the resource centre's' as partners
without a fiche, 'backers' as a misspelt 'bakers'. Synthetic questions; no model (the fast
engine embeds with a hash)."""

from __future__ import annotations

import pytest

from livret_qa.answering import described_things
from livret_qa.answering.compose import Composer, ask
from livret_qa.answering.description import facet_description
from livret_qa.answering.similarity import facets_for
from livret_qa.answering.unfiched import held_by, names_without_fiche
from livret_qa.facts.facets import match_words
from livret_qa.glossary import EN_FR
from livret_qa.retrieval.engine import Engine

REM, VES, PAN, BOIS, IED, SYN = (
    "la-remise-enjouee",
    "vestali",
    "le-panier-de-la-mer-62",
    "le-bois-de-deux-mains",
    "il-etait-deux-fois",
    "synapse-3i",
)


def _best(engine: Engine, question: str, first: str) -> str | None:
    """The structure the description picks when the search ranked `first` first."""
    text = facet_description(question)
    scores = described_things.described_scores(
        text, facets_for(engine).fiches, engine.mentions.name_word_holders
    )
    order = [first] + [f.id for f in engine.corpus.fiches if f.id != first]
    return described_things.best_described(order, scores)


@pytest.mark.parametrize(
    ("question", "wrong_first", "meant"),
    [
        ("Which network does the toy reuse charity belong to?", IED, REM),
        ("How many FTEs at the toy charity?", IED, REM),
        ("À quel réseau appartient l'association de réemploi de jouets ?", IED, REM),
        ("How many sites does the textile charity have?", SYN, VES),
        ("Combien de sites a l'association textile ?", SYN, VES),
        ("What was the fish charity's budget in 2020?", VES, PAN),
        ("Quel était le budget de l'association du poisson ?", IED, PAN),
        ("How many volunteers does the wood workshop have?", IED, BOIS),
        ("How many staff does the computer charity employ?", VES, SYN),
    ],
)
def test_the_description_picks_the_structure_it_fits(
    fake_engine: Engine, question: str, wrong_first: str, meant: str
) -> None:
    assert _best(fake_engine, question, wrong_first) == meant


@pytest.mark.parametrize(
    ("question", "first"),
    [
        # the search's first fits as well: kept
        ("Which network does the toy reuse charity belong to?", REM),
        ("What is the re-use charity's budget?", IED),  # several re-use structures fit
        ("What is the association's budget?", VES),  # nothing described
        ("What is this charity's budget?", PAN),  # a demonstrative points back
        ("Who runs the second one?", SYN),
    ],
)
def test_a_description_that_tells_none_apart_keeps_the_search(
    fake_engine: Engine, question: str, first: str
) -> None:
    assert _best(fake_engine, question, first) is None


@pytest.mark.parametrize(
    ("question", "meant", "said"),
    [
        ("Which network does the toy reuse charity belong to?", REM, "Coorace"),
        ("Who funds the toy reuse charity?", REM, "CIGALES"),
        ("Who are the technical partners of the fish charity?", PAN, "SOLAAL"),
        ("Qui finance l'association de réemploi de jouets ?", REM, "CIGALES"),
    ],
)
def test_a_part_of_the_one_described_is_answered(
    fake_engine: Engine, question: str, meant: str, said: str
) -> None:
    answer = ask(fake_engine, question)
    assert not answer.abstained
    assert [s.fiche_id for s in answer.structures][:1] == [meant]
    assert said in answer.answer


def test_which_charity_still_asks_a_list(fake_engine: Engine) -> None:
    answer = ask(fake_engine, "Which charity sells fish?")
    assert answer.intent == "list"  # (the hash embedder ranks no fish charity first)


def test_charity_is_a_kind_of_structure_not_food_aid() -> None:
    values = {(m.facet, m.value) for m in match_words("the textile charity")}
    assert ("activity", "aide_alimentaire") not in values
    dispatched = match_words("a hub that dispatches surplus food to charities")
    assert ("activity", "aide_alimentaire") in {(m.facet, m.value) for m in dispatched}
    assert ("activity", "aide_alimentaire") in {
        (m.facet, m.value) for m in match_words("Which ones run a food bank?")
    }


SOURCES = [
    "# Atelier Bleu\nN° SIRET : 123. Partenaires : le Centre Régional Gamma, la DRAAF.\n"
    "Les centres sociaux du quartier.\n"
]


@pytest.mark.parametrize(
    ("question", "held"),
    [
        # the word asked OF something else is the fact, not a partner holding it
        ("What is the SIRET of the sewing school in Lievin?", []),
        ("Quel est le SIRET de l'atelier ?", []),
        # 'centre' written capitalised in a name only, but 'centres' in lowercase: common
        ("How big is the resource centre's premises?", []),
        # a name after 'of' / 'de' still holds what is asked
        ("Qui est le directeur de la DRAAF des Hauts-de-France ?", ["DRAAF"]),
        ("What is the DRAAF's budget?", ["DRAAF"]),
    ],
)
def test_a_fact_asked_of_another_is_no_partner_without_fiche(
    question: str, held: list[str]
) -> None:
    names = names_without_fiche(question, SOURCES, ["Atelier Bleu"], lambda w: False)
    assert [n for n in names if held_by(question, n)] == held


def test_backers_are_funders_not_bakers() -> None:
    assert "financeur" in EN_FR["backer"]


@pytest.mark.parametrize(
    ("question", "held"),
    [
        ("What is the APE code of the organic garden?", []),
        ("What is the SIRET number of the toy shop?", []),
        ("Quel est le code APE du jardin ?", []),
    ],
)
def test_a_code_asked_of_another_is_no_partner_without_fiche(
    question: str, held: list[str]
) -> None:
    sources = ["# Atelier Bleu\nCODE APE : 8810 C. N° SIRET : 123. Partenaires : la DRAAF.\n"]
    names = names_without_fiche(question, sources, ["Atelier Bleu"], lambda w: False)
    assert [n for n in names if held_by(question, n)] == held


@pytest.mark.parametrize(
    ("question", "one"),
    [
        ("How many tons of toys were collected by the Villeneuve toy reuse charity?", True),
        ("Combien de tonnes collectées par la ressourcerie de Campigneulles ?", True),
        ("How many tons of toys were collected in total?", False),
        ("How many tons do the re-use structures collect?", False),
    ],
)
def test_a_figure_of_one_described_by_three_words_is_not_a_total(
    fake_engine: Engine, question: str, one: bool
) -> None:
    assert (Composer(fake_engine, question, [], None).plan.intent != "aggregate") is one


def test_one_described_near_a_town_stands_in_its_area(fake_engine: Engine) -> None:
    answer = ask(fake_engine, "What is the APE code of the organic market garden near Lille?")
    assert not answer.abstained
    assert [s.fiche_id for s in answer.structures][:1] == ["le-jardin-de-cocagne-de-la-haute-borne"]
    assert "8810" in answer.answer
