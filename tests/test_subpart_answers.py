"""A labelled part of a fiche asked of a structure — who funds it, its technical partners,
who benefits — is answered by every line the booklet writes under that label, and by nothing
else (not the budget, not another label's lines). Synthetic questions on every fiche, FR and
EN, clean and telegraphic; the expected lines are found in the raw booklet text (fast tier)."""

from __future__ import annotations

import re

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.planner import asked_attribute, plan_part
from livret_qa.answering.slots import paragraphs
from livret_qa.parsing.fiche import Fiche
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold

# Any label of the booklet's fiches: a heading, or a bold label at a line start.
LABEL_LINE = re.compile(r"^(#+ |(- )?\*\*[A-ZÀ-Ý][^*\n]{3,}\*\*)")


def windows(engine: Engine, fiche: Fiche, label: str) -> list[range]:
    """The line ranges (1-based) from each label line matching `label` to the next label line
    that does not, inside the fiche: where the lines asked for lie."""
    lines = engine.corpus.sources[fiche.source].split("\n")
    start, end = fiche.span.line_start, fiche.span.line_end
    out: list[range] = []
    n = start
    while n <= end:
        line = lines[n - 1]
        if LABEL_LINE.match(line) and re.search(label, fold(line)):
            m = n + 1
            scope = re.compile(r"^\**(local|regional|national|europe\w*|international|autres?)\b")
            while m <= end and not (
                LABEL_LINE.match(lines[m - 1]) and not scope.match(fold(lines[m - 1]).lstrip("#* "))
            ):
                m += 1
            out.append(range(n, m))
            n = m
        else:
            n += 1
    return out


ASKED = {
    "partenaires financ": (
        "Qui finance {name} ?",
        "Who funds {name}?",
        "financeurs {name}",
        "Par qui est financée l'association {name} ?",
        "Who are the financial partners of {name}?",
    ),
    "partenaires techniques": (
        "Quels sont les partenaires techniques de {name} ?",
        "technical partners {name}",
    ),
    "matieres? concernees|materiau initial": (
        "Quelles matières concerne l'action de {name} ?",
        "What materials does {name} handle?",
    ),
    "perimetre": ("Quel est le périmètre d'action de {name} ?", "area covered by {name}"),
    "viabilite economique|modele economique": (
        "Quel est le modèle économique de {name} ?",
        "What is the business model of {name}?",
    ),
}
CASES = [(label, t) for label, templates in ASKED.items() for t in templates]


@pytest.mark.parametrize(("label", "template"), CASES)
def test_a_labelled_part_asked_of_a_structure_quotes_its_lines(
    fake_engine: Engine, label: str, template: str
) -> None:
    checked = 0
    for fiche in fake_engine.corpus.fiches:
        where = windows(fake_engine, fiche, label)
        answer = ask(fake_engine, template.format(name=fiche.name))
        assert not answer.abstained, (fiche.name, answer.answer)
        assert answer.structures[0].fiche_id == fiche.id
        ours = [c for c in answer.citations if c.fiche_id == fiche.id]
        assert ours and all(c.section != "key_figures" for c in ours), answer.answer
        if where:  # the label is in the booklet: every quote lies under it
            assert all(any(c.line_start in w for w in where) for c in ours), (
                fiche.name,
                answer.answer,
            )
            checked += 1
    assert checked >= 6


@pytest.mark.parametrize(
    ("text", "attribute"),
    [
        ("Qui finance l'épicerie ?", "subpart:funders"),
        ("par qui est-elle subventionnée ?", "subpart:funders"),
        ("who pays for it?", "subpart:funders"),
        ("ses financeurs", "subpart:funders"),
        ("which partners help them technically? technical partners", "subpart:technical_partners"),
        ("Avec qui travaille la ressourcerie ?", "subpart:partners"),
        ("Who benefits from the garden?", "subpart:beneficiaries"),
        ("Quel est le public visé ?", "subpart:beneficiaries"),
        # who benefits asked by the verb ('qui bénéficie de …', 'who does X help?')
        ("Qui bénéficie des actions du Panier de la Mer ?", "subpart:beneficiaries"),
        ("qui profite des paniers ?", "subpart:beneficiaries"),
        ("who does Le Panier de la Mer help?", "subpart:beneficiaries"),
        ("who do they serve?", "subpart:beneficiaries"),
        ("who does the garden benefit?", "subpart:beneficiaries"),
        # where its money in general comes from is its economic model; a fund, an aid or a
        # funding, from whom it came
        ("il vient d'où cet argent ?", "subpart:economic_model"),
        ("cet argent vient d'où ?", "subpart:economic_model"),
        ("d'où vient leur argent ?", "subpart:economic_model"),
        ("where does their money come from?", "subpart:economic_model"),
        ("leur financement provient d'où ?", "subpart:funders"),
        ("Where did that fund come from?", "subpart:funders"),
        ("d'où venait cette aide ?", "subpart:funders"),
        ("son modèle économique ?", "subpart:economic_model"),
        ("Can the project be replicated elsewhere?", "subpart:spread"),
        ("qu'a-t-elle d'innovant ?", "subpart:innovation"),
        ("Quels produits vend l'épicerie ?", "subpart:materials"),
        ("sa zone d'intervention ?", "subpart:perimeter"),
        ("il agit dans quel rayon ?", "subpart:perimeter"),
        ("ils livrent sur quel rayon ?", "subpart:perimeter"),
        ("within what radius do they collect?", "subpart:perimeter"),
        ("in which radius does the garden deliver?", "subpart:perimeter"),
        ("Quels sont ses projets ?", "subpart:plans"),
        ("What are their plans for the future?", "subpart:plans"),
        ("les perspectives de l'épicerie ?", "subpart:plans"),
        ("what's next for the garden?", "subpart:plans"),
    ],
)
def test_the_plan_reads_which_labelled_part_is_asked(text: str, attribute: str) -> None:
    asked = asked_attribute(text)
    assert asked is not None and asked[:2] == ("fact", attribute)


