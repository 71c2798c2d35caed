"""Class: a fact of ANOTHER body than the fiche's structure, asked as people speak — the body
put first and taken up by a pronoun ('et Emmaüs Connect, ils ont combien de salariés ?',
'the Gamma, when was it founded?'), or the object of a verb of running with a place after it
('qui dirige l'APEI du Boulonnais ?'). The body holds the fact; no fiche states it. What must
not change: a structure's own name put first, a sum given or lent to the structure (its
fiche may state it), a question relating the body to the structures. Synthetic questions."""

from __future__ import annotations

import pytest

from livret_qa.answering.unfiched import dislocated, held_by


@pytest.mark.parametrize(
    ("question", "name", "held"),
    [
        ("et la Gamma, ils ont combien de salariés ?", "Gamma", True),
        ("La fondation Gamma, elle a été créée quand ?", "Gamma", True),
        ("The Gamma, when was it founded?", "Gamma", False),  # no pronoun right after
        ("and the Gamma, they have how many members?", "Gamma", True),
        ("Qui dirige l'APEI du Boulonnais ?", "APEI", True),
        ("who runs the Gamma of Lille?", "Gamma", True),
        # a sum given or lent: a tie to the structure, not read as the body's own fact
        ("et la Gamma, elle a donné combien ?", "Gamma", False),
        ("and the Gamma, they lent how much?", "Gamma", False),
        ("et Gamma, ils ont mis combien ?", "Gamma", False),
        # related to the structures: answered by the booklet
        ("Quelles structures travaillent avec Gamma, elles sont où ?", "Gamma", False),
        # the fact of something else named after the word
        ("What is the SIRET of the Gamma workshop?", "SIRET", False),
    ],
)
def test_a_dislocated_body_holds_the_fact(question: str, name: str, held: bool) -> None:
    assert held_by(question, name) is held


@pytest.mark.parametrize(
    ("question", "name", "expected"),
    [
        ("et Emmaüs Connect, ils ont combien de salariés ?", "Connect", True),
        ("and Rejoué, how many employees do they have?", "Rejoué", False),
        ("et eux, ils ont combien de salariés ?", "eux", True),
        ("Ils travaillent avec Gamma ?", "Gamma", False),
    ],
)
def test_the_pronoun_points_at_the_name_before_it(question: str, name: str, expected: bool) -> None:
    assert dislocated(question, name) is expected
