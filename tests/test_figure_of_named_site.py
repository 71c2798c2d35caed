"""Class: the figure of one site or workshop asked, the whole structure's stated (named_site.py).
A fiche listing its sites by name ('3 sites (le siège social ; le pôle social, numérique et
administratif ; la maison des savoirs)') gives no figure of one of them unless a sentence binds
the figure to that site: the structure's own figure is the nearest fact. A word of a site said
alone names no site; a figure naming the site still answers; the whole structure's figure
asked of the structure is still given."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.named_site import binds_site, listed_sites, sites_asked
from livret_qa.indexing.analyzer import analyze
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold
from tests.conversations import exchange, named

_GLOSS = {"sewing": {"coutur"}, "workshop": {"ateli"}, "shop": {"boutiqu"}}


def _gloss(word: str) -> set[str]:
    return {t for w in _GLOSS.get(word, set()) for t in analyze(w)} | _GLOSS.get(word, set())


_SITES = "3 sites (la boutique solidaire ; l'atelier de réparation vélos ; le pôle formation)"


def test_the_sites_a_key_figure_lists_by_name() -> None:
    sites = listed_sites(_SITES, analyze)
    assert [s.name for s in sites] == [
        "la boutique solidaire",
        "l'atelier de réparation vélos",
        "le pôle formation",
    ]
    assert listed_sites("2 (80m2 & 40m2)", analyze) == []  # no name: nothing listed


@pytest.mark.parametrize(
    ("question", "site"),
    [
        ("Quel est le budget de l'atelier de réparation ?", "l'atelier de réparation vélos"),
        ("Combien de salariés au pôle formation ?", "le pôle formation"),
        ("How many people work in the solidaire shop?", "la boutique solidaire"),
        ("et la boutique solidaire, elle fait combien de chiffre d'affaires ?", "la boutique"),
    ],
)
def test_a_site_asked_by_its_head_and_its_own_word(question: str, site: str) -> None:
    asked = sites_asked(question, listed_sites(_SITES, analyze), analyze, _gloss)
    assert [s.name for s in asked][:1] and asked[0].name.startswith(site)


@pytest.mark.parametrize(
    "question",
    [
        "Combien de tonnes de vélos collectent-ils ?",  # a site's word alone
        "How much training do they give?",  # no head noun
        "Quel est le budget de la structure ?",
    ],
)
def test_a_word_of_a_site_alone_names_no_site(question: str) -> None:
    assert sites_asked(question, listed_sites(_SITES, analyze), analyze, _gloss) == []


def test_a_figure_naming_the_site_binds_it() -> None:
    site = listed_sites(_SITES, analyze)[2]
    assert binds_site("320 heures dispensées par le pôle formation", site, analyze)
    assert not binds_site("BUDGET GLOBAL : 450 000 €", site, analyze)


@pytest.mark.parametrize(
    "question",
    [
        "How many people work at Synapse 3i's maison des savoirs?",
        "Quel est le budget de la maison des savoirs de Synapse 3i ?",
        "Quel est le budget de l'atelier couture de VESTALI ?",
        "How many people work in VESTALI's sewing workshop?",
        "Combien de personnes travaillent dans la boutique solidaire de VESTALI ?",
    ],
)
def test_the_whole_figure_asked_of_a_listed_site_is_refused(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.abstained, answer.answer
    assert answer.citations  # the structure's own figure, quoted as the nearest fact


def test_a_listed_site_asked_in_a_follow_up(engine: Engine) -> None:
    history = exchange("parle moi de synapse 3i", "Une association d'Amiens …")
    answer = ask(engine, "et la maison des savoirs, elle emploie combien de personnes ?", history)
    assert answer.abstained, answer.answer


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How many people does Synapse 3i's social pole support?", "450"),
        ("Combien d'heures de formation le pôle numérique de Synapse 3i dispense-t-il ?", "738"),
        ("Combien de tonnes de textile VESTALI traite-t-elle ?", "50"),
        ("Combien de salariés compte VESTALI ?", "13"),
        ("Quel est le budget de VESTALI ?", "878"),
        ("Combien de sites a VESTALI ?", "4"),
    ],
)
def test_a_figure_of_the_site_or_of_the_whole_is_given(
    engine: Engine, question: str, expected: str
) -> None:
    answer = ask(engine, question)
    assert named(answer), answer.answer
    assert expected in answer.answer


@pytest.mark.parametrize(
    "question", ["guise boutique surface", "the Guise shop surface of Les Copains de Thiérache?"]
)
def test_site_figure_refusal_names_the_site_once(engine: Engine, question: str) -> None:
    """However the site is typed (keywords, no preposition), the refusal names it, once."""
    answer = ask(engine, question)
    assert answer.abstained
    reason = fold(answer.answer.split(". ")[0])
    assert reason.count("guise") == 1, answer.answer