@pytest.mark.parametrize(
    "text",
    [
        "Quel est le financement de l'épicerie ?",  # the budget
        "Combien de financeurs a-t-elle ?",  # a figure
        "How much funding does it get?",
        "combien de projets en étude a-t-elle ?",  # a figure, not its plans
        "qui répond à des appels à projets ?",
        "quel rayon de fruits à l'épicerie ?",  # a shelf, no radius
    ],
)
def test_an_amount_or_a_count_is_not_a_labelled_part(text: str) -> None:
    asked = asked_attribute(text)
    assert asked is None or asked[1].split(":")[0] != "subpart"


def test_which_structures_a_funder_pays_is_a_list() -> None:
    assert plan_part("Quelles structures sont financées par le FSE ?", named=False).intent == "list"


def test_a_role_named_beside_a_part_asks_for_the_person() -> None:
    """'la chargée de mission qui accompagne …' asks who holds a role, not the partners."""
    asked = asked_attribute("Comment s'appelle la chargée de mission qui accompagne le projet ?")
    assert asked is not None and asked[0] == "person"


def test_a_part_is_quoted_paragraph_by_paragraph_with_its_label_and_whole_sentences() -> None:
    """Each paragraph is a quote; a heading's marks are left out, a label alone on its line
    goes with the paragraph after it, and a sentence broken over a blank line stays whole."""
    source = (
        "### LA VIABILITÉ\n\nLes ventes progressent.\n\nLa structure coûte moins cher\n\n"
        "qu'elle ne rapporte.\n\n   \n\nFin."
    )
    label_end = len("### LA VIABILITÉ")
    quotes = [source[a:b] for a, b in paragraphs(source, 0, len(source), label_end)]
    assert quotes == [
        "LA VIABILITÉ\n\nLes ventes progressent.",
        "La structure coûte moins cher\n\nqu'elle ne rapporte.",
        "Fin.",
    ]
    item = "- **ACTIVITÉ** : Réemploi"
    assert [item[a:b] for a, b in paragraphs(item, 0, len(item), 0)] == ["**ACTIVITÉ** : Réemploi"]
    inline = "**Local :** la ville.\n\n**National :** l'État."
    spans = paragraphs(inline, 0, len(inline), len("**Local :**"))
    assert [inline[a:b] for a, b in spans] == ["**Local :** la ville.", "**National :** l'État."]


@pytest.mark.parametrize(
    "template", ["Quels sont les projets de {name} ?", "What are {name}'s plans for the future?"]
)
def test_plans_asked_quote_its_projects_under_study_or_say_none_are_given(
    fake_engine: Engine, template: str
) -> None:
    """'quelles sont ses perspectives ?' quoted 'Recherche & développement' or an objective:
    the projects under study (a key figure's label) answer, else a sentence of what it will
    do; a fiche stating neither says so."""
    answered = 0
    for fiche in fake_engine.corpus.fiches:
        answer = ask(fake_engine, template.format(name=fiche.name))
        under_study = any("faisabilit" in fold(k.label) for k in fiche.key_figures)
        if under_study:
            assert not answer.abstained, (fiche.name, answer.answer)
            quotes = " ".join(fold(c.quote) for c in answer.citations if c.fiche_id == fiche.id)
            assert "faisabilit" in quotes or "projet" in quotes, (fiche.name, answer.answer)
            answered += 1
    assert answered >= 4
