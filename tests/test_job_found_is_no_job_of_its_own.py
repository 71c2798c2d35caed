"""A job found by the people a structure helps is no job of its own: 'How many people did X
help find a job?', 'aidées à trouver un emploi', 'accompagnées vers l'emploi' count the people
supported, not its employees ('number of employees: 236 personnes accompagnées …' had been the
label). Its own jobs ('how many jobs at X?', 'combien d'emplois ?') are still its staff."""

from __future__ import annotations

import pytest

from livret_qa.answering.planner import asked_attribute


@pytest.mark.parametrize(
    "question",
    [
        "How many people did Synapse 3i help find a job?",
        "Combien de personnes Synapse 3i a-t-elle aidées à trouver un emploi ?",
        "how many people has it helped get a job?",
        "combien de gens accompagnés vers l'emploi ?",
        "how many people did they help back to jobs?",
    ],
)
def test_a_job_found_by_people_helped_counts_the_people_supported(question: str) -> None:
    assert asked_attribute(question) == ("figure", "measure:beneficiaires", False)


@pytest.mark.parametrize(
    "question",
    [
        "how many jobs at VESTALI?",
        "combien d'emplois chez VESTALI ?",
        "how many jobs were created?",
    ],
)
def test_its_own_jobs_are_its_staff(question: str) -> None:
    assert asked_attribute(question) == ("figure", "measure:salaries", False)
