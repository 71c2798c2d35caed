"""Questions that first find structures, then ask something of them ('Qui récupère des jouets et
qui la finance ?', 'Which structure sells fish and how many employees does it have?'): answered
as the finding part alone, then the rest as its follow-up. Synthetic questions of the class, and
neighbours that must keep today's reading (a named structure, a pick among the found, two lists,
an aggregate that selects the one asked about)."""

from __future__ import annotations

import pytest

from livret_qa.answering.aggregate_answer import vocabulary_for
from livret_qa.answering.answers import Answer, StructureAnswer
from livret_qa.answering.compose import ask
from livret_qa.answering.evidence import Citation
from livret_qa.answering.find_then_ask import finding_and_rest, joined
from livret_qa.answering.planner import plan_question
from livret_qa.parsing.contact_card import DEPARTEMENTS
from livret_qa.retrieval.engine import Engine
from livret_qa.retrieval.mentions import MentionDetector

FINDING = [
    "Qui récupère des jouets",
    "Quelles structures sont dans le Nord",
    "Which structure sells fish",
    "Which initiatives repair computers",
    "qui fait du maraichage bio",
]
ASKED_OF_THEM = [
    "qui la finance ?",
    "combien de salariés a-t-elle ?",
    "quel est leur budget ?",
    "combien en ont-elles ?",
    "who funds it?",
    "how many employees does it have?",
    "what is their budget?",
    "where are they?",
    "depuis quand ?",
    "and since when?",
    # a distributive points back at each one found
    "what is the street address of each?",
    "quel est le téléphone de chacune ?",
    "what is the budget of each one?",
]


@pytest.mark.parametrize("finding", FINDING)
@pytest.mark.parametrize("rest", ASKED_OF_THEM)
def test_a_part_pointing_back_is_asked_of_what_the_first_finds(
    finding: str, rest: str, mentions: MentionDetector
) -> None:
    joint = " et " if finding[0].isupper() and finding.split()[0] in ("Qui", "Quelles") else " and "
    split = finding_and_rest(f"{finding}{joint}{rest}", mentions)
    assert split is not None
    first, then = split
    assert first.rstrip(" ?") == finding
    assert then.rstrip(" ?").endswith(rest.rstrip(" ?"))


@pytest.mark.parametrize(
    "question",
    [
        "Quand a été créée VESTALI et qui la dirige ?",  # a named structure: asked of it
        "Who runs Synapse 3i and what is its budget?",
        "Quelles structures sont dans le Nord et lesquelles vendent en ligne ?",  # a pick
        "Which structures are in the Nord and which of them sell online?",
        "Qui vend du poisson et qui récupère des jouets ?",  # two lists, no pointer
        "Quelle est la structure la plus ancienne et qui la dirige ?",  # an aggregate selects
        "Which is the oldest structure and how many employees does it have?",
        "Qui récupère des jouets ?",  # one part
        "Combien de salariés a VESTALI et où est-elle ?",  # the first part is no list
    ],
)
def test_other_shapes_are_left_to_the_planner(question: str, mentions: MentionDetector) -> None:
    assert finding_and_rest(question, mentions) is None


def _citation(n: int, fiche_id: str) -> Citation:
    return Citation(n, fiche_id, fiche_id, "action", "", [], "q", "src", n, n + 1, 1, 1, "", 0, 0)


def _answer(text: str, ids: list[str], cited: list[list[int]]) -> Answer:
    numbers = sorted({n for ns in cited for n in ns})
    structures = [
        StructureAnswer(f, f, "", "", "", "", "", ns, 1.0) for f, ns in zip(ids, cited, strict=True)
    ]
    fiche_of = {n: f for f, ns in zip(ids, cited, strict=True) for n in ns}
    return Answer(
        "q",
        "fr",
        "list",
        text,
        False,
        "",
        structures,
        [_citation(n, fiche_of[n]) for n in numbers],
        "q",
        False,
        {},
        plan={"parts": [{"text": text}]},
    )


