"""A count asked of two nouns offered as alternatives ('how many bins or points …?',
'combien de bénévoles ou d'adhérents …') is answered when the fiche states either noun, and
refused only when it states none. Synthetic questions, French and English, on the real
booklet with the fake embedder; the rewriting itself is pure."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.counted_alternatives import second_alternatives
from livret_qa.retrieval.engine import Engine


def _turn(user: str, assistant: str) -> list[dict[str, str]]:
    return [{"role": "user", "content": user}, {"role": "assistant", "content": assistant}]


SYNAPSE = _turn("Parle-moi de Synapse 3i", "Synapse 3i reconditionne des ordinateurs à Amiens.")
COPAINS = _turn("What does Les Copains de Thiérache do?", "It runs local-produce shops.")

# (question, history, structure, a word of the answer)
EITHER = [
    ("How many lockers or sites does Synapse 3i run?", [], "synapse-3i", "3 sites"),
    ("and how many kiosks or sites?", SYNAPSE, "synapse-3i", "3 sites"),
    ("Combien de bénévoles ou d'adhérents compte VESTALI ?", [], "vestali", "3 228"),
    (
        "ils ont combien de clients ou d'adhérents ?",
        _turn("Parle-moi de La Remise Enjouée", "Une ludothèque et ressourcerie de jouets."),
        "la-remise-enjouee",
        "50",
    ),
    (
        "Combien de magasins ou de points de dépôt a le Jardin de Cocagne de la Haute Borne ?",
        [],
        "le-jardin-de-cocagne-de-la-haute-borne",
        "25",
    ),
    ("nb de guichets ou de sites ?", SYNAPSE, "synapse-3i", "3 sites"),
]


# two nouns joined by 'and' / 'et' naming one set the asker words twice: either one stated
JOINED = [
    ("how many farms and producers supply them?", COPAINS, "les-copains-de-thierache", "100"),
    (
        "combien de fermes et de producteurs les approvisionnent ?",
        COPAINS,
        "les-copains-de-thierache",
        "100",
    ),
    ("cb de fermes et de producteurs fournisseurs ?", COPAINS, "les-copains-de-thierache", "100"),
    ("number of farmers and suppliers?", COPAINS, "les-copains-de-thierache", "100"),
    (
        "Combien d'agriculteurs et de producteurs fournissent les Copains de Thiérache ?",
        [],
        "les-copains-de-thierache",
        "100",
    ),
    ("and how many kiosks and sites do they run?", SYNAPSE, "synapse-3i", "3 sites"),
]


# (nouns offered as alternatives, 'or', or joined, 'and': the one the fiche states answers)
@pytest.mark.parametrize(("question", "history", "fiche_id", "word"), EITHER + JOINED)
def test_a_count_of_alternatives_is_answered_by_the_noun_the_fiche_states(
    fake_engine: Engine, question: str, history: list[dict[str, str]], fiche_id: str, word: str
) -> None:
    answer = ask(fake_engine, question, history)
    assert not answer.abstained, answer.abstain_reason
    assert answer.structures[0].fiche_id == fiche_id
    assert word in answer.answer


@pytest.mark.parametrize(
    ("question", "history"),
    [
        ("How many lockers or kiosks does Synapse 3i run?", []),
        ("Combien de guichets ou de kiosques a Synapse 3i ?", []),
        ("How many lockers and kiosks does Synapse 3i run?", []),
        ("combien de guichets et de kiosques ?", SYNAPSE),
        ("how many cows and sheep do they keep?", COPAINS),
    ],
)
def test_a_count_of_alternatives_none_stated_is_refused(
    fake_engine: Engine, question: str, history: list[dict[str, str]]
) -> None:
    assert ask(fake_engine, question, history).abstained


@pytest.mark.parametrize(
    ("text", "rewritten"),
    [
        ("How many bins or points does it have", ["How many points does it have"]),
        ("combien de bénévoles ou d'adhérents", ["combien de adhérents"]),
        ("nb de boutiques ou de sites ?", ["nb de sites ?"]),
        ("number of members or volunteers", ["number of volunteers"]),
        ("combien de salariés, ou pas ?", []),
        ("c'est le matin ou l'après-midi ?", []),  # no count asked
        ("combien de salariés ou plus ?", []),
    ],
)
def test_second_alternatives(text: str, rewritten: list[str]) -> None:
    assert second_alternatives(text) == rewritten


@pytest.mark.parametrize(
    ("text", "asked", "rewritten"),
    [
        # a part cut out of its question without its joint: the joined nouns side by side
        (
            "how many farms producers supply them",
            "how many farms and producers supply them?",
            ["how many producers supply them"],
        ),
        (
            "combien de fermes de producteurs les approvisionnent",
            "combien de fermes et de producteurs les approvisionnent ?",
            ["combien de producteurs les approvisionnent"],
        ),
        ("number of farmers and suppliers", "", ["number of suppliers"]),
        # two parts of their own: the part holds one noun only
        ("how many employees", "how many employees and volunteers?", []),
        ("combien de salariés et combien de bénévoles ?", "", []),
    ],
)
def test_second_alternatives_of_joined_nouns(text: str, asked: str, rewritten: list[str]) -> None:
    assert second_alternatives(text, asked) == rewritten