def test_the_joined_answer_numbers_the_second_turn_on() -> None:
    first = _answer("A [1] B [2]", ["a", "b"], [[1], [2]])
    then = _answer("A budget [1], C [2]", ["a", "c"], [[1], [2]])
    both = joined("A et B ?", first, then)
    assert both.answer == "A [1] B [2]\n\nA budget [3], C [4]"
    assert [c.n for c in both.citations] == [1, 2, 3, 4]
    assert [(s.fiche_id, s.citations) for s in both.structures] == [
        ("a", [1, 3]),
        ("b", [2]),
        ("c", [4]),
    ]
    assert len(both.plan["parts"]) == 2 and both.question == "A et B ?"


@pytest.mark.parametrize("code", sorted(DEPARTEMENTS))
@pytest.mark.parametrize(
    ("joint", "rest"),
    [(" et ", "quel est leur budget ?"), (" et ", "qui les dirige ?"), (" and ", "who runs them?")],
)
def test_what_the_first_part_finds_is_what_the_rest_is_asked_of(
    code: str, joint: str, rest: str, fake_engine: Engine
) -> None:
    """Whatever is asked after it, the finding part lists what it lists alone: the words of
    the rest do not narrow its search (a place's list stayed whole)."""
    finding = f"Quelles structures sont dans le département {DEPARTEMENTS[code]} ?"
    alone = ask(fake_engine, finding)
    if alone.abstained:
        pytest.skip("no structure there")
    both = ask(fake_engine, f"{finding.rstrip(' ?')}{joint}{rest}")
    assert [s.fiche_id for s in both.structures][: len(alone.structures)] == [
        s.fiche_id for s in alone.structures
    ]
    assert both.answer.startswith(alone.answer)
    assert len(both.citations) > len(alone.citations)  # the rest cites what it answers


@pytest.mark.parametrize(
    ("question", "kept"),
    [
        ("Quelle structure a le plus de bénévoles et combien en a-t-elle ?", []),
        ("Which structure has the most volunteers and how many does it have?", []),
        ("Quelle structure a le plus de bénévoles et qui la dirige ?", ["person"]),
        ("Which structure has the most employees and where is it?", ["field"]),
    ],
)
def test_a_count_with_no_noun_after_a_ranking_is_the_rankings_value(
    question: str, kept: list[str], fake_engine: Engine
) -> None:
    planned = plan_question(
        question, None, fake_engine.mentions, 9, vocab=vocabulary_for(fake_engine)
    )
    assert planned.facts_query is not None
    assert [p.intent for p in planned.parts[1:]] == kept


PROJECTS = [
    "Je veux lancer une ressourcerie en milieu rural.",
    "I want to open a bike repair workshop with people in integration in Amiens.",
    "On aimerait créer une épicerie solidaire dans notre village.",
]


@pytest.mark.parametrize("project", PROJECTS)
@pytest.mark.parametrize(
    ("asked", "rest"),
    [
        ("Qui fait déjà ça et quel est leur budget ?", "quel est leur budget ?"),
        ("Who does that already and how many employees do they have?", "how many employees"),
        ("Quelles difficultés ont rencontré ceux qui l'ont fait ?", "Quelles difficultés"),
        ("Comment se sont-ils financés ?", "Comment se sont-ils financés ?"),
    ],
)
def test_a_project_told_then_asked_of_those_doing_it(
    project: str, asked: str, rest: str, mentions: MentionDetector
) -> None:
    split = finding_and_rest(f"{project} {asked}", mentions)
    assert split is not None
    first, then = split
    assert first.startswith(project) and then.startswith(rest)


@pytest.mark.parametrize(
    "question",
    [
        "Je veux lancer une ressourcerie en milieu rural. Qui fait déjà ça ?",  # asks nobody's
        "Je veux lancer une ressourcerie. Laquelle est la plus proche ?",  # a pick
        "Il pleut. Quel est leur budget ?",  # no project told
        "Je veux lancer une ressourcerie comme VESTALI. Quel est son budget ?",  # named
    ],
)
def test_other_project_shapes_are_left_to_the_planner(
    question: str, mentions: MentionDetector
) -> None:
    assert finding_and_rest(question, mentions) is None
